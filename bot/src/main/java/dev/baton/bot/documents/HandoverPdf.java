package dev.baton.bot.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import com.google.zxing.common.BitMatrix;
import dev.baton.bot.documents.HandoverDocument.Block;
import dev.baton.bot.documents.HandoverDocument.DisputeRow;
import dev.baton.bot.documents.HandoverDocument.ItemRow;
import dev.baton.bot.documents.HandoverDocument.ReviewRow;
import dev.baton.bot.documents.HandoverDocument.SignatureRow;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The 交接书 as PDF: a cover, the 重点工作交接表 and 经济事项交接表, the other sections, disputes with the
 * audit's rulings, the joint review, the follow-up items and the signatures; on every
 * page the record's SHA-256, 第 x 页 共 y 页 and a QR code of the verification page. The
 * fonts are embedded as subsets. Nothing in it depends on when it is made: the same
 * record gives the same bytes.
 */
@Component
public class HandoverPdf {

	static final String[] WORK_HEADER = { "序号", "事项", "具体内容", "进展", "完成时限", "责任人", "确认情况" };

	static final float[] WORK_PARTS = { 7, 19, 28, 9, 15, 10, 12 };

	/**
	 * The work table of items some of which have an amount or a quantity: their value
	 * column beside the content.
	 */
	static final String[] WORK_FIGURE_HEADER = { "序号", "事项", "具体内容", "金额/数量", "进展", "完成时限", "责任人", "确认情况" };

	static final float[] WORK_FIGURE_PARTS = { 7, 14, 25, 13, 9, 12, 9, 11 };

	static final String[] FOLLOW_UP_HEADER = { "序号", "类别", "事项", "进展", "完成时限", "责任人" };

	static final float[] FOLLOW_UP_PARTS = { 7, 16, 35, 10, 18, 14 };

	static final String[] FOLLOW_UP_FIGURE_HEADER = { "序号", "类别", "事项", "金额/数量", "进展", "完成时限", "责任人" };

	static final float[] FOLLOW_UP_FIGURE_PARTS = { 7, 14, 27, 16, 9, 15, 12 };

	/**
	 * What the follow-up chapter says of the plans: they are made after the archive, so
	 * they are no part of the frozen record the document is made from (the same record
	 * gives the same document and digest, whenever it is made).
	 */
	static final String FOLLOW_UP_SENTENCE = "下列事项尚未完成，由接任干部在归档后制定推进计划并按期报告进展。推进计划及进展另行记录，" + "不属于本交接书所依据的归档记录：";

	/**
	 * A table as the PDF and the Word file both lay it: header, column widths as parts,
	 * rows.
	 */
	record Table(String[] header, float[] parts, List<String[]> rows) {
	}

	static final String[] ECONOMIC_HEADER = { "序号", "类别", "事项", "金额/数量", "对方单位", "说明", "进展", "确认情况" };

	static final float[] ECONOMIC_PARTS = { 7, 11, 13, 16, 11, 22, 9, 11 };

	private final DocumentFonts fonts;

	HandoverPdf(DocumentFonts fonts) {
		this.fonts = fonts;
	}

	public byte[] render(HandoverDocument d) {
		try (TrueTypeFont regularTtf = fonts.regular();
				TrueTypeFont boldTtf = fonts.bold();
				PDDocument pdf = new PDDocument()) {
			PdfText regular = new PdfText(PDType0Font.load(pdf, regularTtf, true), regularTtf);
			PdfText bold = new PdfText(PDType0Font.load(pdf, boldTtf, true), boldTtf);
			try (PdfLayout layout = new PdfLayout(pdf, regular, bold)) {
				layout.newPage();
				cover(layout, d);
				layout.newPage();
				body(layout, d);
			}
			stamp(pdf, regular, d);
			information(pdf, d);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void cover(PdfLayout l, HandoverDocument d) throws IOException {
		l.space(PdfLayout.BODY_LEADING);
		l.centred(DocumentWords.TITLE, l.bold, PdfLayout.TITLE, 40f);
		l.centred(d.unitName(), l.regular, PdfLayout.BODY, PdfLayout.BODY_LEADING);
		l.space(PdfLayout.BODY_LEADING);
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "单位", d.unitName() });
		rows.add(new String[] { "离任干部", d.departing().named() });
		rows.add(new String[] { "接任干部", d.successor().named() });
		rows.add(new String[] { "交接原因", d.reason() });
		rows.add(new String[] { "监交人（组织部门）", d.organizer().named() });
		rows.add(new String[] { "通知日期", DocumentWords.date(d.noticeOn()) });
		rows.add(new String[] { "归档日期", DocumentWords.dateTime(d.archivedAt()) });
		rows.add(new String[] { "执行制度", d.policyName() });
		rows.add(new String[] { "交接编号", "第" + d.handoverId() + "号" });
		rows.add(new String[] { "归档校验码（SHA-256）", d.sha256() });
		l.table(new String[] { "项目", "内容" }, new float[] { 30, 70 }, rows);
		l.space(PdfLayout.BODY_LEADING / 2);
		l.paragraph(copiesSentence(d), l.regular, PdfLayout.BODY, PdfLayout.BODY_LEADING, true);
		l.paragraph(verifySentence(d), l.regular, PdfLayout.BODY, PdfLayout.BODY_LEADING, true);
	}

	/**
	 * The cover's last paragraph, the same in the PDF and the Word version (newcomer 9:
	 * Word lacked it).
	 */
	static String verifySentence(HandoverDocument d) {
		return "本交接书依据归档时冻结的交接记录生成。核验时请扫描页脚二维码，或访问 " + d.verifyUrl() + " ，比对校验码。";
	}

	static String copiesSentence(HandoverDocument d) {
		return "本交接书一式" + d.copies().size() + "份，分别由" + String.join("、", d.copies()) + "留存。";
	}

	private static void body(PdfLayout l, HandoverDocument d) throws IOException {
		List<Block> work = d.sections().stream().filter(b -> !b.economic()).limit(1).toList();
		List<Block> economic = d.sections().stream().filter(Block::economic).toList();
		List<Block> others = d.sections().stream().filter(b -> !b.economic()).skip(1).toList();
		int n = 0;
		l.heading(Numbers.chapter(++n) + "重点工作交接表");
		if (work.isEmpty() || work.get(0).items().isEmpty()) {
			l.paragraph("无。", l.regular, PdfLayout.BODY, PdfLayout.BODY_LEADING, true);
		}
		else {
			table(l, workTable(work.get(0).items()));
		}
		l.heading(Numbers.chapter(++n) + "经济事项交接表");
		List<ItemRow> money = economic.stream().flatMap(b -> b.items().stream()).toList();
		if (money.isEmpty()) {
			l.paragraph("无。", l.regular, PdfLayout.BODY, PdfLayout.BODY_LEADING, true);
		}
		else {
			l.table(ECONOMIC_HEADER, ECONOMIC_PARTS, economicRows(money));
		}
		for (Block b : economic) {
			if (b.items().isEmpty()) {
				l.paragraph(b.title() + "：" + (b.declaredEmpty() ? "无（已声明）。" : "无。"), l.regular, PdfLayout.BODY,
						PdfLayout.BODY_LEADING, true);
			}
		}
		l.heading(Numbers.chapter(++n) + "其他交接事项");
		int sub = 0;
		for (Block b : others) {
			l.paragraph(Numbers.sub(++sub) + b.title(), l.bold, PdfLayout.BODY, PdfLayout.BODY_LEADING, true);
			if (b.items().isEmpty()) {
				l.paragraph(b.declaredEmpty() ? "无（已声明）。" : "无。", l.regular, PdfLayout.BODY, PdfLayout.BODY_LEADING,
						true);
			}
			else {
				table(l, workTable(b.items()));
			}
		}
		l.heading(Numbers.chapter(++n) + "争议事项及审计裁定");
		if (d.disputes().isEmpty()) {
			l.paragraph("无争议事项。", l.regular, PdfLayout.BODY, PdfLayout.BODY_LEADING, true);
		}
		else {
			l.table(DISPUTE_HEADER, DISPUTE_PARTS, disputeRows(d.disputes()));
		}
		l.heading(Numbers.chapter(++n) + "联合审核");
		l.table(new String[] { "轮次", "部门", "意见", "审核人", "日期", "说明" }, new float[] { 9, 12, 10, 12, 20, 37 },
				reviewRows(d.reviews()));
		if (!d.flags().isEmpty()) {
			// the discipline flags the record holds, each with its date and reason (#15)
			l.heading(Numbers.chapter(++n) + FLAGS_HEADING);
			l.table(FLAGS_HEADER, new float[] { 12, 22, 66 }, flagRows(d.flags()));
		}
		l.heading(Numbers.chapter(++n) + "遗留事项（后续跟进）");
		if (d.followUps().isEmpty()) {
			l.paragraph("无遗留事项。", l.regular, PdfLayout.BODY, PdfLayout.BODY_LEADING, true);
		}
		else {
			l.paragraph(FOLLOW_UP_SENTENCE, l.regular, PdfLayout.BODY, PdfLayout.BODY_LEADING, true);
			table(l, followUpTable(d.followUps()));
		}
		l.heading(Numbers.chapter(++n) + "签字");
		List<String[]> signed = new ArrayList<>();
		for (SignatureRow s : d.signatures()) {
			signed
				.add(new String[] { s.role(), s.name(), nz(s.post()), DocumentWords.dateTime(s.signedAt()), s.how() });
		}
		l.table(new String[] { "身份", "姓名", "职务", "签署时间", "签署方式" }, new float[] { 20, 12, 22, 22, 24 }, signed);
		l.paragraph(copiesSentence(d), l.regular, PdfLayout.BODY, PdfLayout.BODY_LEADING, true);
	}

	private static void table(PdfLayout l, Table t) throws IOException {
		l.table(t.header(), t.parts(), t.rows());
	}

	/**
	 * Work items (重点工作, the other sections): with the value column when any of them has
	 * an amount or quantity.
	 */
	static Table workTable(List<ItemRow> items) {
		boolean figures = items.stream().anyMatch(ItemRow::hasFigure);
		List<String[]> rows = new ArrayList<>();
		for (ItemRow i : items) {
			rows.add(figures
					? new String[] { String.valueOf(i.seq()), i.title(), content(i), figure(i), i.status(),
							DocumentWords.date(i.deadline()), nz(i.responsible()), i.confirmation() }
					: new String[] { String.valueOf(i.seq()), i.title(), content(i), i.status(),
							DocumentWords.date(i.deadline()), nz(i.responsible()), i.confirmation() });
		}
		return figures ? new Table(WORK_FIGURE_HEADER, WORK_FIGURE_PARTS, rows)
				: new Table(WORK_HEADER, WORK_PARTS, rows);
	}

	/** The unfinished items, with their amounts or quantities when any has one. */
	static Table followUpTable(List<ItemRow> items) {
		boolean figures = items.stream().anyMatch(ItemRow::hasFigure);
		List<String[]> rows = new ArrayList<>();
		for (ItemRow i : items) {
			rows.add(figures
					? new String[] { String.valueOf(i.seq()), i.section(), i.title(), figure(i), i.status(),
							DocumentWords.date(i.deadline()), nz(i.responsible()) }
					: new String[] { String.valueOf(i.seq()), i.section(), i.title(), i.status(),
							DocumentWords.date(i.deadline()), nz(i.responsible()) });
		}
		return figures ? new Table(FOLLOW_UP_FIGURE_HEADER, FOLLOW_UP_FIGURE_PARTS, rows)
				: new Table(FOLLOW_UP_HEADER, FOLLOW_UP_PARTS, rows);
	}

	static List<String[]> economicRows(List<ItemRow> items) {
		List<String[]> rows = new ArrayList<>();
		for (ItemRow i : items) {
			rows.add(new String[] { String.valueOf(i.seq()), i.section(), i.title(), figure(i), nz(i.counterparty()),
					content(i), i.status(), i.confirmation() });
		}
		return rows;
	}

	/**
	 * The amount (元, or the currency named) and the quantity with its unit, as corrected;
	 * marked when corrected.
	 */
	static String figure(ItemRow i) {
		return DocumentFigures.of(i);
	}

	/**
	 * What a row's 具体内容 holds: the details, the done date, the counterparty (work items)
	 * and the added words.
	 */
	static String content(ItemRow i) {
		StringBuilder s = new StringBuilder(nz(i.details()));
		if (i.done() != null) {
			append(s, "完成于" + i.done());
		}
		boolean economic = i.hasFigure();
		if (!economic && i.counterparty() != null && !i.counterparty().isBlank()) {
			append(s, "相关单位：" + i.counterparty());
		}
		if (economic && i.responsible() != null && !i.responsible().isBlank()) {
			append(s, "责任人：" + i.responsible());
		}
		for (String note : i.notes()) {
			append(s, note);
		}
		return s.toString();
	}

	private static void append(StringBuilder s, String more) {
		if (!s.isEmpty()) {
			s.append('\n');
		}
		s.append(more);
	}

	/**
	 * The dispute table: who raised each dispute and when beside who ruled and when
	 * (newcomer 13: only the Excel sheet said who raised it).
	 */
	static final String[] DISPUTE_HEADER = { "序号", "事项", "异议理由", "提出人及日期", "裁定", "原申报", "更正为", "裁定人及日期" };

	static final float[] DISPUTE_PARTS = { 6, 12, 16, 11, 16, 13, 13, 13 };

	static List<String[]> disputeRows(List<DisputeRow> disputes) {
		List<String[]> rows = new ArrayList<>();
		for (DisputeRow x : disputes) {
			String ruling = x.ruling()
					+ (x.rulingNote() == null || x.rulingNote().isBlank() ? "" : "：" + x.rulingNote());
			rows.add(new String[] { String.valueOf(x.seq()), x.title(), nz(x.reason()),
					x.raisedBy() == null ? "" : x.raisedBy() + "\n" + DocumentWords.date(x.raisedOn()), ruling,
					nz(x.stated()), nz(x.corrected()),
					x.ruledBy() == null ? "" : x.ruledBy() + "\n" + DocumentWords.date(x.ruledOn()) });
		}
		return rows;
	}

	static final String FLAGS_HEADING = "纪律情形";

	static final String[] FLAGS_HEADER = { "情形", "记录日期", "原因" };

	static List<String[]> flagRows(List<HandoverDocument.FlagRow> flags) {
		List<String[]> rows = new ArrayList<>();
		for (HandoverDocument.FlagRow f : flags) {
			rows.add(new String[] { f.flag(), DocumentWords.date(f.raisedOn()), nz(f.reason()) });
		}
		return rows;
	}

	static List<String[]> reviewRows(List<ReviewRow> reviews) {
		List<String[]> rows = new ArrayList<>();
		for (ReviewRow r : reviews) {
			rows.add(new String[] { "第" + r.round() + "轮", r.department(), r.decision(), r.reviewer(),
					DocumentWords.date(r.decidedOn()), nz(r.comment()) });
		}
		return rows;
	}

	static String nz(String s) {
		return s == null ? "" : s;
	}

	/**
	 * The footer of every page: the record's SHA-256, 第 x 页 共 y 页, and the QR code of the
	 * verification page.
	 */
	private static void stamp(PDDocument pdf, PdfText font, HandoverDocument d) throws IOException {
		BitMatrix qr = QrCodes.of(d.verifyUrl());
		int total = pdf.getNumberOfPages();
		float size = 18 * PdfLayout.MM;
		float module = size / qr.getWidth();
		float qrX = PdfLayout.RIGHT - size;
		float qrY = 8 * PdfLayout.MM;
		for (int p = 0; p < total; p++) {
			PDPage page = pdf.getPage(p);
			try (PDPageContentStream out = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
					true, true)) {
				String number = "第 " + (p + 1) + " 页 共 " + total + " 页";
				float w = font.width(number, 14f);
				text(out, font, 14f, PdfLayout.LEFT + (PdfLayout.WIDTH - w) / 2, 24 * PdfLayout.MM, number);
				text(out, font, 7f, PdfLayout.LEFT, 14 * PdfLayout.MM, "归档校验码 SHA-256：");
				text(out, font, 7f, PdfLayout.LEFT, 11 * PdfLayout.MM, d.sha256());
				text(out, font, 7f, PdfLayout.LEFT, 8 * PdfLayout.MM, "扫码核验 " + d.verifyUrl());
				out.setNonStrokingColor(0f, 0f, 0f);
				for (int yy = 0; yy < qr.getHeight(); yy++) {
					for (int xx = 0; xx < qr.getWidth(); xx++) {
						if (qr.get(xx, yy)) {
							out.addRect(qrX + xx * module, qrY + size - (yy + 1) * module, module, module);
						}
					}
				}
				out.fill();
			}
		}
	}

	private static void text(PDPageContentStream out, PdfText font, float size, float x, float y, String s)
			throws IOException {
		out.beginText();
		out.setFont(font.font, size);
		out.newLineAtOffset(x, y);
		out.showText(font.printable(s));
		out.endText();
	}

	/**
	 * Title, subject and dates from the record, and a document id from its digest:
	 * nothing from the clock.
	 */
	private static void information(PDDocument pdf, HandoverDocument d) {
		PDDocumentInformation info = pdf.getDocumentInformation();
		info.setTitle(DocumentWords.TITLE + "（" + d.unitName() + "）");
		info.setSubject(d.sha256());
		info.setCreator("Baton");
		info.setProducer("Baton");
		Calendar archived = GregorianCalendar.from(d.archivedAt().atZone(java.time.ZoneOffset.ofHours(8)));
		archived.setTimeZone(TimeZone.getTimeZone("GMT+08:00"));
		info.setCreationDate(archived);
		info.setModificationDate(archived);
		COSArray id = new COSArray();
		id.add(new COSString(d.sha256().substring(0, 32)));
		id.add(new COSString(d.sha256().substring(32)));
		pdf.getDocument().getTrailer().setItem(COSName.ID, id);
	}

}
