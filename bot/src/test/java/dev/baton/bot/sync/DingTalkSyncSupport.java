package dev.baton.bot.sync;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import dev.baton.bot.EmulatorApps;
import dev.baton.bot.MutableClock;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.account.Directory.Department;
import dev.baton.emulator.account.Directory.Member;
import dev.baton.emulator.dingtalk.EventSubscription;
import dev.baton.integrations.chat.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DingTalk org on the emulator synced into Baton: the app in Stream mode (robot
 * messages and org events over the Stream SDK) with an HTTP event subscription as well,
 * and a sync source "county" mapping the corp's root department to the unit
 * {@link #UNIT_CODE}. The tests of a class share the emulator and the database, so each
 * one makes its own departments and members (ids from a counter) and reads only its own
 * lines of the reports.
 */
abstract class DingTalkSyncSupport {

	static final String UNIT_CODE = "dingsync-county";

	static final String EVENT_TOKEN = "syncEventToken01";

	static final String EVENT_AES_KEY = "4g5j64qlyl3zvetqxz5jiocdr586fn2zvjpa8zls3ij";

	static final AtomicLong IDS = new AtomicLong(1000);

	/** An emulator for one test class (its Stream gateway trusted by this JVM). */
	static PlatformEmulator startEmulator() {
		PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().streamPingInterval(Duration.ZERO));
		emulator.tls().applyAsDefaultTrustStore();
		return emulator;
	}

	/**
	 * Baton's app "main" on the emulator, its HTTP event subscription, and the sync
	 * source "county".
	 */
	static void register(DynamicPropertyRegistry registry, PlatformEmulator emulator) {
		EmulatorApps.register(registry, emulator);
		registry.add("baton.dingtalk.apps[0].mode", () -> "stream");
		registry.add("baton.dingtalk.apps[0].event-token", () -> EVENT_TOKEN);
		registry.add("baton.dingtalk.apps[0].event-aes-key", () -> EVENT_AES_KEY);
		registry.add("baton.sync.sources[0].name", () -> "county");
		registry.add("baton.sync.sources[0].platform", () -> "DINGTALK");
		registry.add("baton.sync.sources[0].corp-id", () -> emulator.dingTalk().app().corpId());
		registry.add("baton.sync.sources[0].unit-code", () -> UNIT_CODE);
	}

	/** The class's emulator. */
	abstract PlatformEmulator emulator();

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	DirectorySync sync;

	@Autowired
	SyncSources sources;

	@Autowired
	SyncReports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SyncMapper mapper;

	@Autowired
	MutableClock clock;

	@Value("${local.server.port}")
	int port;

	OrgUnit root;

	@BeforeEach
	void connectedAndSubscribed() throws InterruptedException {
		PlatformEmulator emulator = emulator();
		// the emulator signs with the real time; Baton checks the window against its own
		// clock
		clock.set(Instant.now());
		emulator.faults().clear();
		emulator.dingTalk().grantAllContactPermissions(emulator.dingTalk().app());
		emulator.dingTalk()
			.subscribeEvents(new EventSubscription(emulator.dingTalk().app().appKey(),
					"http://127.0.0.1:" + port + "/callbacks/dingtalk/main/events", EVENT_TOKEN, EVENT_AES_KEY));
		root = directory.unitByCode(UNIT_CODE)
			.orElseGet(() -> directory.createUnit(null, UNIT_CODE, "同步县（测试）", "COUNTY"));
		assertThat(emulator.stream().awaitConnection(emulator.dingTalk().app().appKey(), "*", Duration.ofSeconds(20)))
			.as("Baton opened the Stream connection with its event subscription")
			.isTrue();
	}

	static String id() {
		return Long.toString(IDS.incrementAndGet());
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

	static String mobile() {
		return "139" + String.format("%08d", IDS.incrementAndGet());
	}

	void department(String id, String parent, String name) {
		emulator().dingTalk()
			.directory()
			.putDepartment(new Department(id, parent, name, Long.parseLong(id), List.of()));
	}

	void member(String userId, String name, String mobile, String title, String department) {
		emulator().dingTalk().directory().putMember(new Member(userId, name, mobile, title, List.of(department), true));
	}

	SyncSources.Source county() {
		return sources.named(Platform.DINGTALK, "county").orElseThrow();
	}

	SyncRun reconcile() {
		return sync.run(county(), SyncRuns.Trigger.MANUAL, null).orElseThrow();
	}

	/** The lines of a run about one platform id (a user or department id). */
	List<SyncReports.Line> lines(SyncRun run, String platformId) {
		return reports.one(Actor.SYSTEM, run.id())
			.entries()
			.stream()
			.filter(l -> platformId.equals(l.platformId()))
			.toList();
	}

	Long boundTo(String userId) {
		return directory.officialIdByIdentity("DINGTALK", emulator().dingTalk().app().corpId(), userId).orElse(null);
	}

	Long unitOf(String departmentId) {
		List<Long> units = jdbc.queryForList(
				"SELECT unit_id FROM sync_department WHERE platform = 'DINGTALK'"
						+ " AND corp_id = ? AND department_id = ? AND removed_at IS NULL",
				Long.class, emulator().dingTalk().app().corpId(), departmentId);
		return units.isEmpty() ? null : units.get(0);
	}

	/** The one run of an event key. */
	SyncRun eventRun(String eventKey) {
		List<Long> ids = jdbc.queryForList("SELECT id FROM sync_run WHERE event_key = ? ORDER BY id", Long.class,
				eventKey);
		assertThat(ids).as("one run for event " + eventKey).hasSize(1);
		return mapper.findRun(ids.get(0));
	}

	HttpResponse<String> http(String method, String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
