package dev.baton.bot.documents;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.ArchivedHandovers.Dispute;
import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemSaid;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.PlanStep;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.signoff.SignoffService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seventh newcomer pass's handover in its files (#15): amounts and quantities of
 * items outside the 经济事项 table (交未结事项, 问题隐患 …) are in every table that holds them, in the
 * PDF, the Word file and the workbook; a figure the departing official corrected while
 * drafting, and one the audit's ruling corrected, show the value as it stands and the
 * correction beside the words as said (原话 45.6万 is never left to be read for the figure);
 * quantities read as people write them (2.3万亩, 8000亩, 29.22万亩, 1.5公顷); the verification
 * page and the cover name the post handed over, not the title the directory gives the
 * departing official later; a follow-up plan made after the archive changes neither the
 * document nor its digest.
 */
@DomainContext
class DocumentFiguresTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	ArchivedHandovers archiver;

	@Autowired
	HandoverRecords records;

	@Autowired
	ChecklistService checklist;

	@Autowired
	ReviewService review;

	@Autowired
	SignoffService signoff;

	@Autowired
	Policies policies;

	@Autowired
	FollowUpService followUp;

	@Autowired
	HandoverDocuments documents;

	@Autowired
	HandoverPdf pdf;

	@Autowired
	HandoverDocx docx;

	@Autowired
	HandoverXlsx xlsx;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${local.server.port}")
	int port;

	static final String DEPARTING_CORRECTED = "更正：金额原记456,000.00元，已更正为465,000.00元（离任干部更正）";

	static final String AUDIT_CORRECTED = "更正：金额原记865,000.00元，已更正为832,000.00元（审计裁定更正）";

	@Autowired
	dev.baton.bot.checklist.ItemCorrections corrections;

	/**
	 * Newcomer 9: the joint review quoted a comment on 第2项, an item deleted afterwards,
	 * with nothing saying it was deleted; and the Excel had no disputes nor rulings, only
	 * 已裁定 on the item.
	 */
	@Test
	void aCommentOnADeletedItemSaysSoAndTheWorkbookHasTheDisputesAndRulings() throws Exception {
		TestOrg org = new TestOrg(directory, actors, "default");
		Actor departing = org.actor(org.departing);
		long id = archiver.drafted(org, List.of(
				Map.entry("economic",
						new ItemDraft("局机关基本账户余额", null, ItemStatus.IN_PROGRESS, new BigDecimal("865000"), "CNY", null,
								null, null, true)),
				Map.entry("economic", new ItemDraft("应付信达软件公司运维费", null, ItemStatus.ON_HAND, new BigDecimal("380000"),
						"CNY", null, null, null, false))));
		checklist.submit(departing, id);
		var returning = policies.byCode("default").reviewers().get(0);
		review.returnChecklist(org.actor(org.reviewer(returning)), id, returning, null,
				java.util.Map.of(2, "与另一项重复，请核实"));
		corrections.delete(departing, id, 2);
		archiver.settle(org, id, "default",
				Dispute.amount(1, "账上余额是83.2万，不是86.5万", "我们去核实了，实际余额83.2万", new BigDecimal("832000")));

		HandoverDocument doc = documents.of(records.find(id));
		String cited = "第2项（“应付信达软件公司运维费”，已删除，不在本交接书中）：与另一项重复，请核实";
		assertThat(doc.reviews()).anySatisfy(r -> assertThat(r.comment()).contains(cited));
		try (PDDocument read = Loader.loadPDF(pdf.render(doc))) {
			assertThat(new PDFTextStripper().getText(read).replaceAll("\\s", "")).contains(cited);
		}

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.render(doc)))) {
			Sheet disputes = book.getSheet("争议及裁定");
			assertThat(disputes).as("a sheet of the disputes and rulings").isNotNull();
			assertThat(disputes.getLastRowNum()).isEqualTo(2);
			Row row = disputes.getRow(2);
			assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("局机关基本账户余额");
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("账上余额是83.2万，不是86.5万");
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo(directory.official(org.successor).name());
			assertThat(row.getCell(5).getStringCellValue()).isNotBlank();
			assertThat(row.getCell(6).getStringCellValue()).isEqualTo("我们去核实了，实际余额83.2万");
			// the stated and corrected figures are numbers in 元 (newcomer 13)
			assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(865_000.00);
			assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(832_000.00);
			assertThat(row.getCell(8).getCellStyle().getDataFormatString()).contains("元");
		}
	}

	/**
	 * A ruling that corrects a deadline (期限) shows in the 争议及裁定 tables as one that
	 * corrects an amount does: what the departing official stated and what it was
	 * corrected to, in the PDF, the Word file and the workbook (#15, docs4: the tables
	 * left both cells empty for a date).
	 */
	@Test
	void aCorrectedDeadlineShowsInEveryDisputeTable() throws Exception {
		TestOrg org = new TestOrg(directory, actors, "default");
		long id = archiver.drafted(org, List.of(Map.entry("key_work", new ItemDraft("城区污水管网改造", "一期完工，二期在建",
				ItemStatus.IN_PROGRESS, null, null, null, LocalDate.of(2028, 12, 31), "城建办", true))));
		archiver.settle(org, id, "default", new Dispute(1, "合同约定2027年底完工，不是2028年", "经审计核对施工合同，完工期限为2027年12月31日",
				new dev.baton.bot.confirmation.Correction(null, null, null, LocalDate.of(2027, 12, 31))));

		HandoverDocument doc = documents.of(records.find(id));
		assertThat(doc.disputes()).singleElement().satisfies(d -> {
			assertThat(d.stated()).isEqualTo("期限：2028年12月31日");
			assertThat(d.corrected()).isEqualTo("期限：2027年12月31日");
		});
		try (PDDocument read = Loader.loadPDF(pdf.render(doc))) {
			String text = new PDFTextStripper().getText(read).replaceAll("\\s", "");
			int table = text.indexOf("争议事项及审计裁定");
			assertThat(table).isPositive();
			assertThat(text.substring(table)).contains("期限：2028年12月31日", "期限：2027年12月31日");
		}
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.render(doc)))) {
			assertThat(column(word, "合同约定2027年底完工", "原申报")).containsExactly("期限：2028年12月31日");
			assertThat(column(word, "合同约定2027年底完工", "更正为")).containsExactly("期限：2027年12月31日");
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.render(doc)))) {
			Row row = book.getSheet("争议及裁定").getRow(2);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("城区污水管网改造");
			// the stated and corrected deadlines are dates (newcomer 13)
			assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(java.time.LocalDate.of(2028, 12, 31));
			assertThat(row.getCell(8).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(java.time.LocalDate.of(2027, 12, 31));
		}
	}

	@Test
	void amountsQuantitiesAndCorrectionsInEveryFileAndThePostHandedOver() throws Exception {
		TestOrg org = new TestOrg(directory, actors, "default");
		String postThen = directory.official(org.departing).post();
		Actor departing = org.actor(org.departing);
		long id = archiver.opened(org);
		checklist.addItem(departing, id, "key_work",
				new ItemDraft("茶旅融合产业规划", null, ItemStatus.DONE, null, null, null, null, null, false));
		checklist.addItem(
				departing, id, "legacy_risk", new ItemDraft("欠福建建工工程款", "还没付", ItemStatus.NOT_STARTED,
						new BigDecimal("456000"), "CNY", "福建建工", null, null, true),
				ItemSaid.of("欠福建建工工程款45.6万，还没付", "欠福建建工工程款", null));
		checklist.addItem(
				departing, id, "legacy_risk", new ItemDraft("乡财政所基本账户余额", "截至11月30日", ItemStatus.ON_HAND,
						new BigDecimal("865000"), "CNY", null, null, null, false),
				ItemSaid.of("乡财政所基本账户余额86.5万", "乡财政所基本账户余额", null));
		checklist.addItem(
				departing, id, "other", new ItemDraft("集体林地", "其中生态公益林8000亩", ItemStatus.ON_HAND, null, null, null,
						null, null, false, new BigDecimal("23000"), "亩"),
				ItemSaid.of("集体林地2.3万亩，其中生态公益林8000亩", "集体林地", null));
		checklist.addItem(departing, id, "economic", new ItemDraft("林地面积", null, ItemStatus.ON_HAND, null, null, null,
				null, null, false, new BigDecimal("292200"), "亩"));
		checklist.addItem(departing, id, "other", new ItemDraft("苗圃用地", null, ItemStatus.ON_HAND, null, null, null,
				null, null, false, new BigDecimal("1.5"), "公顷"));
		// 第2项金额改为46.5万: the departing official's own correction while drafting
		checklist.editItem(departing, id, 2,
				new ItemDraft(null, null, null, new BigDecimal("465000"), "CNY", null, null, null, null, null, null));
		archiver.settle(org, id, "default",
				Dispute.amount(3, "账上余额是83.2万，不是86.5万", "我们去核实了，实际余额83.2万，按832000元更正", new BigDecimal("832000")));
		// the departing official's title of today is another post
		jdbc.update("UPDATE official SET post = ? WHERE id = ?", "武夷山市副市长", org.departing);

		HandoverDocument doc = documents.of(records.find(id));
		assertThat(doc.departing().post()).isEqualTo(postThen);
		byte[] pdfBytes = pdf.render(doc);
		String text;
		try (PDDocument read = Loader.loadPDF(pdfBytes)) {
			// the text as one run: a row split at a page's foot continues after the
			// footer and the repeated header
			text = new PDFTextStripper().getText(read)
				.replaceAll("\\s", "")
				.replaceAll("第\\d+页共\\d+页归档校验码SHA-256：[0-9a-f]{64}扫码核验\\S+?/verify/[0-9a-f]{64}"
						+ "(序号事项具体内容金额/数量进展完成时限责任人确认情况)?", "");
		}
		assertThat(text)
			.contains("金额/数量", "465,000.00元", "832,000.00元", DEPARTING_CORRECTED, AUDIT_CORRECTED, "2.3万亩", "29.22万亩",
					"1.5公顷", "原话：欠福建建工工程款45.6万，还没付", postThen)
			.doesNotContain("23000亩", "292200亩", "武夷山市副市长");
		// the correction follows the words as said
		assertThat(text.indexOf(DEPARTING_CORRECTED)).isGreaterThan(text.indexOf("原话：欠福建建工工程款45.6万"));

		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.render(doc)))) {
			List<String> risks = column(word, "欠福建建工工程款", "金额/数量");
			assertThat(risks).anyMatch(c -> c.startsWith("465,000.00元")).anyMatch(c -> c.startsWith("832,000.00元"));
			assertThat(column(word, "集体林地", "金额/数量")).anyMatch(c -> c.equals("2.3万亩")).anyMatch(c -> c.equals("1.5公顷"));
			String all = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word).getText();
			assertThat(all).contains(DEPARTING_CORRECTED, AUDIT_CORRECTED, "29.22万亩").doesNotContain("23000亩");
		}

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.render(doc)))) {
			Sheet other = book.getSheet("其他交接事项");
			List<String> header = new ArrayList<>();
			other.getRow(1).forEach(c -> header.add(c.getStringCellValue()));
			int amount = header.indexOf("金额");
			int quantity = header.indexOf("数量");
			int unit = header.indexOf("数量单位");
			int content = header.indexOf("具体内容");
			assertThat(amount).isPositive();
			Row owed = row(other, 2);
			assertThat(owed.getCell(amount).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(owed.getCell(amount).getNumericCellValue()).isEqualTo(465000.0);
			assertThat(owed.getCell(amount).getCellStyle().getDataFormatString()).contains("元");
			assertThat(owed.getCell(content).getStringCellValue()).contains(DEPARTING_CORRECTED);
			assertThat(row(other, 3).getCell(amount).getNumericCellValue()).isEqualTo(832000.0);
			assertThat(row(other, 3).getCell(content).getStringCellValue()).contains(AUDIT_CORRECTED);
			Row forest = row(other, 4);
			assertThat(forest.getCell(quantity).getNumericCellValue()).isEqualTo(23000.0);
			assertThat(forest.getCell(quantity).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(forest.getCell(unit).getStringCellValue()).isEqualTo("亩");
			assertThat(row(other, 6).getCell(quantity).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
			assertThat(row(book.getSheet("经济事项交接表"), 5).getCell(5).getNumericCellValue()).isEqualTo(292200.0);
		}

		// the verification page: the post handed over, nothing of the items
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/verify/" + doc.sha256()))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(postThen, "核验通过").doesNotContain("武夷山市副市长", "福建建工", "465,000");

		// a follow-up plan made after the archive is no part of the archived record: same
		// document, same digest
		followUp.submitPlan(org.actor(org.successor), id, 2,
				List.of(new PlanStep("与福建建工核对工程量后分两期支付", LocalDate.of(2027, 3, 31))));
		assertThat(pdf.render(documents.of(records.find(id)))).isEqualTo(pdfBytes);
		assertThat(signoff.archiveIntact(id)).isTrue();
	}

	/**
	 * The cells of the column headed {@code header} in the Word table whose text holds
	 * {@code holding}.
	 */
	static List<String> column(XWPFDocument word, String holding, String header) {
		for (XWPFTable t : word.getTables()) {
			if (!t.getText().contains(holding)) {
				continue;
			}
			int c = -1;
			for (int i = 0; i < t.getRow(0).getTableCells().size(); i++) {
				if (t.getRow(0).getCell(i).getText().equals(header)) {
					c = i;
				}
			}
			assertThat(c).as("a %s column in the table of %s", header, holding).isNotNegative();
			List<String> out = new ArrayList<>();
			for (int r = 1; r < t.getNumberOfRows(); r++) {
				out.add(t.getRow(r).getCell(c).getText());
			}
			return out;
		}
		throw new AssertionError("no table holds " + holding);
	}

	/** The data row of item {@code seq}. */
	static Row row(Sheet sheet, int seq) {
		for (int r = 2; r <= sheet.getLastRowNum(); r++) {
			if (sheet.getRow(r).getCell(0).getNumericCellValue() == seq) {
				return sheet.getRow(r);
			}
		}
		throw new AssertionError("no row of item " + seq + " in " + sheet.getSheetName());
	}

}
