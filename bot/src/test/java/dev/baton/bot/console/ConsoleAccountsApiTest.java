package dev.baton.bot.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.web.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Console accounts over the REST API: an administrator over the official's unit makes one
 * and resets its password (which lifts a lock); anyone else is refused; a password that
 * breaks the rules, a taken user name and a second account are refused and change
 * nothing; only a bcrypt hash is stored, and no password reaches the audit log.
 */
@DomainContext
class ConsoleAccountsApiTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	ApiTokens tokens;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Value("${local.server.port}")
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anAdministratorGivesAnOfficialAnAccountAndANewPassword() throws Exception {
		TestOrg org = new TestOrg(directory, actors, "default");
		String admin = tokens.issue(org.admin, "console accounts test");
		String outsider = tokens.issue(org.outsideOrganizer, "console accounts test");
		String username = "u" + UUID.randomUUID().toString().substring(0, 10);
		String path = "/api/directory/officials/" + org.organizer + "/console-account";
		String body = "{\"username\":\"" + username + "\",\"password\":\"Jiaojie2026baton\"}";

		assertThat(send("POST", path, outsider, body).statusCode()).isEqualTo(403);
		assertThat(send("POST", path, tokens.issue(org.organizer, "t"), body).statusCode())
			.as("an organizer is not an administrator")
			.isEqualTo(403);
		HttpResponse<String> weak = send("POST", path, admin,
				"{\"username\":\"" + username + "\",\"password\":\"short1\"}");
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(weak.body()).contains("密码太短：至少要10个字符");
		HttpResponse<String> noDigits = send("POST", path, admin,
				"{\"username\":\"" + username + "\",\"password\":\"onlyletterslong\"}");
		assertThat(noDigits.body()).contains("密码要同时含有字母和数字");
		assertThat(count("SELECT COUNT(*) FROM console_account WHERE official_id = ?", org.organizer)).isZero();

		HttpResponse<String> made = send("POST", path, admin, body);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		assertThat(made.body()).contains(username).doesNotContain("Jiaojie2026baton");
		String hash = jdbc.queryForObject("SELECT password_hash FROM console_account WHERE official_id = ?",
				String.class, org.organizer);
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("Jiaojie2026baton");
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE detail LIKE ?", "%Jiaojie2026baton%")).isZero();
		assertThat(send("POST", path, admin, body).statusCode()).as("a second account").isEqualTo(409);
		assertThat(send("POST", "/api/directory/officials/" + org.supervisor + "/console-account", admin, body)
			.statusCode()).as("a taken user name").isEqualTo(409);
		assertThat(accounts.signIn(username, "Jiaojie2026baton")).isInstanceOf(LocalAccounts.Outcome.SignedIn.class);

		for (int i = 0; i < 5; i++) {
			accounts.signIn(username, "wrong" + i);
		}
		assertThat(accounts.signIn(username, "Jiaojie2026baton")).isInstanceOf(LocalAccounts.Outcome.Locked.class);
		assertThat(send("PUT", path + "/password", outsider, "{\"password\":\"Neuesmima2027\"}").statusCode())
			.isEqualTo(403);
		assertThat(send("PUT", path + "/password", admin, "{\"password\":\"Neuesmima2027\"}").statusCode())
			.isEqualTo(204);
		assertThat(accounts.signIn(username, "Jiaojie2026baton")).isInstanceOf(LocalAccounts.Outcome.Refused.class);
		assertThat(accounts.signIn(username, "Neuesmima2027")).as("the new password lifts the lock")
			.isInstanceOf(LocalAccounts.Outcome.SignedIn.class);
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Accept-Language", "zh-CN")
			.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
