package dev.baton.bot.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import dev.baton.bot.documents.HandoverDocument.Block;
import dev.baton.bot.documents.HandoverDocument.ItemRow;
import dev.baton.bot.documents.HandoverDocument.SignatureRow;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.springframework.stereotype.Component;

/**
 * The 交接书 as Word (.docx), for offices that print, stamp and file it: the same content
 * and tables as the PDF, editable; A4 with the GB/T 9704 margins, the title in 宋体 bold 22
 * pt, body in 仿宋 16 pt (the fonts of the machine that opens it), table header rows
 * repeated on every page, and in the footer the digest, 第 x 页 共 y 页 (fields) and the QR
 * code of the verification page.
 */
@Component
public class HandoverDocx {

	private static final String BODY_FONT = "仿宋";

	private static final String TITLE_FONT = "宋体";

	private static final String HEADING_FONT = "黑体";

	public byte[] render(HandoverDocument d) {
		try (XWPFDocument doc = new XWPFDocument()) {
			page(doc);
			doc.getProperties().getCoreProperties().setTitle(DocumentWords.TITLE + "（" + d.unitName() + "）");
			doc.getProperties().getCoreProperties().setSubjectProperty(d.sha256());
			doc.getProperties().getCoreProperties().setCreator("Baton");
			doc.getProperties()
				.getCoreProperties()
				.setCreated(Optional.of(Date.from(d.archivedAt().toInstant(ZoneOffset.ofHours(8)))));
			footer(doc, d);
			paragraph(doc, DocumentWords.TITLE, TITLE_FONT, 22, true, ParagraphAlignment.CENTER, false);
			paragraph(doc, d.unitName(), BODY_FONT, 16, false, ParagraphAlignment.CENTER, false);
			List<String[]> cover = new ArrayList<>();
			cover.add(new String[] { "单位", d.unitName() });
			cover.add(new String[] { "离任干部", d.departing().named() });
			cover.add(new String[] { "接任干部", d.successor().named() });
			cover.add(new String[] { "交接原因", d.reason() });
			cover.add(new String[] { "监交人（组织部门）", d.organizer().named() });
			cover.add(new String[] { "通知日期", DocumentWords.date(d.noticeOn()) });
			cover.add(new String[] { "归档日期", DocumentWords.dateTime(d.archivedAt()) });
			cover.add(new String[] { "执行制度", d.policyName() });
			cover.add(new String[] { "交接编号", "第" + d.handoverId() + "号" });
			cover.add(new String[] { "归档校验码（SHA-256）", d.sha256() });
			table(doc, new String[] { "项目", "内容" }, new float[] { 30, 70 }, cover);
			paragraph(doc, HandoverPdf.copiesSentence(d), BODY_FONT, 16, false, ParagraphAlignment.BOTH, true);
			paragraph(doc, HandoverPdf.verifySentence(d), BODY_FONT, 16, false, ParagraphAlignment.BOTH, true);
			int n = 0;
			List<Block> work = d.sections().stream().filter(b -> !b.economic()).limit(1).toList();
			List<ItemRow> money = d.sections()
				.stream()
				.filter(Block::economic)
				.flatMap(b -> b.items().stream())
				.toList();
			heading(doc, Numbers.chapter(++n) + "重点工作交接表", true);
			if (work.isEmpty() || work.get(0).items().isEmpty()) {
				paragraph(doc, "无。", BODY_FONT, 16, false, ParagraphAlignment.BOTH, true);
			}
			else {
				table(doc, HandoverPdf.workTable(work.get(0).items()));
			}
			heading(doc, Numbers.chapter(++n) + "经济事项交接表", false);
			if (money.isEmpty()) {
				paragraph(doc, "无。", BODY_FONT, 16, false, ParagraphAlignment.BOTH, true);
			}
			else {
				table(doc, HandoverPdf.ECONOMIC_HEADER, HandoverPdf.ECONOMIC_PARTS, HandoverPdf.economicRows(money));
			}
			for (Block b : d.sections().stream().filter(Block::economic).toList()) {
				if (b.items().isEmpty()) {
					paragraph(doc, b.title() + "：" + (b.declaredEmpty() ? "无（已声明）。" : "无。"), BODY_FONT, 16, false,
							ParagraphAlignment.BOTH, true);
				}
			}
			heading(doc, Numbers.chapter(++n) + "其他交接事项", false);
			int sub = 0;
			for (Block b : d.sections().stream().filter(x -> !x.economic()).skip(1).toList()) {
				paragraph(doc, Numbers.sub(++sub) + b.title(), BODY_FONT, 16, true, ParagraphAlignment.BOTH, true);
				if (b.items().isEmpty()) {
					paragraph(doc, b.declaredEmpty() ? "无（已声明）。" : "无。", BODY_FONT, 16, false, ParagraphAlignment.BOTH,
							true);
				}
				else {
					table(doc, HandoverPdf.workTable(b.items()));
				}
			}
			heading(doc, Numbers.chapter(++n) + "争议事项及审计裁定", false);
			if (d.disputes().isEmpty()) {
				paragraph(doc, "无争议事项。", BODY_FONT, 16, false, ParagraphAlignment.BOTH, true);
			}
			else {
				table(doc, HandoverPdf.DISPUTE_HEADER, HandoverPdf.DISPUTE_PARTS,
						HandoverPdf.disputeRows(d.disputes()));
			}
			heading(doc, Numbers.chapter(++n) + "联合审核", false);
			table(doc, new String[] { "轮次", "部门", "意见", "审核人", "日期", "说明" }, new float[] { 9, 12, 10, 12, 20, 37 },
					HandoverPdf.reviewRows(d.reviews()));
			if (!d.flags().isEmpty()) {
				// the discipline flags the record holds, each with its date and reason
				// (#15)
				heading(doc, Numbers.chapter(++n) + HandoverPdf.FLAGS_HEADING, false);
				table(doc, HandoverPdf.FLAGS_HEADER, new float[] { 12, 22, 66 }, HandoverPdf.flagRows(d.flags()));
			}
			heading(doc, Numbers.chapter(++n) + "遗留事项（后续跟进）", false);
			if (d.followUps().isEmpty()) {
				paragraph(doc, "无遗留事项。", BODY_FONT, 16, false, ParagraphAlignment.BOTH, true);
			}
			else {
				paragraph(doc, HandoverPdf.FOLLOW_UP_SENTENCE, BODY_FONT, 16, false, ParagraphAlignment.BOTH, true);
				table(doc, HandoverPdf.followUpTable(d.followUps()));
			}
			heading(doc, Numbers.chapter(++n) + "签字", false);
			List<String[]> signed = new ArrayList<>();
			for (SignatureRow s : d.signatures()) {
				signed.add(new String[] { s.role(), s.name(), HandoverPdf.nz(s.post()),
						DocumentWords.dateTime(s.signedAt()), s.how() });
			}
			table(doc, new String[] { "身份", "姓名", "职务", "签署时间", "签署方式" }, new float[] { 20, 12, 22, 22, 24 }, signed);
			paragraph(doc, HandoverPdf.copiesSentence(d), BODY_FONT, 16, false, ParagraphAlignment.BOTH, true);
			paragraph(doc, HandoverPdf.verifySentence(d), BODY_FONT, 16, false, ParagraphAlignment.BOTH, true);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.write(out);
			return FixedZip.dated(out.toByteArray(), d.archivedAt());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A4, margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right (in twentieths of a
	 * point).
	 */
	private static void page(XWPFDocument doc) {
		CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
		margins.setTop(BigInteger.valueOf(twips(37)));
		margins.setBottom(BigInteger.valueOf(twips(35)));
		margins.setLeft(BigInteger.valueOf(twips(28)));
		margins.setRight(BigInteger.valueOf(twips(26)));
		margins.setFooter(BigInteger.valueOf(twips(10)));
		margins.setHeader(BigInteger.valueOf(twips(15)));
	}

	private static long twips(int mm) {
		return Math.round(mm * 1440 / 25.4);
	}

	private static void footer(XWPFDocument doc, HandoverDocument d) throws IOException {
		XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph number = footer.createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		run(number, "第 ", BODY_FONT, 14, false);
		field(number, "PAGE");
		run(number, " 页 共 ", BODY_FONT, 14, false);
		field(number, "NUMPAGES");
		run(number, " 页", BODY_FONT, 14, false);
		XWPFParagraph digest = footer.createParagraph();
		digest.setAlignment(ParagraphAlignment.LEFT);
		run(digest, "归档校验码 SHA-256：" + d.sha256(), BODY_FONT, 7, false);
		digest.createRun().addBreak();
		run(digest, "扫码核验 " + d.verifyUrl() + "  ", BODY_FONT, 7, false);
		try {
			digest.createRun()
				.addPicture(new ByteArrayInputStream(QrImages.png(d.verifyUrl(), 4)), Document.PICTURE_TYPE_PNG,
						"qr.png", Units.toEMU(48), Units.toEMU(48));
		}
		catch (InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void field(XWPFParagraph p, String instruction) {
		XWPFRun begin = p.createRun();
		begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		XWPFRun code = p.createRun();
		code.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
		XWPFRun separate = p.createRun();
		separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		run(p, "1", BODY_FONT, 14, false);
		XWPFRun end = p.createRun();
		end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	private static void heading(XWPFDocument doc, String text, boolean newPage) {
		XWPFParagraph p = doc.createParagraph();
		p.setPageBreak(newPage);
		p.setKeepNext(true);
		run(p, text, HEADING_FONT, 16, false);
	}

	private static void paragraph(XWPFDocument doc, String text, String font, int size, boolean bold,
			ParagraphAlignment alignment, boolean indent) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(alignment);
		if (indent) {
			p.setIndentationFirstLine(size * 2 * 20);
		}
		run(p, text, font, size, bold);
	}

	private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
		XWPFRun r = p.createRun();
		r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
		r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
		r.setFontSize(size);
		r.setBold(bold);
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				r.addBreak();
			}
			r.setText(lines[i], i);
		}
		return r;
	}

	private static void table(XWPFDocument doc, HandoverPdf.Table t) {
		table(doc, t.header(), t.parts(), t.rows());
	}

	/**
	 * A table over the text width, its header row repeated on every page, cells in 五号
	 * (10.5 pt).
	 */
	private static void table(XWPFDocument doc, String[] header, float[] parts, List<String[]> rows) {
		XWPFTable t = doc.createTable(rows.size() + 1, header.length);
		t.setWidth("100%");
		float sum = 0;
		for (float p : parts) {
			sum += p;
		}
		fill(t.getRow(0), header, parts, sum, true);
		t.getRow(0).setRepeatHeader(true);
		for (int r = 0; r < rows.size(); r++) {
			fill(t.getRow(r + 1), rows.get(r), parts, sum, false);
			t.getRow(r + 1).setCantSplitRow(false);
		}
		doc.createParagraph();
	}

	private static void fill(XWPFTableRow row, String[] texts, float[] parts, float sum, boolean header) {
		for (int c = 0; c < parts.length; c++) {
			XWPFTableCell cell = row.getCell(c);
			cell.setWidth(Math.round(parts[c] * 100 / sum) + "%");
			if (header) {
				cell.setColor("EBEBEB");
			}
			XWPFParagraph p = cell.getParagraphs().get(0);
			if (header) {
				p.setAlignment(ParagraphAlignment.CENTER);
			}
			XWPFRun r = p.createRun();
			r.setFontFamily(BODY_FONT, XWPFRun.FontCharRange.eastAsia);
			r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
			r.setFontSize(10.5);
			r.setBold(header);
			String text = c < texts.length && texts[c] != null ? texts[c] : "";
			String[] lines = text.split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					r.addBreak();
				}
				r.setText(lines[i], i);
			}
		}
	}

}
