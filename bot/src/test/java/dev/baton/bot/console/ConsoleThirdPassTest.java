package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditCheckpoints;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.escalation.EscalationSweep;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's third pass (#17), over plain HTTP as the browser gets it: the escalations
 * sent say the handover and step, who was told, when, the level and the time left before
 * the next level; the record's 核验审计链 checks the handover's own chain and its anchoring
 * checkpoint (another handover's damaged row is not this one's problem, this one's is);
 * 发起交接 from the console refuses as chat does (a clash with a running handover, the same
 * person twice, a unit outside the organizer's scope, a reviewer) and opens nothing then.
 */
@DomainContext
@Import(StagedHandovers.class)
class ConsoleThirdPassTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	StagedHandovers staged;

	@Autowired
	EscalationSweep sweep;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	HandoverService handovers;

	@Autowired
	ChecklistService checklist;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	ConsoleHttp http;

	@BeforeEach
	void freshOrg() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
		http = signedIn(org.organizer);
	}

	@Test
	void anEscalationSentSaysTheStepWhoWasToldTheLevelAndTheTimeLeft() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		clock.set(java.time.Instant.parse("2026-12-08T02:00:00Z")); // 10:00 on the day
																	// after the checklist
																	// was due
		sweep.sweepDue();
		http = signedIn(org.organizer);
		String table = table(page("/console/dashboard"), "escalations");
		assertThat(table).contains("交接" + id + " " + org.department.name() + " 陈离任")
			.contains("填报交接清单")
			.contains("陈离任、王组织")
			.contains("1级督办")
			.contains("2026-12-08 10:00")
			// level 2 four working days after the due day (12-11, 09:00): 2 days 23 hours
			// from now
			.contains("还剩2天23小时：仍未办理的，2026-12-11 09:00发出2级督办");
		String english = table(page("/console/dashboard?lang=en"), "escalations");
		assertThat(english).contains("Fill in the checklist")
			.contains("Level 1")
			.contains("2 d 23 h left: if still not done, level 2 goes out at 2026-12-11 09:00");
	}

	@Test
	void theLastLevelSaysItIsTheLastAndHowLongSinceItWentOut() {
		// newcomer 21 #18: the demo's level 2 said "已过0小时0分钟，仍未办理", as if time
		// had run out, with no word that no further level follows
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		clock.set(java.time.Instant.parse("2026-12-18T03:00:00Z")); // 11:00, nine working
																	// days after the due
																	// day
		sweep.sweepDue();
		clock.set(java.time.Instant.parse("2026-12-18T05:30:00Z"));
		http = signedIn(org.organizer);
		String table = table(page("/console/dashboard"), "escalations");
		assertThat(table).contains("交接" + id).contains("3级督办").contains("已是最高一级督办，不再升级：发出后已过2小时30分钟，仍未办理");
		String english = table(page("/console/dashboard?lang=en"), "escalations");
		assertThat(english).contains("Level 3")
			.contains("The highest level, no further level follows: sent 2 h 30 min ago, not yet acted on");
	}

	@Test
	void onlyTheHighestLevelSentSaysItIsTheLastAnEarlierOneSaysWhatFollowedIt() {
		// newcomer 22 #3: the level 1 row said "已是最高一级督办" under the level 2 of the
		// same step
		staged.drafted(org, List.of(Stated.work("统计平台二期")));
		clock.set(java.time.Instant.parse("2026-12-08T02:00:00Z"));
		sweep.sweepDue();
		clock.set(java.time.Instant.parse("2026-12-11T02:00:00Z"));
		sweep.sweepDue();
		http = signedIn(org.organizer);
		String page = page("/console/dashboard");
		assertThat(row(page, 2)).contains("2级督办").contains("发出3级督办").doesNotContain("已是最高一级督办");
		assertThat(row(page, 1)).contains("1级督办").contains("其后已发出2级督办").doesNotContain("已是最高一级督办");

		clock.set(java.time.Instant.parse("2026-12-18T03:00:00Z"));
		sweep.sweepDue();
		http = signedIn(org.organizer);
		page = page("/console/dashboard");
		assertThat(row(page, 3)).contains("已是最高一级督办，不再升级");
		assertThat(row(page, 2)).contains("其后已发出3级督办").doesNotContain("已是最高一级督办");
		assertThat(row(page, 1)).contains("其后已发出3级督办").doesNotContain("已是最高一级督办");
		assertThat(row(page("/console/dashboard?lang=en"), 1)).contains("Followed by level 3")
			.doesNotContain("The highest level");
	}

	@Test
	void theRecordVerifiesTheHandoversOwnChainAndItsAnchoringCheckpoint() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		long other = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.stranger, org.successor, HandoverReason.TRANSFER))
			.id();
		checkpoints.checkpoint();
		long entries = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE chain_id = ?", Long.class, id);
		long checkpoint = jdbc.queryForObject("SELECT MAX(checkpoint_seq) FROM audit_anchor WHERE chain_id = ?",
				Long.class, id);
		assertThat(verify(id)).contains("交接" + id + "的审计链完整：已逐条核验本交接全部" + entries + "条审计记录")
			.contains("第" + entries + "条及以前由第" + checkpoint + "个检查点");

		// another handover's damaged row is that handover's problem, not this one's
		long otherSeq = jdbc.queryForObject("SELECT seq FROM audit_log WHERE chain_id = ? AND chain_seq = 1",
				Long.class, other);
		String otherDetail = jdbc.queryForObject("SELECT detail FROM audit_log WHERE seq = ?", String.class, otherSeq);
		long ownSeq = jdbc.queryForObject("SELECT seq FROM audit_log WHERE chain_id = ? AND chain_seq = 2", Long.class,
				id);
		String ownDetail = jdbc.queryForObject("SELECT detail FROM audit_log WHERE seq = ?", String.class, ownSeq);
		try {
			jdbc.update("UPDATE audit_log SET detail = ? WHERE seq = ?", "{\"reason\":\"改过\"}", otherSeq);
			assertThat(verify(id)).contains("审计链完整").doesNotContain("交接" + other);
			assertThat(verify(other)).contains("审计链不完整").contains("交接（编号" + other + "）的审计链第1条写入后被改动过");
			jdbc.update("UPDATE audit_log SET detail = ? WHERE seq = ?", "{\"reason\":\"改过\"}", ownSeq);
			assertThat(verify(id)).contains("审计链不完整").contains("交接（编号" + id + "）的审计链第2条写入后被改动过");
		}
		finally {
			jdbc.update("UPDATE audit_log SET detail = ? WHERE seq = ?", otherDetail, otherSeq);
			jdbc.update("UPDATE audit_log SET detail = ? WHERE seq = ?", ownDetail, ownSeq);
		}
		assertThat(verify(id)).contains("审计链完整");
	}

	@Test
	void openingFromTheConsoleRefusesAsChatDoesAndOpensNothing() {
		long running = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		long before = handoverCount();
		// the form lists the organizer's units with their policy
		String form = page("/console/handovers/new");
		assertThat(form).contains(org.department.name() + "（默认离任交接制度：清单").contains("陈离任");
		// a clash with the running handover: said, with the form as chosen
		HttpResponse<String> clash = open("/console/handovers/new", org.department.id(), org.departing, org.stranger);
		assertThat(clash.statusCode()).isEqualTo(400);
		assertThat(clash.body()).contains("id=\"refusal\"")
			.contains("交接" + running)
			.containsPattern("<option value=\"" + org.stranger + "\"\\s+selected");
		// the same person twice
		HttpResponse<String> same = open("/console/handovers/new", org.department.id(), org.stranger, org.stranger);
		assertThat(same.statusCode()).isEqualTo(400);
		assertThat(same.body()).contains("id=\"refusal\"");
		// a unit outside the organizer's scope, straight to the opening itself
		HttpResponse<String> outside = open("/console/handovers", org.elsewhere.id(), org.stranger, org.successor);
		assertThat(outside.statusCode()).isEqualTo(403);
		assertThat(outside.body()).contains("id=\"refusal\"").contains("这项交接没有发起");
		assertThat(handoverCount()).isEqualTo(before);

		// a reviewer: no link on the home page, the form refused
		ConsoleHttp reviewer = signedIn(org.auditReviewer);
		assertThat(reviewer.get("/console").body()).doesNotContain("/console/handovers/new");
		assertThat(reviewer.get("/console/handovers/new").statusCode()).isEqualTo(403);
		assertThat(page("/console")).contains("href=\"/console/handovers/new\"");
		assertThat(page("/console/dashboard")).contains("href=\"/console/handovers/new\"");
	}

	private HttpResponse<String> open(String path, long unitId, long departingId, long successorId) {
		return http.post(path,
				form("unitId", Long.toString(unitId), "departingId", Long.toString(departingId), "successorId",
						Long.toString(successorId), "reason", "TRANSFER", "_csrf",
						csrf(http.get("/console/handovers/new"))));
	}

	private long handoverCount() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM handover WHERE unit_id IN (?, ?)", Long.class,
				org.department.id(), org.elsewhere.id());
	}

	/** Presses 核验审计链 and reads what the record then says. */
	private String verify(long id) {
		HttpResponse<String> done = http.post("/console/handovers/" + id + "/audit/verify",
				form("_csrf", csrf(http.get("/console/handovers/" + id))));
		assertThat(done.statusCode()).isEqualTo(302);
		String record = page("/console/handovers/" + id);
		int at = record.indexOf("id=\"verification\"");
		assertThat(at).as("the verification is said").isPositive();
		return record.substring(at, record.indexOf("</div>", at));
	}

	private final java.util.Map<Long, String> usernames = new java.util.HashMap<>();

	/** A new session of the official (their console account made on first use). */
	/**
	 * Newcomer 22, finding 16: an escalation whose step was extended afterwards says the
	 * step was extended, not "acted on 0 h 0 min after it".
	 */
	@Test
	void anEscalationOfAStepExtendedAfterItSaysSoInsteadOfTheTimeToAct() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		clock.set(Instant.parse("2026-12-08T02:00:00Z"));
		sweep.sweepDue();
		http = signedIn(org.organizer);
		assertThat(http
			.post("/console/handovers/" + id + "/extend",
					form("until", "2026-12-11", "reason", "离任干部住院", "_csrf",
							csrf(http.get("/console/handovers/" + id))))
			.statusCode()).isEqualTo(302);
		String waiting = table(page("/console/dashboard"), "escalations");
		assertThat(waiting).contains("1级督办").contains("督办后，2026-12-08延期至2026-12-11；尚未办理");

		clock.set(Instant.parse("2026-12-08T02:01:00Z"));
		checklist.submit(org.actor(org.departing), id);
		String done = table(page("/console/dashboard"), "escalations");
		assertThat(done).contains("督办后，2026-12-08延期至2026-12-11；2026-12-08 10:01已办理").doesNotContain("督办后0小时");
		String english = table(page("/console/dashboard?lang=en"), "escalations");
		assertThat(english).contains("After it, extended on 2026-12-08 to 2026-12-11; acted on 2026-12-08 10:01")
			.doesNotContain("after it)");
	}

	@Test
	void anEscalationOfAStepNotExtendedAfterItKeepsTheTimeToAct() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		clock.set(Instant.parse("2026-12-08T02:00:00Z"));
		sweep.sweepDue();
		clock.set(Instant.parse("2026-12-08T03:30:00Z"));
		checklist.submit(org.actor(org.departing), id);
		http = signedIn(org.organizer);
		assertThat(table(page("/console/dashboard"), "escalations")).contains("交接" + id)
			.contains("2026-12-08 11:30已办理（督办后1小时30分钟）")
			.doesNotContain("延期至");
	}

	private ConsoleHttp signedIn(long officialId) {
		ConsoleHttp console = new ConsoleHttp(port);
		String username = usernames.computeIfAbsent(officialId, id -> {
			String name = "u" + UUID.randomUUID().toString().substring(0, 12);
			accounts.create(Actor.SYSTEM, id, name, ConsoleTestSupport.PASSWORD);
			return name;
		});
		assertThat(console
			.post("/console/signin",
					form("username", username, "password", ConsoleTestSupport.PASSWORD, "_csrf",
							csrf(console.get("/console/signin"))))
			.statusCode()).isEqualTo(302);
		return console;
	}

	private String page(String path) {
		HttpResponse<String> page = http.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	/** The escalations table's row of this level (the org has one handover). */
	private static String row(String page, int level) {
		String table = page.substring(page.indexOf("<table id=\"escalations\""));
		int start = table.indexOf("data-level=\"" + level + "\"");
		assertThat(start).as("row of level " + level).isNotNegative();
		return table.substring(start, table.indexOf("</tr>", start)).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
	}

	private static String table(String page, String id) {
		int start = page.indexOf("<table id=\"" + id + "\"");
		assertThat(start).as("table " + id).isNotNegative();
		return page.substring(start, page.indexOf("</table>", start)).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
	}

}
