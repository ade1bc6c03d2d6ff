package dev.baton.bot.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/handovers with {@code OTHER} (newcomer 20): the reason in the organizer's
 * words ({@code reasonNote}) is required, at most 100 characters, and refused with any
 * other reason (a field that would be dropped is refused, never ignored); GET shows it.
 */
@DomainContext
class OtherReasonApiTest extends ApiTestSupport {

	@Test
	void otherNeedsItsWordsAndTheOtherReasonsTakeNone() {
		String organizer = token(org.organizer);
		JsonNode missing = assertProblem(open(organizer, "OTHER", null, false), 400, "handover.reasonNote.required");
		assertThat(missing.path("detail").asString()).isEqualTo("离任原因选“其他”时，请写明具体原因（如“借调到省委巡视组”），不超过100个字。");
		assertProblem(open(organizer, "OTHER", " ", false), 400, "handover.reasonNote.required");
		JsonNode tooLong = assertProblem(open(organizer, "OTHER", "x".repeat(101), true), 400,
				"handover.reasonNote.tooLong");
		assertThat(tooLong.path("detail").asString()).isEqualTo(
				"The reason in your words is at most 100 characters (it has 101 characters); please shorten it.");
		JsonNode notOther = assertProblem(open(organizer, "TRANSFER", "借调", false), 400,
				"handover.reasonNote.onlyOther");
		assertThat(notOther.path("detail").asString()).contains("离任原因TRANSFER不需要");
		assertThat(handoversInOrg()).isZero();

		Reply opened = open(organizer, "OTHER", " 借调到省委巡视组 ", false);
		assertJson(opened, 201);
		assertThat(opened.json().path("reason").asString()).isEqualTo("OTHER");
		assertThat(opened.json().path("reasonNote").asString()).isEqualTo("借调到省委巡视组");
		long id = opened.json().path("id").asLong();
		Reply got = api.get("/api/handovers/" + id).token(organizer).send();
		assertJson(got, 200);
		assertThat(got.text()).contains("\"reasonNote\":\"借调到省委巡视组\"");

		// a handover for another reason has no reasonNote at all
		long plain = opened(organizer, org.city.id(), org.stranger, org.successor);
		assertThat(api.get("/api/handovers/" + plain).token(organizer).send().text())
			.contains("\"reason\":\"TRANSFER\"")
			.doesNotContain("reasonNote");
	}

	private Reply open(String token, String reason, String note, boolean english) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("unitId", org.department.id());
		body.put("departingId", org.departing);
		body.put("successorId", org.successor);
		body.put("reason", reason);
		if (note != null) {
			body.put("reasonNote", note);
		}
		var request = api.post("/api/handovers").token(token).body(ApiClient.json(body));
		return (english ? request.english() : request).send();
	}

}
