package dev.baton.bot.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.escalation.EscalationSweep;
import dev.baton.bot.escalation.StepOwners;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's data over the REST API (#17): the 督办 dashboard grades a step green,
 * yellow within the configured working days of its due day, red once overdue, with the
 * flags, the unit tree's rolled-up counts, who owes the overdue step since when and the
 * escalation levels with the time to act after each; one handover's record with its
 * notices and what the reader may do; 催办 once per step per interval, a second inside it
 * refused with the time left and changing nothing; scope as everywhere else.
 */
@DomainContext
@Import(StagedHandovers.class)
class SupervisionApiTest extends ApiTestSupport {

	@Autowired
	StagedHandovers staged;

	@Autowired
	ChecklistService checklist;

	@Autowired
	EscalationSweep sweep;

	@Autowired
	StepOwners stepOwners;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Test
	void aStepTurnsYellowThenRedAsTheDaysPassAndTheDashboardSaysWhoOwesIt() {
		String organizer = token(org.organizer);
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		// the default policy: the checklist is due 10 working days after Monday 11-23, on
		// Monday 12-07
		JsonNode monday = dashboard(organizer, "");
		assertThat(row(monday, id).path("grade").asString()).isEqualTo("GREEN");
		assertThat(step(row(monday, id), "CHECKLIST").path("dueOn").asString()).isEqualTo("2026-12-07");
		assertThat(monday.path("dueSoonWorkingDays").asInt()).isEqualTo(3);

		at("2026-12-01T01:00:00Z"); // Tuesday: 4 working days left
		assertThat(row(dashboard(organizer, ""), id).path("grade").asString()).isEqualTo("GREEN");
		at("2026-12-02T01:00:00Z"); // Wednesday: Thursday, Friday, Monday left
		JsonNode wednesday = dashboard(organizer, "");
		assertThat(row(wednesday, id).path("grade").asString()).isEqualTo("YELLOW");
		assertThat(step(row(wednesday, id), "CHECKLIST").path("workingDaysLeft").asInt()).isEqualTo(3);
		assertThat(wednesday.path("overdue").isEmpty()).isTrue();
		at("2026-12-07T01:00:00Z"); // the due day itself
		assertThat(row(dashboard(organizer, ""), id).path("grade").asString()).isEqualTo("YELLOW");

		at("2026-12-08T03:00:00Z"); // Tuesday 11:00: overdue since today
		sweep.sweepDue(); // the first escalation level goes out
		JsonNode late = dashboard(organizer, "");
		JsonNode lateRow = row(late, id);
		assertThat(lateRow.path("grade").asString()).isEqualTo("RED");
		assertThat(lateRow.path("flags").toString()).contains("OVERDUE_HANDOVER");
		JsonNode overdue = late.path("overdue").get(0);
		assertThat(overdue.path("handoverId").asLong()).isEqualTo(id);
		assertThat(overdue.path("kind").asString()).isEqualTo("CHECKLIST");
		assertThat(overdue.path("overdueSince").asString()).isEqualTo("2026-12-08");
		assertThat(overdue.path("workingDaysLate").asInt()).isEqualTo(1);
		assertThat(overdue.path("owners").get(0).path("id").asLong()).isEqualTo(org.departing);
		assertThat(overdue.path("owners").get(0).path("name").asString()).isEqualTo("陈离任");
		JsonNode escalation = late.path("escalations").get(0);
		assertThat(escalation.path("handoverId").asLong()).isEqualTo(id);
		assertThat(escalation.path("escLevel").asInt()).isEqualTo(1);
		assertThat(escalation.path("acted").asBoolean()).isFalse();
		// counts roll up the tree: the city (the organizer's scope) and the department
		// below it
		JsonNode units = late.path("units");
		assertThat(units.get(0).path("unitId").asLong()).isEqualTo(org.city.id());
		assertThat(units.get(0).path("depth").asInt()).isZero();
		assertThat(units.get(0).path("total").asInt()).isEqualTo(1);
		assertThat(units.get(0).path("red").asInt()).isEqualTo(1);
		assertThat(units.get(1).path("unitId").asLong()).isEqualTo(org.department.id());
		assertThat(units.get(1).path("depth").asInt()).isEqualTo(1);
		assertThat(units.get(1).path("byState").path("DRAFTING").asInt()).isEqualTo(1);
		assertThat(late.path("byGrade").path("RED").asInt()).isEqualTo(1);
		// filters: grade, flag, state, name, unit
		assertThat(ids(dashboard(organizer, "grade=RED"))).containsExactly(id);
		assertThat(ids(dashboard(organizer, "grade=GREEN"))).isEmpty();
		assertThat(ids(dashboard(organizer, "flag=OVERDUE_HANDOVER"))).containsExactly(id);
		assertThat(ids(dashboard(organizer, "flag=UNTRUE_HANDOVER"))).isEmpty();
		assertThat(ids(dashboard(organizer, "state=IN_REVIEW"))).isEmpty();
		assertThat(ids(dashboard(organizer, "name=" + enc("离任")))).containsExactly(id);
		assertThat(ids(dashboard(organizer, "name=" + enc("无此人")))).isEmpty();
		assertThat(ids(dashboard(organizer, "name=" + enc("%")))).isEmpty(); // a wildcard
																				// is a
																				// character
		assertThat(ids(dashboard(organizer, "unitId=" + org.department.id()))).containsExactly(id);
		// another city's organizer sees none of it, and may not ask for this unit
		assertThat(ids(dashboard(token(org.outsideOrganizer), ""))).doesNotContain(id);
		assertProblem(
				api.get("/api/console/dashboard?unitId=" + org.city.id()).token(token(org.outsideOrganizer)).send(),
				403, "access.denied.VIEW_LEDGER");
		assertProblem(api.get("/api/console/dashboard?grade=PURPLE").token(organizer).send(), 400, "api.validation");

		// the departing official submits the next day: the escalation was acted on a day
		// and some hours later
		at("2026-12-09T06:00:00Z");
		checklist.submit(org.actor(org.departing), id);
		JsonNode acted = dashboard(organizer, "").path("escalations").get(0);
		assertThat(acted.path("acted").asBoolean()).isTrue();
		assertThat(acted.path("doneAt").asString()).isEqualTo("2026-12-09T06:00:00Z");
	}

	@Test
	void aStepIsUrgedOnceAndASecondUrgeInsideTheIntervalIsRefusedWithTheTimeLeft() {
		String organizer = token(org.organizer);
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		at("2026-12-08T02:00:00Z");
		long stepId = stepId(id, "CHECKLIST");
		JsonNode urged = assertOk(urge(organizer, id, stepId, Map.of("note", "请于今日内提交")));
		assertThat(urged.path("recipients").toString()).isEqualTo("[" + org.departing + "]");
		assertThat(urged.path("nextAllowedAt").asString()).isEqualTo("2026-12-09T02:00:00Z");
		assertThat(told(id, "STEP_URGED")).containsExactly(org.departing);
		String payload = jdbc.queryForObject(
				"SELECT payload FROM outbox WHERE handover_id = ? AND event = 'STEP_URGED'", String.class, id);
		assertThat(payload).contains("\"variant\":\"OVERDUE\"").contains("请于今日内提交").contains("王组织");
		// the note is quoted and closed: it does not run into the next sentence (newcomer
		// 15)
		JsonNode stored = new tools.jackson.databind.ObjectMapper().readTree(payload);
		assertThat(new dev.baton.bot.delivery.NotificationRenderer(messages, java.util.Locale.SIMPLIFIED_CHINESE)
			.render(dev.baton.bot.outbox.OutboxEvent.STEP_URGED, stored))
			.contains("提醒您立即办理。留言：“请于今日内提交”。请逐条发送清单事项，全部填完回复“提交”。回复“我的待办”");
		assertThat(new dev.baton.bot.delivery.NotificationRenderer(messages, java.util.Locale.ENGLISH)
			.render(dev.baton.bot.outbox.OutboxEvent.STEP_URGED, stored)).contains(
					"asks you to act now. Note: \"请于今日内提交\". To act, send the checklist items one per message, then \"submit\". Reply \"我的待办\"");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE handover_id = ? AND action = 'STEP_URGED'",
				Long.class, id))
			.isEqualTo(1);

		long audit = auditRows(id);
		long outbox = outboxRows(id);
		clock.advance(java.time.Duration.ofMinutes(61));
		Reply again = urge(organizer, id, stepId, Map.of());
		JsonNode refused = assertProblem(again, 429, "console.urge.tooSoon");
		assertThat(again.header("Retry-After")).isEqualTo(Long.toString(24 * 3600 - 61 * 60));
		assertThat(refused.path("detail").asString()).contains("2026-12-08 10:00")
			.contains("22小时59分钟")
			.contains("2026-12-09 10:00")
			.contains("每24小时");
		JsonNode refusedEn = assertProblem(
				api.post("/api/handovers/" + id + "/steps/" + stepId + "/urge").token(organizer).english().send(), 429,
				"console.urge.tooSoon");
		assertThat(refusedEn.path("detail").asString()).contains("22 h 59 min").contains("once every 24 h");
		// the supervisor's urge of the same step waits too: once per step, whoever urges
		assertProblem(urge(token(org.supervisor), id, stepId, Map.of()), 429, "console.urge.tooSoon");
		// who may not, what does not exist, bad bodies: refused, nothing changed
		assertProblem(urge(token(org.departing), id, stepId, Map.of()), 403, "access.denied.URGE_STEP");
		assertProblem(urge(token(org.outsideOrganizer), id, stepId, Map.of()), 403, "access.denied.URGE_STEP");
		assertProblem(urge(token(org.financeReviewer), id, stepId, Map.of()), 403, "access.denied.URGE_STEP");
		assertProblem(urge(organizer, id, 999_999_999L, Map.of()), 404, "error.notFound.waitingStep");
		assertProblem(urge(organizer, 999_999_999L, stepId, Map.of()), 404, "error.notFound.handover");
		assertProblem(urge(organizer, id, stepId, Map.of("note", "长".repeat(501))), 400, "api.validation");
		assertProblem(urge(organizer, id, stepId, Map.of("notify", true)), 400, "api.validation");
		assertThat(urges(stepId)).isEqualTo(1);
		assertThat(auditRows(id)).isEqualTo(audit);
		assertThat(outboxRows(id)).isEqualTo(outbox);

		// a day after the first urge: it may be urged again, by the supervisor this time
		at("2026-12-09T02:00:00Z");
		assertOk(urge(token(org.supervisor), id, stepId, Map.of()));
		assertThat(urges(stepId)).isEqualTo(2);
		// the step done: nothing to urge
		at("2026-12-10T03:00:00Z");
		checklist.submit(org.actor(org.departing), id);
		assertProblem(urge(organizer, id, stepId, Map.of()), 409, "console.urge.stepDone");
		assertThat(urges(stepId)).isEqualTo(2);
	}

	@Test
	void aFirstLevelFoldedIntoItsSecondRoundStillTellsTheOrganizer() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		// due Monday 12-07; level 1 fell due Tuesday 09:00 and its daily round Wednesday
		// 09:00: the sweep that first runs Wednesday sends one message standing for both
		at("2026-12-09T03:00:00Z");
		sweep.sweepDue();
		assertThat(stepOwners.notices(id)).anyMatch(n -> n.outcome().equals("MISSED") && n.escLevel() == 1);
		assertThat(told(id, "ESCALATION")).containsExactlyInAnyOrder(org.departing, org.organizer);
		JsonNode escalation = dashboard(token(org.organizer), "").path("escalations").get(0);
		assertThat(escalation.toString()).contains("王组织");
	}

	@Test
	void aFlagRaisedForADelayStaysOnTheRecordWithItsReasonAfterTheDeadlineIsExtended() {
		String organizer = token(org.organizer);
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		at("2026-12-08T03:00:00Z"); // the checklist due 12-07: overdue since today
		sweep.sweepDue(); // raises 久拖不交 and tells the departing official it is on record
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM discipline_flag WHERE handover_id = ? AND flag = 'OVERDUE_HANDOVER'", Long.class,
				id))
			.isEqualTo(1);

		assertOk(api.post("/api/handovers/" + id + "/extend")
			.token(organizer)
			.body(ApiClient.json(Map.of("until", "2026-12-11", "reason", "离任干部住院")))
			.send());

		// the step is no longer late, but the delay that happened stays on the record
		JsonNode summary = assertOk(api.get("/api/handovers/" + id).token(organizer).send());
		JsonNode flag = summary.path("flags").get(0);
		assertThat(flag.path("code").asString()).isEqualTo("OVERDUE_HANDOVER");
		assertThat(flag.path("raisedOn").asString()).isEqualTo("2026-12-08");
		assertThat(flag.path("reason").asString()).contains("逾期");
		JsonNode dashboard = dashboard(organizer, "");
		assertThat(row(dashboard, id).path("grade").asString()).isNotEqualTo("RED");
		assertThat(row(dashboard, id).path("flags").toString()).contains("OVERDUE_HANDOVER");
		assertThat(ids(dashboard(organizer, "flag=OVERDUE_HANDOVER"))).containsExactly(id);
		// the party still does not see supervision matters
		assertThat(assertOk(api.get("/api/handovers/" + id).token(token(org.departing)).send()).has("flags")).isFalse();
		// the next sweep does not raise it a second time
		sweep.sweepDue();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM discipline_flag WHERE handover_id = ?", Long.class, id))
			.isEqualTo(1);
	}

	@Test
	void oneHandoversRecordShowsItsStepsNoticesAndWhatTheReaderMayDo() {
		String organizer = token(org.organizer);
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		long stepId = stepId(id, "CHECKLIST");
		assertOk(urge(organizer, id, stepId, Map.of()));
		JsonNode record = assertOk(api.get("/api/console/handovers/" + id).token(organizer).send());
		assertThat(record.path("record").path("id").asLong()).isEqualTo(id);
		assertThat(record.path("record").path("sections").size()).isGreaterThan(1);
		assertThat(record.path("grade").asString()).isEqualTo("GREEN");
		JsonNode open = record.path("open").get(0);
		assertThat(open.path("stepId").asLong()).isEqualTo(stepId);
		assertThat(open.path("owners").get(0).path("name").asString()).isEqualTo("陈离任");
		assertThat(open.path("urgeAgainAt").asString()).isEqualTo("2026-11-24T01:00:00Z");
		assertThat(record.path("urges").get(0).path("urgedByName").asString()).isEqualTo("王组织");
		assertThat(record.path("notices").findValuesAsString("event")).contains("NOTICE_ISSUED", "STEP_URGED");
		// the delivery worker does not run here: the notices wait
		assertThat(record.path("notices").get(0).path("state").asString()).isIn("WAITING", "NO_ACCOUNT");
		JsonNode actions = record.path("actions");
		assertThat(actions.path("cancel").asBoolean()).isTrue();
		assertThat(actions.path("extend").asBoolean()).isTrue();
		assertThat(actions.path("urge").asBoolean()).isTrue();
		assertThat(actions.path("publish").asBoolean()).isFalse();
		assertThat(actions.path("deadlines").get(0).path("latest").asString()).isEqualTo("2026-12-21");
		assertThat(record.path("names").path(Long.toString(org.organizer)).asString()).isEqualTo("王组织");

		// the departing official sees their own record, with nothing to do as an
		// organizer
		JsonNode own = assertOk(api.get("/api/console/handovers/" + id).token(token(org.departing)).send());
		assertThat(own.path("actions").path("cancel").asBoolean()).isFalse();
		assertThat(own.path("actions").path("urge").asBoolean()).isFalse();
		assertThat(own.path("record").has("flags")).isFalse();
		assertProblem(api.get("/api/console/handovers/" + id).token(token(org.outsideOrganizer)).send(), 403,
				"access.denied.VIEW_HANDOVER");
		// 公开: the default policy does not make a handover public
		assertProblem(api.post("/api/handovers/" + id + "/publish").token(organizer).send(), 409,
				"error.invalidState.DRAFTING");
	}

	private JsonNode dashboard(String token, String query) {
		return assertOk(api.get("/api/console/dashboard" + (query.isEmpty() ? "" : "?" + query)).token(token).send());
	}

	private static JsonNode row(JsonNode dashboard, long id) {
		for (JsonNode row : dashboard.path("handovers")) {
			if (row.path("handover").path("id").asLong() == id) {
				return row;
			}
		}
		throw new AssertionError("handover " + id + " is not on the dashboard: " + dashboard);
	}

	private static JsonNode step(JsonNode row, String kind) {
		for (JsonNode step : row.path("open")) {
			if (step.path("kind").asString().equals(kind)) {
				return step;
			}
		}
		throw new AssertionError("no open " + kind + " step: " + row);
	}

	private static List<Long> ids(JsonNode dashboard) {
		List<Long> ids = new java.util.ArrayList<>();
		dashboard.path("handovers").forEach(r -> ids.add(r.path("handover").path("id").asLong()));
		return ids;
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	private void at(String instant) {
		clock.set(Instant.parse(instant));
	}

	private long stepId(long handoverId, String kind) {
		return jdbc.queryForObject("SELECT id FROM waiting_step WHERE handover_id = ? AND kind = ? AND done_at IS NULL",
				Long.class, handoverId, kind);
	}

	private Reply urge(String token, long id, long stepId, Map<String, Object> body) {
		return api.post("/api/handovers/" + id + "/steps/" + stepId + "/urge")
			.token(token)
			.body(ApiClient.json(body))
			.send();
	}

	private long urges(long stepId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM step_urge WHERE step_id = ?", Long.class, stepId);
	}

	private long outboxRows(long id) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE handover_id = ?", Long.class, id);
	}

	private List<Long> told(long id, String event) {
		return jdbc.queryForList("SELECT recipient_id FROM outbox WHERE handover_id = ? AND event = ?", Long.class, id,
				event);
	}

	private static JsonNode assertOk(Reply reply) {
		assertJson(reply, 200);
		return reply.json();
	}

}
