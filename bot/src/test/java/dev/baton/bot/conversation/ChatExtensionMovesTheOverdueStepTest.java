package dev.baton.bot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.PlanStep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 21, findings 11 and 12: the escalation about an overdue step tells the
 * organizer to reply "交接5延期3天，理由……". Said in chat it moves the overdue step the
 * escalation is about (签收, not the checklist that was not due yet), and after archiving
 * the overdue plan step (as the console may), never "已封存归档，记录不能再修改".
 * <p>
 * Newcomer 24, finding 2: a period on an overdue step is counted from today.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class ChatExtensionMovesTheOverdueStepTest {

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	FollowUpService followUp;

	@Autowired
	StagedHandovers staged;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	TestOrg org;

	String organizer;

	@BeforeEach
	void setUp() {
		clock.set(DomainContext.Clocks.START);
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "default");
		directory.bindIdentity(chat.platform(), chat.corp(), "ext-chat-" + org.organizer, org.organizer);
		organizer = "ext-chat-" + org.organizer;
	}

	@Test
	void theOverdueReceiptMovesAndTheChecklistStays() {
		long id = staged.opened(org);
		LocalDate receiptDue = due(id, "NOTICE_RECEIPT");
		LocalDate checklistDue = due(id, "CHECKLIST");
		clock.set(Instant.parse(receiptDue.plusDays(1) + "T03:00:00Z"));

		List<String> reply = chat.say(organizer, "交接" + id + "延期3天，理由：离任干部在外地参加培训，周五返回");

		assertThat(due(id, "NOTICE_RECEIPT")).as("签收, the overdue step").isAfter(receiptDue);
		assertThat(due(id, "CHECKLIST")).as("the checklist, not due yet").isEqualTo(checklistDue);
		assertThat(reply).singleElement()
			.asString()
			.contains("“签收交接通知书”的期限已由" + receiptDue + "延至" + due(id, "NOTICE_RECEIPT"));
	}

	@Test
	void afterArchivingTheOverduePlanStepMoves() {
		long id = archivedWithPlanStepOverdue(LocalDate.parse("2026-11-25"));

		List<String> reply = chat.say(organizer, "交接" + id + "延期3天，理由：补贴发放需等财政拨款到账");

		LocalDate moved = due(id, "FOLLOW_UP_STEP");
		assertThat(moved).isAfter(LocalDate.parse("2026-11-25"));
		assertThat(reply).singleElement()
			.asString()
			.doesNotContain("已封存归档")
			.contains("步骤1.1")
			.contains("由2026-11-25延至" + moved);
		assertThat(followUp.steps(id)).singleElement()
			.satisfies(s -> assertThat(s.dueOn()).as("the plan step's own day").isEqualTo(moved));
	}

	/**
	 * Newcomer 22, finding 11: "延期3天" moved a Thursday's deadline to Monday (Sunday
	 * rolled forward) and the reply did not say so; the reply says how the period was
	 * counted. A step not yet due is counted from its due day (newcomer 24, finding 2).
	 */
	@Test
	void theReplySaysCalendarDaysAndTheRollOverOrWorkingDays() {
		long id = archivedWithPlanStep(LocalDate.parse("2026-11-26"), LocalDate.parse("2026-11-25"));

		List<String> reply = chat.say(organizer, "交接" + id + "延期3天，理由：补贴发放需等财政拨款到账");

		assertThat(due(id, "FOLLOW_UP_STEP")).as("Sunday 11-29 rolled to Monday").isEqualTo("2026-11-30");
		assertThat(reply).singleElement()
			.asString()
			.contains("由2026-11-26延至2026-11-30")
			.contains("按3天（自然日）计算；2026-11-29逢休息日或法定节假日，顺延至其后第一个工作日。");

		reply = chat.say(organizer, "交接" + id + "延期2个工作日，理由：终验专家下周才到");

		assertThat(due(id, "FOLLOW_UP_STEP")).isEqualTo("2026-12-02");
		assertThat(reply).singleElement()
			.asString()
			.contains("由2026-11-30延至2026-12-02")
			.contains("按2个工作日计算，不计休息日和法定节假日。")
			.doesNotContain("自然日");
	}

	/**
	 * Newcomer 24, finding 2: "刘志远那个交接给他延3天吧，他住院了没看到通知" on a checklist overdue since
	 * Monday 12-07 moved it to 12-10, one day from today: a period on an overdue step is
	 * counted from today (Wednesday 12-09: Saturday 12-12, rolled to Monday 12-14), and
	 * the reply says so.
	 */
	@Test
	void anOverdueStepIsGivenTheDaysFromToday() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		assertThat(due(id, "CHECKLIST")).isEqualTo("2026-12-07");
		clock.set(Instant.parse("2026-12-09T03:00:00Z"));

		List<String> reply = chat.say(organizer, directory.official(org.departing).name() + "那个交接给他延3天吧，他住院了没看到通知");

		assertThat(due(id, "CHECKLIST")).isEqualTo("2026-12-14");
		assertThat(reply).singleElement()
			.asString()
			.contains("由2026-12-07延至2026-12-14")
			.contains("原期限已过，自今日（2026-12-09）起按3天（自然日）计算；2026-12-12逢休息日或法定节假日，顺延至其后第一个工作日。");

		reply = chat.say(organizer, "交接" + id + "延期2个工作日，理由：还要调取凭证");

		assertThat(due(id, "CHECKLIST")).as("not overdue now: from its due day").isEqualTo("2026-12-16");
		assertThat(reply).singleElement().asString().contains("按2个工作日计算").doesNotContain("自今日");
	}

	/** An archived handover whose one plan step is due then, the day after. */
	private long archivedWithPlanStepOverdue(LocalDate due) {
		return archivedWithPlanStep(due, due.plusDays(1));
	}

	/** An archived handover whose one plan step is due then, on the day given. */
	private long archivedWithPlanStep(LocalDate due, LocalDate today) {
		long id = staged.archived(org, "default", List.of(Stated.work("统计平台二期")));
		followUp.submitPlan(org.actor(org.successor), id, 1, List.of(new PlanStep("完成平台终验", due)));
		clock.set(Instant.parse(today + "T03:00:00Z"));
		return id;
	}

	private LocalDate due(long handoverId, String kind) {
		return jdbc.queryForObject(
				"SELECT due_on FROM waiting_step WHERE handover_id = ? AND kind = ? AND done_at IS NULL",
				LocalDate.class, handoverId, kind);
	}

}
