package dev.baton.bot.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directory.RoleAssignment;
import dev.baton.bot.roster.RosterProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster import in the console (#17, administration I), in headless Chromium: a
 * city's administrator uploads a file that is no workbook (refused on the upload page,
 * saying what), a roster with a row error (the report says the row and the cell; no
 * import button), then a good roster: the dry run changes nothing, 导入 writes it, and the
 * new officials are found on their unit's page. Screenshots in
 * bot/target/console-screenshots.
 */
@DomainContext
class RosterImportBrowserTest extends ConsoleTestSupport {

	private static final List<String> HEADER = List.of("单位", "上级单位", "姓名", "职务", "手机号", "角色", "钉钉 userId",
			"企业微信 userId");

	@Test
	void aBadFileAndARowErrorAreRefusedWithWhereThenADryRunIsAppliedAndTheNewOfficialsFound() throws Exception {
		signIn(account(org.admin));
		submit("#nav-roster");
		assertThat(browser.text("h1")).isEqualTo("名册导入");
		assertThat(browser.find("#template").getAttribute("href")).endsWith("/console/directory/roster/template");
		browser.screenshot("directory-roster-upload");
		List<Long> before = directoryCounts();

		// not a workbook at all: refused on the upload page, saying what, nothing changed
		upload(file("名册.xlsx", "单位,姓名\n财政局,李财政\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(browser.text("#refusal")).contains("不是 Excel 工作簿").doesNotContain("/api/");
		assertThat(browser.has("#apply")).isFalse();
		assertThat(directoryCounts()).isEqualTo(before);
		browser.screenshot("directory-roster-bad-file");

		// over baton.roster.max-bytes: refused in words before it is read, nothing
		// changed
		String csrf = browser.find("input[name=_csrf]").getAttribute("value");
		byte[] head = ("--b0undary\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = "\r\n--b0undary--\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + (int) RosterProperties.DEFAULT_MAX_BYTES + 1 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpResponse<String> tooLarge = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(browser.base() + "/console/directory/roster/check"))
				.header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
				.header("Accept", "text/html,application/xhtml+xml")
				.header("Content-Type", "multipart/form-data; boundary=b0undary")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("名册文件超过了")
			.contains("KB 的上限")
			.contains("未做任何处理")
			.contains("href=\"/console/directory/roster\"");
		assertThat(directoryCounts()).isEqualTo(before);

		String city = org.city.name();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String li = "李财" + tag;
		String wang = "王办" + tag;
		// a role Baton does not know on row 3: the report names the row and the cell F3,
		// and nothing can be applied
		upload(file("名册-有错.xlsx", roster(List.of(List.of("财政局" + tag, city, li, "局长", mobile(), "财政审核"),
				List.of("财政局" + tag, city, wang, "办公室主任", mobile(), "校长")))));
		assertThat(browser.text("#report-title")).isEqualTo("名册检查结果（尚未导入）");
		assertThat(browser.text("#verdict")).contains("有1行不能导入").contains("没有改动任何数据");
		assertThat(browser.find("#row-3").getAttribute("data-outcome")).isEqualTo("REFUSED");
		assertThat(browser.text("#row-3")).contains("第3行").contains("F3单元格（角色）").contains("“校长”不是可用的角色");
		assertThat(browser.find("#row-2").getAttribute("data-outcome")).isEqualTo("CREATED");
		assertThat(browser.has("#apply")).as("a report with a refused row has nothing to apply").isFalse();
		assertThat(directoryCounts()).isEqualTo(before);
		browser.driver().executeScript("arguments[0].scrollIntoView()", browser.find("#row-3"));
		browser.screenshot("directory-roster-row-refused");

		// the roster put right: the dry run says what an import would do, still without
		// changing anything
		String liMobile = mobile();
		submit("#to-roster");
		upload(file("名册.xlsx", roster(List.of(List.of("财政局" + tag, city, li, "局长", liMobile, "财政审核"),
				List.of("财政局" + tag, city, wang, "办公室主任", mobile(), "")))));
		assertThat(browser.text("#verdict")).isEqualTo("没有发现问题，可以导入。这次检查没有改动任何数据。");
		assertThat(browser.text("#summary")).contains("共2行：将新建2行").contains("将新建单位1个、新建干部2人");
		assertThat(browser.text("#row-2")).contains("将新建").contains(li).contains("手机号");
		assertThat(browser.text("#file-name")).contains("名册.xlsx");
		assertThat(directoryCounts()).isEqualTo(before);
		browser.screenshot("directory-roster-dry-run");

		submit("#apply");
		assertThat(browser.text("#report-title")).isEqualTo("名册已导入");
		assertThat(browser.text("#verdict")).isEqualTo("已全部导入。");
		assertThat(browser.text("#row-2")).contains("已新建");
		List<Official> found = directory.officialsByMobile(liMobile);
		assertThat(found).extracting(Official::name).containsExactly(li);
		assertThat(directory.rolesOf(found.get(0).id())).extracting(RoleAssignment::role)
			.containsExactly(Role.REVIEWER);
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'ROSTER_IMPORTED' AND actor_id = ?", org.admin))
			.isEqualTo(1);
		browser.screenshot("directory-roster-imported");

		// the new officials on their new unit's page, and one of them found by name
		submit("#roster-units a");
		assertThat(browser.text("#unit-name")).isEqualTo("财政局" + tag);
		assertThat(browser.text("#officials")).contains(li).contains(wang);
		browser.type("q", wang);
		submit("#search");
		assertThat(browser.text("#officials")).contains(wang).doesNotContain(li);
		submit("#officials a");
		assertThat(browser.text("#official-name")).isEqualTo(wang);
		browser.screenshot("directory-roster-official-found");

		// the same report cannot be applied twice: the kept file went with the import
		String sha256 = jdbc
			.queryForObject("SELECT detail FROM audit_log WHERE action = 'ROSTER_IMPORTED' AND actor_id = ?",
					String.class, org.admin)
			.replaceAll("(?s).*\"sha256\"\\s*:\\s*\"([0-9a-f]{64})\".*", "$1");
		assertThat(sha256).hasSize(64);
		List<Long> after = directoryCounts();
		submit("#nav-roster");
		browser.submitByScript("var f = document.createElement('form'); f.method = 'post';"
				+ " f.action = '/console/directory/roster/import'; var s = document.createElement('input'); s.name = 'sha256';"
				+ " s.value = arguments[0]; f.appendChild(s); var c = document.querySelector('input[name=_csrf]').cloneNode();"
				+ " f.appendChild(c); document.body.appendChild(f); f.submit();", sha256);
		assertThat(browser.text("#refusal")).contains("没有找到刚才检查过的名册").contains("没有导入任何内容");
		assertThat(directoryCounts()).isEqualTo(after);
	}

	private void upload(Path file) {
		browser.find("#file").sendKeys(file.toAbsolutePath().toString());
		submit("#check");
	}

	private static Path file(String name, byte[] bytes) throws IOException {
		Path dir = Files.createTempDirectory("roster-browser");
		Path file = dir.resolve(name);
		Files.write(file, bytes);
		file.toFile().deleteOnExit();
		dir.toFile().deleteOnExit();
		return file;
	}

	/** A roster sheet 名册 with the header row and these rows, every cell text. */
	private static byte[] roster(List<List<String>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("名册");
			List<List<String>> all = new ArrayList<>();
			all.add(HEADER);
			all.addAll(rows);
			for (int r = 0; r < all.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < all.get(r).size(); c++) {
					row.createCell(c).setCellValue(all.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String mobile() {
		return "139" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
	}

	/**
	 * Rows of every directory table and of the audit log: a refused file must leave each
	 * as it was.
	 */
	private List<Long> directoryCounts() {
		List<Long> counts = new ArrayList<>();
		for (String table : List.of("org_unit", "official", "role_assignment", "chat_identity", "audit_log")) {
			counts.add(count("SELECT COUNT(*) FROM " + table));
		}
		return counts;
	}

	private void signIn(String user) {
		browser.go("/console/signin");
		browser.type("username", user).type("password", PASSWORD);
		submit("#signin");
	}

	/** Clicks a link or button that loads a page, and waits for the new page in full. */
	private void submit(String css) {
		WebElement page = browser.find("html");
		browser.click(css);
		WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer.foot")));
		wait.until(d -> "complete".equals(browser.driver().executeScript("return document.readyState")));
		assertThat(page).isNotNull();
	}

}
