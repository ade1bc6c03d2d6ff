package dev.baton.bot.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the REST API tests share: a fresh org per test, tokens, a client, and counts to
 * prove refusals change nothing.
 */
abstract class ApiTestSupport {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	ApiClient api;

	@BeforeEach
	void freshOrg() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
		api = new ApiClient(port);
	}

	@AfterEach
	void resetClock() {
		clock.set(DomainContext.Clocks.START);
	}

	String token(long officialId) {
		return tokens.issue(officialId, "REST API test");
	}

	static String openBody(long unitId, long departingId, long successorId, String reason) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("unitId", unitId);
		body.put("departingId", departingId);
		body.put("successorId", successorId);
		body.put("reason", reason);
		return ApiClient.json(body);
	}

	Reply open(String token, long unitId, long departingId, long successorId) {
		return api.post("/api/handovers")
			.token(token)
			.body(openBody(unitId, departingId, successorId, "TRANSFER"))
			.send();
	}

	long opened(String token, long unitId, long departingId, long successorId) {
		Reply reply = open(token, unitId, departingId, successorId);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.json().path("id").asLong();
	}

	/** Handovers in this test's org: refused requests must leave it as it was. */
	long handoversInOrg() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM handover WHERE unit_id IN (?, ?, ?)", Long.class,
				org.city.id(), org.department.id(), org.elsewhere.id());
	}

	long auditRows(long handoverId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE handover_id = ?", Long.class, handoverId);
	}

	String state(long handoverId) {
		return jdbc.queryForObject("SELECT state FROM handover WHERE id = ?", String.class, handoverId);
	}

	static void assertJson(Reply reply, int status) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
		assertThat(reply.contentType()).as(reply.toString()).startsWith("application/json");
	}

	/**
	 * An RFC 9457 problem with Baton's type, code, title and detail; returns its body.
	 */
	static JsonNode assertProblem(Reply reply, int status, String code) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
		assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
		JsonNode problem = reply.json();
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("type").asString()).isEqualTo("urn:baton:problem:" + code);
		assertThat(problem.path("code").asString()).isEqualTo(code);
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).isNotBlank();
		assertThat(reply.text()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace");
		return problem;
	}

}
