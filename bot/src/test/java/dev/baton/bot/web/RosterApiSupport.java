package dev.baton.bot.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.OwnRows;
import dev.baton.bot.web.ApiClient.Reply;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the roster tests share: one DingTalk app and two WeCom apps of one corp (so each
 * platform has exactly one corp to bind userIds in; nothing is sent to them), small
 * limits (256 KB, 50 rows) so the over-limit files stay small, uploads over real HTTP,
 * and the org's directory rows counted to prove that a refused file changes nothing.
 */
@DomainContext
@TestPropertySource(properties = { "baton.roster.max-bytes=262144", "baton.roster.max-rows=50",
		"baton.dingtalk.apps[0].name=roster", "baton.dingtalk.apps[0].corp-id=" + RosterApiSupport.DINGTALK_CORP,
		"baton.dingtalk.apps[0].app-key=roster-key", "baton.dingtalk.apps[0].app-secret=roster-secret",
		"baton.dingtalk.apps[0].robot-code=roster-robot", "baton.dingtalk.apps[0].agent-id=1",
		"baton.dingtalk.apps[0].api-endpoint=http://127.0.0.1:9",
		"baton.dingtalk.apps[0].oapi-base-url=http://127.0.0.1:9", "baton.wecom.apps[0].name=roster-a",
		"baton.wecom.apps[0].corp-id=" + RosterApiSupport.WECOM_CORP, "baton.wecom.apps[0].agent-id=1000002",
		"baton.wecom.apps[0].secret=s", "baton.wecom.apps[0].token=t",
		"baton.wecom.apps[0].encoding-aes-key=jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
		"baton.wecom.apps[0].base-url=http://127.0.0.1:9", "baton.wecom.apps[1].name=roster-b",
		"baton.wecom.apps[1].corp-id=" + RosterApiSupport.WECOM_CORP, "baton.wecom.apps[1].agent-id=1000003",
		"baton.wecom.apps[1].secret=s", "baton.wecom.apps[1].token=t",
		"baton.wecom.apps[1].encoding-aes-key=jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
		"baton.wecom.apps[1].base-url=http://127.0.0.1:9" })
abstract class RosterApiSupport extends ApiTestSupport {

	static final String DINGTALK_CORP = "dingrostercorp";

	static final String WECOM_CORP = "wwrostercorp";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String CHECK = "/api/directory/roster/check";

	static final String IMPORT = "/api/directory/roster/import";

	private final Random random = new Random();

	/**
	 * The city of this test's org as a roster names it (its name is unique to the test).
	 */
	String city() {
		return org.city.name();
	}

	/** A mobile number no other test has used. */
	String mobile() {
		return "139" + String.format("%08d", random.nextInt(100_000_000));
	}

	/** A chat user id unique to the test. */
	static String userId(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	Reply upload(String path, String token, byte[] body) {
		return http().upload(path, token, body, XLSX);
	}

	/** The report of a check of the roster, which must answer 200. */
	JsonNode checked(String token, byte[] roster) {
		Reply checked = upload(CHECK, token, roster);
		assertJson(checked, 200);
		return checked.json();
	}

	Reply upload(String path, String token, byte[] body, String contentType) {
		return http().upload(path, token, body, contentType);
	}

	Reply uploadChunked(String path, String token, byte[] body) {
		return http().uploadChunked(path, token, body);
	}

	HttpResponse<byte[]> download(String path, String token) {
		return http().download(path, token);
	}

	private RosterHttp http() {
		return new RosterHttp(port);
	}

	/**
	 * The org's rows of every directory table and of the audit log (units, officials,
	 * roles, chat accounts, audit entries, active officials: {@link OwnRows}): a refused
	 * file must leave each as it was.
	 */
	List<Long> directoryCounts() {
		Map<String, Long> own = OwnRows.of(jdbc, org);
		List<Long> counts = new ArrayList<>();
		for (String table : List.of("org_unit", "official", "role_assignment", "chat_identity", "audit_log",
				"official.active")) {
			counts.add(own.get(table));
		}
		return counts;
	}

	/** A report row by its Excel row number. */
	static JsonNode row(JsonNode report, int row) {
		for (JsonNode line : report.path("rows")) {
			if (line.path("row").asInt() == row) {
				return line;
			}
		}
		throw new AssertionError("no row " + row + " in " + report);
	}

	/** The codes of the row's problems. */
	static List<String> problems(JsonNode report, int row) {
		List<String> codes = new ArrayList<>();
		row(report, row).path("problems").forEach(p -> codes.add(p.path("code").asString()));
		return codes;
	}

	/**
	 * The row's one problem with this code: it names the cell and says why in Chinese and
	 * in English.
	 */
	static JsonNode problem(JsonNode report, int row, String code) {
		for (JsonNode p : row(report, row).path("problems")) {
			if (p.path("code").asString().equals(code)) {
				assertThat(p.path("zh").asString()).containsPattern("\\p{IsHan}").doesNotContain("{0");
				assertThat(p.path("en").asString()).isNotBlank().doesNotContain("{0").isNotEqualTo(code);
				return p;
			}
		}
		throw new AssertionError("row " + row + " has no problem " + code + ": " + row(report, row));
	}

}
