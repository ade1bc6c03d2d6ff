package dev.baton.bot.web;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.web.ApiTestSupport.assertJson;
import static dev.baton.bot.web.ApiTestSupport.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar started bare ({@code java -jar baton-bot.jar}, nothing set: the
 * embedded H2 database, no profile): a production start. Nobody can act for anyone: no
 * web chat, no demo data, and the log says how to claim the first administrator; the
 * claim and the directory API work on H2 as on MariaDB.
 */
@ExtendWith(OutputCaptureExtension.class)
class BareStartTest {

	private static final Pattern PRINTED_CODE = Pattern.compile("\\n {4}([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3})\\n");

	@TempDir
	Path dataDir;

	@Test
	void noWebChatNoDemoAndASetupCodeInTheLog(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BatonApplication.class)
			.run("--baton.data-dir=" + dataDir, "--server.port=0")) {
			assertThat(app.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:");
			ApiClient api = new ApiClient(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

			assertThat(api.get("/chat").send().status()).isEqualTo(404);
			assertThat(api.get("/chat/api/officials").send().status()).isEqualTo(404);
			assertThat(output.getOut()).contains("Web chat off (baton.webchat.enabled=false");
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM official", Long.class)).as("no demo data").isZero();

			Matcher code = PRINTED_CODE.matcher(output.getOut());
			assertThat(code.find()).as("the setup code is in the log").isTrue();
			Reply claimed = api.post("/api/setup/claim")
				.body(ApiClient.json(Map.of("code", code.group(1), "name", "王五", "post", "县委组织部干部", "mobile",
						"13900000000", "unitName", "某县", "unitCode", "county")))
				.send();
			assertJson(claimed, 201);
			String admin = claimed.json().path("token").asString();
			long county = claimed.json().path("unitId").asLong();

			// the directory's SQL on H2: a unit below, an official, a role, an account, a
			// search
			Reply township = api.post("/api/directory/units")
				.token(admin)
				.body(ApiClient
					.json(Map.of("parentId", county, "code", "town-1", "name", "某乡", "unitType", "TOWNSHIP")))
				.send();
			assertJson(township, 201);
			long town = township.json().path("id").asLong();
			Reply person = api.post("/api/directory/officials")
				.token(admin)
				.body(ApiClient.json(Map.of("name", "赵六", "post", "乡党委书记", "unitId", town, "mobile", "13700000000")))
				.send();
			assertJson(person, 201);
			long zhao = person.json().path("id").asLong();
			assertJson(api.post("/api/directory/officials/" + zhao + "/roles")
				.token(admin)
				.body(ApiClient.json(Map.of("role", "ORGANIZER", "scopeUnitId", town)))
				.send(), 201);
			assertJson(api.post("/api/directory/officials/" + zhao + "/identities")
				.token(admin)
				.body(ApiClient.json(Map.of("platform", "WEB", "corpId", "local", "userId", Long.toString(zhao))))
				.send(), 201);
			Reply found = api.get("/api/directory/officials?unitId=" + county + "&q=1370").token(admin).send();
			assertJson(found, 200);
			assertThat(ApiClient.ids(found.json())).containsExactly(zhao);
			assertThat(api.get("/api/directory/units")
				.token(admin)
				.send()
				.json()
				.get(0)
				.path("children")
				.get(0)
				.path("name")
				.asString()).isEqualTo("某乡");
			assertProblem(api.get("/api/admin/audit/verify").token("x".repeat(43)).send(), 401,
					"api.unauthenticated.invalid");
			assertThat(api.get("/api/admin/audit/verify").token(admin).send().json().path("intact").asBoolean())
				.isTrue();
		}
	}

}
