package dev.baton.bot.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad roster files, each refused with a clear answer, and none changing anything: the
 * directory's tables and the audit log are counted before and after every upload, for the
 * dry run and for the import alike.
 */
class RosterBadFilesApiTest extends RosterApiSupport {

	private String admin;

	private List<Long> before;

	@BeforeEach
	void counts() {
		admin = token(org.admin);
		before = directoryCounts();
	}

	@Test
	void notAnXlsxAtAll() {
		JsonNode xls = refusedFile(
				new RosterXlsx().row("财政局", city(), "李四", "局长", mobile(), null, null, null).xlsBytes(), 400,
				"roster.file.xls");
		assertThat(xls.path("detail").asString()).contains(".xlsx");
		refusedFile(("单位,上级单位,姓名,职务,手机号,角色,钉钉 userId,企业微信 userId\n财政局," + city() + ",李四,局长," + mobile() + ",,,\n")
			.getBytes(StandardCharsets.UTF_8), 400, "roster.file.notXlsx");
		byte[] random = new byte[4096];
		new SecureRandom().nextBytes(random);
		refusedFile(random, 400, "roster.file.notXlsx");
		byte[] brokenZip = random.clone();
		brokenZip[0] = 'P';
		brokenZip[1] = 'K';
		brokenZip[2] = 3;
		brokenZip[3] = 4;
		refusedFile(brokenZip, 400, "roster.file.notXlsx");
		refusedFile(zip("hello.txt", "not a workbook".getBytes(StandardCharsets.UTF_8)), 400, "roster.file.notXlsx");
		refusedFile("<html><body>名册</body></html>".getBytes(StandardCharsets.UTF_8), 400, "roster.file.notXlsx");
	}

	@Test
	void aZipBombIsRefusedUnread() throws IOException {
		byte[] valid = new RosterXlsx().row("财政局", city(), "李四", "局长", mobile(), null, null, null).bytes();
		// the sheet padded with 40 MB of blanks: a few tens of kilobytes compressed, far
		// past the inflate ratio
		byte[] bomb = replace(valid, "xl/worksheets/sheet1.xml", sheet -> {
			String xml = new String(sheet, StandardCharsets.UTF_8);
			int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
			return (xml.substring(0, at) + " ".repeat(40 << 20) + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
		});
		assertThat(bomb.length).isLessThan(262144);
		refusedFile(bomb, 400, "roster.file.unsafe");
	}

	@Test
	void anExternalEntityIsNeverRead() throws IOException {
		java.nio.file.Path secret = java.nio.file.Files.createTempFile("roster-xxe-", ".txt");
		java.nio.file.Files.writeString(secret, "XXE-SECRET-CONTENT");
		try {
			byte[] valid = new RosterXlsx().row("财政局", city(), "李四", "局长", mobile(), null, null, null).bytes();
			byte[] hostile = replace(valid, "xl/worksheets/sheet1.xml", sheet -> {
				String xml = new String(sheet, StandardCharsets.UTF_8);
				String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
				xml = xml.replaceFirst("(<\\?xml[^>]*\\?>)", "$1" + doctype);
				xml = xml.replaceFirst("<c r=\"C2\"[^>]*>.*?</c>",
						"<c r=\"C2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>");
				assertThat(xml).contains("&xxe;", "<!DOCTYPE");
				return xml.getBytes(StandardCharsets.UTF_8);
			});
			Reply checked = upload(CHECK, admin, hostile);
			assertThat(checked.text()).doesNotContain("XXE-SECRET-CONTENT");
			assertProblem(checked, 400, "roster.file.notXlsx");
			Reply imported = upload(IMPORT, admin, hostile);
			assertThat(imported.text()).doesNotContain("XXE-SECRET-CONTENT");
			assertThat(directoryCounts()).isEqualTo(before);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM official WHERE name LIKE '%XXE%'", Long.class))
				.isZero();
		}
		finally {
			java.nio.file.Files.deleteIfExists(secret);
		}
	}

	@Test
	void overTheSizeLimitIsRefusedBeforeTheBodyIsRead() {
		byte[] large = new byte[300_000];
		new SecureRandom().nextBytes(large);
		JsonNode problem = assertProblem(upload(IMPORT, admin, large), 413, "roster.file.tooLarge");
		assertThat(problem.path("detail").asString()).contains("256");
		assertProblem(uploadChunked(CHECK, admin, large), 413, "roster.file.tooLarge");
		assertProblem(uploadChunked(IMPORT, admin, large), 413, "roster.file.tooLarge");
		assertThat(directoryCounts()).isEqualTo(before);
		// the JSON API keeps its own, smaller limit
		assertProblem(
				api.post("/api/handovers").token(admin).body("{\"reason\": \"" + "x".repeat(70_000) + "\"}").send(),
				413, "api.bodyTooLarge");
	}

	@Test
	void theWrongSheetAMissingOrUnknownColumnAnEmptySheetOrTooManyRows() {
		JsonNode noSheet = refusedFile(
				new RosterXlsx().sheet("Sheet1").row("财政局", city(), "李四", "局长", null, null, null, null).bytes(), 400,
				"roster.file.noSheet");
		assertThat(noSheet.path("detail").asString()).contains("名册", "Sheet1");
		JsonNode missing = refusedFile(
				new RosterXlsx().header("单位", "上级单位", "姓名", "职务", "角色", "钉钉 userId", "企业微信 userId")
					.row("财政局", city(), "李四", "局长", null, null, null)
					.bytes(),
				400, "roster.file.missingColumns");
		assertThat(missing.path("detail").asString()).contains("手机号");
		JsonNode unknown = refusedFile(
				new RosterXlsx().header("单位", "上级单位", "姓名", "职务", "手机号", "角色", "钉钉 userId", "企业微信 userId", "备注")
					.row("财政局", city(), "李四", "局长", null, null, null, null, "新任")
					.bytes(),
				400, "roster.file.unknownColumns");
		assertThat(unknown.path("detail").asString()).contains("I1", "备注");
		refusedFile(new RosterXlsx().header("单位", "上级单位", "姓名", "职务", "手机号", "角色", "钉钉 userId", "企业微信 userId", "姓名")
			.row("财政局", city(), "李四", "局长", null, null, null, null, "李四")
			.bytes(), 400, "roster.file.duplicateColumn");
		refusedFile(new RosterXlsx().header().bytes(), 400, "roster.file.empty");
		refusedFile(new RosterXlsx().bytes(), 400, "roster.file.empty");
		refusedFile(new RosterXlsx().row(null, null, null, null, null, null, null, null).bytes(), 400,
				"roster.file.empty");
		RosterXlsx many = new RosterXlsx();
		for (int i = 0; i < 51; i++) {
			many.row("财政局", city(), "干部" + i, "科员", mobile(), null, null, null);
		}
		refusedFile(many.bytes(), 400, "roster.file.tooManyRows");
	}

	@Test
	void aDuplicatePersonIsRefusedOnBothRows() {
		String same = mobile();
		JsonNode report = refusedRows(new RosterXlsx().row("财政局", city(), "李四", "局长", same, null, null, null)
			.row("审计局", city(), "李四", "局长", same, null, null, null)
			.row("审计局", city(), "王五", "科员", null, null, null, null)
			.row("审计局", city(), "王五", "副科长", null, null, null, null)
			.row("审计局", city(), "赵六", "科员", mobile(), null, "dup-user", null)
			.row("财政局", city(), "钱七", "科员", mobile(), null, "DUP-user", null)
			.bytes());
		assertThat(problem(report, 2, "roster.row.duplicateMobile").path("zh").asString()).contains("3");
		assertThat(problem(report, 3, "roster.row.duplicateMobile").path("zh").asString()).contains("2");
		assertThat(problem(report, 4, "roster.row.duplicateName").path("cell").asString()).isEqualTo("C4");
		problem(report, 5, "roster.row.duplicateName");
		problem(report, 6, "roster.row.duplicateAccount");
		problem(report, 7, "roster.row.duplicateAccount");
	}

	@Test
	void anUnknownOrAmbiguousUnitOrParentIsRefused() {
		// two 办公室 under two bureaus of this city, and the bare name 办公室 fits both
		assertJson(upload(IMPORT, admin,
				new RosterXlsx().row("办公室", city() + "/财政局", null, null, null, null, null, null)
					.row("办公室", city() + "/审计局", null, null, null, null, null, null)
					.row("财政局", city(), null, null, null, null, null, null)
					.row("审计局", city(), null, null, null, null, null, null)
					.bytes()),
				200);
		before = directoryCounts();
		JsonNode report = refusedRows(new RosterXlsx().row("文书科", "办公室", "李四", "科员", mobile(), null, null, null)
			.row("科室", city() + "/不存在的局", "王五", "科员", mobile(), null, null, null)
			.row("下设科", city() + "/新局/科室", "赵六", "科员", mobile(), null, null, null)
			.row("新局", "不存在的市（" + org.city.id() + "）", null, null, null, null, null, null)
			.row("好局", city(), "孙七", "局长", mobile(), null, null, null)
			.bytes());
		JsonNode ambiguous = problem(report, 2, "roster.row.parentAmbiguous");
		assertThat(ambiguous.path("cell").asString()).isEqualTo("B2");
		assertThat(ambiguous.path("zh").asString()).contains("财政局/办公室", "审计局/办公室");
		problem(report, 3, "roster.row.parentUnknown");
		problem(report, 4, "roster.row.parentUnknown");
		problem(report, 5, "roster.row.parentUnknown");
		assertThat(row(report, 6).path("outcome").asString()).isEqualTo("CREATED");
		assertThat(report.path("summary").path("refused").asInt()).isEqualTo(4);
	}

	@Test
	void aFormulaAnErrorAMalformedMobileOrUserIdOrAnUnknownRoleWordIsRefused() {
		JsonNode report = refusedRows(
				new RosterXlsx().row("财政局", city(), "=\"李\"&\"四\"", "局长", mobile(), null, null, null)
					.row("财政局", city(), "王五", "#N/A", mobile(), null, null, null)
					.row("财政局", city(), "赵六", "科员", "1380013800", null, null, null)
					.row("财政局", city(), "孙七", "科员", mobile(), "财政审核、局长", null, null)
					.row("财政局", city(), "周八", "科员", mobile(), null, "周 八", null)
					.row("财政局", city(), null, null, mobile(), "督办", null, null)
					.row(null, city(), "吴九", "科员", mobile(), null, null, null)
					.row("财政局", city(), "郑十", null, mobile(), null, null, null)
					.row("财政局", city(), "冯十一", "科员", Long.valueOf(mobile()), "audit reviewer; Supervisor", null, null)
					.bytes());
		assertThat(problem(report, 2, "roster.row.formula").path("cell").asString()).isEqualTo("C2");
		assertThat(problem(report, 3, "roster.row.errorValue").path("cell").asString()).isEqualTo("D3");
		problem(report, 4, "roster.row.mobileMalformed");
		JsonNode role = problem(report, 5, "roster.row.roleUnknown");
		assertThat(role.path("zh").asString()).contains("局长", "组织部门", "纪检监察审核", "财政审核", "审计审核", "组织审核", "督办", "管理员");
		problem(report, 6, "roster.row.userIdMalformed");
		problem(report, 7, "roster.row.personMissing");
		problem(report, 8, "roster.row.unitMissing");
		problem(report, 9, "roster.row.postMissing");
		assertThat(row(report, 10).path("outcome").asString()).as("a mobile typed as a number, English role words")
			.isEqualTo("CREATED");
	}

	@Test
	void aMobileOrAccountThatIsSomeoneElsesIsRefused() {
		String taken = mobile();
		String account = userId("taken");
		assertJson(upload(IMPORT, admin,
				new RosterXlsx().row("财政局", city(), "李四", "局长", taken, null, account, null).bytes()), 200);
		before = directoryCounts();
		JsonNode report = refusedRows(new RosterXlsx().row("财政局", city(), "王五", "局长", taken, null, null, null)
			.row("财政局", city(), "赵六", "科员", mobile(), null, account.toUpperCase(), null)
			.bytes());
		assertThat(problem(report, 2, "roster.row.mobileOtherName").path("zh").asString()).contains("李四", "财政局");
		problem(report, 3, "roster.row.accountTaken");
		JsonNode other = refusedRows(
				new RosterXlsx().row("财政局", city(), "李四", "局长", taken, null, userId("other"), null).bytes());
		assertThat(problem(other, 2, "roster.row.accountOther").path("zh").asString()).contains(account);
	}

	/**
	 * Refused as a file: a problem, and nothing changed, for the check and for the
	 * import.
	 */
	private JsonNode refusedFile(byte[] file, int status, String code) {
		JsonNode problem = assertProblem(upload(CHECK, admin, file), status, code);
		assertProblem(upload(IMPORT, admin, file), status, code);
		assertThat(directoryCounts()).as(code).isEqualTo(before);
		return problem;
	}

	/**
	 * Read, but with refused rows: the check reports them, the import answers 422 with
	 * the same report.
	 */
	private JsonNode refusedRows(byte[] file) {
		Reply checked = upload(CHECK, admin, file);
		assertJson(checked, 200);
		assertThat(checked.json().path("importable").asBoolean()).isFalse();
		JsonNode problem = assertProblem(upload(IMPORT, admin, file), 422, "roster.refused");
		assertThat(problem.path("report").path("rows")).isEqualTo(checked.json().path("rows"));
		assertThat(problem.path("report").path("dryRun").asBoolean()).isFalse();
		assertThat(directoryCounts()).isEqualTo(before);
		return checked.json();
	}

	private static byte[] zip(String name, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] replace(byte[] xlsx, String entryName, java.util.function.UnaryOperator<byte[]> change)
			throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(entry.getName().equals(entryName) ? change.apply(content) : content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
