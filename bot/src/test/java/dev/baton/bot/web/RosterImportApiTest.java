package dev.baton.bot.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directory.RoleAssignment;
import dev.baton.bot.web.ApiClient.Reply;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster import over REST on the suite's MariaDB, with workbooks made by POI in the
 * test: the template, a dry run that changes nothing, the import, the same file again
 * changing nothing, a second roster with changes, and who may import what.
 */
class RosterImportApiTest extends RosterApiSupport {

	@Test
	void theTemplateHasTheColumnsTheRoleWordsAndAnExampleAndImportsNothingAsItIs() throws IOException {
		HttpResponse<byte[]> template = download("/api/directory/roster/template", token(org.admin));
		assertThat(template.statusCode()).isEqualTo(200);
		assertThat(template.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
		assertThat(template.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
			.contains("filename*=UTF-8''");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("名册");
			assertThat(cells(workbook.getSheet("名册").getRow(0))).containsExactly("单位", "上级单位", "单位类型", "姓名", "职务",
					"手机号", "角色", "角色范围", "钉钉 userId", "企业微信 userId", "网页对话");
			assertThat(workbook.getSheet("名册").getLastRowNum()).as("no example row on 名册").isZero();
			String instructions = text(workbook.getSheet("说明 Instructions"));
			assertThat(instructions).contains("组织部门", "纪检监察审核", "财政审核", "审计审核", "组织审核", "督办", "管理员", "organizer",
					"audit reviewer", "administrator", "单位编码", "Unit code", "角色范围", "Role scope", "13800138000", "单位类型",
					"Unit type", "乡镇", "township", "网页对话", "Web chat", "BATON_WEBCHAT_ENABLED");
			for (String column : RosterXlsx.HEADER) {
				assertThat(instructions).contains(column);
			}
		}
		List<Long> before = directoryCounts();
		assertProblem(upload(CHECK, token(org.admin), template.body()), 400, "roster.file.empty");

		// filled in as an officer would, the template imports
		String mobile = mobile();
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
			Row row = workbook.getSheet("名册").createRow(1);
			String[] values = { "模板局", city(), "", "模板干部", "局长", mobile, "督办", "", "", "", "" };
			for (int i = 0; i < values.length; i++) {
				row.createCell(i).setCellValue(values[i]);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			filled = out.toByteArray();
		}
		assertThat(directoryCounts()).isEqualTo(before);
		Reply imported = upload(IMPORT, token(org.admin), filled);
		assertJson(imported, 200);
		Official official = directory.officialsByMobile(mobile).get(0);
		assertThat(official.name()).isEqualTo("模板干部");
		assertThat(directory.rolesOf(official.id())).extracting(RoleAssignment::role).containsExactly(Role.SUPERVISOR);
	}

	@Test
	void aDryRunChangesNothingTheImportWritesItAllAndTheSameFileAgainChangesNothing() {
		String li = mobile();
		String wang = mobile();
		String zhao = mobile();
		String departing = mobile();
		String dingLi = userId("li");
		String weWang = userId("Wang");
		String city = city();
		byte[] roster = new RosterXlsx().row("财政局", city, "李财政", "局长", li, "财政审核", dingLi, null)
			.row("办公室", city + "/财政局", "王办公", "主任", Long.valueOf(wang), null, null, weWang)
			.row("审计局", city, "赵审计", "局长", " +86 " + zhao.substring(0, 3) + "-" + zhao.substring(3), "审计审核、督办", null,
					null)
			.row("办公室", city + "／审计局", "钱办公", "主任", null, "", null, null)
			.row("城关镇", city, null, null, null, null, null, null)
			.row("市统计局", city, "陈离任", "市统计局局长", departing, null, null, null)
			.bytes();
		String admin = token(org.admin);
		List<Long> before = directoryCounts();

		JsonNode report = checked(admin, roster);
		assertThat(report.path("dryRun").asBoolean()).isTrue();
		assertThat(report.path("importable").asBoolean()).as(report.toString()).isTrue();
		assertThat(report.path("sha256").asString()).hasSize(64);
		assertThat(outcomes(report)).containsExactly("CREATED", "CREATED", "CREATED", "CREATED", "CREATED", "CHANGED");
		assertThat(row(report, 7).path("changes").get(0).path("column").asString()).isEqualTo("手机号");
		assertThat(row(report, 7).path("changes").get(0).path("to").asString()).isEqualTo(departing);
		assertThat(row(report, 3).path("unit").asString()).isEqualTo(city + "/财政局/办公室");
		assertThat(row(report, 5).path("unit").asString()).isEqualTo(city + "/审计局/办公室");
		JsonNode summary = report.path("summary");
		assertThat(summary.path("unitsCreated").asInt()).isEqualTo(5);
		assertThat(summary.path("officialsCreated").asInt()).isEqualTo(4);
		assertThat(summary.path("officialsChanged").asInt()).isEqualTo(1);
		assertThat(summary.path("rolesAdded").asInt()).isEqualTo(3);
		assertThat(summary.path("accountsBound").asInt()).isEqualTo(2);
		assertThat(directoryCounts()).as("a dry run changes nothing").isEqualTo(before);

		Reply imported = upload(IMPORT, admin, roster);
		assertJson(imported, 200);
		JsonNode done = imported.json();
		assertThat(done.path("dryRun").asBoolean()).isFalse();
		// the codes the check promised are the codes the import wrote (#13, newcomer 4:
		// 8)
		assertThat(codes(done)).isEqualTo(codes(report)).hasSize(6);
		assertThat(outcomes(done)).containsExactly("CREATED", "CREATED", "CREATED", "CREATED", "CREATED", "CHANGED");

		// the units: under the city, each 办公室 under its own bureau, codes generated,
		// paths complete
		List<Map<String, Object>> units = jdbc.queryForList("SELECT u.id, u.name, u.code, u.path, p.name AS parent"
				+ " FROM org_unit u JOIN org_unit p ON p.id = u.parent_id WHERE u.path LIKE ? AND u.id <> ? ORDER BY u.id",
				org.city.path() + "%", org.city.id());
		assertThat(units).extracting(u -> u.get("parent") + ">" + u.get("name"))
			.contains(city + ">财政局", "财政局>办公室", city + ">审计局", "审计局>办公室", city + ">城关镇");
		for (Map<String, Object> unit : units) {
			assertThat((String) unit.get("path")).endsWith("/" + unit.get("id") + "/").startsWith(org.city.path());
			assertThat((String) unit.get("code")).isNotBlank();
		}
		for (JsonNode unit : done.path("units")) {
			assertThat(unit.path("id").asLong()).as(unit.toString()).isPositive();
		}

		Official liOfficial = only(li);
		assertThat(liOfficial.post()).isEqualTo("局长");
		assertThat(directory.unit(liOfficial.unitId()).name()).isEqualTo("财政局");
		assertThat(row(done, 2).path("officialId").asLong()).isEqualTo(liOfficial.id());
		assertThat(directory.rolesOf(liOfficial.id())).singleElement().satisfies(r -> {
			assertThat(r.role()).isEqualTo(Role.REVIEWER);
			assertThat(r.department()).isEqualTo(Department.FINANCE);
			assertThat(r.scopeUnitId()).isEqualTo(liOfficial.unitId());
		});
		assertThat(directory.officialIdByIdentity("DINGTALK", DINGTALK_CORP, dingLi)).contains(liOfficial.id());
		Official wangOfficial = only(wang);
		assertThat(directory.officialIdByIdentity("WECOM", WECOM_CORP, weWang)).contains(wangOfficial.id());
		Official zhaoOfficial = only(zhao);
		assertThat(directory.rolesOf(zhaoOfficial.id())).extracting(r -> r.role() + "/" + r.department())
			.containsExactlyInAnyOrder("REVIEWER/AUDIT", "SUPERVISOR/null");
		assertThat(directory.officialsUnder(org.city.id())).filteredOn(o -> o.name().equals("钱办公"))
			.singleElement()
			.satisfies(o -> assertThat(o.mobile()).isNull());
		assertThat(directory.official(org.departing).mobile()).isEqualTo(departing);
		List<Long> after = directoryCounts();
		assertThat(after.get(0) - before.get(0)).as("units").isEqualTo(5);
		assertThat(after.get(1) - before.get(1)).as("officials").isEqualTo(4);
		assertThat(after.get(2) - before.get(2)).as("roles").isEqualTo(3);
		assertThat(after.get(3) - before.get(3)).as("accounts").isEqualTo(2);
		List<Map<String, Object>> audit = jdbc.queryForList(
				"SELECT actor_id, detail FROM audit_log WHERE action = 'ROSTER_IMPORTED' AND detail LIKE ?",
				"%" + done.path("sha256").asString() + "%");
		assertThat(audit).singleElement().satisfies(a -> {
			assertThat(((Number) a.get("actor_id")).longValue()).isEqualTo(org.admin);
			assertThat((String) a.get("detail")).contains("\"officialsCreated\":4", "\"unitsCreated\":5",
					"\"accountsBound\":2");
		});

		// the same file again: every row unchanged, the directory as it was (one more
		// audit entry: who imported)
		Reply again = upload(IMPORT, admin, roster);
		assertJson(again, 200);
		assertThat(outcomes(again.json())).containsOnly("UNCHANGED").hasSize(6);
		assertThat(again.json().path("summary").path("unitsCreated").asInt()).isZero();
		List<Long> afterAgain = directoryCounts();
		assertThat(afterAgain.subList(0, 4)).isEqualTo(after.subList(0, 4));
		assertThat(afterAgain.get(5)).isEqualTo(after.get(5));
		assertThat(only(li)).isEqualTo(liOfficial);
	}

	/** A roster with the optional columns 单位类型 and 网页对话 (#13). */
	private static RosterXlsx withTypes() {
		return new RosterXlsx().header("单位", "上级单位", "单位类型", "姓名", "职务", "手机号", "角色", "钉钉 userId", "企业微信 userId",
				"网页对话");
	}

	/** Each unit's path and code, as the report lists them. */
	private static Map<String, String> codes(JsonNode report) {
		Map<String, String> codes = new java.util.LinkedHashMap<>();
		report.path("units").forEach(u -> codes.put(u.path("path").asString(), u.path("code").asString()));
		return codes;
	}

	/**
	 * Issue #13, newcomer 4: 4 and 5: the roster marks a unit as a township (单位类型, mapped
	 * to the types Baton knows) and gives an official a web chat account (网页对话 是), which
	 * the directory REST could only do one by one.
	 */
	@Test
	void unitTypesAndWebChatAccountsComeFromTheRoster() {
		String city = city();
		String liu = mobile();
		String sun = mobile();
		byte[] roster = withTypes().row("云岭镇", city, "乡镇", "刘德胜", "党委书记", liu, null, null, null, "是")
			.row("云岭镇", city, null, "孙志刚", "镇长", sun, null, null, null, "否")
			.row("县财政局", city, "部门", null, null, null, null, null, null, null)
			.bytes();
		String admin = token(org.admin);

		JsonNode checked = upload(CHECK, admin, roster).json();
		assertThat(checked.path("importable").asBoolean()).as(checked.toString()).isTrue();
		assertThat(checked.path("units"))
			.extracting(u -> u.path("path").asString() + ":" + u.path("unitType").asString())
			.containsExactly(city + "/云岭镇:TOWNSHIP", city + "/县财政局:DEPARTMENT");
		assertThat(row(checked, 2).path("changes").toString()).contains("\"column\":\"单位类型\"", "\"to\":\"乡镇\"",
				"\"column\":\"网页对话\"");
		// the web chat is off here: the account is bound all the same, and the report
		// says it works once it is on
		assertThat(row(checked, 2).path("notes").get(0).path("code").asString()).isEqualTo("roster.row.webChatOff");
		assertThat(row(checked, 3).path("changes").toString()).doesNotContain("网页对话");
		assertThat(checked.path("summary").path("accountsBound").asInt()).isEqualTo(1);

		JsonNode done = upload(IMPORT, admin, roster).json();
		assertThat(codes(done)).isEqualTo(codes(checked));
		Official liuOfficial = only(liu);
		assertThat(directory.unit(liuOfficial.unitId()).unitType()).isEqualTo("TOWNSHIP");
		assertThat(directory.officialIdByIdentity("WEB", "local", Long.toString(liuOfficial.id())))
			.contains(liuOfficial.id());
		assertThat(directory.identitiesOf(only(sun).id())).isEmpty();
		assertThat(jdbc.queryForObject("SELECT unit_type FROM org_unit WHERE code = ?", String.class,
				codes(done).get(city + "/县财政局")))
			.isEqualTo("DEPARTMENT");
		assertThat(outcomes(upload(IMPORT, admin, roster).json())).containsOnly("UNCHANGED");

		// a later roster changes a unit's type: its administrator may, an organizer may
		// not
		byte[] office = withTypes().row("县财政局", city, "科室", null, null, null, null, null, null, null)
			.row("云岭镇", city, "居委会", null, null, null, null, null, null, null)
			.bytes();
		JsonNode byOrganizer = upload(CHECK, token(org.organizer), office).json();
		JsonNode notHers = problem(byOrganizer, 2, "roster.row.notPermittedUnitType");
		// the refusal says the type the unit has and what to do (newcomer 12: 6)
		assertThat(notHers.path("zh").asString()).contains("现在的类型是“部门”", "名册写的是“科室”", "请把这一格留空", "联系系统管理员")
			.doesNotContain("（与设置交接制度相同）");
		assertThat(notHers.path("en").asString()).contains("is a department now", "the roster says office",
				"Leave this cell empty");
		assertThat(problem(byOrganizer, 3, "roster.row.unitTypeUnknown").path("zh").asString())
			.contains("乡镇（乡镇、乡、镇、街道");
		JsonNode changed = upload(IMPORT, admin,
				withTypes().row("县财政局", city, "科室", null, null, null, null, null, null, null).bytes())
			.json();
		assertThat(outcomes(changed)).containsExactly("CHANGED");
		assertThat(row(changed, 2).path("changes").toString()).contains("\"from\":\"部门\"", "\"to\":\"科室\"");
		assertThat(changed.path("summary").path("unitTypesChanged").asInt()).isOne();
		assertThat(jdbc.queryForObject("SELECT unit_type FROM org_unit WHERE code = ?", String.class,
				codes(done).get(city + "/县财政局")))
			.isEqualTo("OFFICE");

		// 网页对话 takes 是 or 否
		JsonNode bad = upload(CHECK, admin,
				withTypes().row("云岭镇", city, null, "刘德胜", "党委书记", liu, null, null, null, "可以").bytes())
			.json();
		problem(bad, 2, "roster.row.webChatValue");
	}

	@Test
	void aLaterRosterChangesPostsMovesOfficialsAddsRolesAndReactivates() {
		String city = city();
		String a = mobile();
		String b = mobile();
		String admin = token(org.admin);
		assertJson(upload(IMPORT, admin,
				new RosterXlsx().row("教育局", city, "甲", "副局长", a, null, null, null)
					.row("卫健委", city, "乙", "主任", b, "组织部门", null, null)
					.bytes()),
				200);
		Official yi = only(b);
		directory.deactivate(yi.id());

		byte[] later = new RosterXlsx().row("教育局", city, "甲", "局长", a, "管理员", null, null)
			.row("教育局", city, "乙", "副局长", b, "组织部门", null, null)
			.bytes();
		JsonNode checked = upload(CHECK, admin, later).json();
		assertThat(outcomes(checked)).containsExactly("CHANGED", "CHANGED");
		assertThat(row(checked, 2).path("changes").toString()).contains("副局长", "局长", "管理员");
		assertThat(row(checked, 3).path("changes").toString()).contains(city + "/卫健委", city + "/教育局", "在职");

		assertJson(upload(IMPORT, admin, later), 200);
		Official jia = only(a);
		assertThat(jia.post()).isEqualTo("局长");
		assertThat(directory.rolesOf(jia.id())).extracting(RoleAssignment::role).containsExactly(Role.ADMIN);
		Official moved = only(b);
		assertThat(moved.active()).isTrue();
		assertThat(directory.unit(moved.unitId()).name()).isEqualTo("教育局");
		assertThat(moved.post()).isEqualTo("副局长");
		// roles are held over a unit: the organizer role at 卫健委 stays, one at 教育局 is
		// added
		assertThat(directory.rolesOf(moved.id())).extracting(r -> directory.unit(r.scopeUnitId()).name())
			.containsExactlyInAnyOrder("卫健委", "教育局");
		assertThat(outcomes(upload(IMPORT, admin, later).json())).containsOnly("UNCHANGED");
	}

	@Test
	void aMergedUnitCellCountsOnEveryRowItCoversAndNamesakesWithTheirMobilesAreTwoPeople() {
		String city = city();
		String one = mobile();
		String two = mobile();
		byte[] roster = new RosterXlsx().row("水利局", city, "张伟", "局长", one, null, null, null)
			.row(null, city, "张伟", "副局长", two, null, null, null)
			.row(null, city, "刘洋", "科员", null, null, null, null)
			.merge("A2:A4")
			.bytes();
		JsonNode report = upload(IMPORT, token(org.admin), roster).json();
		assertThat(outcomes(report)).as(report.toString()).containsExactly("CREATED", "CREATED", "CREATED");
		assertThat(row(report, 4).path("unit").asString()).isEqualTo(city + "/水利局");
		assertThat(only(one).unitId()).isEqualTo(only(two).unitId());

		// a third 张伟 with another mobile is created, and the report says there are
		// namesakes
		String three = mobile();
		JsonNode third = upload(CHECK, token(org.admin),
				new RosterXlsx().row("水利局", city, "张伟", "科员", three, null, null, null).bytes())
			.json();
		assertThat(outcomes(third)).containsExactly("CREATED");
		assertThat(row(third, 2).path("notes").get(0).path("code").asString()).isEqualTo("roster.row.namesake");
		// without a mobile, two 张伟 in the unit cannot be told apart
		JsonNode noMobile = upload(CHECK, token(org.admin),
				new RosterXlsx().row("水利局", city, "张伟", "局长", null, null, null, null).bytes())
			.json();
		assertThat(problems(noMobile, 2)).containsExactly("roster.row.nameAmbiguous");
	}

	@Test
	void aRoleScopeLetsABureausReviewerCoverTheWholeCity() {
		String city = city();
		String reviewer = mobile();
		byte[] roster = new RosterXlsx()
			.header("单位", "上级单位", "姓名", "职务", "手机号", "角色", "钉钉 userId", "企业微信 userId", "角色范围")
			.row("财政局", city, "钱审核", "审核员", reviewer, "财政审核", null, null, city)
			.row("财政局", city, "孙科员", "科员", mobile(), null, null, null, null)
			.bytes();
		JsonNode report = upload(IMPORT, token(org.admin), roster).json();
		assertThat(outcomes(report)).as(report.toString()).containsExactly("CREATED", "CREATED");
		assertThat(row(report, 2).path("changes").toString()).contains("财政审核（" + city + "）");
		Official qian = only(reviewer);
		assertThat(directory.unit(qian.unitId()).name()).isEqualTo("财政局");
		assertThat(directory.holders(Role.REVIEWER, Department.FINANCE, org.department.id())).contains(qian.id());
		assertThat(outcomes(upload(IMPORT, token(org.admin), roster).json())).containsOnly("UNCHANGED");

		// a unit administrator may not grant a role over the city
		long unitAdmin = directory.addOfficial("单位管理员", "系统管理员", org.department.id()).id();
		directory.assignRole(unitAdmin, Role.ADMIN, null, org.department.id());
		List<Long> before = directoryCounts();
		JsonNode refused = assertProblem(upload(IMPORT, token(unitAdmin),
				new RosterXlsx().header("单位", "上级单位", "姓名", "职务", "手机号", "角色", "钉钉 userId", "企业微信 userId", "角色范围")
					.row(org.department.name(), city, "周审核", "科员", mobile(), "审计审核", null, null, city)
					.row(org.department.name(), city, "吴科员", "科员", mobile(), null, null, null, "不存在的单位")
					.bytes()),
				422, "roster.refused")
			.path("report");
		assertThat(problem(refused, 2, "roster.row.notPermitted").path("cell").asString()).isEqualTo("I2");
		problem(refused, 3, "roster.row.scopeWithoutRoles");
		assertThat(directoryCounts()).isEqualTo(before);
	}

	@Test
	void theDirectorysRulesHoldRowByRowAndSomeoneWithoutTheRightIsRefusedBeforeTheFileIsRead() {
		long unitAdmin = directory.addOfficial("单位管理员", "系统管理员", org.department.id()).id();
		directory.assignRole(unitAdmin, Role.ADMIN, null, org.department.id());
		String city = city();
		String inside = mobile();
		byte[] roster = new RosterXlsx().row(org.department.name(), city, "本单位干部", "科员", inside, null, null, null)
			.row("新局", city, "外单位干部", "科员", mobile(), null, null, null)
			.bytes();
		List<Long> before = directoryCounts();

		// a unit's administrator: officials in the unit, not a new unit beside it
		JsonNode problem = assertProblem(upload(IMPORT, token(unitAdmin), roster), 422, "roster.refused");
		JsonNode report = problem.path("report");
		assertThat(outcomes(report)).containsExactly("CREATED", "REFUSED");
		assertThat(problem(report, 3, "roster.row.notPermittedUnits").path("zh").asString()).contains("新局", city);
		assertThat(problem.path("detail").asString()).contains("3");
		assertThat(directoryCounts()).isEqualTo(before);

		// an organizer over the city: officials and roles, but no units, no administrator
		// role, and nobody who holds more
		String organizer = token(org.organizer);
		JsonNode byOrganizer = upload(CHECK, organizer,
				new RosterXlsx().row(org.department.name(), city, "本单位干部", "科员", inside, "督办", null, null)
					.row("新局", city, "外单位干部", "科员", mobile(), null, null, null)
					.row(org.department.name(), city, "又一干部", "科员", mobile(), "管理员", null, null)
					.row(city, null, "吴管理", "系统管理员（兼）", null, null, null, null)
					.bytes())
			.json();
		assertThat(outcomes(byOrganizer)).containsExactly("CREATED", "REFUSED", "REFUSED", "REFUSED");
		problem(byOrganizer, 3, "roster.row.notPermittedUnits");
		problem(byOrganizer, 4, "roster.row.notPermittedGrant");
		assertThat(problem(byOrganizer, 5, "roster.row.notPermittedOver").path("en").asString())
			.contains("administrator");

		assertProblem(upload(CHECK, token(org.departing), roster), 403, "access.denied.MANAGE_DIRECTORY");
		assertProblem(upload(IMPORT, token(org.stranger), roster), 403, "access.denied.MANAGE_DIRECTORY");
		assertThat(download("/api/directory/roster/template", "not-a-token").statusCode()).isEqualTo(401);
		assertThat(directoryCounts()).isEqualTo(before);

		// the city's administrator may import both rows
		assertJson(upload(IMPORT, token(org.admin), roster), 200);
		assertThat(only(inside).unitId()).isEqualTo(org.department.id());
	}

	@Test
	void theReportSpeaksChineseAndEnglishAndOnlyTheXlsxItselfIsTaken() {
		byte[] roster = new RosterXlsx().row("财政局", city(), "李四", "局长", "12345", null, null, null).bytes();
		JsonNode report = upload(CHECK, token(org.admin), roster).json();
		JsonNode problem = problem(report, 2, "roster.row.mobileMalformed");
		assertThat(problem.path("column").asString()).isEqualTo("手机号");
		assertThat(problem.path("cell").asString()).isEqualTo("E2");
		assertThat(problem.path("zh").asString()).contains("12345", "手机号");
		assertThat(problem.path("en").asString()).contains("12345", "mobile");

		List<Long> before = directoryCounts();
		assertProblem(upload(CHECK, token(org.admin), roster, "text/csv"), 415, "roster.file.contentType");
		assertProblem(upload(IMPORT, token(org.admin), roster, "multipart/form-data; boundary=x"), 415,
				"roster.file.contentType");
		assertProblem(upload(IMPORT, token(org.admin), roster, null), 415, "roster.file.contentType");
		assertProblem(upload(IMPORT, token(org.admin), new byte[0]), 400, "roster.file.noBody");
		assertThat(directoryCounts()).isEqualTo(before);
	}

	private Official only(String mobile) {
		List<Official> found = directory.officialsByMobile(mobile);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static List<String> outcomes(JsonNode report) {
		List<String> outcomes = new ArrayList<>();
		report.path("rows").forEach(r -> outcomes.add(r.path("outcome").asString()));
		return outcomes;
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		row.forEach(c -> cells.add(c.getStringCellValue()));
		return cells;
	}

	private static String text(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		StringBuilder text = new StringBuilder();
		sheet.forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\n')));
		return text.toString();
	}

}
