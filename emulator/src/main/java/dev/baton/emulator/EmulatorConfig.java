package dev.baton.emulator;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.account.WeComContactSync;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to start an emulator. {@link #defaults()} gives one app per platform (and the WeCom
 * corp's contact-sync helper), the members zhangsan, lisi and wangwu on both, a DingTalk
 * group {@code cidBatonGroup==}, Stream mode on, random ports on 127.0.0.1, seed 42.
 */
public final class EmulatorConfig {

	String host = "127.0.0.1";

	int httpPort;

	int streamPort;

	long seed = 42;

	Duration tokenTtl = Duration.ofSeconds(7200);

	boolean stream = true;

	Duration streamPingInterval = Duration.ofSeconds(30);

	final List<WeComApp> wecomApps = new ArrayList<>();

	final List<WeComContactSync> wecomContactSyncs = new ArrayList<>();

	final List<DingTalkApp> dingTalkApps = new ArrayList<>();

	final List<String> wecomUsers = new ArrayList<>();

	final List<String> dingTalkUsers = new ArrayList<>();

	final Map<String, List<String>> dingTalkGroups = new LinkedHashMap<>();

	public static EmulatorConfig defaults() {
		return new EmulatorConfig().wecomApp(WeComApp.sample())
			.wecomContactSync(WeComContactSync.sample())
			.dingTalkApp(DingTalkApp.sample())
			.wecomUsers("zhangsan", "lisi", "wangwu")
			.dingTalkUsers("zhangsan", "lisi", "wangwu")
			.dingTalkGroup("cidBatonGroup==", List.of("zhangsan", "lisi", "wangwu"));
	}

	/** An empty configuration: no apps, no users. */
	public static EmulatorConfig empty() {
		return new EmulatorConfig();
	}

	public EmulatorConfig host(String host) {
		this.host = host;
		return this;
	}

	/** The HTTP port (0: a free one). */
	public EmulatorConfig httpPort(int port) {
		this.httpPort = port;
		return this;
	}

	/** The Stream (WSS) port (0: a free one). */
	public EmulatorConfig streamPort(int port) {
		this.streamPort = port;
		return this;
	}

	/** Seeds the faults' random draws and the generated ids. */
	public EmulatorConfig seed(long seed) {
		this.seed = seed;
		return this;
	}

	public EmulatorConfig tokenTtl(Duration ttl) {
		this.tokenTtl = ttl;
		return this;
	}

	/**
	 * Whether to start the TLS WebSocket server of DingTalk Stream mode (needs keytool
	 * once per JVM).
	 */
	public EmulatorConfig stream(boolean enabled) {
		this.stream = enabled;
		return this;
	}

	/** How often the Stream gateway pings each connection (zero: never on its own). */
	public EmulatorConfig streamPingInterval(Duration interval) {
		this.streamPingInterval = interval;
		return this;
	}

	public EmulatorConfig wecomApp(WeComApp app) {
		wecomApps.add(app);
		return this;
	}

	/** Turns on a WeCom corp's contact-sync helper (its secret and event server). */
	public EmulatorConfig wecomContactSync(WeComContactSync contactSync) {
		wecomContactSyncs.add(contactSync);
		return this;
	}

	public EmulatorConfig dingTalkApp(DingTalkApp app) {
		dingTalkApps.add(app);
		return this;
	}

	public EmulatorConfig wecomUsers(String... userIds) {
		wecomUsers.addAll(List.of(userIds));
		return this;
	}

	public EmulatorConfig dingTalkUsers(String... userIds) {
		dingTalkUsers.addAll(List.of(userIds));
		return this;
	}

	public EmulatorConfig dingTalkGroup(String openConversationId, List<String> members) {
		dingTalkGroups.put(openConversationId, List.copyOf(members));
		return this;
	}

}
