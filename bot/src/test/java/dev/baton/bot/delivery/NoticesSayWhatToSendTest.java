package dev.baton.bot.delivery;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.urge.Urges;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.escalation.EscalationSweep;
import dev.baton.bot.handover.SuccessorChanges;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.calendar.WorkCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 22, finding 13: the escalation and the urge about an overdue 签收 did not say to
 * reply 签收, and the request to confirm the items gave no deadline. A reminder, an
 * escalation or an urge to one who has to act says what to send for that step, as 我的待办
 * says it; the request to confirm says by when. And the change of successor said
 * "清单须于…前提交" in every state: it says so only while the checklist is to be submitted, as
 * past once past, and what comes next once it is submitted.
 */
@DomainContext
@Import(StagedHandovers.class)
class NoticesSayWhatToSendTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	MutableClock clock;

	@Autowired
	TimeSource time;

	@Autowired
	WorkCalendar calendar;

	@Autowired
	StagedHandovers staged;

	@Autowired
	EscalationSweep sweep;

	@Autowired
	Urges urges;

	@Autowired
	SuccessorChanges changes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	TestOrg org;

	@BeforeEach
	void setUp() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
	}

	@AfterEach
	void resetClock() {
		clock.set(DomainContext.Clocks.START);
	}

	@Test
	void theReminderTheEscalationAndTheUrgeOfTheReceiptSayToReplyReceipt() {
		long id = staged.opened(org);
		long receipt = stepId(id, "NOTICE_RECEIPT", "");
		LocalDate due = jdbc.queryForObject("SELECT due_on FROM waiting_step WHERE id = ?", LocalDate.class, receipt);
		// 09:30 on the due day: the reminder
		clock.set(due.atTime(1, 30).toInstant(ZoneOffset.UTC));
		sweep.sweepDue();
		says(id, OutboxEvent.REMINDER, "【交接提醒】", "请今天办理：回复“签收”。", "please act today: reply \"acknowledge\".");

		// 10:00 on the next working day after the 签收 was due: the escalation
		LocalDate next = due.plusDays(1);
		while (!calendar.isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		clock.set(next.atTime(2, 0).toInstant(ZoneOffset.UTC));
		sweep.sweepDue();

		says(id, OutboxEvent.ESCALATION, "【逾期督办】", "请尽快办理：回复“签收”。", "please act now: reply \"acknowledge\".");

		urges.urge(org.actor(org.organizer), id, receipt, "请尽快签收");
		says(id, OutboxEvent.STEP_URGED, "【催办】", "留言：“请尽快签收”。请回复“签收”。", "To act, reply \"acknowledge\".");
	}

	@Test
	void theUrgeOfAReviewSaysHowToApproveOrReturn() {
		long id = staged.inReview(org, List.of(Stated.work("统计平台二期")));
		urges.urge(org.actor(org.organizer), id, stepId(id, "REVIEW", "FINANCE"), null);

		assertThat(last(id, OutboxEvent.STEP_URGED, org.financeReviewer, Locale.SIMPLIFIED_CHINESE))
			.contains("“联合审核（财政部门）”")
			.contains("请回复“清单”查看后，回复“通过”或“退回 第N项 意见”。");
	}

	@Test
	void theRequestToConfirmSaysByWhen() {
		long id = staged.confirming(org, "default", List.of(Stated.work("统计平台二期")));
		LocalDate due = jdbc.queryForObject("SELECT due_on FROM waiting_step WHERE id = ?", LocalDate.class,
				stepId(id, "CONFIRMATION", ""));

		assertThat(last(id, OutboxEvent.CONFIRMATION_REQUESTED, org.successor, Locale.SIMPLIFIED_CHINESE))
			.contains("请" + directory.official(org.successor).name() + "同志于" + due + "前逐项确认或提出异议");
		assertThat(last(id, OutboxEvent.CONFIRMATION_REQUESTED, org.successor, Locale.ENGLISH))
			.contains("please confirm or dispute each item by " + due + ".");
	}

	@Test
	void theChangeOfSuccessorSaysTheChecklistDayOnlyWhileItIsToBeSubmitted() {
		long drafting = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		LocalDate checklistDue = checklistDue(drafting);
		changes.change(org.actor(org.organizer), drafting, newcomer(org, "冯新任"), "原人选另有任用");
		assertThat(last(drafting, OutboxEvent.SUCCESSOR_CHANGED, org.departing, Locale.SIMPLIFIED_CHINESE))
			.contains("清单须于" + checklistDue + "前提交；联合审核通过后")
			.doesNotContain("已逾期");

		TestOrg second = new TestOrg(directory, actors, "default");
		long inReview = staged.inReview(second, List.of(Stated.work("统计平台三期")));
		changes.change(second.actor(second.organizer), inReview, newcomer(second, "韩再任"), "原人选另有任用");
		assertThat(last(inReview, OutboxEvent.SUCCESSOR_CHANGED, second.departing, Locale.SIMPLIFIED_CHINESE))
			.contains("清单已提交，正在联合审核；审核通过后，由接任干部韩再任同志逐项确认。")
			.doesNotContain("清单须于");
		assertThat(last(inReview, OutboxEvent.SUCCESSOR_CHANGED, second.departing, Locale.ENGLISH))
			.contains("the checklist has been submitted and is in joint review")
			.doesNotContain("is due by");

		TestOrg third = new TestOrg(directory, actors, "default");
		long confirming = staged.confirming(third, "default", List.of(Stated.work("统计平台四期")));
		changes.change(third.actor(third.organizer), confirming, newcomer(third, "卫三任"), "原人选另有任用");
		assertThat(last(confirming, OutboxEvent.SUCCESSOR_CHANGED, third.departing, Locale.SIMPLIFIED_CHINESE))
			.contains("清单已通过联合审核，下一步由接任干部卫三任同志逐项确认。")
			.doesNotContain("清单须于")
			.doesNotContain("联合审核通过后");
	}

	@Test
	void theChangeOfSuccessorAfterTheChecklistDaySaysItIsOverdue() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		LocalDate checklistDue = checklistDue(id);
		clock.advance(java.time.Duration.ofDays(30));
		int late = calendar.workingDaysBetween(checklistDue, time.today());

		changes.change(org.actor(org.organizer), id, newcomer(org, "冯新任"), "原人选另有任用");

		assertThat(last(id, OutboxEvent.SUCCESSOR_CHANGED, org.departing, Locale.SIMPLIFIED_CHINESE))
			.contains("清单须于" + checklistDue + "前提交（该期限已过，已逾期" + late + "个工作日，请尽快提交）；");
		assertThat(last(id, OutboxEvent.SUCCESSOR_CHANGED, org.departing, Locale.ENGLISH))
			.contains("due by " + checklistDue + " (already past: " + late + " working day");
		// submitting is the departing official's part: the replaced successor is told it
		// is late, not asked to submit (newcomer 24, finding 8)
		assertThat(last(id, OutboxEvent.SUCCESSOR_CHANGED, org.successor, Locale.SIMPLIFIED_CHINESE))
			.contains("清单须于" + checklistDue + "前提交（该期限已过，已逾期" + late + "个工作日，尚待离任干部提交）；")
			.doesNotContain("请尽快提交");
		assertThat(last(id, OutboxEvent.SUCCESSOR_CHANGED, org.successor, Locale.ENGLISH))
			.contains("the departing official has yet to submit it")
			.doesNotContain("please submit");
	}

	private long newcomer(TestOrg in, String name) {
		return directory.addOfficial(name, "局长（新拟任）", in.department.id()).id();
	}

	private LocalDate checklistDue(long handoverId) {
		return jdbc.queryForObject(
				"SELECT due_on FROM waiting_step WHERE handover_id = ? AND kind = 'CHECKLIST'" + " AND done_at IS NULL",
				LocalDate.class, handoverId);
	}

	private long stepId(long handoverId, String kind, String subject) {
		return jdbc.queryForObject("SELECT id FROM waiting_step WHERE handover_id = ? AND kind = ? AND subject = ?"
				+ " AND done_at IS NULL", Long.class, handoverId, kind, subject);
	}

	/**
	 * The newest notice of the event to the departing official, in Chinese and in
	 * English.
	 */
	private void says(long handoverId, OutboxEvent event, String head, String zh, String en) {
		assertThat(last(handoverId, event, org.departing, Locale.SIMPLIFIED_CHINESE)).startsWith(head).contains(zh);
		assertThat(last(handoverId, event, org.departing, Locale.ENGLISH)).contains(en);
	}

	/** The newest notice of the event to the official about the handover, as read. */
	private String last(long handoverId, OutboxEvent event, long recipient, Locale locale) {
		String payload = jdbc.queryForObject(
				"SELECT payload FROM outbox WHERE handover_id = ? AND event = ? AND recipient_id = ? ORDER BY id DESC LIMIT 1",
				String.class, handoverId, event.name(), recipient);
		return new NotificationRenderer(messages, locale).render(event, JsonMapper.builder().build().readTree(payload));
	}

}
