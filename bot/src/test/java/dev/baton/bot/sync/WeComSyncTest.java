package dev.baton.bot.sync;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditEntry;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.outbox.OutboxMessage;
import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.account.Directory.Department;
import dev.baton.emulator.account.Directory.Member;
import dev.baton.emulator.callback.CallbackResult;
import dev.baton.emulator.callback.WeComCallbackClient;
import dev.baton.integrations.chat.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WeCom corp synced from the emulator through the directory sync with the contact-sync
 * secret: the members come from user/list_id without their mobiles (the app is newer than
 * WeCom's 2022 rules), so the roster's official is bound by looking the mobile up with
 * user/getuserid; and a delete_user during an open handover, on the app's callback URL or
 * the contact-sync helper's event server, makes the official inactive and tells the
 * organizer, losing nothing.
 */
@DomainContext
class WeComSyncTest {

	static final String UNIT_CODE = "wecomsync-county";

	static final AtomicLong IDS = new AtomicLong(7000);

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
		registry.add("baton.sync.sources[0].name", () -> "county");
		registry.add("baton.sync.sources[0].platform", () -> "WECOM");
		registry.add("baton.sync.sources[0].corp-id", () -> emulator.wecom().app().corpId());
		registry.add("baton.sync.sources[0].unit-code", () -> UNIT_CODE);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

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
	SyncMapper mapper;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	HandoverService handovers;

	@Autowired
	HandoverRecords records;

	@Autowired
	WaitingSteps waitingSteps;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditLog audit;

	@Autowired
	MessageSource messages;

	@Value("${local.server.port}")
	int port;

	OrgUnit root;

	@BeforeEach
	void rootDepartmentAndUnit() {
		// the emulator signs callbacks with the real time; Baton checks the window
		// against its own clock
		clock.set(Instant.now());
		emulator.wecom().directory().putDepartment(new Department("1", null, "同步县", 1, List.of()));
		root = directory.unitByCode(UNIT_CODE)
			.orElseGet(() -> directory.createUnit(null, UNIT_CODE, "同步县（企业微信测试）", "COUNTY"));
	}

	static String id() {
		return Long.toString(IDS.incrementAndGet());
	}

	static String mobile() {
		return "137" + String.format("%08d", IDS.incrementAndGet());
	}

	void department(String id, String name) {
		emulator.wecom().directory().putDepartment(new Department(id, "1", name, Long.parseLong(id), List.of()));
	}

	void member(String userId, String name, String mobile, String title, String department) {
		emulator.wecom().directory().putMember(new Member(userId, name, mobile, title, List.of(department), true));
	}

	SyncRun reconcile() {
		return sync.run(sources.named(Platform.WECOM, "county").orElseThrow(), SyncRuns.Trigger.MANUAL, null)
			.orElseThrow();
	}

	List<SyncReports.Line> lines(SyncRun run, String platformId) {
		return reports.one(Actor.SYSTEM, run.id())
			.entries()
			.stream()
			.filter(l -> platformId.equals(l.platformId()))
			.toList();
	}

	Long boundTo(String userId) {
		return directory.officialIdByIdentity("WECOM", emulator.wecom().app().corpId(), userId).orElse(null);
	}

	@Test
	void aReconciliationBindsTheRostersOfficialByMobileThroughGetUserId() {
		String bureau = id();
		department(bureau, "县统计局");
		String headMobile = mobile();
		long head = directory.addOfficial("王强", "县统计局局长", root.id(), headMobile).id();
		String headUser = "wq" + id();
		String newcomer = "lx" + id();
		member(headUser, "王强", headMobile, "局长", bureau);
		member(newcomer, "李晓", mobile(), "科员", bureau);
		long lookUpsBefore = emulator.record().callCount(Api.WECOM_USER_GET_USERID);
		long listingsBefore = emulator.record().callCount(Api.WECOM_USER_LIST_ID);

		SyncRun run = reconcile();

		assertThat(run.outcome()).isEqualTo("DONE");
		assertThat(emulator.record().callCount(Api.WECOM_USER_LIST_ID)).as("listed with the contact-sync token")
			.isGreaterThan(listingsBefore);
		assertThat(boundTo(headUser)).as("bound through user/getuserid: WeCom's list gives no mobile").isEqualTo(head);
		assertThat(emulator.record().callCount(Api.WECOM_USER_GET_USERID)).isGreaterThan(lookUpsBefore);
		assertThat(lines(run, headUser)).extracting(SyncReports.Line::kind).containsExactly("BOUND");
		assertThat(directory.official(head).post()).as("the roster's post is kept").isEqualTo("县统计局局长");
		assertThat(lines(run, bureau)).extracting(SyncReports.Line::kind).containsExactly("CREATED");
		Official made = directory.official(boundTo(newcomer));
		assertThat(made.name()).isEqualTo("李晓");
		assertThat(made.unitId()).isEqualTo(jdbc.queryForObject("SELECT unit_id FROM sync_department WHERE platform ="
				+ " 'WECOM' AND department_id = ? AND removed_at IS NULL", Long.class, bureau));
		assertThat(made.mobile()).as("WeCom withholds it; the roster supplies it").isNull();

		// the same org again changes nothing
		SyncRun again = reconcile();
		for (String ref : List.of(bureau, headUser, newcomer)) {
			assertThat(lines(again, ref)).as(ref).isEmpty();
		}
	}

	enum Receiver {

		APP_CALLBACK_URL, CONTACT_SYNC_EVENT_SERVER

	}

	WeComCallbackClient callbacks(Receiver receiver) {
		return receiver == Receiver.APP_CALLBACK_URL
				? emulator.wecomCallbacks(URI.create("http://127.0.0.1:" + port + "/callbacks/wecom/main"))
				: emulator.wecomContactSyncCallbacks(
						URI.create("http://127.0.0.1:" + port + "/callbacks/wecom/main/contacts"));
	}

	@ParameterizedTest
	@EnumSource(Receiver.class)
	void aDeleteUserDuringAnOpenHandoverDeactivatesTheOfficialAndTellsTheOrganizer(Receiver receiver) {
		TestOrg org = new TestOrg(directory, actors, null);
		String dept = id();
		department(dept, "县统计局" + receiver.ordinal());
		String user = "lv" + id();
		member(user, "陈离任", mobile(), "局长", dept);
		directory.bindIdentity("WECOM", emulator.wecom().app().corpId(), user, org.departing);
		long h = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		emulator.wecom().directory().removeUser(user);

		CallbackResult result = callbacks(receiver).deleteUser(user);

		assertThat(result.accepted()).isTrue();
		assertThat(result.attempts()).as("taken the first time").hasSize(1);
		assertThat(directory.official(org.departing).active()).isFalse();
		assertThat(records.find(h).state()).as("the handover stays as it was").isEqualTo(HandoverState.NOTIFIED);
		assertThat(waitingSteps.steps(h)).filteredOn(WaitingStep::open)
			.extracting(WaitingStep::kind)
			.contains(WaitingStepKind.NOTICE_RECEIPT);
		List<OutboxMessage> told = outbox.forHandover(h)
			.stream()
			.filter(m -> m.event() == OutboxEvent.OFFICIAL_LEFT)
			.toList();
		assertThat(told).extracting(OutboxMessage::recipientId).contains(org.organizer).doesNotContain(org.departing);
		String notice = new NotificationRenderer(messages, Locale.SIMPLIFIED_CHINESE).render(OutboxEvent.OFFICIAL_LEFT,
				JsonMapper.builder().build().readTree(told.get(0).payload()));
		assertThat(notice).contains("陈离任").contains("企业微信").contains("交接" + h).doesNotContainPattern("[A-Z]{4,}");
		assertThat(audit.history(h)).extracting(AuditEntry::action).contains("PARTY_LEFT_ORGANIZATION");

		List<Long> runs = jdbc.queryForList(
				"SELECT id FROM sync_run WHERE event_type = 'USER_LEFT' AND event_key LIKE ?", Long.class,
				"wecom:%:delete_user:" + user + ":%");
		assertThat(runs).as("one run for the event").hasSize(1);
		assertThat(mapper.findRun(runs.get(0)).deactivated()).isOne();
	}

	@Test
	void aResentDeleteUserIsAppliedOnceAndAForgedOneChangesNothing() {
		String dept = id();
		department(dept, "县司法局");
		String user = "rs" + id();
		member(user, "高重", mobile(), "科员", dept);
		reconcile();
		long official = boundTo(user);
		emulator.wecom().directory().removeUser(user);
		WeComCallbackClient wecom = callbacks(Receiver.APP_CALLBACK_URL);
		String deleted = wecom.contactXml().deleteUser(Instant.now().getEpochSecond(), user);
		long runsBefore = runs();

		assertThat(wecom.send(wecom.bad().wrongSignature(deleted)).status()).isEqualTo(403);
		assertThat(wecom.send(wecom.bad().staleTimestamp(deleted, Duration.ofHours(2))).status()).isEqualTo(403);
		assertThat(directory.official(official).active()).as("forged and stale change nothing").isTrue();
		assertThat(runs()).isEqualTo(runsBefore);

		var once = wecom.post(deleted, new byte[16], Long.toString(Instant.now().getEpochSecond()), "5150");
		assertThat(wecom.send(once).accepted()).isTrue();
		assertThat(wecom.send(once).accepted()).isTrue();

		assertThat(directory.official(official).active()).isFalse();
		assertThat(runs()).as("one run for the change, resent or not").isEqualTo(runsBefore + 1);
	}

	/**
	 * The sync runs of this class's context: its own emulator makes the context, and so
	 * the database, its own.
	 */
	private long runs() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM sync_run", Long.class);
	}

}
