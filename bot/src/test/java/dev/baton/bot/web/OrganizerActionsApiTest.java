package dev.baton.bot.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/handovers/{id}/successor} and {@code /extend} over HTTP (#13), as in
 * chat: the organizers over the unit only, never a party; the successor before sign-off,
 * someone a handover could be opened for; a deadline within the policy's cap, refused
 * beyond it with the cap said. Every refusal is a problem in the reader's language and
 * changes nothing (asserted on the database); what is done is told and audited.
 */
@DomainContext
@Import(StagedHandovers.class)
class OrganizerActionsApiTest extends ApiTestSupport {

	@Autowired
	StagedHandovers staged;

	@Autowired
	ConfirmationService confirmation;

	@Test
	void theSuccessorChangesBeforeSignOffAndBothAreTold() {
		String organizer = token(org.organizer);
		long id = opened(organizer, org.department.id(), org.departing, org.successor);
		long newcomer = directory.addOfficial("冯新任", "市统计局局长（新拟任）", org.department.id()).id();

		JsonNode changed = assertOk(change(organizer, id, newcomer, "原人选另有任用"));
		assertThat(changed.path("successor").path("id").asLong()).isEqualTo(newcomer);
		assertThat(changed.path("successor").path("name").asString()).isEqualTo("冯新任");
		assertThat(successor(id)).isEqualTo(newcomer);
		// the new successor has the notice, which says the change; the organizer made it
		// (newcomer 20b)
		assertThat(told(id, "SUCCESSOR_CHANGED")).contains(org.successor, org.departing)
			.doesNotContain(newcomer, org.organizer);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE handover_id = ? AND action = ?",
				Long.class, id, "SUCCESSOR_CHANGED"))
			.isEqualTo(1);

		long rows = auditRows(id);
		// refusals, each changing nothing
		assertProblem(change(organizer, id, newcomer, "再换一次"), 400, "handover.successorChange.same");
		assertProblem(change(organizer, id, org.departing, "搞错了"), 400, "handover.sameParty");
		long elsewhere = directory.addOfficial("外单位", "另一市某局局长", org.elsewhere.id()).id();
		assertThat(
				assertProblem(change(organizer, id, elsewhere, "调剂"), 400, "handover.partyOutsideUnit").path("detail")
					.asString())
			.contains("外单位所在单位是");
		assertProblem(change(token(org.departing), id, org.stranger, "我想换"), 403, "access.denied.CHANGE_SUCCESSOR");
		assertProblem(change(token(org.outsideOrganizer), id, org.stranger, "越权"), 403,
				"access.denied.CHANGE_SUCCESSOR");
		// the organizer may not make themselves a party
		assertProblem(change(organizer, id, org.organizer, "我来接"), 403, "access.denied.CHANGE_SUCCESSOR");
		assertProblem(change(organizer, id, org.stranger, " "), 400, "api.validation");
		assertProblem(change(organizer, 999_999_999L, org.stranger, "无此交接"), 404, "error.notFound.handover");
		Map<String, Object> extra = new LinkedHashMap<>(
				Map.of("successorId", org.stranger, "reason", "调剂", "notify", false));
		assertThat(assertProblem(
				api.post("/api/handovers/" + id + "/successor").token(organizer).body(ApiClient.json(extra)).send(),
				400, "api.validation")
			.path("errors")
			.get(0)
			.path("field")
			.asString()).isEqualTo("notify");
		assertThat(successor(id)).isEqualTo(newcomer);
		assertThat(auditRows(id)).isEqualTo(rows);
	}

	/**
	 * fixc15a, console5b: a new successor who reviews the handover for a department would
	 * review their own handover. The console asks first; the API refuses (409, the
	 * conflict named, nothing changed) unless {@code confirmConflict} is true.
	 */
	@Test
	void aSuccessorWhoReviewsTheHandoverOnlyWithConfirmConflict() {
		String organizer = token(org.organizer);
		long id = opened(organizer, org.city.id(), org.departing, org.successor);
		long rows = auditRows(id);

		JsonNode refused = assertProblem(change(organizer, id, org.auditReviewer, "工作需要"), 409,
				"handover.successorChange.reviewsNobody");
		assertThat(refused.path("detail").asString()).contains("孙审计是交接" + id + "的审计部门审核人")
			.contains("利益冲突")
			.contains("审计部门没有其他审核人")
			.contains("\"confirmConflict\": true")
			.contains("没有作任何更改");
		JsonNode english = assertProblem(api.post("/api/handovers/" + id + "/successor")
			.token(organizer)
			.english()
			.body(ApiClient
				.json(Map.of("successorId", org.auditReviewer, "reason", "needed", "confirmConflict", false)))
			.send(), 409, "handover.successorChange.reviewsNobody");
		assertThat(english.path("detail").asString())
			.contains("is a reviewer of handover " + id + " for the audit department")
			.contains("conflict of interest");
		assertThat(successor(id)).as("nothing changed").isEqualTo(org.successor);
		assertThat(auditRows(id)).isEqualTo(rows);
		assertThat(told(id, "SUCCESSOR_CHANGED")).isEmpty();

		// a department with another reviewer: named as the one who does its review
		long otherAuditor = directory.addOfficial("许审计", "市审计局科员", org.city.id()).id();
		directory.assignRole(otherAuditor, dev.baton.bot.directory.Role.REVIEWER,
				dev.baton.bot.directory.Department.AUDIT, org.city.id());
		assertThat(
				assertProblem(change(organizer, id, org.auditReviewer, "工作需要"), 409, "handover.successorChange.reviews")
					.path("detail")
					.asString())
			.contains("审计部门的审核由许审计办理");

		JsonNode changed = assertOk(api.post("/api/handovers/" + id + "/successor")
			.token(organizer)
			.body(ApiClient.json(Map.of("successorId", org.auditReviewer, "reason", "工作需要", "confirmConflict", true)))
			.send());
		assertThat(changed.path("successor").path("id").asLong()).isEqualTo(org.auditReviewer);
		assertThat(told(id, "SUCCESSOR_CHANGED")).contains(org.successor).doesNotContain(org.auditReviewer);
	}

	@Test
	void theSuccessorCannotChangeOnceConfirmingHasBegunOrSigning() {
		String organizer = token(org.organizer);
		long confirming = staged.confirming(org, "default", List.of(Stated.work("统计平台二期"), Stated.work("办公楼维修改造")));
		// confirming, nothing confirmed yet: the change is taken
		long newcomer = directory.addOfficial("冯新任", "市统计局局长（新拟任）", org.department.id()).id();
		assertOk(change(organizer, confirming, newcomer, "原人选另有任用"));
		// the new successor confirms an item: the confirmations are theirs, the successor
		// stays
		confirmation.confirm(org.actor(newcomer), confirming, 1);
		JsonNode begun = assertProblem(change(organizer, confirming, org.successor, "再换回来"), 409,
				"handover.successorChange.confirmingBegun");
		assertThat(begun.path("detail").asString()).contains("冯新任已开始逐项确认").contains("取消交接" + confirming);
		assertThat(successor(confirming)).isEqualTo(newcomer);
		// signing: refused, with what to do instead
		confirmation.confirm(org.actor(newcomer), confirming, 2);
		assertThat(state(confirming)).isEqualTo("SIGNING");
		assertThat(assertProblem(api.post("/api/handovers/" + confirming + "/successor")
			.token(organizer)
			.english()
			.body(ApiClient.json(Map.of("successorId", org.successor, "reason", "again")))
			.send(), 409, "handover.successorChange.signing").path("detail").asString()).contains("before sign-off");
	}

	@Test
	void aSecondHandoverTheOtherWayRoundIsRefusedWhenTheSuccessorChanges() {
		String organizer = token(org.organizer);
		long first = opened(organizer, org.department.id(), org.departing, org.successor);
		long other = directory.addOfficial("褚别任", "市统计局副局长", org.department.id()).id();
		// 褚别任 → 陈离任 runs: 陈离任 → 褚别任 may not be made by changing the successor of the
		// first
		long second = opened(organizer, org.department.id(), other, org.departing);
		assertProblem(change(organizer, first, other, "调剂"), 400, "handover.swappedOpen");
		assertThat(successor(first)).isEqualTo(org.successor);
		assertThat(second).isNotEqualTo(first);
	}

	@Test
	void aDeadlineIsExtendedWithinTheCapOfThePolicy() {
		String organizer = token(org.organizer);
		long id = opened(organizer, org.department.id(), org.departing, org.successor);
		// the default policy: 10 working days from Monday 11-23 is 12-07; at most 10
		// working days more, to 12-21
		JsonNode extended = assertOk(
				extend(organizer, id, Map.of("days", 3, "unit", "WORKING_DAYS", "reason", "离任干部住院")));
		assertThat(extended.path("checklistDue").asString()).isEqualTo("2026-12-10");
		assertThat(extended.path("waiting").findValues("dueOn").stream().map(JsonNode::asString))
			.contains("2026-12-10");
		assertThat(told(id, "DEADLINE_EXTENDED")).contains(org.departing, org.successor).doesNotContain(org.organizer);
		assertOk(extend(organizer, id, Map.of("until", "2026-12-21", "reason", "审计报告未出")));
		assertThat(checklistDue(id)).isEqualTo("2026-12-21");
		assertThat(jdbc.queryForObject(
				"SELECT first_due_on FROM waiting_step WHERE handover_id = ? AND kind = 'CHECKLIST'", String.class, id))
			.isEqualTo("2026-12-07");

		long rows = auditRows(id);
		JsonNode over = assertProblem(extend(organizer, id, Map.of("days", 1, "unit", "CALENDAR_DAYS", "reason", "再等")),
				400, "handover.extension.overCap");
		assertThat(over.path("detail").asString()).contains("最多延长10个工作日")
			.contains("原定2026-12-07到期")
			.contains("最晚只能延至2026-12-21")
			.contains("不能延至2026-12-22");
		JsonNode overEn = assertProblem(api.post("/api/handovers/" + id + "/extend")
			.token(organizer)
			.english()
			.body(ApiClient.json(Map.of("until", "2027-01-31", "reason", "later")))
			.send(), 400, "handover.extension.overCap");
		assertThat(overEn.path("detail").asString()).contains("at most 10 working days").contains("2026-12-21");
		assertProblem(extend(organizer, id, Map.of("until", "2026-12-01", "reason", "早一点")), 400,
				"handover.extension.notLater");
		assertProblem(extend(token(org.successor), id, Map.of("days", 1, "unit", "CALENDAR_DAYS", "reason", "忙")), 403,
				"access.denied.EXTEND_DEADLINE");
		assertProblem(
				extend(token(org.outsideOrganizer), id, Map.of("days", 1, "unit", "CALENDAR_DAYS", "reason", "x")), 403,
				"access.denied.EXTEND_DEADLINE");
		// bad bodies: both ways of saying it, neither, days without their unit, no reason
		JsonNode both = assertProblem(
				extend(organizer, id, Map.of("days", 1, "unit", "CALENDAR_DAYS", "until", "2026-12-20", "reason", "x")),
				400, "api.validation");
		assertThat(both.path("errors").get(0).path("field").asString()).isEqualTo("until");
		assertProblem(extend(organizer, id, Map.of("reason", "x")), 400, "api.validation");
		assertThat(assertProblem(extend(organizer, id, Map.of("days", 2, "reason", "x")), 400, "api.validation")
			.path("errors")
			.get(0)
			.path("field")
			.asString()).isEqualTo("unit");
		assertProblem(extend(organizer, id, Map.of("days", 0, "unit", "CALENDAR_DAYS", "reason", "x")), 400,
				"api.validation");
		assertProblem(extend(organizer, id, Map.of("days", 2, "unit", "CALENDAR_DAYS")), 400, "api.validation");
		assertThat(checklistDue(id)).isEqualTo("2026-12-21");
		assertThat(auditRows(id)).isEqualTo(rows);

		// cancelled: nothing left to extend
		assertJson(api.post("/api/handovers/" + id + "/cancel")
			.token(organizer)
			.body(ApiClient.json(Map.of("reason", "人选调整")))
			.send(), 200);
		assertProblem(extend(organizer, id, Map.of("days", 1, "unit", "CALENDAR_DAYS", "reason", "x")), 409,
				"error.invalidState.CANCELLED");
	}

	/**
	 * Newcomer 24, finding 2: days of 延期 on an overdue checklist are counted from today,
	 * not from its lapsed due day; the cap stays counted from the day it was first due.
	 */
	@Test
	void anOverdueDeadlineIsExtendedFromToday() {
		String organizer = token(org.organizer);
		long id = opened(organizer, org.department.id(), org.departing, org.successor);
		assertThat(checklistDue(id)).isEqualTo("2026-12-07");
		clock.set(java.time.Instant.parse("2026-12-09T03:00:00Z"));

		// Wednesday 12-09 + 3 working days (not 12-07 + 3, 12-10)
		JsonNode extended = assertOk(
				extend(organizer, id, Map.of("days", 3, "unit", "WORKING_DAYS", "reason", "离任干部住院")));
		assertThat(extended.path("checklistDue").asString()).isEqualTo("2026-12-14");

		clock.set(java.time.Instant.parse("2026-12-18T03:00:00Z"));
		JsonNode over = assertProblem(extend(organizer, id, Map.of("days", 2, "unit", "WORKING_DAYS", "reason", "再等")),
				400, "handover.extension.overCap");
		assertThat(over.path("detail").asString()).contains("最晚只能延至2026-12-21").contains("不能延至2026-12-22");
	}

	@Test
	void inJointReviewTheReviewsMoveAndTheReviewersAreTold() {
		String organizer = token(org.organizer);
		long id = staged.inReview(org, List.of(Stated.work("统计平台二期")));
		List<String> before = jdbc.queryForList(
				"SELECT due_on FROM waiting_step WHERE handover_id = ? AND kind = 'REVIEW' AND done_at IS NULL",
				String.class, id);
		assertThat(before).hasSize(4).containsOnly("2026-11-30");
		assertOk(extend(organizer, id, Map.of("days", 2, "unit", "WORKING_DAYS", "reason", "审计人员出差")));
		assertThat(jdbc.queryForList(
				"SELECT due_on FROM waiting_step WHERE handover_id = ? AND kind = 'REVIEW' AND done_at IS NULL",
				String.class, id))
			.hasSize(4)
			.containsOnly("2026-12-02");
		assertThat(checklistDue(id)).isEqualTo("2026-12-07"); // the checklist is in: its
																// deadline stays
		assertThat(told(id, "DEADLINE_EXTENDED")).contains(org.organizationReviewer, org.disciplineReviewer,
				org.financeReviewer, org.auditReviewer, org.departing);
	}

	private Reply change(String token, long id, long successorId, String reason) {
		return api.post("/api/handovers/" + id + "/successor")
			.token(token)
			.body(ApiClient.json(Map.of("successorId", successorId, "reason", reason)))
			.send();
	}

	private Reply extend(String token, long id, Map<String, Object> body) {
		return api.post("/api/handovers/" + id + "/extend").token(token).body(ApiClient.json(body)).send();
	}

	private static JsonNode assertOk(Reply reply) {
		assertJson(reply, 200);
		return reply.json();
	}

	private long successor(long id) {
		return jdbc.queryForObject("SELECT successor_id FROM handover WHERE id = ?", Long.class, id);
	}

	private String checklistDue(long id) {
		return jdbc.queryForObject("SELECT checklist_due FROM handover WHERE id = ?", String.class, id);
	}

	private List<Long> told(long id, String event) {
		return jdbc.queryForList("SELECT recipient_id FROM outbox WHERE handover_id = ? AND event = ?", Long.class, id,
				event);
	}

}
