package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
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
 * 延期 of any open step from the record page (newcomer 10, item 9): the 签收 step of a
 * handover just opened is moved on its own, within the policy's cap counted from its
 * first due day, and the checklist stays; past the cap it is refused with the latest day
 * and nothing moves; after archiving, the plan's deadline may be moved too.
 */
@DomainContext
@Import(StagedHandovers.class)
class ExtendAnyOpenStepTest {

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
	HandoverService handovers;

	@Autowired
	StagedHandovers staged;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	ConsoleHttp http;

	String username;

	@BeforeEach
	void signedInOrganizer() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
		username = "u" + UUID.randomUUID().toString().substring(0, 12);
		accounts.create(Actor.SYSTEM, org.organizer, username, ConsoleTestSupport.PASSWORD);
		signIn();
	}

	/** Signed in anew (a session lapses when the clock moves days on). */
	private void signIn() {
		http = new ConsoleHttp(port);
		assertThat(http
			.post("/console/signin",
					form("username", username, "password", ConsoleTestSupport.PASSWORD, "_csrf",
							csrf(http.get("/console/signin"))))
			.statusCode()).isEqualTo(302);
	}

	@Test
	void theReceiptStepIsExtendedOnItsOwnWithinTheCap() {
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		long receipt = step(id, "NOTICE_RECEIPT");
		LocalDate receiptDue = due(receipt);
		LocalDate checklistDue = due(step(id, "CHECKLIST"));
		String record = page("/console/handovers/" + id);
		assertThat(record).contains("<option value=\"" + receipt + "\"").contains("签收交接通知书，" + receiptDue + "到期");

		LocalDate to = receiptDue.plusDays(2);
		assertThat(http
			.post("/console/handovers/" + id + "/extend",
					form("stepId", Long.toString(receipt), "until", to.toString(), "reason", "离任干部出差", "_csrf",
							csrf(http.get("/console/handovers/" + id))))
			.statusCode()).isEqualTo(302);
		assertThat(page("/console/handovers/" + id)).contains("已将“签收交接通知书”的期限延至" + to);
		assertThat(due(receipt)).isEqualTo(to);
		assertThat(due(step(id, "CHECKLIST"))).as("the checklist stays").isEqualTo(checklistDue);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM outbox WHERE handover_id = ? AND event = 'DEADLINE_EXTENDED'", Long.class, id))
			.isPositive();
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE handover_id = ? AND action = 'DEADLINE_EXTENDED'", Long.class,
				id))
			.isEqualTo(1);

		// far past the cap: refused with the latest day said, nothing moves
		post(id, form("stepId", Long.toString(receipt), "until", receiptDue.plusDays(200).toString(), "reason", "再等等"));
		String refused = page("/console/handovers/" + id);
		assertThat(refused).contains("id=\"refusal\"").contains("最晚只能延至");
		assertThat(due(receipt)).isEqualTo(to);
		// the form came back with the step chosen
		assertThat(refused).containsPattern("<option value=\"" + receipt + "\"\\s+selected");
	}

	@Test
	void aReviewStepIsNamedWithItsDepartmentInTheBoxAndItsRefusals() {
		// newcomer 22 #10: two lines read "联合审核" with no department, and so did the
		// refusal past the cap
		long id = staged.inReview(org, List.of(Stated.work("统计平台二期")));
		long finance = jdbc.queryForObject(
				"SELECT id FROM waiting_step WHERE handover_id = ? AND kind = 'REVIEW' AND subject = 'FINANCE' AND done_at IS NULL",
				Long.class, id);
		LocalDate due = due(finance);
		post(id, form("stepId", Long.toString(finance), "until", due.plusDays(2).toString(), "reason", "财政部门人员出差"));
		String record = page("/console/handovers/" + id);
		assertThat(record).contains("已将“联合审核（财政部门）”的期限延至" + due.plusDays(2))
			.contains("联合审核（财政部门）：现于" + due.plusDays(2) + "到期")
			// the line that stands for the three other departments names none of them
			.contains("联合审核：现于" + due + "到期")
			.doesNotContain("联合审核（组织部门）：现于");

		post(id, form("stepId", Long.toString(finance), "until", due.plusDays(200).toString(), "reason", "再等等"));
		assertThat(page("/console/handovers/" + id)).contains("id=\"refusal\"").contains("“联合审核（财政部门）”原定" + due + "到期");
		post(id, form("stepId", Long.toString(finance), "until", due.toString(), "reason", "再等等"));
		assertThat(page("/console/handovers/" + id)).contains("id=\"refusal\"").contains("不晚于“联合审核（财政部门）”现在的期限");
	}

	@Test
	void afterArchivingThePlansDeadlineMayBeExtended() {
		long id = staged.archived(org, "default", List.of(Stated.work("统计平台二期")));
		long plan = step(id, "PLAN");
		LocalDate planDue = due(plan);
		String record = page("/console/handovers/" + id);
		assertThat(record).contains("<option value=\"" + plan + "\"").doesNotContain("本阶段的全部期限");
		post(id, form("stepId", Long.toString(plan), "days", "2", "unit", "WORKING_DAYS", "until", "", "reason",
				"接任干部到岗较晚"));
		// newcomer 22, finding 11: the result says how the period was counted
		assertThat(page("/console/handovers/" + id)).contains("已将“制定未了事项推进计划”的期限延至").contains("按2个工作日计算，不计休息日和法定节假日。");
		assertThat(due(plan)).isAfter(planDue);
	}

	/**
	 * Newcomer 24, finding 2: days of 延期 on a step already overdue are counted from
	 * today, and the page says so; the form's help says how days are counted.
	 */
	@Test
	void anOverdueChecklistGetsTheDaysFromToday() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		long checklist = step(id, "CHECKLIST");
		assertThat(due(checklist)).isEqualTo("2026-12-07");
		clock.set(java.time.Instant.parse("2026-12-09T03:00:00Z"));
		signIn();
		assertThat(page("/console/handovers/" + id)).contains("已逾期的期限自今日起算");

		post(id, form("stepId", Long.toString(checklist), "days", "3", "unit", "CALENDAR_DAYS", "until", "", "reason",
				"离任干部住院"));

		assertThat(due(checklist)).as("12-09 + 3 is Saturday 12-12, rolled to Monday").isEqualTo("2026-12-14");
		assertThat(page("/console/handovers/" + id)).contains("已将“填报交接清单”的期限延至2026-12-14")
			.contains("原期限已过，自今日（2026-12-09）起按3天（自然日）计算");
	}

	private void post(long id, java.util.Map<String, String> fields) {
		fields.put("_csrf", csrf(http.get("/console/handovers/" + id)));
		assertThat(http.post("/console/handovers/" + id + "/extend", fields).statusCode()).isEqualTo(302);
	}

	private long step(long handoverId, String kind) {
		return jdbc.queryForObject("SELECT id FROM waiting_step WHERE handover_id = ? AND kind = ? AND done_at IS NULL",
				Long.class, handoverId, kind);
	}

	private LocalDate due(long stepId) {
		return jdbc.queryForObject("SELECT due_on FROM waiting_step WHERE id = ?", LocalDate.class, stepId);
	}

	private String page(String path) {
		HttpResponse<String> page = http.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

}
