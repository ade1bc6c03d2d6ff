package dev.baton.bot.web;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.MutableClock;
import dev.baton.bot.web.ApiClient.Reply;
import dev.baton.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.web.ApiTestSupport.assertJson;
import static dev.baton.bot.web.ApiTestSupport.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * From an empty database to the first administrator, each start on a fresh database of
 * the suite's MariaDB, as an operator meets it: the setup code printed in the log with
 * its curl, claimed over HTTP. A wrong, expired, replaced or used code is refused and
 * changes nothing; guesses are rate-limited; {@code BATON_BOOTSTRAP_ADMIN_*} does it
 * without the claim.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorApiTest {

	/** The code as the log shows it, on a line of its own. */
	private static final Pattern PRINTED_CODE = Pattern.compile("\\n {4}([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3})\\n");

	private static final Instant START = Instant.parse("2026-12-04T01:00:00Z");

	@Test
	void anEmptyDatabaseIsClaimedOnceWithTheCodeFromTheLog(CapturedOutput output) {
		String url = TestDatabase.get().createFreshDatabase("baton_setup_claim");
		MutableClock clock = new MutableClock(START);
		String first;
		try (ConfigurableApplicationContext app = start(url, clock, Map.of())) {
			ApiClient api = client(app);
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			first = printedCodes(output.getOut()).get(0);
			assertThat(printedCodes(output.getOut())).as("printed once").hasSize(1);
			assertThat(output.getOut()).contains("curl -X POST http://localhost:" + port(app) + "/api/setup/claim")
				.contains("\"code\": \"" + first + "\"")
				.contains("交接棒还没有系统管理员")
				.contains("Baton has no administrator yet");
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM setup_code WHERE code_sha256 LIKE '%" + first + "%'",
					Long.class))
				.as("only the hash is stored")
				.isZero();
			Map<String, Long> empty = counts(jdbc);

			// a wrong code: 403, nothing changes
			assertProblem(claim(api, "ABCDE-FGHJK-MNPQR-STVWX", "city-1"), 403, "setup.code.invalid");
			// a claim without what it needs: each field named, nothing changes
			Map<String, Object> incomplete = claimBody(first, "city-1");
			incomplete.remove("mobile");
			incomplete.put("unitCode", "市 1");
			incomplete.put("role", "ADMIN");
			Reply invalid = api.post("/api/setup/claim").body(ApiClient.json(incomplete)).send();
			assertProblem(invalid, 400, "api.validation");
			assertThat(counts(jdbc)).isEqualTo(empty);

			// a day later the code has expired: 410, nothing changes
			clock.advance(Duration.ofHours(24).plusMinutes(1));
			Reply expired = claim(api, first, "city-1");
			assertProblem(expired, 410, "setup.code.expired");
			assertThat(counts(jdbc)).isEqualTo(empty);
		}

		String second;
		try (ConfigurableApplicationContext app = start(url, clock, Map.of())) {
			ApiClient api = client(app);
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			List<String> printed = printedCodes(output.getOut());
			assertThat(printed).as("a restart prints a new code").hasSize(2);
			second = printed.get(1);
			assertThat(second).isNotEqualTo(first);
			Map<String, Long> empty = counts(jdbc);

			// the code of the start before is void
			assertProblem(claim(api, first, "city-1"), 410, "setup.code.replaced");
			assertThat(counts(jdbc)).isEqualTo(empty);

			// the right code, typed in lower case without dashes: the top unit, the
			// administrator, a token
			Reply claimed = claim(api, second.replace("-", "").toLowerCase(), "city-1");
			assertJson(claimed, 201);
			long official = claimed.json().path("officialId").asLong();
			long unit = claimed.json().path("unitId").asLong();
			String token = claimed.json().path("token").asString();
			assertThat(claimed.header("Location")).isEqualTo("/api/directory/officials/" + official);
			assertThat(token).hasSize(43);
			assertThat(jdbc.queryForMap("SELECT parent_id, code, name FROM org_unit WHERE id = ?", unit))
				.containsEntry("code", "city-1")
				.containsEntry("name", "某市")
				.containsEntry("parent_id", null);
			assertThat(
					jdbc.queryForMap("SELECT name, post, mobile, unit_id, active FROM official WHERE id = ?", official))
				.containsEntry("name", "张三")
				.containsEntry("mobile", "13800000000")
				.containsEntry("unit_id", unit)
				.containsEntry("active", true);
			assertThat(jdbc.queryForList(
					"SELECT role FROM role_assignment WHERE official_id = ? AND scope_unit_id IS NULL", String.class,
					official))
				.as("administrator over every unit")
				.containsExactly("ADMIN");
			assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE actor_id = ? ORDER BY seq", String.class,
					official))
				.contains("API_TOKEN_ISSUED", "SETUP_CLAIMED");
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE token_sha256 = ?", Long.class,
					ApiTokens.sha256(token)))
				.isEqualTo(1);

			// the token works: the tree, and a global action no unit administrator may do
			Reply tree = api.get("/api/directory/units").token(token).send();
			assertJson(tree, 200);
			assertThat(tree.json().get(0).path("id").asLong()).isEqualTo(unit);
			assertThat(tree.json().get(0).path("effectivePolicy").asString()).isEqualTo("default");
			int year = 2950 + (int) (System.nanoTime() % 40);
			assertThat(api.post("/api/admin/calendar/years")
				.token(token)
				.body(ApiClient.json(Map.of("year", year, "source", "国务院办公厅通知（测试）", "holidays",
						List.of(Map.of("name", "元旦", "from", year + "-01-01", "to", year + "-01-01")))))
				.send()
				.status()).isEqualTo(201);
			assertThat(api.get("/api/admin/audit/verify").token(token).send().json().path("intact").asBoolean())
				.isTrue();
			Map<String, Long> claimedCounts = counts(jdbc);

			// the only administrator over every unit keeps the role and stays active:
			// nobody could do the global
			// actions otherwise
			long rootRole = api.get("/api/directory/officials/" + official)
				.token(token)
				.send()
				.json()
				.path("roles")
				.get(0)
				.path("id")
				.asLong();
			assertProblem(api.delete("/api/directory/officials/" + official + "/roles/" + rootRole).token(token).send(),
					409, "directory.lastRootAdmin");
			assertProblem(api.post("/api/directory/officials/" + official + "/deactivate").token(token).send(), 409,
					"directory.lastRootAdmin");
			assertThat(counts(jdbc)).isEqualTo(claimedCounts);

			// the same code again: 409 setup.done (an administrator exists), nothing
			// changes (nor with another unit)
			assertProblem(claim(api, second, "city-2"), 409, "setup.done");
			assertThat(counts(jdbc)).isEqualTo(claimedCounts);

			// guesses: at most 10 claims in 10 minutes from one address (3 made above),
			// then 429 with Retry-After
			int refusedAt = 0;
			for (int attempt = 4; attempt <= 12 && refusedAt == 0; attempt++) {
				Reply guess = claim(api, "ZZZZZ-ZZZZZ-ZZZZZ-" + String.format("%05d", attempt), "city-x");
				if (guess.status() == 429) {
					refusedAt = attempt;
					assertProblem(guess, 429, "setup.tooManyAttempts");
					assertThat(Long.parseLong(guess.header("Retry-After"))).isPositive();
				}
				else {
					// once set up, a made-up code is told so too (#12 newcomer 6): 409
					// setup.done, as README says
					assertProblem(guess, 409, "setup.done");
				}
			}
			assertThat(refusedAt).as("the 11th attempt").isEqualTo(11);
			assertThat(counts(jdbc)).isEqualTo(claimedCounts);
		}

		try (ConfigurableApplicationContext app = start(url, clock, Map.of())) {
			assertThat(printedCodes(output.getOut())).as("an administrator exists: no new code").hasSize(2);
			assertThat(output.getOut()).contains("Baton has 1 root administrator(s)");
			assertProblem(claim(client(app), second, "city-3"), 409, "setup.done");
		}
	}

	@Test
	void theBootstrapSettingsMakeTheAdministratorWithoutAClaim(CapturedOutput output) {
		String url = TestDatabase.get().createFreshDatabase("baton_setup_bootstrap");
		String token = "bootstrap-token-0123456789-abcdefghijABCDEF";
		assertThat(token).hasSize(43);
		Map<String, Object> settings = Map.of("baton.bootstrap.admin.name", "李四", "baton.bootstrap.admin.post",
				"县委组织部信息科科长", "baton.bootstrap.admin.unit-name", "某县", "baton.bootstrap.admin.unit-code", "county",
				"baton.bootstrap.admin.unit-type", "COUNTY", "baton.bootstrap.admin.token", token);
		MutableClock clock = new MutableClock(START);
		for (int start = 0; start < 2; start++) {
			try (ConfigurableApplicationContext app = start(url, clock, settings)) {
				JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
				assertThat(printedCodes(output.getOut())).as("no setup code").isEmpty();
				assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM official", Long.class)).as("made once")
					.isEqualTo(1);
				assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'ADMIN_BOOTSTRAPPED'",
						Long.class))
					.isEqualTo(1);
				Reply tree = client(app).get("/api/directory/units").token(token).send();
				assertJson(tree, 200);
				assertThat(tree.json().get(0).path("code").asString()).isEqualTo("county");
				assertThat(tree.json().get(0).path("unitType").asString()).isEqualTo("COUNTY");
			}
		}
		assertThat(output.getOut()).contains("was made from BATON_BOOTSTRAP_ADMIN_*")
			.contains("BATON_BOOTSTRAP_ADMIN_* are not needed any more")
			.doesNotContain(token);

		// settings that do not go together stop the start, saying why
		String other = TestDatabase.get().createFreshDatabase("baton_setup_bootstrap_bad");
		assertThatThrownBy(() -> start(other, clock, Map.of("baton.bootstrap.admin.token", token)).close())
			.hasStackTraceContaining("BATON_BOOTSTRAP_ADMIN_NAME");
	}

	@Test
	void aSetupCodeFromTheSettingsIsClaimedLikeAPrintedOne(CapturedOutput output) {
		String url = TestDatabase.get().createFreshDatabase("baton_setup_given_code");
		String given = "ops-chosen-setup-code-4711";
		try (ConfigurableApplicationContext app = start(url, new MutableClock(START),
				Map.of("baton.bootstrap.admin.code", given))) {
			assertThat(printedCodes(output.getOut())).isEmpty();
			assertThat(output.getOut()).contains("\"code\": \"<BATON_BOOTSTRAP_ADMIN_CODE>\"").doesNotContain(given);
			assertJson(claim(client(app), given, "prov"), 201);
			assertProblem(claim(client(app), given, "prov-2"), 409, "setup.done");
			assertProblem(claim(client(app), "ABCDE-FGHJK-MNPQR-STVWX", "prov-3"), 409, "setup.done");
		}
	}

	/**
	 * The claim can open the first administrator's console account too (#17): in the same
	 * transaction, or nothing.
	 */
	@Test
	void theClaimOpensTheFirstAdministratorsConsoleAccountOrNothing(CapturedOutput output) {
		String url = TestDatabase.get().createFreshDatabase("baton_setup_console");
		try (ConfigurableApplicationContext app = start(url, new MutableClock(START), Map.of())) {
			ApiClient api = client(app);
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			String code = printedCodes(output.getOut()).get(0);
			Map<String, Long> empty = counts(jdbc);

			Map<String, Object> weak = claimBody(code, "city-c");
			weak.put("username", "zhangsan");
			weak.put("password", "short1");
			assertProblem(api.post("/api/setup/claim").body(ApiClient.json(weak)).send(), 400,
					"console.password.tooShort");
			Map<String, Object> half = claimBody(code, "city-c");
			half.put("username", "zhangsan");
			assertProblem(api.post("/api/setup/claim").body(ApiClient.json(half)).send(), 400,
					"console.claim.bothOrNeither");
			assertThat(counts(jdbc)).as("a refused claim changes nothing").isEqualTo(empty);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM console_account", Long.class)).isZero();

			Map<String, Object> body = claimBody(code, "city-c");
			body.put("username", "zhangsan");
			body.put("password", "Tongzhi2026setup");
			Reply claimed = api.post("/api/setup/claim").body(ApiClient.json(body)).send();
			assertJson(claimed, 201);
			long official = claimed.json().path("officialId").asLong();
			assertThat(jdbc.queryForObject("SELECT official_id FROM console_account WHERE username = 'zhangsan'",
					Long.class))
				.isEqualTo(official);
			assertThat(output.getOut()).doesNotContain("Tongzhi2026setup");
			assertThat(app.getBean(dev.baton.bot.console.signin.LocalAccounts.class)
				.signIn("zhangsan", "Tongzhi2026setup"))
				.isInstanceOf(dev.baton.bot.console.signin.LocalAccounts.Outcome.SignedIn.class);
		}
	}

	private static Reply claim(ApiClient api, String code, String unitCode) {
		return api.post("/api/setup/claim").body(ApiClient.json(claimBody(code, unitCode))).send();
	}

	private static Map<String, Object> claimBody(String code, String unitCode) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code);
		body.put("name", "张三");
		body.put("post", "市委组织部干部监督科科长");
		body.put("mobile", "+86 138-0000-0000");
		body.put("unitName", "某市");
		body.put("unitCode", unitCode);
		return body;
	}

	/** What a refused claim must leave as it was. */
	private static Map<String, Long> counts(JdbcTemplate jdbc) {
		Map<String, Long> counts = new HashMap<>();
		for (String table : List.of("org_unit", "official", "role_assignment", "api_token", "audit_log")) {
			counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
		}
		counts.put("claimed",
				jdbc.queryForObject("SELECT COUNT(*) FROM setup_code WHERE claimed_at IS NOT NULL", Long.class));
		return counts;
	}

	private static List<String> printedCodes(String log) {
		Matcher m = PRINTED_CODE.matcher(log);
		List<String> codes = new java.util.ArrayList<>();
		while (m.find()) {
			codes.add(m.group(1));
		}
		return codes;
	}

	private static ApiClient client(ConfigurableApplicationContext app) {
		return new ApiClient(port(app));
	}

	private static int port(ConfigurableApplicationContext app) {
		return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}

	/**
	 * Baton on the database at {@code url}, bare (no demo, no web chat, state in this
	 * process), on this clock.
	 */
	private static ConfigurableApplicationContext start(String url, MutableClock clock, Map<String, Object> settings) {
		TestDatabase database = TestDatabase.get();
		Map<String, Object> properties = new HashMap<>(settings);
		properties.putAll(Map.of("spring.datasource.url", url, "spring.datasource.username", database.user(),
				"spring.datasource.password", database.password(), "server.port", "0", "baton.escalation.sweep-job",
				"false", "baton.delivery.worker", "false"));
		return new SpringApplicationBuilder(BatonApplication.class).initializers(context -> {
			context.getBeanFactory().registerSingleton("testClock", clock);
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("first-admin-test", properties));
		}).run();
	}

}
