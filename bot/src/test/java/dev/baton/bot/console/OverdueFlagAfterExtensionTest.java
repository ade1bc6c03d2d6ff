package dev.baton.bot.console;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.escalation.EscalationSweep;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.PlanStep;
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
 * Newcomer 15, finding 8: after 延期 of an overdue checklist the 久拖不交 banner on the record
 * page sat in a green box and still said "overdue since": a discipline flag is a warning,
 * and once the step is extended it says the days it was overdue (from the day after the
 * old due day to the day of the extension) and to when and by whom it was extended; the
 * flag itself stays.
 */
@DomainContext
@Import(StagedHandovers.class)
class OverdueFlagAfterExtensionTest {

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
	FollowUpService followUp;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	@BeforeEach
	void org() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
	}

	@Test
	void theFlagIsAWarningAndSaysTheOverduePeriodAndTheExtension() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		clock.set(Instant.parse("2026-12-08T03:00:00Z")); // the checklist due 12-07
		sweep.sweepDue(); // raises 久拖不交
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM discipline_flag WHERE handover_id = ? AND flag = 'OVERDUE_HANDOVER'", Long.class,
				id))
			.isEqualTo(1);

		clock.set(Instant.parse("2026-12-09T02:00:00Z"));
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		String before = flags(http, id);
		assertThat(before).as("a discipline flag is never in the green box")
			.startsWith("<ul id=\"flag-reasons\" class=\"warning\">")
			.doesNotContain("class=\"note\"")
			.contains("久拖不交（2026-12-08记）")
			.as("nothing extended yet")
			.doesNotContain("flag-extended");

		assertThat(http
			.post("/console/handovers/" + id + "/extend",
					form("until", "2026-12-11", "reason", "离任干部住院", "_csrf",
							csrf(http.get("/console/handovers/" + id))))
			.statusCode()).isEqualTo(302);

		String after = flags(http, id);
		assertThat(after).startsWith("<ul id=\"flag-reasons\" class=\"warning\">")
			.as("the flag stays on the record, with the days it was overdue and the extension")
			.contains("data-flag=\"OVERDUE_HANDOVER\"")
			.contains("久拖不交（2026-12-08记）")
			.contains(
					"<span class=\"flag-extended\">填报交接清单：逾期期间2026-12-08至2026-12-09，2026-12-09由王组织延期至2026-12-11。</span>");
		// newcomer 22, finding 15: the reason ran 「…起逾期」 into 「逾期期间…」 with no 。
		assertThat(after).contains("起逾期。</span><br>").doesNotContain("起逾期</span>");
	}

	/**
	 * Newcomer 21, finding 1: the checklist moved before it was due, then the overdue 签收
	 * extended; the period is 签收's own (from the day after its due day), never
	 * "2026-12-17至2026-12-09" from the checklist's days.
	 */
	@Test
	void theOverduePeriodIsTheOverdueStepsOwn() {
		long id = staged.opened(org);
		long receipt = step(id, "NOTICE_RECEIPT");
		LocalDate receiptDue = due(receipt);
		LocalDate checklistDue = due(step(id, "CHECKLIST"));
		LocalDate today = receiptDue.plusDays(1);
		clock.set(Instant.parse(today + "T03:00:00Z"));
		sweep.sweepDue(); // 签收 overdue: 久拖不交
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		// the stage's deadline (the checklist, not due yet), then 签收 on its own
		extend(http, id, form("until", checklistDue.plusDays(2).toString(), "reason", "离任干部在外地培训"));
		extend(http, id,
				form("stepId", Long.toString(receipt), "until", today.plusDays(1).toString(), "reason", "离任干部在外地培训"));

		assertThat(flags(http, id)).contains("data-flag=\"OVERDUE_HANDOVER\"")
			.contains("<span class=\"flag-extended\">签收交接通知书：逾期期间" + today + "至" + today + "，" + today + "由王组织延期至"
					+ today.plusDays(1) + "。</span>");
	}

	/**
	 * Newcomer 22, finding 2: 签收 extended while overdue, then the checklist extended
	 * while overdue; the 久拖不交 note keeps both, each under its own step with its own
	 * overdue period and new day (the second had replaced the first, and put its day
	 * under 签收's period).
	 */
	@Test
	void eachExtensionOfTheFlagsStepsIsNotedUnderItsOwnStep() {
		long id = staged.opened(org);
		long receipt = step(id, "NOTICE_RECEIPT");
		long checklist = step(id, "CHECKLIST");
		LocalDate receiptLate = due(receipt).plusDays(1);
		clock.set(Instant.parse(receiptLate + "T03:00:00Z"));
		sweep.sweepDue(); // 签收 overdue: 久拖不交
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		extend(http, id, form("stepId", Long.toString(receipt), "until", receiptLate.plusDays(1).toString(), "reason",
				"离任干部在外地培训"));
		LocalDate receiptNow = due(receipt);
		LocalDate checklistDue = due(checklist);
		LocalDate checklistLate = checklistDue.plusDays(2);
		clock.set(Instant.parse(checklistLate + "T03:00:00Z"));
		// the session does not outlive the days moved: sign in again
		jdbc.update("DELETE FROM console_account WHERE official_id = ?", org.organizer);
		http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		extend(http, id, form("stepId", Long.toString(checklist), "until", checklistLate.plusDays(3).toString(),
				"reason", "清单涉及资产待盘点"));
		LocalDate checklistNow = due(checklist);
		assertThat(checklistNow).as("the checklist moved").isAfter(checklistLate);

		assertThat(flags(http, id)).contains("data-flag=\"OVERDUE_HANDOVER\"")
			.contains("<span class=\"flag-extended\">签收交接通知书：逾期期间" + receiptLate + "至" + receiptLate + "，" + receiptLate
					+ "由王组织延期至" + receiptNow + "；填报交接清单：逾期期间" + checklistDue.plusDays(1) + "至" + checklistLate + "，"
					+ checklistLate + "由王组织延期至" + checklistNow + "。</span>");
		assertThat(flags(http, id + "?lang=en"))
			.contains("<span class=\"flag-extended\">Acknowledge the notice: overdue from " + receiptLate + " to "
					+ receiptLate + ", extended on " + receiptLate + " by 王组织 to " + receiptNow
					+ "; Fill in the checklist: overdue from " + checklistDue.plusDays(1) + " to " + checklistLate
					+ ", extended on " + checklistLate + " by 王组织 to " + checklistNow + ".</span>");
	}

	/**
	 * Newcomer 21, finding 2: a plan step's extension is noted on 交后不理 (the flag about
	 * it) with its own overdue period.
	 */
	@Test
	void aPlanStepsExtensionIsOnItsOwnFlag() {
		long id = planStepExtendedWhenOverdue();
		String flags = flags(http, id);
		assertThat(flags).contains("data-flag=\"NEGLECT_AFTER_HANDOVER\"");
		String neglect = flags.substring(flags.indexOf("data-flag=\"NEGLECT_AFTER_HANDOVER\""));
		assertThat(neglect).contains("推进计划步骤1.1：逾期期间2026-11-26至2026-11-26，2026-11-26由王组织延期至2026-11-30。");
	}

	/**
	 * Newcomer 21, finding 3: the extended plan step's new due day is the step's own, so
	 * the record's plan (and 进度, the which-step card, the API, which read it) shows it.
	 */
	@Test
	void anExtendedPlanStepsNewDayShowsOnThePlan() {
		long id = planStepExtendedWhenOverdue();
		assertThat(followUp.steps(id)).singleElement().satisfies(s -> assertThat(s.dueOn()).hasToString("2026-11-30"));
		// the plan as it stands (the audit trail keeps the plan as submitted, 2026-11-25)
		assertThat(ConsoleHttp.section(http.get("/console/handovers/" + id).body(), "followup"))
			.contains("第1项 步骤1：完成平台终验（2026-11-30前）")
			.doesNotContain("2026-11-25前");
	}

	/** The organizer signed in, once the clock was moved. */
	ConsoleHttp http;

	/**
	 * Archived, a plan step due 11-25, overdue on 11-26 (交后不理), extended to 11-30 by the
	 * organizer, signed in as {@link #http}.
	 */
	private long planStepExtendedWhenOverdue() {
		long id = staged.archived(org, "default", List.of(Stated.work("统计平台二期")));
		followUp.submitPlan(org.actor(org.successor), id, 1,
				List.of(new PlanStep("完成平台终验", LocalDate.parse("2026-11-25"))));
		clock.set(Instant.parse("2026-11-26T03:00:00Z"));
		sweep.sweepDue();
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM discipline_flag WHERE handover_id = ? AND flag = 'NEGLECT_AFTER_HANDOVER'",
				Long.class, id))
			.isEqualTo(1);
		http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		extend(http, id,
				form("stepId", Long.toString(step(id, "FOLLOW_UP_STEP")), "until", "2026-11-30", "reason", "等财政拨款到账"));
		return id;
	}

	private static void extend(ConsoleHttp http, long id, java.util.Map<String, String> fields) {
		fields.put("_csrf", csrf(http.get("/console/handovers/" + id)));
		var answer = http.post("/console/handovers/" + id + "/extend", fields);
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(http.get("/console/handovers/" + id).body()).as("extended").doesNotContain("id=\"refusal\"");
	}

	private long step(long handoverId, String kind) {
		return jdbc.queryForObject("SELECT id FROM waiting_step WHERE handover_id = ? AND kind = ? AND done_at IS NULL",
				Long.class, handoverId, kind);
	}

	private LocalDate due(long stepId) {
		return jdbc.queryForObject("SELECT due_on FROM waiting_step WHERE id = ?", LocalDate.class, stepId);
	}

	/** The flag banner of the record page, as served. */
	private static String flags(ConsoleHttp http, Object id) {
		var page = http.get("/console/handovers/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		int start = body.indexOf("<ul id=\"flag-reasons\"");
		assertThat(start).as("the flag banner").isNotNegative();
		return body.substring(start, body.indexOf("</ul>", start));
	}

}
