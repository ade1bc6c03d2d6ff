package dev.baton.bot.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.web.ApiClient.Reply;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binding a unit's chat groups over REST: bind (a resent request binds once), list,
 * unbind, and every refusal an RFC 9457 problem that changes nothing: someone without the
 * right, a corp Baton has no app for (here, the web chat, which is off), a bad group id,
 * another unit's binding.
 */
@DomainContext
class UnitGroupsApiTest extends ApiTestSupport {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void anOrganizerBindsListsAndUnbindsTheUnitsGroupsOnce() {
		String organizer = token(org.organizer);
		String path = "/api/admin/units/" + org.department.id() + "/groups";
		String wecom = body("WECOM", emulator.wecom().app().corpId(), "statsbureau", "市统计局工作群");

		Reply created = api.post(path).token(organizer).body(wecom).send();
		assertJson(created, 201);
		long id = created.json().path("id").asLong();
		assertThat(created.header("Location")).isEqualTo(path + "/" + id);
		assertThat(created.json().path("groupId").asString()).isEqualTo("statsbureau");
		assertThat(created.json().path("boundBy").asLong()).isEqualTo(org.organizer);

		Reply again = api.post(path).token(organizer).body(wecom).send();
		assertJson(again, 200);
		assertThat(again.json().path("id").asLong()).as("a resent request binds once").isEqualTo(id);

		assertJson(api.post(path)
			.token(token(org.admin))
			.body(body("DINGTALK", emulator.dingTalk().app().corpId(), "cidStats==", null))
			.send(), 201);
		assertThat(api.get(path).token(organizer).send().json().findValuesAsString("groupId"))
			.containsExactly("statsbureau", "cidStats==");
		assertThat(auditActions()).containsExactly("UNIT_GROUP_BOUND", "UNIT_GROUP_BOUND");

		assertThat(api.delete(path + "/" + id).token(organizer).send().status()).isEqualTo(204);
		assertThat(api.get(path).token(organizer).send().json().findValuesAsString("groupId"))
			.containsExactly("cidStats==");
		assertThat(auditActions()).containsExactly("UNIT_GROUP_BOUND", "UNIT_GROUP_BOUND", "UNIT_GROUP_UNBOUND");
		assertProblem(api.delete(path + "/" + id).token(organizer).send(), 404, "error.notFound.unitGroup");
	}

	@Test
	void refusalsSayWhyAndBindNothing() {
		String path = "/api/admin/units/" + org.department.id() + "/groups";
		String corp = emulator.wecom().app().corpId();
		String good = body("WECOM", corp, "statsbureau", null);

		assertProblem(api.post(path).token(token(org.departing)).body(good).send(), 403, "access.denied.MANAGE_GROUPS");
		assertProblem(api.post(path).token(token(org.outsideOrganizer)).body(good).send(), 403,
				"access.denied.MANAGE_GROUPS");
		assertProblem(api.get(path).token(token(org.outsideOrganizer)).send(), 403, "access.denied.MANAGE_GROUPS");
		assertProblem(api.post(path)
			.token(token(org.organizer))
			.body(body("WEB", dev.baton.bot.webchat.WebChat.CORP, "g1", null))
			.send(), 400, "group.noApp");
		String noApp = assertProblem(api.post(path)
			.token(token(org.organizer))
			.body(body("WECOM", "ww-not-ours", "statsbureau", null))
			.send(), 400, "group.noApp").path("detail").asString();
		assertThat(noApp).contains("ww-not-ours");
		assertProblem(api.post(path).token(token(org.organizer)).body(body("WECOM", corp, "a|b", null)).send(), 400,
				"group.badId");
		assertProblem(api.post(path).token(token(org.organizer)).body(body("WECOM", corp, " ", null)).send(), 400,
				"api.validation");
		assertProblem(api.post("/api/admin/units/99999999/groups").token(token(org.organizer)).body(good).send(), 404,
				"error.notFound.unit");

		long other = api.post("/api/admin/units/" + org.elsewhere.id() + "/groups")
			.token(token(org.outsideOrganizer))
			.body(body("WECOM", corp, "farcity", null))
			.send()
			.json()
			.path("id")
			.asLong();
		assertProblem(api.delete(path + "/" + other).token(token(org.organizer)).send(), 404,
				"error.notFound.unitGroup");

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit_chat_group WHERE unit_id = ?", Long.class,
				org.department.id()))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit_chat_group WHERE id = ?", Long.class, other)).isOne();
	}

	private java.util.List<String> auditActions() {
		return jdbc.queryForList(
				"SELECT action FROM audit_log WHERE action LIKE 'UNIT_GROUP_%' AND detail LIKE ?" + " ORDER BY seq",
				String.class, "%\"unitId\":" + org.department.id() + ",%");
	}

	private static String body(String platform, String corpId, String groupId, String name) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("platform", platform);
		body.put("corpId", corpId);
		body.put("groupId", groupId);
		body.put("name", name);
		return ApiClient.json(body);
	}

}
