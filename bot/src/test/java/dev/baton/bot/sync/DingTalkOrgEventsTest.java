package dev.baton.bot.sync;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.audit.AuditEntry;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.delivery.NotificationRenderer;
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
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.callback.CallbackAttempt;
import dev.baton.emulator.callback.DingTalkEventClient;
import dev.baton.emulator.callback.EventDelivery;
import dev.baton.emulator.callback.RawCallback;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.stream.StreamAck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DingTalk's org events reach the sync over Stream (the official Stream SDK's event
 * listener) and over the encrypted HTTP event subscription, each applied once from what
 * the platform says now: a user added, changed, leaving during an open handover (the
 * organizer is told, nothing is lost), departments created, renamed and removed. Forged,
 * stale, replayed and malformed pushes are refused and change nothing.
 */
@DomainContext
@DirtiesContext // closes Baton's Stream connection before the emulator goes
class DingTalkOrgEventsTest extends DingTalkSyncSupport {

	static final PlatformEmulator emulator = startEmulator();

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		register(registry, emulator);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Override
	PlatformEmulator emulator() {
		return emulator;
	}

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

	enum Transport {

		STREAM, HTTP

	}

	/** Pushes one org event and says whether DingTalk would count it delivered. */
	private boolean push(Transport transport, String type, String eventId, List<String> ids) throws Exception {
		DingTalkEventClient events = emulator.dingTalkEvents();
		if (transport == Transport.STREAM) {
			StreamAck ack = events.overStream(type, eventId, ids).get(20, TimeUnit.SECONDS);
			return ack.code() == 200 && "SUCCESS".equals(Json.read(ack.data()).path("status").asString());
		}
		EventDelivery delivery = events.overHttp(type, eventId, ids);
		return delivery.taken();
	}

	@ParameterizedTest
	@EnumSource(Transport.class)
	void aUserAddedThenChangedBecomesAnOfficialKeptInStep(Transport transport) throws Exception {
		String dept = id();
		department(dept, "1", "县卫健委" + transport);
		String user = "add" + id();
		member(user, "林新", mobile(), "科员", dept);
		String added = DingTalkEventClient.newEventId();

		assertThat(push(transport, "user_add_org", added, List.of(user))).isTrue();

		Long official = boundTo(user);
		assertThat(official).as("the new member is an official").isNotNull();
		assertThat(directory.official(official).unitId()).isEqualTo(unitOf(dept));
		assertThat(directory.unit(unitOf(dept)).parentId()).isEqualTo(root.id());
		assertThat(eventRun(added)).satisfies(r -> {
			assertThat(r.triggerKind()).isEqualTo("EVENT");
			assertThat(r.eventType()).isEqualTo("USER_ADDED");
			assertThat(r.created()).isEqualTo(2); // the department's unit and the
													// official
		});

		member(user, "林新", mobile(), "副主任", dept);
		String changed = DingTalkEventClient.newEventId();
		assertThat(push(transport, "user_modify_org", changed, List.of(user))).isTrue();
		assertThat(directory.official(official).post()).isEqualTo("副主任");
		assertThat(eventRun(changed).changed()).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(Transport.class)
	void departmentsCreatedRenamedAndRemovedAreUnitsInStep(Transport transport) throws Exception {
		String dept = id();
		department(dept, "1", "县林业局");
		assertThat(push(transport, "org_dept_create", DingTalkEventClient.newEventId(), List.of(dept))).isTrue();
		long unit = unitOf(dept);
		assertThat(directory.unit(unit).name()).isEqualTo("县林业局");

		department(dept, "1", "县林业和草原局");
		assertThat(push(transport, "org_dept_modify", DingTalkEventClient.newEventId(), List.of(dept))).isTrue();
		assertThat(directory.unit(unit).name()).isEqualTo("县林业和草原局");

		// a department with history keeps its unit; one without takes it along
		String kept = id();
		department(kept, dept, "办公室");
		assertThat(push(transport, "org_dept_create", DingTalkEventClient.newEventId(), List.of(kept))).isTrue();
		long keptUnit = unitOf(kept);
		assertThat(directory.unit(keptUnit).parentId()).isEqualTo(unit);
		directory.addOfficial("邓秘书", "办公室主任", keptUnit);
		emulator.dingTalk().directory().removeDepartment(kept);
		String removedKept = DingTalkEventClient.newEventId();
		assertThat(push(transport, "org_dept_remove", removedKept, List.of(kept))).isTrue();
		assertThat(directory.unitByCode(directory.unit(keptUnit).code())).isPresent();
		assertThat(lines(eventRun(removedKept), kept)).extracting(SyncReports.Line::kind).containsExactly("KEPT");

		String empty = id();
		department(empty, dept, "临时专班");
		assertThat(push(transport, "org_dept_create", DingTalkEventClient.newEventId(), List.of(empty))).isTrue();
		long emptyUnit = unitOf(empty);
		emulator.dingTalk().directory().removeDepartment(empty);
		String removedEmpty = DingTalkEventClient.newEventId();
		assertThat(push(transport, "org_dept_remove", removedEmpty, List.of(empty))).isTrue();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE id = ?", Long.class, emptyUnit))
			.as("no history: the unit went with its department")
			.isZero();
		assertThat(lines(eventRun(removedEmpty), empty)).extracting(SyncReports.Line::kind).containsExactly("REMOVED");

		// the parent still holds the kept unit below it: it is kept too
		emulator.dingTalk().directory().removeDepartment(dept);
		assertThat(push(transport, "org_dept_remove", DingTalkEventClient.newEventId(), List.of(dept))).isTrue();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE id = ?", Long.class, unit)).isOne();
		assertThat(unitOf(dept)).as("no longer synced").isNull();
	}

	@ParameterizedTest
	@EnumSource(Transport.class)
	void someoneLeavingDuringAnOpenHandoverIsDeactivatedAndTheOrganizerToldNothingIsLost(Transport transport)
			throws Exception {
		TestOrg org = new TestOrg(directory, actors, null);
		String dept = id();
		department(dept, "1", "县统计局" + transport);
		String user = "lv" + id();
		member(user, "陈离任", mobile(), "局长", dept);
		directory.bindIdentity("DINGTALK", emulator.dingTalk().app().corpId(), user, org.departing);
		long h = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		emulator.dingTalk().directory().removeUser(user);
		String left = DingTalkEventClient.newEventId();

		assertThat(push(transport, "user_leave_org", left, List.of(user))).isTrue();

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
				tools.jackson.databind.json.JsonMapper.builder().build().readTree(told.get(0).payload()));
		assertThat(notice).contains("陈离任")
			.contains("钉钉")
			.contains("签收交接通知书")
			.contains("交接" + h)
			.doesNotContainPattern("[A-Z]{4,}");
		assertThat(audit.history(h)).extracting(AuditEntry::action).contains("PARTY_LEFT_ORGANIZATION");
		assertThat(eventRun(left).deactivated()).isOne();
		long theirs = waitingSteps.steps(h)
			.stream()
			.filter(WaitingStep::open)
			.filter(st -> st.kind() == WaitingStepKind.NOTICE_RECEIPT || st.kind() == WaitingStepKind.CHECKLIST)
			.count();
		assertThat(theirs).isPositive();
		assertThat(lines(eventRun(left), user)).singleElement()
			.satisfies(l -> assertThat(l.text()).contains("陈离任").contains(Long.toString(theirs)));
	}

	@Test
	void aRedeliveredEventIsAppliedOnce() throws Exception {
		String dept = id();
		department(dept, "1", "县司法局");
		String user = "rd" + id();
		member(user, "高重", mobile(), "科员", dept);
		String eventId = DingTalkEventClient.newEventId();

		assertThat(push(Transport.STREAM, "user_add_org", eventId, List.of(user))).isTrue();
		assertThat(push(Transport.STREAM, "user_add_org", eventId, List.of(user))).isTrue();
		assertThat(push(Transport.HTTP, "user_add_org", eventId, List.of(user))).isTrue();

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM official WHERE name = '高重'", Long.class)).isOne();
		eventRun(eventId); // exactly one run for the event
	}

	@Test
	void forgedStaleReplayedAndMalformedPushesAreRefusedAndChangeNothing() throws Exception {
		String dept = id();
		department(dept, "1", "县档案馆");
		String user = "fg" + id();
		member(user, "丁守", mobile(), "馆长", dept);
		assertThat(push(Transport.HTTP, "user_add_org", DingTalkEventClient.newEventId(), List.of(user))).isTrue();
		long official = boundTo(user);
		long runsBefore = runs();
		var bad = emulator.dingTalkEvents().bad();
		DingTalkEventClient events = emulator.dingTalkEvents();

		assertThat(events.send(bad.forgedSignature(user)).status()).isEqualTo(403);
		assertThat(events.send(bad.stale(user, Duration.ofHours(2))).status()).isEqualTo(403);
		assertThat(events.send(bad.otherOwner(user)).status()).isEqualTo(403);
		assertThat(events.send(bad.garbledCiphertext()).status()).isEqualTo(400);
		assertThat(events.send(bad.plaintextNotJson()).status()).isEqualTo(400);
		assertThat(events.send(bad.bodyNotJson()).status()).isEqualTo(400);
		assertThat(events.send(bad.unsigned(user)).status()).isEqualTo(400);
		assertThat(events.send(bad.oversized(70_000)).status()).isEqualTo(413);

		assertThat(directory.official(official).active()).isTrue();
		assertThat(runs()).as("nothing was applied").isEqualTo(runsBefore);

		// a push taken once is refused when it comes again byte for byte
		member(user, "丁守", mobile(), "副馆长", dept);
		RawCallback once = events.signed(
				Json.write(events.httpEvent("user_modify_org", DingTalkEventClient.newEventId(), List.of(user))),
				emulator.clock().millis(), "replay0123456789");
		CallbackAttempt first = events.send(once);
		assertThat(events.answerProblem(first)).isNull();
		assertThat(directory.official(official).post()).isEqualTo("副馆长");
		long afterFirst = runs();
		CallbackAttempt replay = events.send(once);
		assertThat(replay.status()).isEqualTo(409);
		assertThat(runs()).isEqualTo(afterFirst);

		// the URL check when the subscription is saved is answered with the encrypted
		// success
		assertThat(events.checkUrl().taken()).isTrue();
		assertThat(new String(once.body(), StandardCharsets.UTF_8)).contains("encrypt");
	}

	@Test
	void anEventForAUserThePlatformStillListsAsInServiceDeactivatesNobody() throws Exception {
		String dept = id();
		department(dept, "1", "县人社局");
		String user = "st" + id();
		member(user, "石在", mobile(), "科员", dept);
		assertThat(push(Transport.STREAM, "user_add_org", DingTalkEventClient.newEventId(), List.of(user))).isTrue();
		long official = boundTo(user);

		// a late or forged-looking "left" for someone DingTalk still lists: what DingTalk
		// says now wins
		assertThat(push(Transport.STREAM, "user_leave_org", DingTalkEventClient.newEventId(), List.of(user))).isTrue();

		assertThat(directory.official(official).active()).isTrue();
	}

	/**
	 * The sync runs of this class's context: its own emulator makes the context, and so
	 * the database, its own.
	 */
	private long runs() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM sync_run", Long.class);
	}

}
