package dev.baton.bot.documents;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.web.ApiTokens;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files over REST, read back with POI: the 交接书 as Word and the 交接表 as Excel hold the
 * record's items, amounts as numbers and dates as dates; the PDF is the one the record
 * gives; the ledger of a unit lists its handovers with their states, dates and overdue
 * steps. Refusals (not allowed, not archived, no such format) change nothing.
 */
@DomainContext
class DocumentDownloadsTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	ArchivedHandovers archiver;

	@Autowired
	ApiTokens tokens;

	@Autowired
	HandoverService handovers;

	@Autowired
	HandoverRecords records;

	@Autowired
	Policies policies;

	@Autowired
	HandoverDocuments documents;

	@Autowired
	HandoverPdf pdf;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void theFilesOfAnArchivedHandoverReadBackWithTheirItemsAmountsAndDates() throws Exception {
		TestOrg org = new TestOrg(directory, actors, "default");
		long id = LongHandovers.archived(archiver, org, "default");
		String successor = tokens.issue(org.successor, "documents test");

		HttpResponse<byte[]> pdfReply = get("/api/handovers/" + id + "/documents/pdf", successor);
		assertThat(pdfReply.statusCode()).isEqualTo(200);
		assertThat(pdfReply.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdfReply.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
			.contains("filename*=UTF-8''"
					+ java.net.URLEncoder.encode("交接书-市统计局-" + id + ".pdf", StandardCharsets.UTF_8));
		assertThat(pdfReply.body()).isEqualTo(pdf.render(documents.of(records.find(id))));

		HttpResponse<byte[]> docxReply = get("/api/handovers/" + id + "/documents/docx", successor);
		assertThat(docxReply.statusCode()).isEqualTo(200);
		Files.createDirectories(HandoverPdfTest.OUT);
		Files.write(HandoverPdfTest.OUT.resolve("long-handover.docx"), docxReply.body());
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(docxReply.body()))) {
			String text = new XWPFWordExtractor(docx).getText();
			// the cover's paragraph on how to verify, as on the PDF's cover (newcomer 9:
			// Word lacked it)
			assertThat(text).contains(HandoverPdf.verifySentence(documents.of(records.find(id))));
			assertThat(text).contains("领导干部离任交接书", "重点工作交接表", "经济事项交接表", "3,566,200.00元", "3,466,200.00元", "经审计核实");
			String footer = docx.getFooterList().get(0).getText();
			assertThat(footer).contains(records.find(id).archiveSha256());
			assertThat(docx.getFooterList().get(0).getAllPictures()).hasSize(1);
			List<String> firstColumn = new ArrayList<>();
			XWPFTable work = docx.getTables().get(1);
			assertThat(work.getRow(0).isRepeatHeader()).isTrue();
			for (int r = 1; r < work.getNumberOfRows(); r++) {
				firstColumn.add(work.getRow(r).getCell(0).getText());
			}
			assertThat(firstColumn).hasSize(20).startsWith("1", "2", "3");
			assertThat(work.getRow(1).getCell(1).getText()).isEqualTo(LongHandovers.drafts().get(0).getValue().title());
			for (var e : LongHandovers.drafts()) {
				assertThat(text).contains(e.getValue().title());
			}
		}

		HttpResponse<byte[]> xlsxReply = get("/api/handovers/" + id + "/documents/xlsx", successor);
		assertThat(xlsxReply.statusCode()).isEqualTo(200);
		Files.write(HandoverPdfTest.OUT.resolve("long-handover.xlsx"), xlsxReply.body());
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsxReply.body()))) {
			XSSFSheet work = book.getSheet("重点工作交接表");
			assertThat(work.getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(work.getLastRowNum()).isEqualTo(1 + 20);
			Row first = work.getRow(2);
			assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(first.getCell(1).getStringCellValue())
				.isEqualTo(LongHandovers.drafts().get(0).getValue().title());
			Cell deadline = first.getCell(8);
			assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
			assertThat(deadline.getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LongHandovers.drafts().get(0).getValue().deadline());
			Sheet money = book.getSheet("经济事项交接表");
			assertThat(money.getLastRowNum()).isEqualTo(1 + 20);
			Row disputed = null;
			for (int r = 2; r <= money.getLastRowNum(); r++) {
				if (money.getRow(r).getCell(0).getNumericCellValue() == LongHandovers.DISPUTED) {
					disputed = money.getRow(r);
				}
			}
			assertThat(disputed).isNotNull();
			assertThat(disputed.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(disputed.getCell(3).getNumericCellValue()).as("the ruled amount").isEqualTo(3466200.00);
			assertThat(disputed.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00\"元\"");
			assertThat(disputed.getCell(11).getStringCellValue()).isEqualTo("已裁定");
			Row area = money.getRow(2 + 16); // item 37: 2350.5 平方米
			assertThat(area.getCell(5).getNumericCellValue()).isEqualTo(2350.5);
			assertThat(area.getCell(6).getStringCellValue()).isEqualTo("平方米");
			assertThat(book.getSheet("其他交接事项").getLastRowNum()).isEqualTo(1 + 20);
		}

		// the ledger of the unit: this handover and one still in drafting with its
		// checklist overdue
		long open = handovers
			.open(org.actor(org.organizer), new OpenRequest(org.department.id(),
					directory.addOfficial("孔副局", "市统计局副局长", org.department.id()).id(),
					directory.addOfficial("严新任", "市统计局副局长（拟任）", org.department.id()).id(), HandoverReason.RETIREMENT))
			.id();
		jdbc.update("UPDATE waiting_step SET due_on = ? WHERE handover_id = ? AND kind = 'CHECKLIST'",
				LocalDate.of(2026, 11, 1), open);
		String organizer = tokens.issue(org.organizer, "documents test");
		HttpResponse<byte[]> ledger = get("/api/units/" + org.city.id() + "/ledger.xlsx", organizer);
		assertThat(ledger.statusCode()).isEqualTo(200);
		Files.write(HandoverPdfTest.OUT.resolve("ledger.xlsx"), ledger.body());
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ledger.body()))) {
			XSSFSheet sheet = book.getSheet("交接台账");
			assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(sheet.getLastRowNum()).isEqualTo(1 + 2);
			Row newest = sheet.getRow(2);
			Row archived = sheet.getRow(3);
			assertThat(newest.getCell(0).getNumericCellValue()).isEqualTo(open);
			assertThat(newest.getCell(5).getStringCellValue()).isEqualTo("待签收通知书");
			assertThat(newest.getCell(14).getStringCellValue()).isEqualTo("是");
			assertThat(newest.getCell(15).getStringCellValue()).contains("填报交接清单").doesNotContain("CHECKLIST");
			// the first overdue day, the day after the due day, as the dashboard's
			// "…起逾期" (newcomer 21 #6: it was the due day)
			assertThat(sheet.getRow(1).getCell(16).getStringCellValue()).isEqualTo("最早逾期起始日");
			assertThat(newest.getCell(16).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2026, 11, 2));
			assertThat(archived.getCell(0).getNumericCellValue()).isEqualTo(id);
			assertThat(archived.getCell(7).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2026, 11, 23));
			assertThat(DateUtil.isCellDateFormatted(archived.getCell(10))).isTrue();
			assertThat(archived.getCell(13).getStringCellValue()).contains("交接不实");
			// each flag with the day it was raised and why (#15, docs4)
			assertThat(sheet.getRow(1).getCell(17).getStringCellValue()).isEqualTo("纪律标记原因");
			assertThat(archived.getCell(17).getStringCellValue())
				.startsWith("交接不实（2026年11月23日）：第" + LongHandovers.DISPUTED
						+ "项“统计大数据平台二期应付工程尾款”有异议，审计部门于2026年11月23日裁定更正离任干部的陈述，金额由")
				.contains("裁定说明：经审计核实，已预付质保金十万元");
			// one wording of the reason in the ledger and the 交接书 (newcomer 9: 调动 here,
			// 工作调动 there)
			assertThat(archived.getCell(4).getStringCellValue()).isEqualTo(documents.of(records.find(id)).reason());
			assertThat(archived.getCell(6).getStringCellValue()).as("the policy by its name")
				.isEqualTo(policies.byCode("default").name());
		}

		// refusals
		String stranger = tokens.issue(org.stranger, "documents test");
		long audit = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE handover_id = ?", Long.class, id);
		assertProblem(get("/api/handovers/" + id + "/documents/pdf", stranger), 403, "只有交接双方");
		assertProblem(get("/api/handovers/" + open + "/documents/pdf", organizer), 409, "尚未归档");
		assertProblem(get("/api/handovers/" + id + "/documents/exe", successor), 404, "pdf");
		assertProblem(get("/api/units/" + org.city.id() + "/ledger.xlsx", successor), 403, "交接台账");
		assertProblem(get("/api/units/" + org.city.id() + "/ledger.xlsx", null), 401, "");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE handover_id = ?", Long.class, id))
			.isEqualTo(audit);
	}

	static void assertProblem(HttpResponse<byte[]> reply, int status, String words) {
		assertThat(reply.statusCode()).isEqualTo(status);
		assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(new String(reply.body(), StandardCharsets.UTF_8)).contains(words);
	}

	HttpResponse<byte[]> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept-Language", "zh-CN")
			.GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
