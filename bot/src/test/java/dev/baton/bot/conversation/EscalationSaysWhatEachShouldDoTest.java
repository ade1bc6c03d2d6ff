package dev.baton.bot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.access.SignerRole;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.console.urge.Urges;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.escalation.EscalationSweep;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.PlanStep;
import dev.baton.bot.handover.DeadlineExtensions;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.signoff.SignoffService;
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
 * Newcomer 20b, finding 5: an escalation of an overdue step says to each one told what is
 * expected of them (whoever owes it: do it; the organizer: urge, extend or call, and how;
 * a supervisor or discipline reviewer: press them), and the organizer's and supervisor's
 * 我的待办 lists the step they were escalated about until it is done. Newcomer 21, findings
 * 13, 15 and 17: a notice names the step as the dashboard does (推进计划步骤1.1, 签字（接任干部）),
 * says a step due today is due today, and tells an organizer who owes the step himself
 * that it is his to do, not to urge himself.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class EscalationSaysWhatEachShouldDoTest {

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	MutableClock clock;

	@Autowired
	StagedHandovers staged;

	@Autowired
	EscalationSweep sweep;

	@Autowired
	ChecklistService checklist;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	dev.baton.bot.inbox.InboxPurge purge;

	@Autowired
	ConfirmationService confirmation;

	@Autowired
	SignoffService signoff;

	@Autowired
	FollowUpService followUp;

	@Autowired
	DeadlineExtensions extensions;

	@Autowired
	Urges urges;

	TestOrg org;

	@BeforeEach
	void setUp() {
		clock.set(DomainContext.Clocks.START);
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "default");
	}

	@AfterEach
	void resetClock() {
		clock.set(DomainContext.Clocks.START);
	}

	@Test
	void eachOneToldIsToldTheirPartAndTheWatchersToDoListsTheStepUntilDone() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		// 10:00 on the day after the checklist was due: level 1, the departing official
		// and the organizer
		clock.set(Instant.parse("2026-12-08T02:00:00Z"));
		sweep.sweepDue();

		assertThat(escalation(id, org.departing, Locale.SIMPLIFIED_CHINESE)).startsWith("【逾期督办】")
			.contains("请尽快办理")
			.doesNotContain("组织人");
		assertThat(escalation(id, org.organizer, Locale.SIMPLIFIED_CHINESE)).startsWith("【逾期督办】")
			.contains("“填报交接清单”已于2026-12-07到期")
			.contains("您是这项交接的组织人，请督促办理")
			.contains("管理台“督办”页")
			.contains("“催办”")
			.contains("“延期”")
			.contains("回复“交接" + id + "延期3天，理由……”")
			.contains("联系离任干部")
			.doesNotContain("请尽快办理");
		assertThat(escalation(id, org.organizer, Locale.ENGLISH)).contains("As the organizer of this handover")
			.contains("催办 (Urge)");

		String organizer = user(org.organizer);
		assertThat(chat.say(organizer, "我的待办")).singleElement()
			.asString()
			.startsWith("您没有需要亲自办理的待办；您收到督办、尚未办结的环节共1项")
			.contains("【交接" + id + " ")
			.contains("填报交接清单，期限2026-12-07（已逾期")
			.contains("在管理台“督办”页点“催办”或“延期”，或回复“交接" + id + "延期3天");
		assertThat(chat.say(user(org.departing), "我的待办")).singleElement()
			.asString()
			.startsWith("您的待办共1项")
			.doesNotContain("收到督办");

		// level 2, four working days after the due day: the discipline reviewers and the
		// supervisors
		clock.set(Instant.parse("2026-12-11T02:00:00Z"));
		sweep.sweepDue();
		assertThat(escalation(id, org.supervisor, Locale.SIMPLIFIED_CHINESE)).contains("您是该单位的监督人员，请督促组织人和承办人尽快办理")
			.contains("“催办”");
		assertThat(escalation(id, org.disciplineReviewer, Locale.SIMPLIFIED_CHINESE)).contains("纪检监察审核人员");
		assertThat(chat.say(user(org.supervisor), "我的待办")).singleElement()
			.asString()
			.contains("【交接" + id + " ")
			.contains("请督促组织人和承办人办理");

		// done: off the list
		checklist.submit(org.actor(org.departing), id);
		assertThat(chat.say(organizer, "我的待办")).singleElement().asString().startsWith("您目前没有需要办理的待办事项");
	}

	/**
	 * 我的待办 finds the escalated step in the escalation notices it was told in: their texts
	 * are kept while the step waits, though delivered texts older than the retention are
	 * otherwise blanked (they were, and the step dropped off the list).
	 */
	@Test
	void anEscalatedStepStaysOnTheListPastTheDeliveredTextsRetention() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		clock.set(Instant.parse("2026-12-08T02:00:00Z"));
		sweep.sweepDue();
		// delivered long ago, as far as the purge can tell
		jdbc.update("UPDATE outbox SET status = 'EXPANDED', created_at = ? WHERE handover_id = ?",
				"2026-12-08 02:00:00.000", id);
		jdbc.update(
				"UPDATE delivery SET status = 'SENT' WHERE outbox_id IN (SELECT id FROM outbox WHERE handover_id = ?)",
				id);
		purge.purge(Instant.parse("2027-12-31T00:00:00Z"));

		assertThat(jdbc.queryForList("SELECT payload FROM outbox WHERE handover_id = ? AND event = 'NOTICE_ISSUED'",
				String.class, id))
			.as("other delivered notices are blanked as before")
			.isNotEmpty()
			.allSatisfy(p -> assertThat(p).isEqualTo("{\"purged\":true}"));
		assertThat(chat.say(user(org.organizer), "我的待办")).singleElement()
			.asString()
			.startsWith("您没有需要亲自办理的待办；您收到督办、尚未办结的环节共1项")
			.contains("【交接" + id + " ");

		// once the step is done, its escalations are blanked like any other notice
		checklist.submit(org.actor(org.departing), id);
		purge.purge(Instant.parse("2027-12-31T00:00:00Z"));
		assertThat(jdbc.queryForList("SELECT payload FROM outbox WHERE handover_id = ? AND event = 'ESCALATION'",
				String.class, id))
			.isNotEmpty()
			.allSatisfy(p -> assertThat(p).isEqualTo("{\"purged\":true}"));
	}

	/** The newest escalation to the official about the handover, as they read it. */
	private String escalation(long handoverId, long recipient, Locale locale) {
		return last(handoverId, OutboxEvent.ESCALATION, recipient, locale);
	}

	private String user(long official) {
		String user = "t" + official;
		directory.bindIdentity("WEB", ScriptedChat.CORP, user, official);
		return user;
	}

	@Test
	void aPlanStepIsNamedByItsNumberInTheEscalationTheExtensionAndTheUrge() {
		long id = staged.archived(org, "default", List.of(Stated.work("统计平台二期")));
		followUp.submitPlan(org.actor(org.successor), id, 1,
				List.of(new PlanStep("完成终验", LocalDate.parse("2026-12-15"))));
		long stepId = stepId(id, "FOLLOW_UP_STEP", "1.1");
		clock.set(Instant.parse("2026-12-16T02:00:00Z")); // 10:00, a working day late
		sweep.sweepDue();

		assertThat(last(id, OutboxEvent.ESCALATION, org.organizer, Locale.SIMPLIFIED_CHINESE))
			.contains("“推进计划步骤1.1”已于2026-12-15到期")
			.contains("您是这项交接的组织人");
		assertThat(last(id, OutboxEvent.ESCALATION, org.organizer, Locale.ENGLISH))
			.contains("\"plan step 1.1\" was due on 2026-12-15");

		extensions.extendStep(org.actor(org.organizer), id, stepId,
				new DeadlineExtensions.Request(null, LocalDate.parse("2026-12-18")), "等待验收专家");
		assertThat(last(id, OutboxEvent.DEADLINE_EXTENDED, org.successor, Locale.SIMPLIFIED_CHINESE))
			.contains("“推进计划步骤1.1”的期限由2026-12-15延至2026-12-18");

		urges.urge(org.actor(org.organizer), id, stepId, null);
		assertThat(last(id, OutboxEvent.STEP_URGED, org.successor, Locale.SIMPLIFIED_CHINESE))
			.contains("“推进计划步骤1.1”将于2026-12-18到期");
	}

	@Test
	void aReminderAndAnUrgeOnTheDueDaySayItIsDueToday() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		LocalDate due = jdbc.queryForObject(
				"SELECT due_on FROM waiting_step WHERE handover_id = ? AND kind = 'CHECKLIST' AND done_at IS NULL",
				LocalDate.class, id);
		clock.set(due.atTime(1, 30).toInstant(java.time.ZoneOffset.UTC)); // 09:30 that
																			// day
		sweep.sweepDue();

		assertThat(last(id, OutboxEvent.REMINDER, org.departing, Locale.SIMPLIFIED_CHINESE))
			.contains("“填报交接清单”今天（" + due + "）到期")
			.doesNotContain("将于");
		assertThat(last(id, OutboxEvent.REMINDER, org.departing, Locale.ENGLISH))
			.contains("is due today (" + due + ")");

		urges.urge(org.actor(org.organizer), id, stepId(id, "CHECKLIST", ""), null);
		assertThat(last(id, OutboxEvent.STEP_URGED, org.departing, Locale.SIMPLIFIED_CHINESE))
			.contains("“填报交接清单”今天（" + due + "）到期")
			.doesNotContain("将于");
	}

	@Test
	void anOrganizerWhoseOwnSignatureIsLateIsToldToSignAndAnotherSignatureIsNamed() {
		long id = staged.confirming(org, "default", List.of(Stated.work("统计平台二期")));
		confirmation.confirmAllPending(org.actor(org.successor), id);
		for (SignerRole role : List.of(SignerRole.DEPARTING, SignerRole.REVIEWER_ORGANIZATION,
				SignerRole.REVIEWER_DISCIPLINE, SignerRole.REVIEWER_FINANCE, SignerRole.REVIEWER_AUDIT)) {
			long signer = role == SignerRole.DEPARTING ? org.departing : org.reviewer(role.department());
			signoff.sign(org.actor(signer), id, signoff.issueCode(org.actor(signer), id));
		}
		LocalDate due = jdbc.queryForObject("SELECT due_on FROM waiting_step WHERE handover_id = ? AND kind = 'SIGNING'"
				+ " AND subject = 'ORGANIZER' AND done_at IS NULL", LocalDate.class, id);
		// every day at 10:00 for three weeks: level 1, 2, then 3 (the supervisors and the
		// organizer, not whoever owes the step)
		for (LocalDate day = due.plusDays(1); !day.isAfter(due.plus(Period.ofDays(21))); day = day.plusDays(1)) {
			clock.set(day.atTime(2, 0).toInstant(java.time.ZoneOffset.UTC));
			sweep.sweepDue();
		}

		List<String> own = all(id, org.organizer, "ORGANIZER");
		assertThat(own).as("levels 1 and 3 of his own signature").hasSizeGreaterThanOrEqualTo(2);
		assertThat(own).allSatisfy(text -> assertThat(text).contains("“签字（组织部门）”已于" + due + "到期")
			.contains("请尽快办理")
			.doesNotContain("您是这项交接的组织人")
			.doesNotContain("提醒承办人"));
		assertThat(all(id, org.organizer, "SUCCESSOR")).as("the successor's signature: he is told to urge them")
			.isNotEmpty()
			.allSatisfy(text -> assertThat(text).contains("“签字（接任干部）”已于" + due + "到期").contains("您是这项交接的组织人"));
	}

	private long stepId(long handoverId, String kind, String subject) {
		return jdbc.queryForObject("SELECT id FROM waiting_step WHERE handover_id = ? AND kind = ? AND subject = ?"
				+ " AND done_at IS NULL", Long.class, handoverId, kind, subject);
	}

	/** The newest notice of the event to the official about the handover, as read. */
	private String last(long handoverId, OutboxEvent event, long recipient, Locale locale) {
		String payload = jdbc.queryForObject(
				"SELECT payload FROM outbox WHERE handover_id = ? AND event = ?"
						+ " AND recipient_id = ? ORDER BY id DESC LIMIT 1",
				String.class, handoverId, event.name(), recipient);
		return render(event, payload, locale);
	}

	/** Every escalation to the official about the handover's step of this subject. */
	private List<String> all(long handoverId, long recipient, String subject) {
		return jdbc
			.queryForList("SELECT payload FROM outbox WHERE handover_id = ? AND event = 'ESCALATION'"
					+ " AND recipient_id = ? ORDER BY id", String.class, handoverId, recipient)
			.stream()
			.filter(p -> JsonMapper.builder().build().readTree(p).path("subject").asString("").equals(subject))
			.map(p -> render(OutboxEvent.ESCALATION, p, Locale.SIMPLIFIED_CHINESE))
			.toList();
	}

	private String render(OutboxEvent event, String payload, Locale locale) {
		return new NotificationRenderer(messages, locale).render(event, JsonMapper.builder().build().readTree(payload));
	}

}
