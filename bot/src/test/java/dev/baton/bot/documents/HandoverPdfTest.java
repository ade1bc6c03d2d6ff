package dev.baton.bot.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.documents.HandoverDocument.Block;
import dev.baton.bot.documents.HandoverDocument.ItemRow;
import dev.baton.bot.handover.HandoverRecords;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The 交接书 of a long handover (60 items, long texts, a dispute the audit corrects)
 * rendered to PNG pages and read back: every Chinese character of the record is in its
 * text, every glyph is in the embedded subset, nothing is drawn outside the type area,
 * every page has the digest, its number and a QR code that leads to the verification
 * page, which answers for the record (and says so when it has been changed).
 */
@DomainContext
class HandoverPdfTest {

	static final Path OUT = Path.of("target", "documents");

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	ArchivedHandovers archiver;

	@Autowired
	HandoverRecords records;

	@Autowired
	HandoverDocuments documents;

	@Autowired
	HandoverPdf pdf;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void aLongHandoverRendersWholeOnEveryPage() throws Exception {
		TestOrg org = new TestOrg(directory, actors, "default");
		long id = LongHandovers.archived(archiver, org, "default");
		HandoverDocument doc = documents.of(records.find(id));
		byte[] bytes = pdf.render(doc);

		assertThat(pdf.render(documents.of(records.find(id)))).as("the same record gives the same bytes")
			.isEqualTo(bytes);
		Files.createDirectories(OUT);
		Files.write(OUT.resolve("long-handover.pdf"), bytes);

		try (PDDocument read = Loader.loadPDF(bytes)) {
			int pages = read.getNumberOfPages();
			assertThat(pages).isGreaterThan(5);
			assertThat(read.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f, within(0.5f));

			Positions text = new Positions();
			text.getText(read);
			String all = text.all.toString();
			assertThat(all).doesNotContain(String.valueOf(DocumentFonts.MISSING));
			assertThat(text.missingGlyphs).as("characters without a glyph in the embedded font").isEmpty();
			assertThat(text.fontsSeen).allMatch(f -> f.matches("[A-Z]{6}\\+NotoSerifSC-.*"), "subset of Noto Serif SC");
			assertThat(text.outside).as("glyphs outside the type area").isEmpty();

			// every Chinese character of the record, as often as the record has it
			Map<Integer, Integer> needed = han(recordText(doc));
			Map<Integer, Integer> got = han(all);
			List<String> short_ = new ArrayList<>();
			needed.forEach((cp, n) -> {
				if (got.getOrDefault(cp, 0) < n) {
					short_.add(new String(Character.toChars(cp)) + " " + got.getOrDefault(cp, 0) + "/" + n);
				}
			});
			assertThat(short_)
				.as("characters of the record missing from the text in %s", context(recordText(doc), short_))
				.isEmpty();
			String flat = all.replaceAll("\\s", "");
			assertThat(flat).contains("重点工作交接表", "经济事项交接表", "争议事项及审计裁定", "3,566,200.00元", "3,466,200.00元", "经审计核实",
					"遗留事项", "一式6份");
			assertThat(doc.flags()).extracting(HandoverDocument.FlagRow::flag).containsExactly("交接不实");
			assertThat(flat).contains("纪律情形");

			PDFRenderer renderer = new PDFRenderer(read);
			for (int p = 0; p < pages; p++) {
				PDFTextStripper page = new PDFTextStripper();
				page.setStartPage(p + 1);
				page.setEndPage(p + 1);
				String pageText = page.getText(read).replaceAll("\\s", "");
				assertThat(pageText).as("page %d", p + 1).contains(doc.sha256(), "第" + (p + 1) + "页共" + pages + "页");
				BufferedImage image = renderer.renderImageWithDPI(p, 110);
				ImageIO.write(image, "png", OUT.resolve(String.format("long-handover-%02d.png", p + 1)).toFile());
				assertThat(qr(renderer.renderImageWithDPI(p, 200))).as("QR on page %d", p + 1)
					.isEqualTo(doc.verifyUrl());
			}
		}

		assertThat(doc.verifyUrl()).endsWith("/verify/" + doc.sha256());
		// BATON_DOCUMENTS_VERIFY_URL not set: this instance's own port (newcomer 9: the
		// QR said localhost:8080 while
		// the bot ran on another port, and the printed link opened nothing)
		assertThat(doc.verifyUrl()).isEqualTo("http://localhost:" + port + "/verify/" + doc.sha256());
		HttpResponse<String> page = get(URI.create(doc.verifyUrl()).getPath());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(org.department.name(), "市统计局局长", "核验通过", "Verified", doc.sha256());
		assertThat(page.body()).doesNotContain("陈离任", "统计大数据平台");
		assertThat(get("/verify/" + id).body()).contains("核验通过", doc.sha256());

		// changed behind the archive's back: the same page says so
		jdbc.update("UPDATE handover_item SET title = CONCAT(title, '（改）') WHERE handover_id = ? AND seq = 2", id);
		HttpResponse<String> changed = get(URI.create(doc.verifyUrl()).getPath());
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("核验未通过", "has been changed").doesNotContain("核验通过：");
		HttpResponse<String> unknown = get("/verify/" + "0".repeat(64));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("没有找到", "No archived handover");
		assertThat(get("/verify/not-a-digest").statusCode()).isEqualTo(404);
	}

	/** Every text of the record the document shows. */
	static String recordText(HandoverDocument d) {
		StringBuilder s = new StringBuilder(d.unitName()).append(d.departing().named())
			.append(d.successor().named())
			.append(d.organizer().named())
			.append(d.policyName());
		for (Block b : d.sections()) {
			s.append(b.title());
			for (ItemRow i : b.items()) {
				s.append(i.title()).append(HandoverPdf.content(i));
				if (!b.economic()) {
					s.append(HandoverPdf.nz(i.responsible()));
				}
				if (b.economic()) {
					s.append(HandoverPdf.nz(i.counterparty()));
				}
			}
		}
		d.disputes().forEach(x -> s.append(x.reason()).append(x.rulingNote()).append(x.ruledBy()));
		d.reviews().forEach(r -> s.append(r.reviewer()).append(HandoverPdf.nz(r.comment())));
		d.signatures().forEach(x -> s.append(x.name()).append(HandoverPdf.nz(x.post())));
		// the discipline flags the record holds, with their reasons (#15, docs4)
		d.flags().forEach(f -> s.append(f.flag()).append(f.reason()));
		return s.toString();
	}

	static String context(String text, List<String> missing) {
		StringBuilder out = new StringBuilder();
		for (String m : missing) {
			int at = text.indexOf(m.substring(0, 1));
			out.append(text, Math.max(0, at - 15), Math.min(text.length(), at + 15)).append(" | ");
		}
		return out.toString();
	}

	static Map<Integer, Integer> han(String text) {
		Map<Integer, Integer> counts = new HashMap<>();
		text.codePoints()
			.filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
			.forEach(cp -> counts.merge(cp, 1, Integer::sum));
		return counts;
	}

	static String qr(BufferedImage image) throws Exception {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
		}
		catch (NotFoundException ex) {
			// the reader looks for one code in the picture: the footer's corner alone
			BufferedImage corner = image.getSubimage(image.getWidth() / 2, image.getHeight() * 3 / 4,
					image.getWidth() / 2, image.getHeight() / 4);
			return new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(corner))),
						Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
				.getText();
		}
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * The text with where each glyph was drawn: glyphs outside the type area (the page
	 * less its GB/T 9704 margins; the footer's digest, page number and link below it) and
	 * characters whose code has no glyph in the embedded font.
	 */
	static final class Positions extends PDFTextStripper {

		final StringBuilder all = new StringBuilder();

		final List<String> outside = new ArrayList<>();

		final List<String> missingGlyphs = new ArrayList<>();

		final java.util.Set<String> fontsSeen = new java.util.HashSet<>();

		Positions() throws IOException {
			setSortByPosition(false);
		}

		@Override
		protected void writeString(String text, List<TextPosition> positions) throws IOException {
			all.append(text).append('\n');
			for (TextPosition t : positions) {
				fontsSeen.add(t.getFont().getName());
				float x = t.getXDirAdj();
				float top = t.getYDirAdj() - t.getHeightDir();
				float bottom = t.getYDirAdj();
				float pageHeight = t.getPageHeight();
				boolean footer = bottom > pageHeight - PdfLayout.BOTTOM;
				boolean inside = x >= PdfLayout.LEFT - 0.5f && x + t.getWidthDirAdj() <= PdfLayout.RIGHT + 0.5f
						&& (footer ? bottom < pageHeight - 5 * PdfLayout.MM : top >= pageHeight - PdfLayout.TOP - 2f);
				if (!inside) {
					outside.add(t.getUnicode() + "@" + x + "," + bottom);
				}
				if (t.getFont() instanceof PDType0Font type0) {
					for (int code : t.getCharacterCodes()) {
						if (!type0.getDescendantFont().hasGlyph(code)) {
							missingGlyphs.add(t.getUnicode());
						}
					}
				}
			}
		}

	}

}
