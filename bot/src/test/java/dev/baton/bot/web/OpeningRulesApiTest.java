package dev.baton.bot.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/handovers refuses what is not allowed, with the reason, and ignores nothing:
 * parties from outside the unit (and the units below it), a second running handover of
 * the same two people the other way round, and any field it does not take
 * ({@code policyCode} included) are refused with a problem in the reader's language;
 * nothing is opened.
 */
@DomainContext
class OpeningRulesApiTest extends ApiTestSupport {

	@Test
	void partiesComeFromTheUnitOrAUnitBelowIt() {
		String organizer = token(org.organizer);
		long fromElsewhere = directory.addOfficial("外单位", "另一市某局局长", org.elsewhere.id()).id();
		long fromAbove = directory.addOfficial("市里人", "市政府副秘书长", org.city.id()).id();

		JsonNode outside = assertProblem(open(organizer, org.department.id(), fromElsewhere, org.successor), 400,
				"handover.partyOutsideUnit");
		assertThat(outside.path("detail").asString())
			.isEqualTo("外单位所在单位是" + org.elsewhere.name() + "，不属于市统计局或其下级单位，不能作为这项交接的一方：交接双方须是该单位或其下级单位的干部。");
		JsonNode above = assertProblem(api.post("/api/handovers")
			.token(organizer)
			.english()
			.body(openBody(org.department.id(), org.departing, fromAbove, "TRANSFER"))
			.send(), 400, "handover.partyOutsideUnit");
		assertThat(above.path("detail").asString()).isEqualTo("市里人 belongs to " + org.city.name()
				+ ", which is not 市统计局 or a unit below it, so cannot be a party to this handover: both parties are"
				+ " officials of the unit or of a unit below it.");
		assertThat(handoversInOrg()).isZero();

		// a unit below the handover's unit is fine
		opened(organizer, org.city.id(), org.departing, fromAbove);
	}

	@Test
	void theSameTwoPeopleTheOtherWayRoundAreRefusedWhileTheFirstRuns() {
		String organizer = token(org.organizer);
		long first = opened(organizer, org.department.id(), org.departing, org.successor);

		JsonNode swapped = assertProblem(open(organizer, org.department.id(), org.successor, org.departing), 400,
				"handover.swappedOpen");
		assertThat(swapped.path("detail").asString())
			.isEqualTo("陈离任与郑接任在市统计局已有一项进行中的交接（交接" + first + "，陈离任 → 郑接任），不能再发起方向相反的交接。如人选有误，请先取消交接" + first + "。");
		JsonNode again = assertProblem(api.post("/api/handovers")
			.token(organizer)
			.english()
			.body(openBody(org.department.id(), org.departing, org.stranger, "TRANSFER"))
			.send(), 400, "handover.alreadyOpen");
		assertThat(again.path("detail").asString()).contains("(handover " + first + ")");
		assertThat(handoversInOrg()).isEqualTo(1);

		assertJson(api.post("/api/handovers/" + first + "/cancel")
			.token(organizer)
			.body(ApiClient.json(Map.of("reason", "人选调整")))
			.send(), 200);
		opened(organizer, org.department.id(), org.successor, org.departing);
	}

	@Test
	void aFieldTheRequestDoesNotTakeIsRefusedNotIgnored() {
		String organizer = token(org.organizer);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("unitId", org.department.id());
		body.put("departingId", org.departing);
		body.put("successorId", org.successor);
		body.put("reason", "TRANSFER");
		body.put("policyCode", "wuyishan");

		JsonNode policy = assertProblem(api.post("/api/handovers").token(organizer).body(ApiClient.json(body)).send(),
				400, "api.validation");
		assertThat(policy.path("errors")).hasSize(1);
		assertThat(policy.path("errors").get(0).path("field").asString()).isEqualTo("policyCode");
		assertThat(policy.path("errors").get(0).path("message").asString())
			.isEqualTo("发起交接时不能指定交接制度：交接按所在单位的交接制度办理。请去掉这个字段。");

		body.remove("policyCode");
		body.put("sucessorName", "郑接任");
		JsonNode typo = assertProblem(
				api.post("/api/handovers").token(organizer).english().body(ApiClient.json(body)).send(), 400,
				"api.validation");
		assertThat(typo.path("errors").get(0).path("field").asString()).isEqualTo("sucessorName");
		assertThat(typo.path("errors").get(0).path("message").asString()).isEqualTo(
				"is not a field of this request and was not accepted; the fields are: unitId, departingId, successorId, reason, reasonNote.");
		assertThat(handoversInOrg()).isZero();

		long id = opened(organizer, org.department.id(), org.departing, org.successor);
		Reply cancel = api.post("/api/handovers/" + id + "/cancel")
			.token(organizer)
			.body(ApiClient.json(Map.of("reason", "人选调整", "notify", false)))
			.send();
		assertThat(assertProblem(cancel, 400, "api.validation").path("errors").get(0).path("field").asString())
			.isEqualTo("notify");
		assertThat(state(id)).isEqualTo("NOTIFIED");
	}

}
