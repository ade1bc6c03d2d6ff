package dev.baton.bot.escalation;

import java.time.Duration;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.DeadlineExtensions;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.policy.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static dev.baton.bot.escalation.EscalationSupport.beijing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 延期 (#13) and the escalation ladder: a checklist overdue under 泾县 (7 working days) is
 * extended by an organizer; what was sent for the first due day stays sent and recorded,
 * and the step gets a new ladder for the new day (no reminder on the day it was moved,
 * which the extension notice tells), swept on a moved clock.
 */
@DomainContext
class ExtendedDeadlineLadderTest {

	private static final Duration HALF_HOUR = Duration.ofMinutes(30);

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	DeadlineExtensions extensions;

	@Autowired
	EscalationSweep sweep;

	@Autowired
	StepOwners notices;

	@Autowired
	Outbox outbox;

	@Autowired
	MutableClock clock;

	@Autowired
	JsonMapper json;

	@AfterEach
	void resetClock() {
		clock.set(DomainContext.Clocks.START);
	}

	@Test
	void anExtendedStepStartsItsLadderAgainForTheNewDay() {
		EscalationSupport support = new EscalationSupport(clock, sweep, outbox, json);
		TestOrg org = new TestOrg(directory, actors, "jingxian");
		Map<Long, String> people = Map.of(org.departing, "departing", org.organizer, "organizer");
		clock.set(beijing("2026-11-23T10:00"));
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		handovers.acknowledge(org.actor(org.departing), id);
		support.sweepUntil("2026-12-03T10:00", HALF_HOUR);

		// overdue since 12-03; moved by 2 working days from today (newcomer 24, finding
		// 2) to 12-07 (the cap: 7 working days past 12-02, 12-11)
		clock.set(beijing("2026-12-03T10:30"));
		DeadlineExtensions.Extension done = extensions.extend(org.actor(org.organizer), id,
				new DeadlineExtensions.Request(Period.workingDays(2), null), "离任干部住院");
		assertThat(done.moved()).singleElement().satisfies(m -> {
			assertThat(m.from()).hasToString("2026-12-02");
			assertThat(m.to()).hasToString("2026-12-07");
			assertThat(m.latest()).hasToString("2026-12-11");
		});
		support.sweepUntil("2026-12-09T10:00", HALF_HOUR);

		assertThat(support.messages(people, id)).containsExactly(
				"11-27 09:00 REMINDER R3 CHECKLIST#1 due 2026-12-02 → departing",
				"12-01 09:00 REMINDER R1 CHECKLIST#1 due 2026-12-02 → departing",
				"12-02 09:00 REMINDER R0 CHECKLIST#1 due 2026-12-02 → departing",
				"12-03 09:00 ESCALATION L1 CHECKLIST#1 due 2026-12-02 → departing",
				"12-03 09:00 ESCALATION L1 CHECKLIST#1 due 2026-12-02 → organizer",
				// the new ladder: its R3 (12-02) falls before the move and is left out
				"12-04 09:00 REMINDER E1.R1 CHECKLIST#1 due 2026-12-07 → departing",
				"12-07 09:00 REMINDER E1.R0 CHECKLIST#1 due 2026-12-07 → departing",
				"12-08 09:00 ESCALATION E1.L1 CHECKLIST#1 due 2026-12-07 → departing",
				"12-08 09:00 ESCALATION E1.L1 CHECKLIST#1 due 2026-12-07 → organizer",
				"12-09 09:00 ESCALATION E1.L1.2 CHECKLIST#1 due 2026-12-07 → departing");
		assertThat(notices.notices(id).stream().map(n -> n.stage() + ":" + n.outcome())).containsExactly("R3:SENT",
				"R1:SENT", "R0:SENT", "L1:SENT", "E1.R1:SENT", "E1.R0:SENT", "E1.L1:SENT", "E1.L1.2:SENT");
	}

}
