package dev.baton.bot.sync;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.baton.bot.DomainContext;
import dev.baton.bot.access.Actor;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Role;
import dev.baton.bot.web.ApiTokens;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.dingtalk.ContactPermission;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.record.Outcome;
import dev.baton.scheduler.sync.ReconcileDirectoriesJob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A DingTalk org synced from the emulator through the official SDK: departments become
 * units, members officials (bound by mobile, or made), conflicts and unmatched members
 * reported and never guessed, the platform's refusals in the run report with its own
 * code, the report over REST for administrators only, the nightly job, and the unbound
 * person matched on their first message or told whom to contact.
 */
@DomainContext
@DirtiesContext // closes Baton's Stream connection before the emulator goes
class DingTalkReconciliationTest extends DingTalkSyncSupport {

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
	ApiTokens tokens;

	@Autowired
	Scheduler scheduler;

	@Test
	void aRunMakesUnitsOfDepartmentsAndBindsOrMakesOfficials() {
		String bureau = id();
		String squad = id();
		String town = id();
		String townName = "城关镇" + tag();
		department(bureau, "1", "县统计局");
		department(squad, bureau, "执法大队");
		department(town, "1", townName);
		// the roster entered the town and the bureau's head (with a mobile, no account)
		OrgUnit townUnit = directory.createUnit(root.id(), "roster-" + tag(), townName, "TOWNSHIP");
		String headMobile = mobile();
		long head = directory.addOfficial("王强", "县统计局局长", root.id(), headMobile).id();
		String headUser = "wq" + id();
		String newcomer = "lx" + id();
		String nameless = "anon" + id();
		member(headUser, "王强", headMobile, "局长", bureau);
		member(newcomer, "李晓", mobile(), "执法大队队长", squad);
		member(nameless, null, null, null, town);

		SyncRun run = reconcile();

		assertThat(run.outcome()).isEqualTo("DONE");
		assertThat(run.triggerKind()).isEqualTo("MANUAL");
		assertThat(run.unitId()).isEqualTo(root.id());
		// units: the bureau and its squad are new, the town is the roster's unit
		long bureauUnit = unitOf(bureau);
		assertThat(directory.unit(bureauUnit)).satisfies(u -> {
			assertThat(u.name()).isEqualTo("县统计局");
			assertThat(u.parentId()).isEqualTo(root.id());
		});
		assertThat(directory.unit(unitOf(squad)).parentId()).isEqualTo(bureauUnit);
		assertThat(directory.unit(unitOf(squad)).path()).startsWith(directory.unit(bureauUnit).path());
		assertThat(unitOf(town)).isEqualTo(townUnit.id());
		assertThat(lines(run, bureau)).extracting(SyncReports.Line::kind).containsExactly("CREATED");
		assertThat(lines(run, town)).extracting(SyncReports.Line::kind).containsExactly("BOUND");
		// people: the head is bound by mobile and keeps the roster's post; the newcomer
		// is made; no name, no guess
		assertThat(boundTo(headUser)).isEqualTo(head);
		assertThat(directory.official(head).post()).isEqualTo("县统计局局长");
		assertThat(lines(run, headUser)).extracting(SyncReports.Line::kind).containsExactly("BOUND");
		Official made = directory.official(boundTo(newcomer));
		assertThat(made.name()).isEqualTo("李晓");
		assertThat(made.post()).isEqualTo("执法大队队长");
		assertThat(made.unitId()).isEqualTo(unitOf(squad));
		assertThat(lines(run, newcomer)).extracting(SyncReports.Line::kind).containsExactly("CREATED");
		assertThat(boundTo(nameless)).isNull();
		assertThat(lines(run, nameless)).singleElement().satisfies(l -> {
			assertThat(l.kind()).isEqualTo("UNMATCHED");
			assertThat(l.text()).contains(nameless);
		});
		assertThat(run.created()).isGreaterThanOrEqualTo(3);
		assertThat(run.bound()).isGreaterThanOrEqualTo(2);

		// the same org again changes nothing
		SyncRun again = reconcile();
		for (String ref : List.of(bureau, squad, town, headUser, newcomer)) {
			assertThat(lines(again, ref)).as(ref).isEmpty();
		}
		assertThat(lines(again, nameless)).extracting(SyncReports.Line::kind).containsExactly("UNMATCHED");
	}

	@Test
	void anOfficialTheSyncMadeFollowsThePlatformAndOneWhoLeftIsDeactivated() {
		String office = id();
		String moved = id();
		department(office, "1", "县政府办");
		department(moved, "1", "县发改委");
		String user = "ch" + id();
		member(user, "陈红", mobile(), "科员", office);
		reconcile();
		long official = boundTo(user);

		member(user, "陈红梅", null, "副主任", moved);
		SyncRun changed = reconcile();
		assertThat(directory.official(official)).satisfies(o -> {
			assertThat(o.name()).isEqualTo("陈红梅");
			assertThat(o.post()).isEqualTo("副主任");
			assertThat(o.unitId()).isEqualTo(unitOf(moved));
		});
		assertThat(lines(changed, user)).extracting(SyncReports.Line::kind).containsOnly("CHANGED").hasSize(3);

		emulator.dingTalk().directory().removeUser(user);
		SyncRun left = reconcile();
		assertThat(directory.official(official).active()).isFalse();
		assertThat(lines(left, user)).extracting(SyncReports.Line::kind).containsExactly("DEACTIVATED");
		assertThat(left.deactivated()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void conflictsAreReportedNeverGuessed() {
		String dept = id();
		department(dept, "1", "县财政局");
		// two officials with one mobile
		String shared = mobile();
		long a = directory.addOfficial("赵甲", "科长", root.id(), shared).id();
		long b = directory.addOfficial("赵乙", "科员", root.id(), shared).id();
		String sharer = "zy" + id();
		member(sharer, "赵一", shared, "科员", dept);
		// an official already bound to another account (in a unit outside the synced one)
		OrgUnit elsewhere = directory.createUnit(null, "far-" + tag(), "外县（测试）", "COUNTY");
		String theirs = mobile();
		long c = directory.addOfficial("钱丙", "局长", elsewhere.id(), theirs).id();
		directory.bindIdentity("DINGTALK", emulator.dingTalk().app().corpId(), "qb-old" + id(), c);
		String second = "qb" + id();
		member(second, "钱丙", theirs, "局长", dept);

		// an account bound to another official whose platform mobile is an unbound
		// official's
		String kMobile = mobile();
		long k = directory.addOfficial("孔丁", "副局长", root.id(), kMobile).id();
		long other = directory.addOfficial("孔戊", "科员", elsewhere.id()).id();
		String kd = "kd" + id();
		directory.bindIdentity("DINGTALK", emulator.dingTalk().app().corpId(), kd, other);
		member(kd, "孔丁", kMobile, "副局长", dept);

		SyncRun run = reconcile();

		assertThat(lines(run, kd)).extracting(SyncReports.Line::kind).containsExactly("CONFLICT", "CONFLICT");
		assertThat(lines(run, kd)).extracting(SyncReports.Line::text)
			.anySatisfy(t -> assertThat(t).contains("孔戊").contains("孔丁"));
		assertThat(boundTo(kd)).isEqualTo(other);
		assertThat(directory.official(k).mobile()).isEqualTo(kMobile);
		assertThat(directory.official(other).mobile()).as("never given another's mobile").isNull();
		assertThat(directory.identitiesOf(k)).isEmpty();

		assertThat(lines(run, sharer)).singleElement().satisfies(l -> {
			assertThat(l.kind()).isEqualTo("CONFLICT");
			assertThat(l.text()).contains("赵甲").contains("赵乙").doesNotContain(shared);
		});
		assertThat(lines(run, second)).singleElement().satisfies(l -> {
			assertThat(l.kind()).isEqualTo("CONFLICT");
			assertThat(l.text()).contains("钱丙");
		});
		assertThat(boundTo(sharer)).isNull();
		assertThat(boundTo(second)).isNull();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM official WHERE name IN ('赵一')", Long.class)).isZero();
		assertThat(directory.official(a).active()).isTrue();
		assertThat(directory.official(b).active()).isTrue();
		assertThat(run.conflicts()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void anOfficialWithAMobileIsFoundByThePlatformsLookUpWhenListsGiveNoMobiles() {
		String dept = id();
		department(dept, "1", "县教育局");
		String theMobile = mobile();
		long official = directory.addOfficial("孙明", "县教育局局长", root.id(), theMobile).id();
		String user = "sm" + id();
		member(user, "孙明", theMobile, "局长", dept);
		emulator.dingTalk().withhold(emulator.dingTalk().app(), ContactPermission.MOBILE);

		SyncRun run = reconcile();

		assertThat(boundTo(user)).isEqualTo(official);
		assertThat(lines(run, user)).extracting(SyncReports.Line::kind).containsExactly("BOUND");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM official WHERE name = '孙明'", Long.class)).isOne();
	}

	@Test
	void thePlatformsRefusalsAreInTheReportWithItsCodeAndNobodyIsDeactivated() {
		String dept = id();
		department(dept, "1", "县审计局");
		String user = "kp" + id();
		member(user, "周平", mobile(), "科员", dept);
		reconcile();
		long official = boundTo(user);

		emulator.dingTalk().withhold(emulator.dingTalk().app(), ContactPermission.DEPARTMENT_MEMBER);
		SyncRun partial = reconcile();
		assertThat(partial.outcome()).isEqualTo("PARTIAL");
		assertThat(partial.failed()).isPositive();
		assertThat(lines(partial, dept)).singleElement().satisfies(l -> {
			assertThat(l.kind()).isEqualTo("FAILED");
			assertThat(l.code()).isEqualTo("60011");
			assertThat(l.platformMessage()).contains("qyapi_get_department_member");
		});
		assertThat(directory.official(official).active()).as("not listed is not read: nobody is deactivated").isTrue();

		emulator.dingTalk().withhold(emulator.dingTalk().app(), ContactPermission.DEPARTMENT_LIST);
		SyncRun failed = reconcile();
		assertThat(failed.outcome()).isEqualTo("FAILED");
		assertThat(reports.one(Actor.SYSTEM, failed.id()).entries()).singleElement().satisfies(l -> {
			assertThat(l.kind()).isEqualTo("FAILED");
			assertThat(l.code()).isEqualTo("60011");
		});
		assertThat(directory.official(official).active()).isTrue();
	}

	@Test
	void theReportIsForAdministratorsOverTheSyncedUnitOverRest() throws Exception {
		long admin = directory.addOfficial("吴管理", "系统管理员", root.id()).id();
		directory.assignRole(admin, Role.ADMIN, null, root.id());
		long organizer = directory.addOfficial("冯组织", "县委组织部干部科科长", root.id()).id();
		directory.assignRole(organizer, Role.ORGANIZER, null, root.id());
		String adminToken = tokens.issue(admin, "sync test");
		String organizerToken = tokens.issue(organizer, "sync test");

		HttpResponse<String> ran = http("POST", "/api/directory/sync/dingtalk/county", adminToken);
		assertThat(ran.statusCode()).isEqualTo(201);
		JsonNode run = Json.read(ran.body());
		long id = run.path("id").asLong();
		assertThat(ran.headers().firstValue("Location")).contains("/api/directory/sync/runs/" + id);
		assertThat(run.path("trigger").asString()).isEqualTo("MANUAL");
		assertThat(run.path("requestedBy").path("id").asLong()).isEqualTo(admin);
		assertThat(run.path("unit").path("name").asString()).isEqualTo(root.name());
		assertThat(run.path("counts").has("created")).isTrue();
		assertThat(run.path("entries").isArray()).isTrue();

		JsonNode list = Json.read(http("GET", "/api/directory/sync/runs?limit=5", adminToken).body());
		assertThat(list.get(0).path("id").asLong()).isEqualTo(id);
		assertThat(list.get(0).path("entries").isNull()).isTrue();
		assertThat(http("GET", "/api/directory/sync/runs/" + id, adminToken).statusCode()).isEqualTo(200);

		HttpResponse<String> refused = http("POST", "/api/directory/sync/dingtalk/county", organizerToken);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(Json.read(refused.body()).path("code").asString()).isEqualTo("access.denied.SYNC_DIRECTORY");
		assertThat(http("GET", "/api/directory/sync/runs/" + id, organizerToken).statusCode()).isEqualTo(403);
		assertThat(http("GET", "/api/directory/sync/runs", organizerToken).statusCode()).isEqualTo(403);
		HttpResponse<String> unknown = http("POST", "/api/directory/sync/dingtalk/nowhere", adminToken);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(Json.read(unknown.body()).path("code").asString()).isEqualTo("error.notFound.syncSource");
		assertThat(http("GET", "/api/directory/sync/runs/999999999", adminToken).statusCode()).isEqualTo(404);
		assertThat(http("POST", "/api/directory/sync/dingtalk/county", null).statusCode()).isEqualTo(401);
	}

	@Test
	void theNightlyJobIsScheduledAndRunsEverySource() throws Exception {
		assertThat(scheduler.getTrigger(ReconcileDirectoriesJob.NIGHTLY)).isInstanceOfSatisfying(CronTrigger.class,
				t -> {
					assertThat(t.getCronExpression()).isEqualTo(SyncProperties.DEFAULT_CRON);
					assertThat(t.getTimeZone().getID()).isEqualTo("Asia/Shanghai");
				});
		long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM sync_run", Long.class);

		sync.reconcileAll();

		assertThat(jdbc.queryForList("SELECT trigger_kind FROM sync_run WHERE id > ?", String.class, before))
			.containsExactly("NIGHTLY");
	}

	@Test
	void anUnboundPersonWhoseMobileIsAnOfficialsIsBoundOnTheirFirstMessage() throws Exception {
		String dept = id();
		department(dept, "1", "县民政局");
		String theMobile = mobile();
		long official = directory.addOfficial("郑敏", "县民政局局长", root.id(), theMobile).id();
		String user = "zm" + id();
		member(user, "郑敏", theMobile, "局长", dept);
		long mark = mark();

		emulator.dingTalkCallbacks()
			.sendRobotMessageOverStream(emulator.dingTalkCallbacks().privateText(user, "帮助"))
			.get(10, TimeUnit.SECONDS);

		List<Delivery> said = awaitTo(user, mark);
		assertThat(boundTo(user)).isEqualTo(official);
		assertThat(said.get(0).content()).doesNotContain("还没有绑定");
	}

	@Test
	void anUnboundPersonIsToldWhomToContactAndTheOrganizersOnceADay() throws Exception {
		String dept = id();
		department(dept, "1", "县水利局");
		reconcile();
		long organizer = directory.addOfficial("蒋组织", "县委组织部干部科科长", root.id()).id();
		directory.assignRole(organizer, Role.ORGANIZER, null, root.id());
		String user = "nb" + id();
		member(user, "韩某", null, "科员", dept);
		long rowsBefore = triedRows(organizer);
		long mark = mark();

		for (int i = 0; i < 2; i++) {
			emulator.dingTalkCallbacks()
				.sendRobotMessageOverStream(emulator.dingTalkCallbacks().privateText(user, "帮助"))
				.get(10, TimeUnit.SECONDS);
		}

		await()
			.until(() -> emulator.record().deliveries(d -> d.seq() > mark && d.recipient().equals(user)).size() >= 2);
		List<Delivery> said = awaitTo(user, mark);
		assertThat(said).allSatisfy(
				d -> assertThat(d.content()).contains("还没有绑定").contains("蒋组织").contains("县委组织部干部科科长").contains("县水利局"));
		assertThat(boundTo(user)).isNull();
		assertThat(triedRows(organizer) - rowsBefore).as("told once a day, not once a message").isOne();
	}

	private long triedRows(long organizer) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM outbox WHERE event = 'UNBOUND_PERSON_TRIED'" + " AND recipient_id = ?",
				Long.class, organizer);
	}

	private long mark() {
		List<Delivery> all = emulator.record().deliveries();
		return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
	}

	private List<Delivery> awaitTo(String user, long mark) {
		await().until(() -> !delivered(user, mark).isEmpty());
		return delivered(user, mark);
	}

	private List<Delivery> delivered(String user, long mark) {
		return emulator.record()
			.deliveries(d -> d.seq() > mark && d.recipient().equals(user) && d.outcome() == Outcome.DELIVERED);
	}

}
