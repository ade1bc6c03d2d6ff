package dev.baton.bot.web;

import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.OwnRows;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A userId is bound in the corp of the configured app: with DingTalk apps of two corps
 * and no WeCom app, neither column can be bound from the roster, and the rows say why
 * (and nothing is imported).
 */
@DomainContext
@TestPropertySource(properties = { "baton.dingtalk.apps[0].name=one", "baton.dingtalk.apps[0].corp-id=dingcorpone",
		"baton.dingtalk.apps[0].app-key=k1", "baton.dingtalk.apps[0].app-secret=s1",
		"baton.dingtalk.apps[0].robot-code=r1", "baton.dingtalk.apps[0].api-endpoint=http://127.0.0.1:9",
		"baton.dingtalk.apps[0].oapi-base-url=http://127.0.0.1:9", "baton.dingtalk.apps[1].name=two",
		"baton.dingtalk.apps[1].corp-id=dingcorptwo", "baton.dingtalk.apps[1].app-key=k2",
		"baton.dingtalk.apps[1].app-secret=s2", "baton.dingtalk.apps[1].robot-code=r2",
		"baton.dingtalk.apps[1].api-endpoint=http://127.0.0.1:9",
		"baton.dingtalk.apps[1].oapi-base-url=http://127.0.0.1:9" })
class RosterCorpsApiTest extends ApiTestSupport {

	@Test
	void aUserIdIsBoundOnlyWhereExactlyOneCorpIsConfigured() {
		byte[] roster = new RosterXlsx().row("财政局", org.city.name(), "李四", "局长", "13912340000", null, "lisi", null)
			.row("财政局", org.city.name(), "王五", "科员", "13912340001", null, null, "wangwu")
			.bytes();
		RosterHttp client = new RosterHttp(port);
		List<Long> before = counts();
		JsonNode report = client.upload(RosterApiSupport.CHECK, token(org.admin), roster, RosterApiSupport.XLSX).json();
		assertThat(RosterApiSupport.problem(report, 2, "roster.row.severalCorps").path("zh").asString())
			.contains("dingcorpone", "dingcorptwo");
		RosterApiSupport.problem(report, 3, "roster.row.noApp");
		assertProblem(client.upload(RosterApiSupport.IMPORT, token(org.admin), roster, RosterApiSupport.XLSX), 422,
				"roster.refused");
		assertThat(counts()).isEqualTo(before);
	}

	/** The org's officials, units and chat accounts ({@link OwnRows}). */
	private List<Long> counts() {
		Map<String, Long> own = OwnRows.of(jdbc, org);
		return List.of(own.get("official"), own.get("org_unit"), own.get("chat_identity"));
	}

}
