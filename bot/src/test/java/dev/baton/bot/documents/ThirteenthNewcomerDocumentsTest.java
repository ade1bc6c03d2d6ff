package dev.baton.bot.documents;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.web.ApiTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #15, newcomer 13, findings 10, 11, 14 and 15, on the files of an archived handover: the
 * 经济事项交接表 of the PDF and Word says each item's 进展 as chat does; the departments and roles
 * are named as chat names them (组织部门、纪检监察、财政部门、审计部门; 纪检监察审核人); two downloads of the Word
 * and Excel files give the same bytes, every zip entry dated the archive time; the Excel
 * dispute sheet holds 原申报 and 更正后 as numbers in 元; the dispute table of the PDF and Word
 * says who raised each dispute and when; the ledger's plain filename means something in
 * ASCII.
 */
@DomainContext
class ThirteenthNewcomerDocumentsTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	ArchivedHandovers archiver;

	@Autowired
	ApiTokens tokens;

	@Autowired
	HandoverRecords records;

	@Autowired
	HandoverDocuments documents;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	long id;

	String token;

	@BeforeEach
	void archive() {
		org = new TestOrg(directory, actors, "default");
		id = LongHandovers.archived(archiver, org, "default");
		token = tokens.issue(org.successor, "newcomer 13");
	}

	@Test
	void theEconomicTableSaysEachItemsProgressInBothTheWordFileAndThePdf() throws Exception {
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(get("docx").body()))) {
			XWPFTable money = table(docx, "对方单位");
			List<String> header = cells(money, 0);
			assertThat(header).contains("进展");
			int status = header.indexOf("进展");
			List<String> said = new ArrayList<>();
			for (int r = 1; r < money.getNumberOfRows(); r++) {
				said.add(money.getRow(r).getCell(status).getText());
			}
			// items 21-40: every fourth 推进中, item 37 and the others 现状 (as chat says
			// them)
			assertThat(said).hasSize(20).containsOnly("现状", "推进中");
			assertThat(said.get(0)).isEqualTo("现状");
			assertThat(said.get(3)).isEqualTo("推进中");
		}
		String pdf = section(pdfText(), "经济事项交接表", "其他交接事项");
		assertThat(pdf).contains("进展").contains("现状").contains("推进中");
	}

	@Test
	void departmentsAndRolesAreNamedAsChatNamesThem() throws Exception {
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(get("docx").body()))) {
			XWPFTable reviews = table(docx, "轮次");
			List<String> departments = new ArrayList<>();
			for (int r = 1; r < reviews.getNumberOfRows(); r++) {
				departments.add(reviews.getRow(r).getCell(1).getText());
			}
			assertThat(departments).containsExactlyInAnyOrder("组织部门", "纪检监察", "财政部门", "审计部门");
			XWPFTable signatures = table(docx, "签署方式");
			List<String> roles = new ArrayList<>();
			for (int r = 1; r < signatures.getNumberOfRows(); r++) {
				roles.add(signatures.getRow(r).getCell(0).getText());
			}
			assertThat(roles).contains("纪检监察审核人", "组织部门审核人", "财政部门审核人", "审计部门审核人").doesNotContain("纪检监察部门审核人");
		}
		String pdf = pdfText();
		assertThat(pdf).contains("纪检监察审核人").doesNotContain("纪检监察部门审核人");
		assertThat(section(pdf, "联合审核", "签字")).contains("财政部门").contains("审计部门");
	}

	@Test
	void twoDownloadsOfTheWordAndExcelFilesGiveTheSameBytesDatedTheArchiveTime() throws Exception {
		LocalDateTime archived = documents.of(records.find(id)).archivedAt();
		for (String format : List.of("docx", "xlsx")) {
			byte[] first = get(format).body();
			byte[] second = get(format).body();
			assertThat(second).as(format).isEqualTo(first);
			try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
				int entries = 0;
				for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
					entries++;
					// zip times are kept to two seconds
					assertThat(e.getTimeLocal()).as(format + " " + e.getName())
						.isEqualTo(archived.withNano(0).withSecond(archived.getSecond() / 2 * 2));
				}
				assertThat(entries).isGreaterThan(3);
			}
		}
		Date created = Date.from(archived.withNano(0).toInstant(ZoneOffset.ofHours(8)));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(get("xlsx").body()))) {
			assertThat(book.getProperties().getCoreProperties().getCreated()).isEqualTo(created);
		}
	}

	@Test
	void disputesSayTheirValuesAsNumbersAndWhoRaisedThem() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(get("xlsx").body()))) {
			Sheet disputes = book.getSheet("争议及裁定");
			Row row = disputes.getRow(2);
			Cell stated = row.getCell(Arrays.asList(HandoverXlsx.DISPUTES).indexOf("原申报"));
			Cell corrected = row.getCell(Arrays.asList(HandoverXlsx.DISPUTES).indexOf("更正后"));
			assertThat(stated.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(stated.getNumericCellValue()).isEqualTo(3566200.00);
			assertThat(stated.getCellStyle().getDataFormatString()).isEqualTo(Workbooks.YUAN);
			assertThat(corrected.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(corrected.getNumericCellValue()).isEqualTo(3466200.00);
			assertThat(corrected.getCellStyle().getDataFormatString()).isEqualTo(Workbooks.YUAN);
		}
		String successor = directory.official(org.successor).name();
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(get("docx").body()))) {
			XWPFTable disputes = table(docx, "异议理由");
			List<String> header = cells(disputes, 0);
			assertThat(header).contains("提出人及日期");
			String raised = disputes.getRow(1).getCell(header.indexOf("提出人及日期")).getText();
			assertThat(raised).startsWith(successor).contains("年").contains("月").endsWith("日");
		}
		assertThat(section(pdfText(), "争议事项及审计裁定", "联合审核")).contains(successor);
	}

	@Test
	void theLedgersPlainFilenameNamesTheUnitByItsCode() throws Exception {
		String organizer = tokens.issue(org.organizer, "newcomer 13");
		HttpResponse<byte[]> ledger = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/units/" + org.city.id() + "/ledger.xlsx"))
				.header("Authorization", "Bearer " + organizer)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(ledger.statusCode()).isEqualTo(200);
		String disposition = ledger.headers().firstValue("Content-Disposition").orElseThrow();
		assertThat(disposition).matches("attachment; filename=\"ledger-" + org.city.code()
				+ "-\\d{4}-\\d{2}-\\d{2}\\.xlsx\"; filename\\*=UTF-8''%E4%BA%A4%E6%8E%A5%E5%8F%B0%E8%B4%A6-.*\\.xlsx");
		assertThat(get("pdf").headers().firstValue("Content-Disposition").orElseThrow())
			.startsWith("attachment; filename=\"handover-" + id + ".pdf\"; filename*=UTF-8''");
	}

	private static XWPFTable table(XWPFDocument docx, String headerCell) {
		return docx.getTables()
			.stream()
			.filter(t -> cells(t, 0).contains(headerCell))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no table with the header " + headerCell));
	}

	private static List<String> cells(XWPFTable t, int row) {
		return t.getRow(row).getTableCells().stream().map(c -> c.getText()).toList();
	}

	/**
	 * The text of the PDF with no white space, which table cells break where they wrap.
	 */
	private String pdfText() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(get("pdf").body())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
		}
	}

	/** From the chapter heading {@code from} to the next {@code to}. */
	private static String section(String text, String from, String to) {
		int start = text.indexOf("、" + from);
		assertThat(start).as(from).isNotNegative();
		int end = text.indexOf("、" + to, start);
		return text.substring(start, end < 0 ? text.length() : end);
	}

	private HttpResponse<byte[]> get(String format) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/handovers/" + id + "/documents/" + format))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
