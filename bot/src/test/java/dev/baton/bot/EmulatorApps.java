package dev.baton.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.baton.bot.directory.Directory;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.integrations.state.SharedState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Pointing Baton's WeCom and DingTalk apps at a platform emulator, and binding many
 * officials in bulk.
 */
public final class EmulatorApps {

	private EmulatorApps() {
	}

	/**
	 * Baton's app "main" on each platform is the emulator's default app (on WeCom with
	 * the corp's contact-sync helper).
	 */
	public static void register(DynamicPropertyRegistry registry, PlatformEmulator emulator) {
		var w = emulator.wecom().app();
		registry.add("baton.wecom.apps[0].name", () -> "main");
		registry.add("baton.wecom.apps[0].corp-id", w::corpId);
		registry.add("baton.wecom.apps[0].agent-id", w::agentId);
		registry.add("baton.wecom.apps[0].secret", w::secret);
		registry.add("baton.wecom.apps[0].token", w::token);
		registry.add("baton.wecom.apps[0].encoding-aes-key", w::aesKey);
		registry.add("baton.wecom.apps[0].base-url", emulator::wecomBaseUrl);
		var sync = emulator.wecom().contactSync();
		registry.add("baton.wecom.apps[0].contact-sync-secret", sync::secret);
		registry.add("baton.wecom.apps[0].contact-sync-token", sync::token);
		registry.add("baton.wecom.apps[0].contact-sync-encoding-aes-key", sync::aesKey);
		var d = emulator.dingTalk().app();
		registry.add("baton.dingtalk.apps[0].name", () -> "main");
		registry.add("baton.dingtalk.apps[0].corp-id", d::corpId);
		registry.add("baton.dingtalk.apps[0].app-key", d::appKey);
		registry.add("baton.dingtalk.apps[0].app-secret", d::appSecret);
		registry.add("baton.dingtalk.apps[0].robot-code", d::robotCode);
		registry.add("baton.dingtalk.apps[0].agent-id", d::agentId);
		registry.add("baton.dingtalk.apps[0].api-endpoint", emulator::dingTalkApiBaseUrl);
		registry.add("baton.dingtalk.apps[0].oapi-base-url", emulator::dingTalkOapiBaseUrl);
	}

	/**
	 * Forgets the access tokens Baton keeps in the shared state for the emulator's apps.
	 * Every test emulator uses the same app ids, so a token another test class's emulator
	 * issued would be tried first (and refreshed once, as in production): tests that
	 * count calls start clean. So are a platform's refusals that hold the corp's
	 * deliveries back and the corp's recipients of the last minute (BatchSender): another
	 * test class's emulator saw those.
	 */
	public static void forgetTokens(SharedState state, PlatformEmulator emulator) {
		state.delete("wecom-token:" + emulator.wecom().app().corpId() + ":" + emulator.wecom().app().agentId());
		state.delete("wecom-token:" + emulator.wecom().app().corpId() + ":contact-sync");
		state.delete("dingtalk-token:" + emulator.dingTalk().app().appKey());
		state.delete("send-held:WECOM:" + emulator.wecom().app().corpId());
		state.delete("send-held:DINGTALK:" + emulator.dingTalk().app().corpId());
		state.delete("recipients:DINGTALK:" + emulator.dingTalk().app().corpId());
	}

	/**
	 * Officials in a new unit, each bound to one of the platform users, written in bulk.
	 */
	public static List<Long> boundOfficials(Directory directory, JdbcTemplate jdbc, String platform, String corp,
			List<String> users) {
		long unit = directory.createUnit(null, "bulk-" + UUID.randomUUID().toString().substring(0, 8), "全市", "CITY")
			.id();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < users.size(); i++) {
			rows.add(new Object[] { "干部" + i, "科员", unit });
		}
		jdbc.batchUpdate("INSERT INTO official (name, post, unit_id, active, created_at) VALUES (?, ?, ?, TRUE,"
				+ " '2026-11-23 01:00:00.000')", rows);
		List<Long> ids = jdbc.queryForList("SELECT id FROM official WHERE unit_id = ? ORDER BY id", Long.class, unit);
		List<Object[]> identities = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			identities.add(new Object[] { platform, corp, users.get(i), ids.get(i) });
		}
		jdbc.batchUpdate("INSERT INTO chat_identity (platform, corp_id, user_id, official_id, bound_at)"
				+ " VALUES (?, ?, ?, ?, '2026-11-23 01:00:00.000')", identities);
		return ids;
	}

}
