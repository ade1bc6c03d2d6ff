package dev.baton.bot.conversation;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import dev.baton.bot.DomainContext;
import dev.baton.bot.documents.HandoverDocument;
import dev.baton.bot.documents.HandoverDocuments;
import dev.baton.bot.documents.HandoverPdf;
import dev.baton.bot.handover.HandoverRecords;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 交接书 of the seeds' 石嘴山 handover as its people type it (the script of
 * {@link ShizuishanAsPeopleTalk}: a dispute the audit corrects, amounts and quantities,
 * sections declared empty), rendered to PNG pages kept in
 * {@code target/documents/demo-shizuishan-NN.png} for a person to look at, and read back:
 * the items, the corrected amount and the digest and page number on every page.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class DemoHandoverPagesTest {

	@Autowired
	ApplicationContext beans;

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	HandoverRecords records;

	@Autowired
	HandoverDocuments documents;

	@Autowired
	HandoverPdf pdf;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theShizuishanHandoverAsPages() throws Exception {
		chat.listenWith(conversation);
		new ShizuishanAsPeopleTalk(beans, chat).run();
		long id = jdbc.queryForObject(
				"SELECT h.id FROM handover h JOIN official o ON o.id = h.departing_id"
						+ " WHERE o.name = ? AND h.archive_sha256 IS NOT NULL ORDER BY h.id DESC LIMIT 1",
				Long.class, ShizuishanAsPeopleTalk.NAMES.departing());
		HandoverDocument doc = documents.of(records.find(id));
		byte[] bytes = pdf.render(doc);
		Path out = Path.of("target", "documents");
		Files.createDirectories(out);
		Files.write(out.resolve("demo-shizuishan.pdf"), bytes);
		try (PDDocument read = Loader.loadPDF(bytes)) {
			int pages = read.getNumberOfPages();
			String all = new PDFTextStripper().getText(read).replaceAll("\\s", "");
			assertThat(all).contains("统计大数据平台二期建设", "数据中心机房改造工程尾款", "382,000.00元", "365,000.00元", "1,234,567.89元",
					"陈建军", "马文华", "石嘴山市领导干部离任交接");
			PDFRenderer renderer = new PDFRenderer(read);
			for (int p = 0; p < pages; p++) {
				PDFTextStripper page = new PDFTextStripper();
				page.setStartPage(p + 1);
				page.setEndPage(p + 1);
				assertThat(page.getText(read).replaceAll("\\s", "")).contains(doc.sha256(),
						"第" + (p + 1) + "页共" + pages + "页");
				BufferedImage image = renderer.renderImageWithDPI(p, 110);
				ImageIO.write(image, "png", out.resolve(String.format("demo-shizuishan-%02d.png", p + 1)).toFile());
			}
		}
	}

}
