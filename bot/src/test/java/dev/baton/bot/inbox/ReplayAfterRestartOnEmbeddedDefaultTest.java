package dev.baton.bot.inbox;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.directory.Directory;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.callback.DingTalkCallbackClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default (H2 under the data directory, in-process shared state, the demo's
 * data) keeps its de-duplication record in the inbox table: a signed DingTalk "add item"
 * callback that DingTalk sends again after Baton restarted is absorbed, and no second
 * item is made; a new message after the restart is handled as usual.
 */
class ReplayAfterRestartOnEmbeddedDefaultTest {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	@TempDir
	Path dataDir;

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void anAddItemCallbackReplayedAfterARestartMakesNoSecondItem() {
		DingTalkCallbackClient dingtalk = emulator.dingTalkCallbacks();
		String user = "chenjianguo";
		emulator.dingTalk().directory().addUsers(user);
		ObjectNode add = dingtalk.privateText(user, "统计大数据平台二期 推进中 2027-03-31");
		long handover;
		try (ConfigurableApplicationContext app = start()) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long official = jdbc.queryForObject("SELECT id FROM official WHERE name = '陈建国'", Long.class);
			handover = jdbc.queryForObject("SELECT id FROM handover WHERE departing_id = ?", Long.class, official);
			app.getBean(Directory.class).bindIdentity("DINGTALK", emulator.dingTalk().app().corpId(), user, official);
			URI url = url(app);

			assertThat(dingtalk.sendRobotMessage(url, dingtalk.privateText(user, "签收")).status()).isEqualTo(200);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> "DRAFTING"
					.equals(jdbc.queryForObject("SELECT state FROM handover WHERE id = ?", String.class, handover)));
			assertThat(dingtalk.sendRobotMessage(url, add).status()).isEqualTo(200);
			await().atMost(Duration.ofSeconds(20)).until(() -> items(jdbc, handover, "统计大数据平台二期") == 1);
		}

		try (ConfigurableApplicationContext app = start()) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			URI url = url(app);

			assertThat(dingtalk.sendRobotMessage(url, add).status()).as("DingTalk sends it again, signed afresh")
				.isEqualTo(200);
			// a new message after it is handled, so the workers have run past the replay
			assertThat(dingtalk.sendRobotMessage(url, dingtalk.privateText(user, "档案室钥匙 已完成")).status()).isEqualTo(200);
			await().atMost(Duration.ofSeconds(20)).until(() -> items(jdbc, handover, "档案室钥匙") == 1);

			assertThat(items(jdbc, handover, "统计大数据平台二期")).as("no second item").isEqualTo(1);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE event_key = ?", Integer.class,
					"DINGTALK:msg:" + add.path("msgId").asString()))
				.isEqualTo(1);

			// the purge's statements hold on H2 as on MariaDB (nothing is old enough
			// here)
			InboxMapper mapper = app.getBean(InboxMapper.class);
			java.time.Instant longAgo = java.time.Instant.parse("2001-01-01T00:00:00Z");
			assertThat(mapper.purgeDone(longAgo, 10) + mapper.purgeDeliveryBodies(longAgo, 10)
					+ mapper.purgeBatchBodies(longAgo, 10) + mapper.purgeOutboxBodies(longAgo, 10))
				.isZero();
		}
	}

	private ConfigurableApplicationContext start() {
		var d = emulator.dingTalk().app();
		return new SpringApplicationBuilder(BatonApplication.class).run("--baton.data-dir=" + dataDir,
				"--server.port=0", "--spring.profiles.active=demo", "--baton.dingtalk.apps[0].name=main",
				"--baton.dingtalk.apps[0].corp-id=" + d.corpId(), "--baton.dingtalk.apps[0].app-key=" + d.appKey(),
				"--baton.dingtalk.apps[0].app-secret=" + d.appSecret(),
				"--baton.dingtalk.apps[0].robot-code=" + d.robotCode(),
				"--baton.dingtalk.apps[0].agent-id=" + d.agentId(),
				"--baton.dingtalk.apps[0].api-endpoint=" + emulator.dingTalkApiBaseUrl(),
				"--baton.dingtalk.apps[0].oapi-base-url=" + emulator.dingTalkOapiBaseUrl());
	}

	private static URI url(ConfigurableApplicationContext app) {
		return URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")
				+ "/callbacks/dingtalk/main");
	}

	private static int items(JdbcTemplate jdbc, long handover, String title) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM handover_item WHERE handover_id = ? AND title = ?",
				Integer.class, handover, title);
	}

}
