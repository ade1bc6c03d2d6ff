package dev.baton.bot.web;

import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of the REST API is an RFC 9457 problem in the reader's language, and
 * changes nothing: 401, 403, 404, 400 (fields, enums, malformed JSON, domain refusals),
 * 409, 413 and 415.
 */
@DomainContext
class ApiProblemsTest extends ApiTestSupport {

	private static final String OPEN_REFUSED_ZH = "只有管辖该单位的组织部门干部可以发起交接。";

	private static final String OPEN_REFUSED_EN = "Only an organization-department officer whose scope covers the unit may open a handover.";

	@Test
	void answers401WithoutAValidToken() {
		String body = openBody(org.department.id(), org.departing, org.successor, "TRANSFER");
		String revoked = token(org.organizer);
		tokens.revoke(revoked);

		Reply none = api.post("/api/handovers").body(body).send();
		JsonNode missing = assertProblem(none, 401, "api.unauthenticated.missing");
		assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"baton\"");
		assertThat(missing.path("detail").asString()).isEqualTo(
				"请求需要在 Authorization 头中以 Bearer 方式携带访问令牌（令牌由系统管理员签发，或用 POST /api/tokens 自行签发；见 README“投入使用”一节）。");
		assertThat(missing.path("title").asString()).isEqualTo("未通过身份验证");

		Reply basic = api.get("/api/handovers").header("Authorization", "Basic d2FuZzpzZWNyZXQ=").send();
		assertProblem(basic, 401, "api.unauthenticated.missing");

		for (String bad : new String[] { "nonsense", "A".repeat(43), revoked + "x", revoked }) {
			Reply reply = api.post("/api/handovers").token(bad).body(body).send();
			JsonNode invalid = assertProblem(reply, 401, "api.unauthenticated.invalid");
			assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"baton\", error=\"invalid_token\"");
			// administrators issue tokens now (the directory API): the refusal sends the
			// caller to one over their unit
			assertThat(invalid.path("detail").asString()).startsWith("访问令牌无效")
				.contains("在“API 访问令牌”页（/console/tokens）自行签发新令牌");
		}

		Reply english = api.get("/api/handovers/1").english().send();
		assertThat(assertProblem(english, 401, "api.unauthenticated.missing").path("detail").asString()).isEqualTo(
				"The request needs an access token in the Authorization header (Bearer); an administrator issues "
						+ "one, or you issue your own with POST /api/tokens (see \"Putting Baton into service\" in the README).");

		// the token is checked before the body is read
		assertProblem(api.post("/api/handovers").body("{not json").send(), 401, "api.unauthenticated.missing");
		assertThat(handoversInOrg()).isZero();
	}

	@Test
	void answers403ToAReviewerOpeningAHandoverInZhCnOrEnglish() {
		String reviewer = token(org.organizationReviewer);

		JsonNode zh = assertProblem(open(reviewer, org.department.id(), org.departing, org.successor), 403,
				"access.denied.OPEN_HANDOVER");
		assertThat(zh.path("detail").asString()).isEqualTo(OPEN_REFUSED_ZH);
		assertThat(zh.path("title").asString()).isEqualTo("无权进行此操作");
		assertThat(zh.path("instance").asString()).isEqualTo("/api/handovers");

		Reply english = api.post("/api/handovers")
			.token(reviewer)
			.english()
			.body(openBody(org.department.id(), org.departing, org.successor, "TRANSFER"))
			.send();
		JsonNode en = assertProblem(english, 403, "access.denied.OPEN_HANDOVER");
		assertThat(en.path("detail").asString()).isEqualTo(OPEN_REFUSED_EN);
		assertThat(en.path("title").asString()).isEqualTo("Not permitted");

		Reply chinese = api.post("/api/handovers")
			.token(reviewer)
			.header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
			.body(openBody(org.department.id(), org.departing, org.successor, "TRANSFER"))
			.send();
		assertThat(assertProblem(chinese, 403, "access.denied.OPEN_HANDOVER").path("detail").asString())
			.isEqualTo(OPEN_REFUSED_ZH);

		assertThat(handoversInOrg()).isZero();
	}

	@Test
	void answers403ToAPartyCancellingAndChangesNothing() {
		long id = opened(token(org.organizer), org.department.id(), org.departing, org.successor);
		long audited = auditRows(id);

		Reply reply = api.post("/api/handovers/" + id + "/cancel")
			.token(token(org.departing))
			.body(ApiClient.json(Map.of("reason", "不想交了")))
			.send();

		JsonNode problem = assertProblem(reply, 403, "access.denied.CANCEL_HANDOVER");
		assertThat(problem.path("detail").asString()).isEqualTo("只有管辖该单位的组织部门干部可以取消交接。");
		assertThat(state(id)).isEqualTo("NOTIFIED");
		assertThat(auditRows(id)).isEqualTo(audited);
	}

	@Test
	void answers404ForAnUnknownHandover() {
		String organizer = token(org.organizer);
		long unknown = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM handover", Long.class) + 10_000;

		JsonNode problem = assertProblem(api.get("/api/handovers/" + unknown).token(organizer).send(), 404,
				"error.notFound.handover");
		assertThat(problem.path("detail").asString()).isEqualTo("找不到交接" + unknown + "。");
		assertThat(problem.path("title").asString()).isEqualTo("未找到");

		Reply english = api.post("/api/handovers/" + unknown + "/cancel")
			.token(organizer)
			.english()
			.body(ApiClient.json(Map.of("reason", "误建")))
			.send();
		assertThat(assertProblem(english, 404, "error.notFound.handover").path("detail").asString())
			.isEqualTo("There is no handover " + unknown + ".");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handover WHERE id = ?", Long.class, unknown)).isZero();
	}

	@Test
	void answers400WithFieldErrorsForMissingFields() {
		String organizer = token(org.organizer);
		String noSuccessor = ApiClient
			.json(Map.of("unitId", org.department.id(), "departingId", org.departing, "reason", "TRANSFER"));

		JsonNode problem = assertProblem(api.post("/api/handovers").token(organizer).body(noSuccessor).send(), 400,
				"api.validation");
		assertThat(problem.path("detail").asString()).isEqualTo("请求内容有误，请按 errors 中的逐项说明修改后重试。");
		assertThat(problem.path("errors").size()).isEqualTo(1);
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("successorId");
		assertThat(problem.path("errors").get(0).path("message").asString()).isEqualTo("必须填写。");

		JsonNode empty = assertProblem(api.post("/api/handovers").token(organizer).english().body("{}").send(), 400,
				"api.validation");
		assertThat(empty.path("errors").size()).isEqualTo(4);
		assertThat(ApiClient.json(empty.path("errors"))).contains("\"field\":\"departingId\"", "\"field\":\"reason\"",
				"\"field\":\"successorId\"", "\"field\":\"unitId\"", "\"message\":\"is required.\"");

		JsonNode negative = assertProblem(api.post("/api/handovers")
			.token(organizer)
			.body(openBody(-1, org.departing, org.successor, "RETIREMENT"))
			.send(), 400, "api.validation");
		assertThat(negative.path("errors").get(0).path("field").asString()).isEqualTo("unitId");
		assertThat(negative.path("errors").get(0).path("message").asString()).isEqualTo("应为正整数编号。");

		JsonNode blank = assertProblem(api.post("/api/handovers/1/cancel")
			.token(organizer)
			.body(ApiClient.json(Map.of("reason", "  ")))
			.send(), 400, "api.validation");
		assertThat(blank.path("errors").get(0).path("field").asString()).isEqualTo("reason");

		JsonNode tooLong = assertProblem(api.post("/api/handovers/1/cancel")
			.token(organizer)
			.body(ApiClient.json(Map.of("reason", "长".repeat(513))))
			.send(), 400, "api.validation");
		assertThat(tooLong.path("errors").get(0).path("message").asString()).isEqualTo("不能超过512个字。");

		JsonNode noBody = assertProblem(api.post("/api/handovers").token(organizer).body("").send(), 400,
				"api.unreadable");
		assertThat(noBody.path("detail").asString()).isEqualTo("请求需要一个 JSON 格式的请求体。");
		assertThat(handoversInOrg()).isZero();
	}

	@Test
	void answers400ForInvalidEnumsInTheBodyAndTheQuery() {
		String organizer = token(org.organizer);

		JsonNode body = assertProblem(api.post("/api/handovers")
			.token(organizer)
			.body(openBody(org.department.id(), org.departing, org.successor, "FIRED"))
			.send(), 400, "api.validation");
		assertThat(body.path("errors").get(0).path("field").asString()).isEqualTo("reason");
		assertThat(body.path("errors").get(0).path("message").asString())
			.isEqualTo("取值无效，应为以下之一：TRANSFER, REMOVAL, RESIGNATION, RETIREMENT, OTHER。");

		JsonNode query = assertProblem(api.get("/api/handovers?state=FINISHED").token(organizer).english().send(), 400,
				"api.validation");
		assertThat(query.path("errors").get(0).path("field").asString()).isEqualTo("state");
		assertThat(query.path("errors").get(0).path("message").asString()).isEqualTo(
				"is not a valid value; use one of: NOTIFIED, DRAFTING, IN_REVIEW, CONFIRMING, SIGNING, ARCHIVED, FOLLOW_UP, CLOSED, CANCELLED.");

		JsonNode flag = assertProblem(api.get("/api/handovers?overdue=maybe").token(organizer).send(), 400,
				"api.validation");
		assertThat(flag.path("errors").get(0).path("field").asString()).isEqualTo("overdue");
		assertThat(flag.path("errors").get(0).path("message").asString()).isEqualTo("格式不正确。");

		JsonNode id = assertProblem(api.post("/api/handovers")
			.token(organizer)
			.body("{\"unitId\":\"第一个\",\"departingId\":1,\"successorId\":2,\"reason\":\"TRANSFER\"}")
			.send(), 400, "api.validation");
		assertThat(id.path("errors").get(0).path("field").asString()).isEqualTo("unitId");

		assertProblem(api.get("/api/handovers/abc").token(organizer).send(), 400, "api.validation");
		assertThat(handoversInOrg()).isZero();
	}

	@Test
	void answers400ForMalformedJson() {
		Reply reply = api.post("/api/handovers")
			.token(token(org.organizer))
			.body("{\"unitId\": " + org.department.id() + ", \"reason\": TRANSFER}")
			.send();

		JsonNode problem = assertProblem(reply, 400, "api.malformedJson");
		assertThat(problem.path("detail").asString()).isEqualTo("请求体不是有效的 JSON。");
		assertThat(problem.path("errors").get(0).path("message").asString()).matches("第1行第\\d+列附近有格式错误。");
		assertThat(problem.path("errors").get(0).has("field")).isFalse();
		assertThat(handoversInOrg()).isZero();
	}

	@Test
	void answers400ForADomainRefusal() {
		Reply reply = open(token(org.organizer), org.department.id(), org.departing, org.departing);

		JsonNode problem = assertProblem(reply, 400, "handover.sameParty");
		assertThat(problem.path("detail").asString()).isEqualTo("离任干部和接任干部不能是同一人。");
		assertThat(handoversInOrg()).isZero();
	}

	@Test
	void answers413ForAnOversizedBodyDeclaredOrChunked() {
		String organizer = token(org.organizer);
		long id = opened(organizer, org.department.id(), org.departing, org.successor);
		long audited = auditRows(id);
		String huge = ApiClient.json(Map.of("reason", "x".repeat(70 * 1024)));

		JsonNode declared = assertProblem(
				api.post("/api/handovers/" + id + "/cancel").token(organizer).body(huge).send(), 413,
				"api.bodyTooLarge");
		assertThat(declared.path("detail").asString()).isEqualTo("请求体超过了 65536 字节的上限。");

		Reply chunked = api.post("/api/handovers/" + id + "/cancel")
			.token(organizer)
			.english()
			.chunkedBody(huge)
			.send();
		assertThat(assertProblem(chunked, 413, "api.bodyTooLarge").path("detail").asString())
			.isEqualTo("The request body is larger than the limit of 65536 bytes.");

		assertThat(state(id)).isEqualTo("NOTIFIED");
		assertThat(auditRows(id)).isEqualTo(audited);
		assertThat(handoversInOrg()).isEqualTo(1);
	}

	@Test
	void answersSpringsOwnRefusalsAsProblemsToo() {
		String organizer = token(org.organizer);

		Reply text = api.post("/api/handovers").token(organizer).header("Content-Type", "text/plain").send();
		assertThat(assertProblem(text, 415, "http.415").path("detail").asString())
			.isEqualTo("不支持该请求体的内容类型；请使用 application/json。");

		Reply method = api.get("/api/handovers/1/cancel").token(organizer).english().send();
		assertThat(assertProblem(method, 405, "http.405").path("title").asString()).isEqualTo("Method not allowed");
		assertThat(method.header("Allow")).isEqualTo("POST");

		assertThat(assertProblem(api.get("/api/nothing-here").token(organizer).send(), 404, "http.404").path("detail")
			.asString()).isEqualTo("找不到所请求的地址。");
		assertThat(handoversInOrg()).isZero();
	}

}
