package dev.baton.bot.escalation;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditEntry;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxMessage;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Period;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.baton.bot.escalation.EscalationSupport.beijing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five weeks around the 2026 中秋 and 国庆 holidays, swept every 30 minutes on a moved clock,
 * with two handovers under two policies: 泾县 (7 working days) with the default ladder, and
 * a 5-calendar-day policy with the urgent ladder in a unit whose 纪检监察 reviewer and
 * supervisor have left. Every reminder and escalation is asserted in order: the holiday
 * week is silent except for the urgent level, a make-up Saturday counts, a vacant level
 * is skipped and reported, a returned checklist re-arms, and after downtime that ends at
 * night one consolidated message goes out at the next sending time.
 */
@DomainContext
class EscalationMonthTest {

	private static final Duration HALF_HOUR = Duration.ofMinutes(30);

	@Autowired
	dev.baton.bot.delivery.NotificationRenderer renderer;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	ChecklistService checklist;

	@Autowired
	Checklists checklists;

	@Autowired
	ReviewService review;

	@Autowired
	Policies policies;

	@Autowired
	EscalationSweep sweep;

	@Autowired
	StepOwners notices;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditLog audit;

	@Autowired
	MutableClock clock;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		clock.set(DomainContext.Clocks.START);
	}

	@Test
	void fiveWeeksOfRemindersAndEscalations() {
		EscalationSupport support = new EscalationSupport(clock, sweep, outbox, json);
		TestOrg a = new TestOrg(directory, actors, "jingxian");
		TestOrg b = new TestOrg(directory, actors, urgentPolicy());
		directory.deactivate(b.disciplineReviewer);
		directory.deactivate(b.supervisor);
		Map<Long, String> people = new HashMap<>(
				Map.of(a.departing, "A.departing", a.organizer, "A.organizer", a.disciplineReviewer, "A.discipline",
						a.supervisor, "A.supervisor", b.departing, "B.departing", b.organizer, "B.organizer"));

		// Monday 09-21: A opens (checklist due 10-08, after 中秋 and 国庆) and is
		// acknowledged at once
		clock.set(beijing("2026-09-21T10:00"));
		long ha = open(a);
		assertThat(checklistStep(ha).dueOn()).hasToString("2026-10-08");
		support.sweepUntil("2026-09-23T09:30", HALF_HOUR);
		// Wednesday 09-23: B opens (5 calendar days: due Monday 09-28)
		clock.set(beijing("2026-09-23T10:00"));
		long hb = open(b);
		assertThat(checklistStep(hb).dueOn()).hasToString("2026-09-28");
		support.sweepUntil("2026-10-13T09:30", HALF_HOUR);

		// 10-13 10:00 A submits; 10-14 10:00 audit returns it: a new checklist round due
		// 10-23, armed afresh
		clock.set(beijing("2026-10-13T10:00"));
		for (Section s : checklists.sections(ha)) {
			checklist.declareSectionEmpty(a.actor(a.departing), ha, s.code());
		}
		checklist.submit(a.actor(a.departing), ha);
		support.sweepUntil("2026-10-14T09:30", HALF_HOUR);
		clock.set(beijing("2026-10-14T10:00"));
		review.returnChecklist(a.actor(a.auditReviewer), ha, Department.AUDIT, "请补充经济事项", Map.of());
		assertThat(checklistStep(ha).round()).isEqualTo(2);
		assertThat(checklistStep(ha).dueOn()).hasToString("2026-10-23");
		support.sweepUntil("2026-10-20T12:00", HALF_HOUR);

		// every instance is down from Tuesday 10-20 noon until Monday 10-26 23:00; they
		// come back at night
		clock.set(beijing("2026-10-26T23:00"));
		support.sweepUntil("2026-10-27T12:00", HALF_HOUR);

		assertThat(support.messages(people, ha, hb)).containsExactly(
				"09-24 09:00 REMINDER R1 CHECKLIST#1 due 2026-09-28 → B.departing",
				"09-28 09:00 REMINDER R0 CHECKLIST#1 due 2026-09-28 → B.departing",
				"09-28 09:00 REMINDER R3 CHECKLIST#1 due 2026-10-08 → A.departing",
				"09-29 09:00 ESCALATION L1 CHECKLIST#1 due 2026-09-28 → B.departing",
				"09-29 09:00 ESCALATION L1 CHECKLIST#1 due 2026-09-28 → B.organizer",
				"09-30 09:00 ESCALATION L1.2 CHECKLIST#1 due 2026-09-28 → B.departing",
				"09-30 09:00 REMINDER R1 CHECKLIST#1 due 2026-10-08 → A.departing",
				// 国庆: only the urgent ladder speaks, and its level 2 finds both posts
				// vacant
				"10-01 09:00 ESCALATION_SKIPPED L2 CHECKLIST#1 due 2026-09-28 → B.organizer",
				"10-08 09:00 REMINDER R0 CHECKLIST#1 due 2026-10-08 → A.departing",
				"10-09 09:00 ESCALATION L1 CHECKLIST#1 due 2026-10-08 → A.departing",
				"10-09 09:00 ESCALATION L1 CHECKLIST#1 due 2026-10-08 → A.organizer",
				// Saturday 10-10 is a make-up working day
				"10-10 09:00 ESCALATION L1.2 CHECKLIST#1 due 2026-10-08 → A.departing",
				"10-12 09:00 ESCALATION L1.3 CHECKLIST#1 due 2026-10-08 → A.departing",
				"10-13 09:00 ESCALATION L2 CHECKLIST#1 due 2026-10-08 → A.discipline",
				"10-13 09:00 ESCALATION L2 CHECKLIST#1 due 2026-10-08 → A.supervisor",
				// the returned checklist's new round starts its own ladder
				"10-20 09:00 REMINDER R3 CHECKLIST#2 due 2026-10-23 → A.departing",
				// back at 23:00: held until 08:30, then one message for R1, R0 and L1
				"10-27 08:30 ESCALATION L1 CHECKLIST#2 due 2026-10-23 → A.departing",
				"10-27 08:30 ESCALATION L1 CHECKLIST#2 due 2026-10-23 → A.organizer",
				"10-27 09:00 ESCALATION L1.2 CHECKLIST#2 due 2026-10-23 → A.departing");

		// the consolidated message says what it stands for, since when the step is
		// overdue, and how to act
		OutboxMessage caughtUp = outbox.forHandover(ha)
			.stream()
			.filter(m -> m.event().name().equals("ESCALATION") && m.recipientId() == a.departing)
			.filter(m -> support.payload(m).path("catchUp").asBoolean())
			.findFirst()
			.orElseThrow();
		JsonNode p = support.payload(caughtUp);
		assertThat(p.path("missed").findValuesAsString("stage")).containsExactly("R1", "R0");
		assertThat(p.path("level").asInt()).isEqualTo(1);
		assertThat(p.path("overdueSince").asString()).isEqualTo("2026-10-24");
		assertThat(p.path("overdueWorkingDays").asInt()).isEqualTo(2);
		assertThat(p.path("action").asString()).isEqualTo("SUBMIT_CHECKLIST");
		assertThat(caughtUp.confidential()).isTrue();

		// what was recorded: the missed stages never fire later; the vacant level is in
		// the audit log
		assertThat(notices.notices(ha)
			.stream()
			.filter(n -> n.stepId() == checklistStep(ha).id())
			.map(n -> n.stage() + ":" + n.outcome()))
			.containsExactly("R3:SENT", "L1:SENT", "R1:MISSED", "R0:MISSED", "L1.2:SENT");
		assertThat(notices.notices(hb).stream().map(n -> n.stage() + ":" + n.outcome())).containsExactly("R1:SENT",
				"R0:SENT", "L1:SENT", "L1.2:SENT", "L2:SKIPPED");
		assertThat(audit.history(hb).stream().map(AuditEntry::action)).contains("ESCALATION_SKIPPED");
		assertThat(jdbc.queryForObject("SELECT next_action_at FROM waiting_step WHERE id = ?", Object.class,
				checklistStep(hb).id()))
			.as("B's ladder has run out")
			.isNull();

		// every reminder, level and skip report reads as words: no field left unfilled,
		// no stored code shown
		assertThat(java.util.stream.Stream.concat(outbox.forHandover(ha).stream(), outbox.forHandover(hb).stream())
			.filter(m -> m.event().name().startsWith("ESCALATION") || m.event().name().equals("REMINDER")))
			.isNotEmpty()
			.allSatisfy(m -> assertThat(renderer.render(m.event(), support.payload(m))).as(m.event().name())
				.doesNotContainPattern("\\{[a-zA-Z0-9]+}")
				.doesNotContainPattern("[A-Z]{2,}_?[A-Z]*"));
	}

	private long open(TestOrg org) {
		Handover h = handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER));
		handovers.acknowledge(org.actor(org.departing), h.id());
		return h.id();
	}

	private dev.baton.bot.handover.WaitingStep checklistStep(long handoverId) {
		List<dev.baton.bot.handover.WaitingStep> steps = jdbc.query(
				"SELECT id, handover_id, kind, subject, round, started_on, due_on, done_at FROM waiting_step"
						+ " WHERE handover_id = ? AND kind = 'CHECKLIST' ORDER BY round DESC",
				(rs, i) -> new dev.baton.bot.handover.WaitingStep(rs.getLong(1), rs.getLong(2),
						WaitingStepKind.CHECKLIST, rs.getString(4), rs.getInt(5), rs.getDate(6).toLocalDate(),
						rs.getDate(7).toLocalDate(), null),
				handoverId);
		return steps.get(0);
	}

	/**
	 * The default policy with a 5-calendar-day checklist and the urgent ladder, under a
	 * code of its own.
	 */
	private String urgentPolicy() {
		HandoverPolicy p = policies.byCode("default");
		String code = "urgent" + Long.toString(System.nanoTime(), 36);
		Map<WaitingStepKind, Period> deadlines = new EnumMap<>(p.deadlines());
		deadlines.put(WaitingStepKind.CHECKLIST, Period.calendarDays(5));
		HandoverPolicy urgent = new HandoverPolicy(code, "紧急交接（测试）", p.templateCode(), deadlines, p.reviewers(),
				p.disputeRuler(), p.signers(), p.copies(), p.checkInMonths(), p.followUpYears(), p.publicity(),
				p.note(), "urgent", p.maxExtension());
		jdbc.update("INSERT INTO handover_policy (code, name, body, updated_at) VALUES (?, ?, ?, ?)", code,
				urgent.name(), policies.toJson(urgent), "2026-09-01 00:00:00.000");
		return code;
	}

}
