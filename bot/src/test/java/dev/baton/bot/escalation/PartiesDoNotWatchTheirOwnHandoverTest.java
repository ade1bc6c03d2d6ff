package dev.baton.bot.escalation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxMessage;
import dev.baton.bot.policy.WaitingStepKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static dev.baton.bot.escalation.EscalationSupport.beijing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A departing official or successor who is also the unit's supervisor or discipline
 * reviewer is never told to press their own handover as its watcher (as the discipline
 * flag's notices never tell them of a flag on it): one who owes the step is told it as
 * the one who owes it; and the post they alone hold is reported to the organizer as held
 * by a party of this handover, not as vacant.
 */
@DomainContext
class PartiesDoNotWatchTheirOwnHandoverTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

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

	@Autowired
	NotificationRenderer renderer;

	@AfterEach
	void resetClock() {
		clock.set(DomainContext.Clocks.START);
	}

	/**
	 * The departing official is the unit's only supervisor and owes the overdue
	 * checklist: level 2 (discipline and supervisors) tells her it is hers to do, never
	 * "您是该单位的监督人员"; the discipline reviewer is told as such; the organizer reads that the
	 * supervisor's post is held by her, a party, not that it is vacant.
	 */
	@Test
	void aDepartingOfficialWhoIsTheOnlySupervisorIsToldTheStepAsHersNotToPressHerself() {
		TestOrg org = new TestOrg(directory, actors, "jingxian");
		noLonger(org.supervisor, Role.SUPERVISOR);
		directory.assignRole(org.departing, Role.SUPERVISOR, null, org.city.id());
		String name = directory.official(org.departing).name();
		long id = overdueUntilLevel2(org);

		List<OutboxMessage> toDeparting = escalations(id, org.departing);
		assertThat(toDeparting).as("L1, its repeats and L2").hasSizeGreaterThanOrEqualTo(4);
		assertThat(toDeparting).allSatisfy(m -> {
			assertThat(payload(m).path("part").isMissingNode()).as("told as the one who owes it").isTrue();
			assertThat(renderer.render(m.event(), json.readTree(m.payload()))).doesNotContain("您是该单位的监督人员");
		});
		assertThat(toDeparting).anySatisfy(m -> assertThat(payload(m).path("stage").asString()).isEqualTo("L2"));
		assertThat(escalations(id, org.disciplineReviewer)).singleElement()
			.satisfies(m -> assertThat(payload(m).path("part").asString()).isEqualTo("DISCIPLINE"));

		OutboxMessage report = skipReports(id).stream()
			.filter(m -> m.recipientId() == org.organizer)
			.findFirst()
			.orElseThrow();
		assertThat(payload(report).path("vacant").isMissingNode()).as("the post is held").isTrue();
		String zh = renderer.render(report.event(), json.readTree(report.payload()));
		assertThat(zh).contains("监督人员" + name + "同志")
			.contains("只有本交接的当事人")
			.doesNotContain("岗位空缺")
			.doesNotContainPattern("\\{[a-zA-Z0-9]+}");
		String en = renderer.inEnglish().render(report.event(), json.readTree(report.payload()));
		assertThat(en).contains("the supervisor " + name)
			.contains("parties of this handover")
			.doesNotContain("vacant posts")
			.doesNotContainPattern("\\{[a-zA-Z0-9]+}");
		assertThat(notices.notices(id).stream().filter(n -> n.stage().equals("L2")).map(EscalationNotice::outcome))
			.containsExactly("SENT");
	}

	/**
	 * The successor is the unit's only supervisor and the discipline reviewer has left:
	 * level 2 tells nobody (the successor does not owe the checklist), and is recorded
	 * and reported as a post held by a party beside a vacant one, not as two vacant
	 * posts.
	 */
	@Test
	void aSuccessorWhoIsTheOnlySupervisorIsNotToldAndTheLevelIsNotCalledVacant() {
		TestOrg org = new TestOrg(directory, actors, "jingxian");
		noLonger(org.supervisor, Role.SUPERVISOR);
		directory.deactivate(org.disciplineReviewer);
		directory.assignRole(org.successor, Role.SUPERVISOR, null, org.city.id());
		String name = directory.official(org.successor).name();
		long id = overdueUntilLevel2(org);

		assertThat(escalations(id, org.successor)).as("a party, owing nothing here, is not its watcher").isEmpty();
		assertThat(notices.notices(id).stream().filter(n -> n.stage().equals("L2")).map(EscalationNotice::outcome))
			.containsExactly("PARTIES");
		OutboxMessage report = skipReports(id).stream()
			.filter(m -> m.recipientId() == org.organizer)
			.filter(m -> payload(m).path("stage").asString().equals("L2"))
			.findFirst()
			.orElseThrow();
		String zh = renderer.render(report.event(), json.readTree(report.payload()));
		assertThat(zh).contains("岗位空缺：纪检监察")
			.contains("监督人员" + name + "同志是本交接的当事人")
			.doesNotContain("岗位空缺：纪检监察、监督人员")
			.doesNotContainPattern("\\{[a-zA-Z0-9]+}");
		String en = renderer.inEnglish().render(report.event(), json.readTree(report.payload()));
		assertThat(en).contains("Vacant posts: discipline inspection;")
			.contains("the supervisor " + name + ": a party of this handover")
			.doesNotContainPattern("\\{[a-zA-Z0-9]+}");
	}

	/**
	 * Resolved in the real directory: a supervisor who is the departing official is left
	 * out of a review's escalation (she owes nothing there), the post is held by a party,
	 * not vacant; the discipline reviewer who is not a party is told.
	 */
	@Test
	void aPartyIsLeftOutOfTheWatcherPostsAndThePostIsNotVacant() {
		TestOrg org = new TestOrg(directory, actors, "default");
		noLonger(org.supervisor, Role.SUPERVISOR);
		directory.assignRole(org.departing, Role.SUPERVISOR, null, org.city.id());
		DueStep review = new DueStep(1, 1, WaitingStepKind.REVIEW, "AUDIT", 1, LocalDate.of(2026, 11, 23),
				LocalDate.of(2026, 12, 7), org.department.id(), org.department.path(), org.department.name(),
				HandoverState.IN_REVIEW, org.departing, "陈离任", org.successor, "郑接任", org.organizer, 0, null);

		FireTimeRecipients.Resolved to = new FireTimeRecipients(directory).resolveAll(
				List.of(EscalationRecipient.DISCIPLINE, EscalationRecipient.SUPERVISOR), review, Department.AUDIT);

		assertThat(to.people()).containsExactly(org.disciplineReviewer);
		assertThat(to.vacant()).isEmpty();
		assertThat(to.partiesOnly()).containsOnlyKeys(EscalationRecipient.SUPERVISOR);
		assertThat(to.partiesOnly().get(EscalationRecipient.SUPERVISOR)).containsExactly(org.departing);
	}

	/**
	 * Opened on Monday 2026-11-23, checklist due 12-02, swept until its level 2 (12-08).
	 */
	private long overdueUntilLevel2(TestOrg org) {
		clock.set(beijing("2026-11-23T10:00"));
		Handover h = handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER));
		handovers.acknowledge(org.actor(org.departing), h.id());
		new EscalationSupport(clock, sweep, outbox, json).sweepUntil("2026-12-08T09:30", Duration.ofHours(1));
		assertThat(notices.notices(h.id()).stream().map(EscalationNotice::stage)).as("level 2 was reached")
			.contains("L2");
		return h.id();
	}

	private List<OutboxMessage> escalations(long handoverId, long to) {
		return outbox.forHandover(handoverId)
			.stream()
			.filter(m -> m.event().name().equals("ESCALATION") && m.recipientId() == to)
			.toList();
	}

	private List<OutboxMessage> skipReports(long handoverId) {
		return outbox.forHandover(handoverId)
			.stream()
			.filter(m -> m.event().name().equals("ESCALATION_SKIPPED"))
			.toList();
	}

	private tools.jackson.databind.JsonNode payload(OutboxMessage m) {
		return json.readTree(m.payload());
	}

	private void noLonger(long official, Role role) {
		directory.rolesOf(official).stream().filter(r -> r.role() == role).forEach(r -> directory.removeRole(r.id()));
	}

}
