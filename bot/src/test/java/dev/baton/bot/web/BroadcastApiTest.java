package dev.baton.bot.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

import dev.baton.bot.DomainContext;
import dev.baton.bot.web.ApiClient.Reply;
import dev.baton.scheduler.broadcast.BroadcastJob;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Broadcasts edited over REST take effect in the clustered Quartz schedule at once. */
@DomainContext
class BroadcastApiTest extends ApiTestSupport {

	@Autowired
	Scheduler scheduler;

	@Test
	void anOrganizerSchedulesEditsAndDeletesABroadcastForTheirUnit() throws Exception {
		String organizer = token(org.organizer);
		// far in the future: the suite's shared Quartz store must not run it
		Map<String, Object> body = body("统计局周报提醒", "0 0 9 ? * FRI 2099", org.city.id());

		Reply created = api.post("/api/admin/broadcasts").token(organizer).body(ApiClient.json(body)).send();

		assertJson(created, 201);
		long id = created.json().path("id").asLong();
		assertThat(created.header("Location")).isEqualTo("/api/admin/broadcasts/" + id);
		assertThat(created.json().path("timeZone").asString()).isEqualTo("Asia/Shanghai");
		assertThat(created.json().path("workingDaysOnly").asBoolean()).isTrue();
		CronTrigger trigger = (CronTrigger) scheduler.getTrigger(BroadcastJob.triggerKey(id));
		assertThat(trigger.getCronExpression()).isEqualTo("0 0 9 ? * FRI 2099");
		assertThat(trigger.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Asia/Shanghai"));
		assertThat(scheduler.getJobDetail(BroadcastJob.jobKey(id)).getJobDataMap().getLong("broadcastId"))
			.isEqualTo(id);

		body.put("cron", "0 30 8 ? * MON 2099");
		body.put("timeZone", "Asia/Urumqi");
		Reply changed = api.put("/api/admin/broadcasts/" + id).token(organizer).body(ApiClient.json(body)).send();
		assertJson(changed, 200);
		trigger = (CronTrigger) scheduler.getTrigger(BroadcastJob.triggerKey(id));
		assertThat(trigger.getCronExpression()).isEqualTo("0 30 8 ? * MON 2099");
		assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Urumqi");

		body.put("enabled", false);
		assertJson(api.put("/api/admin/broadcasts/" + id).token(organizer).body(ApiClient.json(body)).send(), 200);
		assertThat(scheduler.getTrigger(BroadcastJob.triggerKey(id))).as("a disabled broadcast has no trigger")
			.isNull();

		assertThat(api.get("/api/admin/broadcasts").token(organizer).send().json().findValuesAsString("name"))
			.contains("统计局周报提醒")
			.doesNotContain("每周督办通报");
		assertThat(api.delete("/api/admin/broadcasts/" + id).token(organizer).send().status()).isEqualTo(204);
		assertProblem(api.get("/api/admin/broadcasts/" + id).token(organizer).send(), 404, "error.notFound.broadcast");
	}

	@Test
	void refusalsChangeNothing() throws Exception {
		long before = refusedBroadcasts();

		assertProblem(api.post("/api/admin/broadcasts")
			.token(token(org.outsideOrganizer))
			.body(ApiClient.json(body("越权", "0 0 9 ? * MON 2099", org.city.id())))
			.send(), 403, "access.denied.MANAGE_BROADCASTS");
		assertProblem(api.post("/api/admin/broadcasts")
			.token(token(org.organizer))
			.body(ApiClient.json(body("全市", "0 0 9 ? * MON 2099", null)))
			.send(), 403, "access.denied.MANAGE_BROADCASTS");
		assertProblem(api.post("/api/admin/broadcasts")
			.token(token(org.admin))
			.body(ApiClient.json(body("坏表达式", "every monday", org.city.id())))
			.send(), 400, "broadcast.badCron");
		Map<String, Object> badZone = body("坏时区", "0 0 9 ? * MON 2099", org.city.id());
		badZone.put("timeZone", "Mars/Olympus");
		assertProblem(api.post("/api/admin/broadcasts").token(token(org.admin)).body(ApiClient.json(badZone)).send(),
				400, "broadcast.badZone");
		Map<String, Object> noName = body(" ", "0 0 9 ? * MON 2099", org.city.id());
		assertProblem(api.post("/api/admin/broadcasts").token(token(org.admin)).body(ApiClient.json(noName)).send(),
				400, "api.validation");

		Map<String, Object> groupWithRole = body("群通报", "0 0 9 ? * MON 2099", org.city.id());
		groupWithRole.put("target", "GROUP");
		assertProblem(
				api.post("/api/admin/broadcasts").token(token(org.admin)).body(ApiClient.json(groupWithRole)).send(),
				400, "broadcast.badTarget");

		assertThat(refusedBroadcasts()).isEqualTo(before);
	}

	/** Broadcasts named as the refused ones are, or about the org's units. */
	private long refusedBroadcasts() {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM broadcast WHERE name IN ('越权', '全市', '坏表达式', '坏时区', '群通报')"
						+ " OR unit_id IN (?, ?, ?)",
				Long.class, org.city.id(), org.department.id(), org.elsewhere.id());
	}

	@Test
	void aBroadcastToTheUnitsGroupsNamesTheUnitAndNoRole() throws Exception {
		Map<String, Object> body = body("统计局群通报", "0 0 9 ? * FRI 2099", org.department.id());
		body.put("target", "GROUP");
		body.remove("targetRole");

		// the unit has no group bound: nothing could be sent, so it is refused, naming
		// the unit (newcomer 20b: 10)
		Reply refused = api.post("/api/admin/broadcasts").token(token(org.organizer)).body(ApiClient.json(body)).send();
		assertProblem(refused, 400, "broadcast.noGroup");
		assertThat(refused.json().path("detail").asString()).contains(org.department.name()).contains("没有绑定工作群");
		jdbc.update(
				"INSERT INTO unit_chat_group (unit_id, platform, corp_id, group_id, name, created_at)"
						+ " VALUES (?, 'DINGTALK', 'ding-corp', ?, '统计局工作群', NOW(3))",
				org.department.id(), "cid-" + org.department.id());

		Reply created = api.post("/api/admin/broadcasts").token(token(org.organizer)).body(ApiClient.json(body)).send();

		assertJson(created, 201);
		assertThat(created.json().path("target").asString()).isEqualTo("GROUP");
		assertThat(created.json().path("unitId").asLong()).isEqualTo(org.department.id());
		body.remove("unitId");
		// about every unit: a unit's administrator may not even try; one over every unit
		// is told what is wrong
		assertProblem(api.post("/api/admin/broadcasts").token(token(org.admin)).body(ApiClient.json(body)).send(), 403,
				"access.denied.MANAGE_BROADCASTS");
		assertProblem(api.post("/api/admin/broadcasts")
			.token(token(org.rootAdmin(directory)))
			.body(ApiClient.json(body))
			.send(), 400, "broadcast.badTarget");
		assertThat(api.delete("/api/admin/broadcasts/" + created.json().path("id").asLong())
			.token(token(org.organizer))
			.send()
			.status()).isEqualTo(204);
	}

	@Test
	void theSeededWeeklyDigestIsScheduledInBeijingTime() throws Exception {
		long seeded = jdbc.queryForObject("SELECT id FROM broadcast WHERE name = '每周督办通报'", Long.class);

		CronTrigger trigger = (CronTrigger) scheduler.getTrigger(BroadcastJob.triggerKey(seeded));

		assertThat(trigger.getCronExpression()).isEqualTo("0 0 9 ? * MON");
		assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Shanghai");
		assertThat(api.get("/api/admin/broadcasts/" + seeded)
			.token(token(org.rootAdmin(directory)))
			.send()
			.json()
			.path("kind")
			.asString()).isEqualTo("SUPERVISION_DIGEST");
		assertProblem(api.get("/api/admin/broadcasts/" + seeded).token(token(org.admin)).send(), 403,
				"access.denied.MANAGE_BROADCASTS");
	}

	private static Map<String, Object> body(String name, String cron, Long unitId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("kind", "MESSAGE");
		body.put("unitId", unitId);
		body.put("cron", cron);
		body.put("target", "ROLE");
		body.put("targetRole", "SUPERVISOR");
		body.put("message", "请于本周五前报送交接进展。");
		return body;
	}

}
