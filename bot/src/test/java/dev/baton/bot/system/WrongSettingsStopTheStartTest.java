package dev.baton.bot.system;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dev.baton.bot.BatonApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A wrong setting stops Baton's start, before anything is built, with a message that
 * names the environment variable and the property, the value and what is expected:
 * Baton's own application, started as {@code java -jar} starts it, with the settings
 * given as environment variables (a system environment of the test's making, so Spring
 * reads them exactly as it reads real ones).
 */
@ExtendWith(OutputCaptureExtension.class)
class WrongSettingsStopTheStartTest {

	@TempDir
	Path dataDir;

	@Test
	void aWordWhereANumberBelongsIsNamedWithWhatIsExpected(CapturedOutput output) {
		assertThatThrownBy(() -> start(Map.of("BATON_DELIVERY_CALLS_PER_SECOND", "fast")))
			.isInstanceOf(WrongSettingsException.class);

		assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
			.contains("BATON_DELIVERY_CALLS_PER_SECOND (baton.delivery.calls-per-second) is \"fast\": expected a whole"
					+ " number; default 10 [from System Environment Property \"BATON_DELIVERY_CALLS_PER_SECOND\"]")
			.contains("Set or correct this environment variable (or the property it stands for)");
	}

	@Test
	void aNumberOutOfRangeIsNamedWithItsRange(CapturedOutput output) {
		assertThatThrownBy(() -> start(Map.of("BATON_INBOX_THREADS", "0"))).isInstanceOf(WrongSettingsException.class);

		assertThat(output.getOut()).contains(
				"BATON_INBOX_THREADS (baton.inbox.threads) is \"0\": must be greater than or equal to 1; default 4");
	}

	@Test
	void everyWrongSettingIsNamedAtOnce(CapturedOutput output) {
		assertThatThrownBy(() -> start(Map.of("BATON_ZONE", "Mars/Olympus", "BATON_INBOX_IDLE", "soon",
				"BATON_BUDGET_WARN_PERCENT", "80,150", "BATON_DOCUMENTS_VERIFY_URL", "baton.example.gov.cn/verify")))
			.isInstanceOf(WrongSettingsException.class);

		assertThat(output.getOut()).contains("4 settings are wrong")
			.contains("BATON_ZONE (baton.zone) is \"Mars/Olympus\": expected a time zone such as Asia/Shanghai")
			.contains("BATON_INBOX_IDLE (baton.inbox.idle) is \"soon\": expected a duration such as 500ms, 30s, 5m,"
					+ " 24h or 7d; default 1s")
			.contains("BATON_BUDGET_WARN_PERCENT (baton.budget.warn-percent) is \"80,150\": item 2 (150) must be"
					+ " less than or equal to 100; default 80,95")
			.contains("BATON_DOCUMENTS_VERIFY_URL (baton.documents.verify-url) is \"baton.example.gov.cn/verify\": must"
					+ " be an http:// or https:// address");
	}

	/**
	 * No profile but the demo exists: a start without it is a production start. A WeCom
	 * app named without its corp id stops it, naming the variable that is missing.
	 */
	@Test
	void aRequiredSettingMissingInAProductionStartIsNamed(CapturedOutput output) {
		assertThatThrownBy(() -> start(Map.of("BATON_WECOM_APPS_0_NAME", "city", "BATON_WECOM_APPS_0_AGENT_ID",
				"1000002", "BATON_WECOM_APPS_0_SECRET", "s3cret-not-printed", "BATON_WECOM_APPS_0_TOKEN", "tok",
				"BATON_WECOM_APPS_0_ENCODING_AES_KEY", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG")))
			.isNotNull();

		assertThat(output.getOut())
			.contains(
					"BATON_WECOM_APPS_0_CORP_ID (baton.wecom.apps[0].corp-id) is not set: required (the corp's CorpID)")
			.doesNotContain("s3cret-not-printed");
	}

	/**
	 * Settings that only go together are named together, with what is missing; a token is
	 * never printed.
	 */
	@Test
	void settingsThatDoNotGoTogetherAreNamedWithWhatIsMissing(CapturedOutput output) {
		String token = "Qm9vdHN0cmFwVG9rZW4tbm90LXByaW50ZWQtZXZlci0xMjM0NTY";
		assertThatThrownBy(
				() -> start(Map.of("BATON_BOOTSTRAP_ADMIN_TOKEN", token, "BATON_BOOTSTRAP_ADMIN_NAME", "张三")))
			.isNotNull();

		assertThat(output.getOut())
			.contains("BATON_BOOTSTRAP_ADMIN_* (baton.bootstrap.admin.*): BATON_BOOTSTRAP_ADMIN_TOKEN"
					+ " makes the first administrator, who also needs BATON_BOOTSTRAP_ADMIN_POST BATON_BOOTSTRAP_ADMIN_UNIT_NAME"
					+ " BATON_BOOTSTRAP_ADMIN_UNIT_CODE")
			.doesNotContain(token);
	}

	/**
	 * The web chat's switch is read while the configuration is assembled, before the
	 * check: named all the same.
	 */
	@Test
	void aSwitchThatIsNeitherTrueNorFalseIsNamed(CapturedOutput output) {
		assertThatThrownBy(() -> start(Map.of("BATON_WEBCHAT_ENABLED", "maybe"))).isNotNull();

		assertThat(output.getOut())
			.contains("BATON_WEBCHAT_ENABLED (baton.webchat.enabled) is \"maybe\": expected true or false");
	}

	/**
	 * What protects a database already migrated from a late, lower-numbered migration
	 * (sql/README.md): Flyway's defaults, which application.yml keeps.
	 */
	@Test
	void flywayNeitherRunsMigrationsOutOfOrderNorSkipsValidation() throws Exception {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addLast);

		FlywayProperties flyway = Binder.get(environment).bindOrCreate("spring.flyway", FlywayProperties.class);

		assertThat(flyway.getLocations()).containsExactly("classpath:db/migration");
		assertThat(flyway.isOutOfOrder()).isFalse();
		assertThat(flyway.isValidateOnMigrate()).isTrue();
	}

	private void start(Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(variables);
		all.put("BATON_DATA_DIR", dataDir.toString());
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, all));
		new SpringApplicationBuilder(BatonApplication.class).environment(environment)
			.web(WebApplicationType.NONE)
			.run()
			.close();
	}

}
