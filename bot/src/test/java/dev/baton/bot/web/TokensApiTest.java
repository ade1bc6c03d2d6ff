package dev.baton.bot.web;

import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.OwnRows;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API tokens over real HTTP: one's own (issue, list, revoke), and an administrator's for
 * the officials in their scope. A token is shown once and never again, not in lists, not
 * in the audit log.
 */
@DomainContext
class TokensApiTest extends ApiTestSupport {

	@Test
	void anyoneIssuesListsAndRevokesTheirOwn() {
		String first = token(org.departing);
		long before = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) FROM audit_log", Long.class);

		Reply issued = api.post("/api/tokens").token(first).body(label("笔记本电脑上的脚本")).send();
		assertJson(issued, 201);
		String second = issued.json().path("token").asString();
		long id = issued.json().path("id").asLong();
		assertThat(second).hasSize(43).isNotEqualTo(first);
		assertThat(issued.header("Location")).isEqualTo("/api/tokens/" + id);

		assertJson(api.get("/api/tokens/" + id).token(second).send(), 200);
		Reply mine = api.get("/api/tokens").token(second).send();
		assertJson(mine, 200);
		assertThat(mine.text()).doesNotContain(first).doesNotContain(second).doesNotContain(ApiTokens.sha256(second));
		JsonNode listed = find(mine.json(), id);
		assertThat(listed.path("label").asString()).isEqualTo("笔记本电脑上的脚本");
		assertThat(listed.path("lastUsedAt").isNull()).as("used just now").isFalse();
		assertThat(listed.path("revokedAt").isNull()).isTrue();
		assertThat(mine.json()).hasSize(2);

		Reply revoked = api.post("/api/tokens/" + id + "/revoke").token(first).send();
		assertJson(revoked, 200);
		assertThat(revoked.json().path("revokedAt").isNull()).isFalse();
		assertProblem(api.get("/api/tokens").token(second).send(), 401, "api.unauthenticated.invalid");
		assertThat(api.post("/api/tokens/" + id + "/revoke").token(first).send().status()).as("again").isEqualTo(200);

		assertProblem(api.post("/api/tokens").token(first).body(label(" ")).send(), 400, "api.validation");
		assertProblem(
				api.post("/api/tokens").token(first).body(ApiClient.json(Map.of("label", "x", "officialId", 1))).send(),
				400, "api.validation");
		assertProblem(api.post("/api/tokens/99999999/revoke").token(first).send(), 404, "error.notFound.token");
		// another's token: not theirs to see or revoke
		long othersToken = api.post("/api/tokens")
			.token(token(org.successor))
			.body(label("接任者的"))
			.send()
			.json()
			.path("id")
			.asLong();
		assertProblem(api.post("/api/tokens/" + othersToken + "/revoke").token(first).send(), 403,
				"access.denied.MANAGE_TOKENS");
		assertProblem(api.get("/api/tokens/" + othersToken).token(first).send(), 403, "access.denied.MANAGE_TOKENS");

		assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE seq > ? AND actor_id IN (?, ?) ORDER BY seq",
				String.class, before, org.departing, org.successor))
			.containsExactly("API_TOKEN_ISSUED", "API_TOKEN_REVOKED", "API_TOKEN_ISSUED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE seq > ? AND detail LIKE ?", Long.class,
				before, "%" + second + "%"))
			.as("no token in the audit log")
			.isZero();
	}

	@Test
	void anAdministratorIssuesForTheOfficialsInTheirScope() {
		String admin = token(org.admin);

		Reply issued = api.post("/api/directory/officials/" + org.successor + "/tokens")
			.token(admin)
			.body(label("接任者的组织部门客户端"))
			.send();
		assertJson(issued, 201);
		String theirs = issued.json().path("token").asString();
		long id = issued.json().path("id").asLong();
		assertThat(issued.json().path("officialId").asLong()).isEqualTo(org.successor);
		assertJson(api.get("/api/tokens").token(theirs).send(), 200);

		Reply listed = api.get("/api/directory/officials/" + org.successor + "/tokens").token(admin).send();
		assertJson(listed, 200);
		assertThat(find(listed.json(), id).path("label").asString()).isEqualTo("接任者的组织部门客户端");
		assertThat(listed.text()).doesNotContain(theirs);

		String organizer = token(org.organizer);
		long rootAdmin = org.rootAdmin(directory);
		long tokens = OwnRows.of(jdbc, org).get("api_token");
		// an organizer may not; another city's people are not in scope; an administrator
		// over every unit is not
		// a city administrator's to issue for
		assertProblem(api.post("/api/directory/officials/" + org.successor + "/tokens")
			.token(organizer)
			.body(label("x"))
			.send(), 403, "access.denied.MANAGE_TOKENS");
		assertProblem(api.post("/api/directory/officials/" + org.outsideOrganizer + "/tokens")
			.token(admin)
			.body(label("x"))
			.send(), 403, "access.denied.MANAGE_TOKENS");
		assertThat(assertProblem(
				api.post("/api/directory/officials/" + rootAdmin + "/tokens").token(admin).body(label("x")).send(), 403,
				"access.heldRole.TOKENS")
			.path("detail")
			.asString()).startsWith("不能为全局管理员签发、查看或撤销访问令牌：全局管理员是管辖全部单位的系统管理员").doesNotContain("授予或收回系统管理员角色");
		assertProblem(api.get("/api/directory/officials/" + org.successor + "/tokens").token(organizer).send(), 403,
				"access.denied.MANAGE_TOKENS");
		assertProblem(api.post("/api/directory/officials/99999999/tokens").token(admin).body(label("x")).send(), 404,
				"error.notFound.official");
		directory.deactivate(org.stranger);
		assertProblem(
				api.post("/api/directory/officials/" + org.stranger + "/tokens").token(admin).body(label("x")).send(),
				409, "directory.officialInactive");
		assertThat(OwnRows.of(jdbc, org).get("api_token")).as("refused: none issued").isEqualTo(tokens);

		// the administrator revokes it by id
		assertJson(api.post("/api/tokens/" + id + "/revoke").token(admin).send(), 200);
		assertProblem(api.get("/api/tokens").token(theirs).send(), 401, "api.unauthenticated.invalid");
	}

	private static String label(String label) {
		return ApiClient.json(Map.of("label", label));
	}

	private static JsonNode find(JsonNode tokens, long id) {
		for (JsonNode t : tokens) {
			if (t.path("id").asLong() == id) {
				return t;
			}
		}
		throw new AssertionError("token " + id + " not listed in " + tokens);
	}

}
