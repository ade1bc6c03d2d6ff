package dev.baton.bot.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster import on the embedded default (H2 in MySQL mode, as {@code spring-boot:run}
 * starts it, with the demo data): the lock, the multi-row inserts, the CASE updates and
 * the bulk account binding run there as on MariaDB. The demo's administrator 吴强 imports
 * under the demo city.
 */
class RosterOnEmbeddedDefaultTest {

	@TempDir
	Path dataDir;

	@Test
	void importsChangesAndLeavesUnchangedOnH2() {
		try (ConfigurableApplicationContext baton = new SpringApplicationBuilder(BatonApplication.class).run(
				"--baton.data-dir=" + dataDir, "--server.port=0", "--baton.demo=true",
				"--baton.dingtalk.apps[0].name=main", "--baton.dingtalk.apps[0].corp-id=dingh2corp",
				"--baton.dingtalk.apps[0].app-key=k", "--baton.dingtalk.apps[0].app-secret=s",
				"--baton.dingtalk.apps[0].api-endpoint=http://127.0.0.1:9",
				"--baton.dingtalk.apps[0].oapi-base-url=http://127.0.0.1:9")) {
			JdbcTemplate jdbc = baton.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).isOne();
			assertThat(baton.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:h2:");
			long admin = jdbc.queryForObject("SELECT id FROM official WHERE name = '吴强'", Long.class);
			String city = jdbc.queryForObject("SELECT name FROM org_unit WHERE code = 'demo-shizuishan'", String.class);
			String token = baton.getBean(ApiTokens.class).issue(admin, "roster on H2");
			RosterHttp http = new RosterHttp(Integer.parseInt(baton.getEnvironment().getProperty("local.server.port")));

			byte[] roster = new RosterXlsx().row("发改委", city, "高发改", "主任", "13700000001", "组织部门", "gaofagai", null)
				.row("办公室", city + "/发改委", "林办公", "主任", "13700000002", null, null, null)
				.row("办公室", city + "/发改委", "许科员", "科员", null, null, null, null)
				.bytes();
			System.out.println(
					"EXAMPLE-CHECK " + http
						.upload(RosterApiSupport.CHECK, token,
								new RosterXlsx().row("发改委", city, "高发改", "主任", "13700000001", "组织部门", "gaofagai", null)
									.row("办公室", city + "/发改委", "林办公", "主任", "13700000002", "督办、局长", null, null)
									.row("石嘴山市统计局", city, "陈建国", "局长", "13700000009", null, null, null)
									.bytes(),
								RosterApiSupport.XLSX)
						.text());
			JsonNode first = http.upload(RosterApiSupport.IMPORT, token, roster, RosterApiSupport.XLSX).json();
			assertThat(outcomes(first)).as(first.toString()).containsExactly("CREATED", "CREATED", "CREATED");
			Directory directory = baton.getBean(Directory.class);
			Official gao = directory.officialsByMobile("13700000001").get(0);
			assertThat(directory.officialIdByIdentity("DINGTALK", "dingh2corp", "gaofagai")).contains(gao.id());
			assertThat(directory.unit(gao.unitId()).path()).endsWith("/" + gao.unitId() + "/");
			assertThat(directory.rolesOf(gao.id())).hasSize(1);

			JsonNode again = http.upload(RosterApiSupport.IMPORT, token, roster, RosterApiSupport.XLSX).json();
			assertThat(outcomes(again)).containsExactly("UNCHANGED", "UNCHANGED", "UNCHANGED");

			byte[] changed = new RosterXlsx().row("发改委", city, "高发改", "局长", "13700000001", null, null, null)
				.row("发改委", city, "许科员", "副科长", "13700000003", null, null, null)
				.bytes();
			JsonNode later = http.upload(RosterApiSupport.IMPORT, token, changed, RosterApiSupport.XLSX).json();
			assertThat(outcomes(later)).as(later.toString()).containsExactly("CHANGED", "CREATED");
			assertThat(directory.official(gao.id()).post()).isEqualTo("局长");
			assertThat(directory.officialsByMobile("13700000003")).singleElement()
				.satisfies(o -> assertThat(o.unitId()).isEqualTo(gao.unitId()));
		}
	}

	private static List<String> outcomes(JsonNode report) {
		List<String> outcomes = new ArrayList<>();
		report.path("rows").forEach(r -> outcomes.add(r.path("outcome").asString()));
		return outcomes;
	}

}
