package dev.baton.bot.web;

import org.springframework.context.annotation.Import;
import dev.baton.bot.BindableApps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.OwnRows;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory over real HTTP: units as a tree with the policy each follows, officials,
 * roles and chat accounts; who may do what (administrators over their scope; organizers
 * over theirs, for people, accounts and roles other than administrator; nobody grants
 * wider than they hold); every change in the audit log, every refusal changing nothing.
 */
@DomainContext
@Import(BindableApps.class)
class DirectoryApiTest extends ApiTestSupport {

	@Test
	void unitsAsATreeWithThePolicyEachFollows() {
		String admin = token(org.admin);
		String organizer = token(org.organizer);
		directory.assignPolicy(org.city.id(), "wuyishan");
		long before = auditRows();

		// below the city: its administrator may; its organizer may not; a top unit needs
		// the root scope
		Reply bureau = api.post("/api/directory/units")
			.token(admin)
			.body(unit(org.department.id(), "bureau-" + org.department.id(), "统计局法规科", "OFFICE"))
			.send();
		assertJson(bureau, 201);
		long bureauId = bureau.json().path("id").asLong();
		assertThat(bureau.header("Location")).isEqualTo("/api/directory/units/" + bureauId);
		assertThat(bureau.json().path("policyCode").isNull()).isTrue();
		assertThat(bureau.json().path("effectivePolicy").asString()).isEqualTo("wuyishan");
		assertThat(bureau.json().path("policyFromUnitId").asLong()).isEqualTo(org.city.id());
		List<String> refusedCodes = List.of("x-" + bureauId, "top-" + bureauId, "y-" + bureauId,
				"bureau-" + org.department.id(), "有 空格", "z-" + bureauId);
		long units = units(refusedCodes);
		assertProblem(api.post("/api/directory/units")
			.token(organizer)
			.body(unit(org.department.id(), "x-" + bureauId, "某科", null))
			.send(), 403, "access.denied.MANAGE_UNITS");
		assertProblem(
				api.post("/api/directory/units").token(admin).body(unit(null, "top-" + bureauId, "某省", null)).send(),
				403, "access.denied.MANAGE_UNITS");
		assertProblem(api.post("/api/directory/units")
			.token(token(org.outsideOrganizer))
			.body(unit(org.city.id(), "y-" + bureauId, "某局", null))
			.send(), 403, "access.denied.MANAGE_UNITS");
		assertProblem(api.post("/api/directory/units")
			.token(admin)
			.body(unit(org.city.id(), "bureau-" + org.department.id(), "重复代码", null))
			.send(), 400, "directory.unitCodeTaken");
		JsonNode invalid = assertProblem(
				api.post("/api/directory/units").token(admin).body(unit(org.city.id(), "有 空格", "", "township")).send(),
				400, "api.validation");
		assertThat(invalid.path("errors").findValuesAsString("field")).containsExactly("code", "name", "unitType");
		assertProblem(api.post("/api/directory/units")
			.token(admin)
			.body(unit(99_999_999L, "z-" + bureauId, "某局", null))
			.send(), 404, "error.notFound.unit");
		assertThat(units(refusedCodes)).isEqualTo(units);
		Reply top = api.post("/api/directory/units")
			.token(token(org.rootAdmin(directory)))
			.body(unit(null, "top-" + bureauId, "某省", "PROVINCE"))
			.send();
		assertJson(top, 201);
		assertThat(top.json().path("parentId").isNull()).isTrue();
		assertThat(top.json().path("effectivePolicy").asString()).isEqualTo("default");

		// the tree the city's administrator sees: the city, the department, the new
		// office
		Reply tree = api.get("/api/directory/units").token(admin).send();
		assertJson(tree, 200);
		assertThat(tree.json()).hasSize(1);
		JsonNode city = tree.json().get(0);
		assertThat(city.path("id").asLong()).isEqualTo(org.city.id());
		assertThat(city.path("policyCode").asString()).isEqualTo("wuyishan");
		JsonNode department = city.path("children").get(0);
		assertThat(department.path("id").asLong()).isEqualTo(org.department.id());
		assertThat(department.path("children").get(0).path("id").asLong()).isEqualTo(bureauId);
		assertThat(api.get("/api/directory/units").token(token(org.outsideOrganizer)).send().json())
			.extracting(n -> n.path("id").asLong())
			.containsExactly(org.elsewhere.id());
		assertThat(api.get("/api/directory/units").token(token(org.stranger)).send().json()).isEmpty();
		assertProblem(api.get("/api/directory/units/" + org.city.id()).token(token(org.stranger)).send(), 403,
				"access.denied.VIEW_DIRECTORY");

		// set and clear the department's policy: the office below follows it, then the
		// city's again
		Reply set = api.put("/api/directory/units/" + org.department.id() + "/policy")
			.token(admin)
			.body(ApiClient.json(Map.of("policyCode", "shizuishan")))
			.send();
		assertJson(set, 200);
		assertThat(set.json().path("policyCode").asString()).isEqualTo("shizuishan");
		assertThat(set.json().path("children").get(0).path("effectivePolicy").asString()).isEqualTo("shizuishan");
		assertThat(set.json().path("children").get(0).path("policyFromUnitId").asLong()).isEqualTo(org.department.id());
		assertProblem(api.put("/api/directory/units/" + org.department.id() + "/policy")
			.token(admin)
			.body(ApiClient.json(Map.of("policyCode", "no-such-policy")))
			.send(), 404, "error.notFound.policy");
		assertProblem(api.put("/api/directory/units/" + org.department.id() + "/policy")
			.token(organizer)
			.body(ApiClient.json(Map.of("policyCode", "default")))
			.send(), 403, "access.denied.MANAGE_UNITS");
		Reply cleared = api.delete("/api/directory/units/" + org.department.id() + "/policy").token(admin).send();
		assertJson(cleared, 200);
		assertThat(cleared.json().path("policyCode").isNull()).isTrue();
		assertThat(cleared.json().path("effectivePolicy").asString()).isEqualTo("wuyishan");
		assertThat(directory.policyCodeFor(bureauId)).isEqualTo("wuyishan");

		// the unit's type (#13, newcomer 4: 5): its administrators set it, a code as POST
		// takes it
		Reply typed = api.put("/api/directory/units/" + bureauId + "/type")
			.token(admin)
			.body(ApiClient.json(Map.of("unitType", "TOWNSHIP")))
			.send();
		assertJson(typed, 200);
		assertThat(typed.json().path("unitType").asString()).isEqualTo("TOWNSHIP");
		assertProblem(api.put("/api/directory/units/" + bureauId + "/type")
			.token(organizer)
			.body(ApiClient.json(Map.of("unitType", "OFFICE")))
			.send(), 403, "access.denied.MANAGE_UNITS");
		assertProblem(api.put("/api/directory/units/" + bureauId + "/type")
			.token(admin)
			.body(ApiClient.json(Map.of("unitType", "乡镇")))
			.send(), 400, "api.validation");
		assertProblem(api.put("/api/directory/units/99999999/type")
			.token(admin)
			.body(ApiClient.json(Map.of("unitType", "OFFICE")))
			.send(), 404, "error.notFound.unit");
		assertThat(directory.unit(bureauId).unitType()).isEqualTo("TOWNSHIP");

		Reply renamed = api.put("/api/directory/units/" + bureauId + "/name")
			.token(admin)
			.body(ApiClient.json(Map.of("name", "统计局政策法规科")))
			.send();
		assertThat(renamed.json().path("name").asString()).isEqualTo("统计局政策法规科");
		assertProblem(api.put("/api/directory/units/" + bureauId + "/name")
			.token(admin)
			.body(ApiClient.json(Map.of("name", "x", "code", "y")))
			.send(), 400, "api.validation");

		assertThat(auditActionsSince(before)).containsExactly("UNIT_CREATED", "UNIT_CREATED", "UNIT_POLICY_SET",
				"UNIT_POLICY_CLEARED", "UNIT_TYPE_SET", "UNIT_RENAMED");
	}

	@Test
	void organizersManageThePeopleOfTheirScope() {
		String organizer = token(org.organizer);
		long before = auditRows();

		Reply added = api.post("/api/directory/officials")
			.token(organizer)
			.body(person("钱新人", "市统计局副局长", org.department.id(), "138 0013 8000"))
			.send();
		assertJson(added, 201);
		long id = added.json().path("id").asLong();
		assertThat(added.json().path("mobile").asString()).isEqualTo("13800138000");
		assertThat(added.json().path("unit").path("name").asString()).isEqualTo(org.department.name());
		assertThat(added.json().path("active").asBoolean()).isTrue();

		// search under the city: by part of the name, of the mobile; a page at a time
		assertThat(ApiClient
			.ids(api.get("/api/directory/officials?unitId=" + org.city.id() + "&q=新人").token(organizer).send().json()))
			.containsExactly(id);
		assertThat(ApiClient.ids(
				api.get("/api/directory/officials?unitId=" + org.city.id() + "&q=0013").token(organizer).send().json()))
			.containsExactly(id);
		assertThat(ApiClient
			.ids(api.get("/api/directory/officials?unitId=" + org.city.id() + "&q=%25").token(organizer).send().json()))
			.as("% is a character, not a wildcard")
			.isEmpty();
		List<Long> page = ApiClient.ids(api.get("/api/directory/officials?unitId=" + org.city.id() + "&limit=3")
			.token(organizer)
			.send()
			.json());
		assertThat(page).hasSize(3);
		assertThat(ApiClient
			.ids(api.get("/api/directory/officials?unitId=" + org.city.id() + "&limit=3&after=" + page.get(2))
				.token(organizer)
				.send()
				.json()))
			.hasSize(3)
			.allMatch(next -> next > page.get(2));
		assertProblem(api.get("/api/directory/officials?unitId=" + org.city.id() + "&limit=0").token(organizer).send(),
				400, "api.validation");
		assertProblem(api.get("/api/directory/officials?unitId=" + org.elsewhere.id()).token(organizer).send(), 403,
				"access.denied.VIEW_DIRECTORY");

		// change name, post, mobile; moving them out of the organizer's scope is refused
		Reply changed = api.put("/api/directory/officials/" + id)
			.token(organizer)
			.body(person("钱新任", "市统计局局长", org.department.id(), null))
			.send();
		assertJson(changed, 200);
		assertThat(changed.json().path("post").asString()).isEqualTo("市统计局局长");
		assertThat(changed.json().path("mobile").isNull()).isTrue();
		assertProblem(api.put("/api/directory/officials/" + id)
			.token(organizer)
			.body(person("钱新任", "市统计局局长", org.elsewhere.id(), null))
			.send(), 403, "access.denied.MANAGE_DIRECTORY");
		JsonNode bad = assertProblem(api.put("/api/directory/officials/" + id)
			.token(organizer)
			.body(person("", "局长", org.department.id(), "12345"))
			.send(), 400, "api.validation");
		assertThat(bad.path("errors").findValuesAsString("field")).containsExactly("mobile", "name");
		assertProblem(api.put("/api/directory/officials/99999999")
			.token(organizer)
			.body(person("某", "某", org.department.id(), null))
			.send(), 404, "error.notFound.official");
		assertThat(directory.official(id).name()).isEqualTo("钱新任");

		// deactivate (never delete): their token stops working; reactivate
		String theirs = token(id);
		assertJson(api.get("/api/tokens").token(theirs).send(), 200);
		Reply off = api.post("/api/directory/officials/" + id + "/deactivate").token(organizer).send();
		assertThat(off.json().path("active").asBoolean()).isFalse();
		assertProblem(api.get("/api/tokens").token(theirs).send(), 401, "api.unauthenticated.invalid");
		assertThat(api.post("/api/directory/officials/" + id + "/deactivate").token(organizer).send().status())
			.as("again: nothing changes")
			.isEqualTo(200);
		assertThat(api.post("/api/directory/officials/" + id + "/reactivate")
			.token(organizer)
			.send()
			.json()
			.path("active")
			.asBoolean()).isTrue();
		assertJson(api.get("/api/tokens").token(theirs).send(), 200);
		assertThat(api.delete("/api/directory/officials/" + id).token(organizer).send().status()).as("no delete")
			.isEqualTo(405);

		// an outsider, a reviewer: neither adds nor changes anyone here
		long officials = OwnRows.of(jdbc, org).get("official");
		assertProblem(api.post("/api/directory/officials")
			.token(token(org.outsideOrganizer))
			.body(person("某", "某", org.department.id(), null))
			.send(), 403, "access.denied.MANAGE_DIRECTORY");
		assertProblem(api.post("/api/directory/officials")
			.token(token(org.auditReviewer))
			.body(person("某", "某", org.department.id(), null))
			.send(), 403, "access.denied.MANAGE_DIRECTORY");
		assertProblem(api.post("/api/directory/officials/" + org.departing + "/deactivate")
			.token(token(org.supervisor))
			.send(), 403, "access.denied.MANAGE_DIRECTORY");
		assertThat(OwnRows.of(jdbc, org).get("official")).isEqualTo(officials);
		assertThat(directory.official(org.departing).active()).isTrue();

		List<String> audited = auditActionsSince(before);
		assertThat(audited).containsExactly("OFFICIAL_ADDED", "OFFICIAL_CHANGED", "OFFICIAL_DEACTIVATED",
				"OFFICIAL_REACTIVATED");
		assertThat(jdbc.queryForObject("SELECT detail FROM audit_log WHERE action = 'OFFICIAL_ADDED' AND seq > ?",
				String.class, before))
			.contains("138****8000")
			.doesNotContain("13800138000");
	}

	@Test
	void nobodyGrantsARoleWiderThanTheirOwnScope() {
		String organizer = token(org.organizer);
		String cityAdmin = token(org.admin);
		long person = directory.addOfficial("孙新", "市审计局科员", org.city.id()).id();
		long before = auditRows();

		Reply reviewer = api.post("/api/directory/officials/" + person + "/roles")
			.token(organizer)
			.body(role("REVIEWER", "AUDIT", org.department.id(), null))
			.send();
		assertJson(reviewer, 201);
		long reviewerRole = reviewer.json().path("id").asLong();
		assertThat(reviewer.json().path("department").asString()).isEqualTo("AUDIT");
		assertThat(api.post("/api/directory/officials/" + person + "/roles")
			.token(organizer)
			.body(role("REVIEWER", "AUDIT", org.department.id(), null))
			.send()
			.status()).as("held already").isEqualTo(200);
		long roles = rolesOf(person);
		assertProblem(api.post("/api/directory/officials/" + person + "/roles")
			.token(organizer)
			.body(role("ADMIN", null, org.department.id(), null))
			.send(), 403, "access.denied.GRANT_ADMIN");
		assertProblem(api.post("/api/directory/officials/" + person + "/roles")
			.token(organizer)
			.body(role("ORGANIZER", null, org.elsewhere.id(), null))
			.send(), 403, "access.denied.MANAGE_DIRECTORY");
		assertProblem(api.post("/api/directory/officials/" + person + "/roles")
			.token(cityAdmin)
			.body(role("ADMIN", null, null, true))
			.send(), 403, "access.denied.GRANT_ADMIN");
		assertProblem(api.post("/api/directory/officials/" + person + "/roles")
			.token(cityAdmin)
			.body(role("SUPERVISOR", null, null, true))
			.send(), 400, "directory.rootScopeAdminOnly");
		JsonNode bad = assertProblem(api.post("/api/directory/officials/" + person + "/roles")
			.token(cityAdmin)
			.body(role("REVIEWER", null, org.city.id(), true))
			.send(), 400, "api.validation");
		assertThat(bad.path("errors").findValuesAsString("field")).containsExactly("department", "scopeUnitId");
		assertProblem(api.post("/api/directory/officials/" + person + "/roles")
			.token(cityAdmin)
			.body(role("MAYOR", null, org.city.id(), null))
			.send(), 400, "api.validation");
		assertThat(rolesOf(person)).isEqualTo(roles);

		// the city's administrator grants the administrator role over the department; the
		// organizer may not change
		// that person any more, nor the city's administrator
		Reply admin = api.post("/api/directory/officials/" + person + "/roles")
			.token(cityAdmin)
			.body(role("ADMIN", null, org.department.id(), null))
			.send();
		assertJson(admin, 201);
		// each refusal says what was asked and why, never that the organizer asked to
		// grant the administrator role (newcomer 25, finding 2)
		String held = "孙新是管辖市统计局的系统管理员";
		assertThat(assertProblem(api.put("/api/directory/officials/" + person)
			.token(organizer)
			.body(person("孙新", "市审计局副局长", org.city.id(), null))
			.send(), 403, "access.heldRole.CHANGE").path("detail").asString()).startsWith("不能修改孙新的人员信息")
			.contains(held)
			.contains("只能由管辖市统计局的系统管理员调整")
			.doesNotContain("授予或收回系统管理员角色");
		assertThat(
				assertProblem(api.post("/api/directory/officials/" + org.admin + "/deactivate").token(organizer).send(),
						403, "access.heldRole.CHANGE")
					.path("detail")
					.asString())
			.contains("吴管理是管辖" + org.city.name() + "的系统管理员");
		assertThat(assertProblem(
				api.delete("/api/directory/officials/" + person + "/roles/" + reviewerRole).token(organizer).send(),
				403, "access.heldRole.REMOVE")
			.path("detail")
			.asString()).startsWith("不能收回孙新在市统计局的审计部门审核人角色：" + held);
		assertThat(assertProblem(api.post("/api/directory/officials/" + person + "/roles")
			.token(organizer)
			.body(role("REVIEWER", "FINANCE", org.department.id(), null))
			.send(), 403, "access.heldRole.ASSIGN").path("detail").asString())
			.isEqualTo("不能把孙新设为市统计局的财政部门审核人：" + held + "，其岗位和角色只能由管辖市统计局的系统管理员调整。请另选一人，或请管辖市统计局的系统管理员办理。");

		// the root administrator grants the role over every unit; the city's
		// administrator cannot take it away
		String root = token(org.rootAdmin(directory));
		Reply rootRole = api.post("/api/directory/officials/" + person + "/roles")
			.token(root)
			.body(role("ADMIN", null, null, true))
			.send();
		assertJson(rootRole, 201);
		assertThat(rootRole.json().path("root").asBoolean()).isTrue();
		assertThat(rootRole.json().path("scopeUnitId").isNull()).isTrue();
		long rootRoleId = rootRole.json().path("id").asLong();
		assertThat(api.post("/api/directory/officials/" + person + "/roles")
			.token(root)
			.body(role("ADMIN", null, null, true))
			.send()
			.status()).as("held already").isEqualTo(200);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM role_assignment WHERE official_id = ? AND scope_unit_id IS NULL", Long.class,
				person))
			.isEqualTo(1);
		assertThat(assertProblem(
				api.delete("/api/directory/officials/" + person + "/roles/" + rootRoleId).token(cityAdmin).send(), 403,
				"access.heldRole.REMOVE")
			.path("detail")
			.asString()).contains("孙新是管辖全部单位的系统管理员").contains("全局系统管理员");
		assertProblem(
				api.delete("/api/directory/officials/" + org.organizer + "/roles/" + rootRoleId).token(root).send(),
				404, "error.notFound.role");
		assertThat(
				api.delete("/api/directory/officials/" + person + "/roles/" + rootRoleId).token(root).send().status())
			.isEqualTo(204);

		Reply record = api.get("/api/directory/officials/" + person).token(cityAdmin).send();
		assertThat(record.json().path("roles").findValuesAsString("role")).containsExactly("REVIEWER", "ADMIN");
		assertThat(api.get("/api/directory/officials/" + person).token(token(person)).send().status())
			.as("one sees oneself")
			.isEqualTo(200);
		assertThat(auditActionsSince(before)).containsExactly("ROLE_ASSIGNED", "ROLE_ASSIGNED", "ROLE_ASSIGNED",
				"ROLE_REMOVED");
	}

	/**
	 * An account in a corp this instance has no app for is refused, naming the corps that
	 * have one; on a platform with no app at all, saying so; nothing is bound (newcomer
	 * 20b: 11).
	 */
	@Test
	void anAccountInACorpWithNoAppIsRefusedNamingTheCorpsThatHaveOne() {
		String organizer = token(org.organizer);
		long before = auditRows();
		Reply refused = api.post("/api/directory/officials/" + org.departing + "/identities")
			.token(organizer)
			.body(identity("DINGTALK", "ding8f3a2b1c", "yangfan"))
			.send();
		assertProblem(refused, 400, "directory.noApp");
		assertThat(refused.json().path("detail").asString()).contains("ding8f3a2b1c")
			.contains("钉钉")
			.contains(BindableApps.CORP);
		Reply none = api.post("/api/directory/officials/" + org.departing + "/identities")
			.token(organizer)
			.body(identity("WECOM", "wx-nowhere", "yangfan"))
			.send();
		assertProblem(none, 400, "directory.noAppAtAll");
		assertThat(none.json().path("detail").asString()).contains("企业微信").contains("wx-nowhere");
		assertThat(directory.identitiesOf(org.departing)).isEmpty();
		assertThat(auditActionsSince(before)).isEmpty();
	}

	@Test
	void chatAccountsAreBoundOnceAndAConflictIsRefused() {
		String organizer = token(org.organizer);
		long before = auditRows();
		String user = "ding-" + org.departing;

		Reply bound = api.post("/api/directory/officials/" + org.departing + "/identities")
			.token(organizer)
			.body(identity("DINGTALK", "ding-corp", user))
			.send();
		assertJson(bound, 201);
		long identity = bound.json().path("id").asLong();
		assertThat(api.post("/api/directory/officials/" + org.departing + "/identities")
			.token(organizer)
			.body(identity("DINGTALK", "ding-corp", user))
			.send()
			.status()).as("bound already").isEqualTo(200);
		Reply conflict = api.post("/api/directory/officials/" + org.successor + "/identities")
			.token(organizer)
			.body(identity("DINGTALK", "ding-corp", user))
			.send();
		assertProblem(conflict, 409, "directory.identityTaken");
		assertThat(conflict.json().path("detail").asString()).contains(user);
		assertProblem(api.post("/api/directory/officials/" + org.successor + "/identities")
			.token(organizer)
			.body(identity("WEB", "local", Long.toString(org.departing)))
			.send(), 400, "directory.webAccount");
		assertProblem(api.post("/api/directory/officials/" + org.successor + "/identities")
			.token(organizer)
			.body(identity("QQ", "x", "y"))
			.send(), 400, "api.validation");
		assertProblem(api.post("/api/directory/officials/" + org.successor + "/identities")
			.token(token(org.outsideOrganizer))
			.body(identity("WECOM", "wx-corp", "zheng"))
			.send(), 403, "access.denied.MANAGE_DIRECTORY");
		assertThat(directory.officialIdByIdentity("DINGTALK", "ding-corp", user)).contains(org.departing);
		assertThat(directory.identitiesOf(org.successor)).isEmpty();
		assertJson(api.post("/api/directory/officials/" + org.successor + "/identities")
			.token(organizer)
			.body(identity("WEB", "local", Long.toString(org.successor)))
			.send(), 201);

		assertProblem(api.delete("/api/directory/officials/" + org.successor + "/identities/" + identity)
			.token(organizer)
			.send(), 404, "error.notFound.identity");
		assertThat(api.delete("/api/directory/officials/" + org.departing + "/identities/" + identity)
			.token(organizer)
			.send()
			.status()).isEqualTo(204);
		assertThat(directory.officialIdByIdentity("DINGTALK", "ding-corp", user)).isEmpty();
		assertJson(api.post("/api/directory/officials/" + org.successor + "/identities")
			.token(organizer)
			.body(identity("DINGTALK", "ding-corp", user))
			.send(), 201);

		assertThat(auditActionsSince(before)).containsExactly("IDENTITY_BOUND", "IDENTITY_BOUND", "IDENTITY_UNBOUND",
				"IDENTITY_BOUND");
	}

	/** The org's units, and any unit with one of {@code codes} wherever it is. */
	private long units(List<String> codes) {
		return OwnRows.of(jdbc, org).get("org_unit")
				+ jdbc.queryForObject(
						"SELECT COUNT(*) FROM org_unit WHERE code IN ("
								+ String.join(", ", codes.stream().map(c -> "?").toList()) + ")",
						Long.class, codes.toArray());
	}

	private long rolesOf(long official) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM role_assignment WHERE official_id = ?", Long.class, official);
	}

	private long auditRows() {
		return jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) FROM audit_log", Long.class);
	}

	/**
	 * The directory's audit rows written since, by this test's actors (other tests share
	 * the log).
	 */
	private List<String> auditActionsSince(long seq) {
		return jdbc.queryForList(
				"SELECT action FROM audit_log WHERE seq > ? AND handover_id IS NULL"
						+ " AND actor_id IN (?, ?, ?, ?, ?, ?) ORDER BY seq",
				String.class, seq, org.organizer, org.admin, org.rootAdmin(directory), org.outsideOrganizer,
				org.departing, org.successor);
	}

	private static String unit(Long parentId, String code, String name, String unitType) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("parentId", parentId);
		body.put("code", code);
		body.put("name", name);
		if (unitType != null) {
			body.put("unitType", unitType);
		}
		return ApiClient.json(body);
	}

	private static String person(String name, String post, long unitId, String mobile) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("post", post);
		body.put("unitId", unitId);
		body.put("mobile", mobile);
		return ApiClient.json(body);
	}

	private static String role(String role, String department, Long scopeUnitId, Boolean root) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("role", role);
		if (department != null) {
			body.put("department", department);
		}
		if (scopeUnitId != null) {
			body.put("scopeUnitId", scopeUnitId);
		}
		if (root != null) {
			body.put("root", root);
		}
		return ApiClient.json(body);
	}

	private static String identity(String platform, String corpId, String userId) {
		return ApiClient.json(Map.of("platform", platform, "corpId", corpId, "userId", userId));
	}

}
