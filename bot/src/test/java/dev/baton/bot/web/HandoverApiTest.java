package dev.baton.bot.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import dev.baton.bot.DomainContext;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organizer REST API over real HTTP on MariaDB: open, list and filter, view in full,
 * cancel.
 */
@DomainContext
class HandoverApiTest extends ApiTestSupport {

	@Autowired
	ChecklistService checklist;

	@Test
	void opensAHandoverWith201LocationAndSummary() {
		String organizer = token(org.organizer);

		Reply reply = open(organizer, org.department.id(), org.departing, org.successor);

		assertJson(reply, 201);
		JsonNode summary = reply.json();
		long id = summary.path("id").asLong();
		assertThat(reply.header("Location")).isEqualTo("/api/handovers/" + id);
		assertThat(summary.path("unit").path("id").asLong()).isEqualTo(org.department.id());
		assertThat(summary.path("unit").path("name").asString()).isEqualTo("市统计局");
		assertThat(summary.path("departing").path("name").asString()).isEqualTo("陈离任");
		assertThat(summary.path("successor").path("name").asString()).isEqualTo("郑接任");
		assertThat(summary.path("organizer").path("id").asLong()).isEqualTo(org.organizer);
		assertThat(summary.path("reason").asString()).isEqualTo("TRANSFER");
		assertThat(summary.path("state").asString()).isEqualTo("NOTIFIED");
		assertThat(summary.path("policyCode").asString()).isEqualTo("default");
		assertThat(summary.path("openedOn").asString()).isEqualTo("2026-11-23");
		assertThat(summary.path("checklistDue").asString()).isEqualTo("2026-12-07"); // 10
																						// working
																						// days
		assertThat(summary.path("reviewRound").asInt()).isZero();
		assertThat(kinds(summary.path("waiting"))).containsExactlyInAnyOrder("NOTICE_RECEIPT", "CHECKLIST");
		JsonNode checklistStep = find(summary.path("waiting"), "kind", "CHECKLIST");
		assertThat(checklistStep.path("dueOn").asString()).isEqualTo("2026-12-07");
		assertThat(checklistStep.path("overdue").asBoolean()).isFalse();
		assertThat(summary.path("flags").isArray()).isTrue();
		assertThat(summary.path("flags").size()).isZero();

		assertThat(state(id)).isEqualTo("NOTIFIED");
		assertThat(jdbc.queryForObject("SELECT organizer_id FROM handover WHERE id = ?", Long.class, id))
			.isEqualTo(org.organizer);
		assertThat(
				jdbc.queryForList("SELECT action FROM audit_log WHERE handover_id = ? ORDER BY seq", String.class, id))
			.containsExactly("HANDOVER_OPENED");

		Reply located = api.get(reply.header("Location")).token(organizer).send();
		assertJson(located, 200);
		assertThat(located.json().path("id").asLong()).isEqualTo(id);
	}

	@Test
	void listsOnlyWhatTheCallerMaySeeFilteredByStateUnitAndOverdue() {
		String organizer = token(org.organizer);
		long cityDeparting = directory.addOfficial("马离任", "市发改委主任", org.city.id()).id();
		long citySuccessor = directory.addOfficial("牛接任", "市发改委副主任", org.city.id()).id();
		long late = opened(organizer, org.department.id(), org.departing, org.successor);
		clock.advance(Duration.ofDays(30)); // past the first one's deadlines: 2026-12-23
		long fresh = opened(organizer, org.city.id(), cityDeparting, citySuccessor);
		long cancelled = opened(organizer, org.department.id(), org.stranger, org.successor);
		assertJson(api.post("/api/handovers/" + cancelled + "/cancel")
			.token(organizer)
			.body(ApiClient.json(Map.of("reason", "人选调整")))
			.send(), 200);

		String inCity = "/api/handovers?unitId=" + org.city.id();
		assertThat(listed(organizer, inCity)).containsExactly(cancelled, fresh, late);
		assertThat(listed(organizer, "/api/handovers?unitId=" + org.department.id())).containsExactly(cancelled, late);
		assertThat(listed(organizer, inCity + "&state=CANCELLED")).containsExactly(cancelled);
		assertThat(listed(organizer, inCity + "&state=NOTIFIED")).containsExactly(fresh, late);
		assertThat(listed(organizer, inCity + "&overdue=true")).containsExactly(late);
		assertThat(listed(organizer, inCity + "&overdue=false")).containsExactly(cancelled, fresh);
		assertThat(listed(organizer, inCity + "&state=NOTIFIED&overdue=true")).containsExactly(late);

		JsonNode overdue = api.get(inCity + "&overdue=true").token(organizer).send().json().get(0);
		assertThat(find(overdue.path("waiting"), "kind", "CHECKLIST").path("overdue").asBoolean()).isTrue();
		assertThat(overdue.path("flags").get(0).path("code").asString()).isEqualTo("OVERDUE_HANDOVER");
		assertThat(overdue.path("flags").get(0).path("zh").asString()).isEqualTo("久拖不交");

		// scope: an organizer elsewhere sees none of them; the departing official sees
		// their own
		assertThat(listed(token(org.outsideOrganizer), "/api/handovers")).doesNotContain(late, fresh, cancelled);
		assertThat(listed(token(org.outsideOrganizer), inCity)).isEmpty();
		assertThat(listed(token(org.departing), "/api/handovers")).containsExactly(late);
		assertThat(listed(token(org.stranger), "/api/handovers")).containsExactly(cancelled);
		assertThat(listed(token(org.supervisor), inCity)).containsExactly(cancelled, fresh, late);

		// pages follow ids downwards
		assertThat(listed(organizer, inCity + "&limit=2")).containsExactly(cancelled, fresh);
		assertThat(listed(organizer, inCity + "&limit=2&before=" + fresh)).containsExactly(late);
		assertProblem(api.get(inCity + "&limit=501").token(organizer).send(), 400, "api.validation");

		// discipline flags are for supervision: the parties never see them, not even that
		// there are none
		JsonNode own = api.get("/api/handovers").token(token(org.departing)).send().json().get(0);
		assertThat(own.path("id").asLong()).isEqualTo(late);
		assertThat(own.has("flags")).isFalse();
		assertThat(api.get("/api/handovers/" + late)
			.token(token(org.successor))
			.send()
			.json()
			.path("summary")
			.has("flags")).isFalse();
	}

	@Test
	void viewsOneHandoverWithItemsExactAmountsAndHistory() {
		String organizer = token(org.organizer);
		long id = opened(organizer, org.department.id(), org.departing, org.successor);
		var departing = org.actor(org.departing);
		checklist.addItem(departing, id, "key_work", new ItemDraft("统计大数据平台二期", "进度60%", ItemStatus.IN_PROGRESS, null,
				null, "某信息技术有限公司", LocalDate.of(2027, 3, 31), "陈离任", null));
		checklist.addItem(departing, id, "economic", new ItemDraft("银行账户余额", "基本户", ItemStatus.DONE,
				new BigDecimal("1234567.89"), "CNY", "某银行", null, "财务科", false));
		checklist.addItem(departing, id, "economic", new ItemDraft("专项资金结余", null, ItemStatus.DONE,
				new BigDecimal("9999999999999999.99"), null, null, null, null, false));
		checklist.addEvidence(departing, id, 2, "LINK", "https://files.example.gov.cn/statement.pdf", "银行对账单");

		Reply reply = api.get("/api/handovers/" + id).token(organizer).send();

		assertJson(reply, 200);
		JsonNode view = reply.json();
		assertThat(view.path("id").asLong()).isEqualTo(id);
		assertThat(view.path("state").asString()).isEqualTo("DRAFTING");
		assertThat(view.path("departing").path("name").asString()).isEqualTo("陈离任");
		assertThat(view.path("policy").path("code").asString()).isEqualTo("default");
		assertThat(view.path("policy").path("reviewers").size()).isEqualTo(4);
		JsonNode economic = find(view.path("sections"), "code", "economic");
		assertThat(economic.path("economic").asBoolean()).isTrue();
		JsonNode balance = find(economic.path("items"), "seq", "2");
		assertThat(balance.path("title").asString()).isEqualTo("银行账户余额");
		assertThat(balance.path("amount").isString()).as("amounts are JSON strings").isTrue();
		assertThat(balance.path("amount").asString()).isEqualTo("1234567.89");
		assertThat(balance.path("currency").asString()).isEqualTo("CNY");
		assertThat(balance.path("counterparty").asString()).isEqualTo("某银行");
		assertThat(balance.path("status").asString()).isEqualTo("DONE");
		assertThat(balance.path("unfinished").asBoolean()).isFalse();
		assertThat(balance.path("confirmation").asString()).isEqualTo("PENDING");
		assertThat(balance.path("evidence").get(0).path("reference").asString())
			.isEqualTo("https://files.example.gov.cn/statement.pdf");
		assertThat(find(economic.path("items"), "seq", "3").path("amount").asString()).isEqualTo("9999999999999999.99");
		JsonNode work = find(find(view.path("sections"), "code", "key_work").path("items"), "seq", "1");
		assertThat(work.path("deadline").asString()).isEqualTo("2027-03-31");
		assertThat(work.path("amount").isNull()).isTrue();
		assertThat(work.path("unfinished").asBoolean()).isTrue();
		assertThat(view.path("reviews").size()).isZero();
		assertThat(view.path("disputes").size()).isZero();
		assertThat(view.path("signatures").size()).isZero();
		assertThat(view.path("followUp").size()).isZero();
		JsonNode receipt = find(view.path("waitingSteps"), "kind", "NOTICE_RECEIPT");
		assertThat(receipt.path("doneAt").isNull()).isFalse();
		assertThat(find(view.path("waitingSteps"), "kind", "CHECKLIST").path("doneAt").isNull()).isTrue();

		JsonNode history = view.path("history");
		assertThat(StreamSupport.stream(history.spliterator(), false).map(h -> h.path("action").asString()).toList())
			.containsExactly("HANDOVER_OPENED", "NOTICE_ACKNOWLEDGED", "STATE_CHANGED", "ITEM_ADDED", "ITEM_ADDED",
					"ITEM_ADDED", "EVIDENCE_ADDED");
		JsonNode first = history.get(0);
		assertThat(first.path("actorId").asLong()).isEqualTo(org.organizer);
		assertThat(first.path("detail").isObject()).isTrue();
		assertThat(first.path("detail").path("reason").asString()).isEqualTo("TRANSFER");
		assertThat(first.path("createdAt").asString()).isEqualTo("2026-11-23T01:00:00Z");
		assertThat(history.get(2).path("detail").path("to").asString()).isEqualTo("DRAFTING");
		assertThat(history.get(1).path("seq").asLong()).isGreaterThan(first.path("seq").asLong());

		// anyone with a standing role over the unit may look; a bystander may not
		assertJson(api.get("/api/handovers/" + id).token(token(org.supervisor)).send(), 200);
		JsonNode refused = assertProblem(api.get("/api/handovers/" + id).token(token(org.outsideOrganizer)).send(), 403,
				"access.denied.VIEW_HANDOVER");
		assertThat(refused.path("detail").asString()).isEqualTo("只有交接双方，以及管辖该单位的组织部门、审核部门、监督人员和管理员可以查看此交接。");
	}

	@Test
	void cancelsWithAReasonThenRefusesToCancelAgain() {
		String organizer = token(org.organizer);
		long id = opened(organizer, org.department.id(), org.departing, org.successor);

		Reply cancelled = api.post("/api/handovers/" + id + "/cancel")
			.token(organizer)
			.body(ApiClient.json(Map.of("reason", "干部任免调整，暂缓交接")))
			.send();

		assertJson(cancelled, 200);
		assertThat(cancelled.json().path("id").asLong()).isEqualTo(id);
		assertThat(cancelled.json().path("state").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.json().path("waiting").size()).isZero();
		assertThat(state(id)).isEqualTo("CANCELLED");
		assertThat(jdbc.queryForObject("SELECT cancel_reason FROM handover WHERE id = ?", String.class, id))
			.isEqualTo("干部任免调整，暂缓交接");
		long audited = auditRows(id);

		Reply again = api.post("/api/handovers/" + id + "/cancel")
			.token(organizer)
			.body(ApiClient.json(Map.of("reason", "再次取消")))
			.send();

		JsonNode problem = assertProblem(again, 409, "error.invalidState.CANCELLED");
		assertThat(problem.path("detail").asString()).isEqualTo("交接" + id + "已取消，不能再进行这项操作。");
		assertThat(problem.path("title").asString()).isEqualTo("与当前状态冲突");
		assertThat(problem.path("instance").asString()).isEqualTo("/api/handovers/" + id + "/cancel");
		assertThat(state(id)).isEqualTo("CANCELLED");
		assertThat(auditRows(id)).isEqualTo(audited);
		assertThat(jdbc.queryForObject("SELECT cancel_reason FROM handover WHERE id = ?", String.class, id))
			.isEqualTo("干部任免调整，暂缓交接");

		JsonNode view = api.get("/api/handovers/" + id).token(organizer).send().json();
		assertThat(view.path("cancelReason").asString()).isEqualTo("干部任免调整，暂缓交接");
		assertThat(view.path("cancelledAt").asString()).isEqualTo("2026-11-23T01:00:00Z");
	}

	private List<Long> listed(String token, String path) {
		Reply reply = api.get(path).token(token).send();
		assertJson(reply, 200);
		assertThat(reply.json().isArray()).isTrue();
		return ApiClient.ids(reply.json());
	}

	private static List<String> kinds(JsonNode steps) {
		return StreamSupport.stream(steps.spliterator(), false).map(s -> s.path("kind").asString()).toList();
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		return StreamSupport.stream(array.spliterator(), false)
			.filter(n -> n.path(field).asString().equals(value))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + field + "=" + value + " in " + array));
	}

}
