package dev.baton.bot.escalation;

import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Policies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who "the actor" of each kind of step is, and who the other recipients are, resolved in
 * the real directory when a stage fires; and the seeded escalation policies give every
 * kind of step a ladder.
 */
@DomainContext
class StepActorsTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	EscalationPolicies escalationPolicies;

	@Autowired
	Policies policies;

	@Test
	void theActorOfEveryKindOfStep() {
		TestOrg org = new TestOrg(directory, actors, "default");
		FireTimeRecipients recipients = new FireTimeRecipients(directory);
		Department ruler = Department.AUDIT;

		assertThat(recipients.actors(step(org, WaitingStepKind.NOTICE_RECEIPT, ""), ruler))
			.containsExactly(org.departing);
		assertThat(recipients.actors(step(org, WaitingStepKind.CHECKLIST, ""), ruler)).containsExactly(org.departing);
		assertThat(recipients.actors(step(org, WaitingStepKind.REVIEW, "FINANCE"), ruler))
			.containsExactly(org.financeReviewer);
		assertThat(recipients.actors(step(org, WaitingStepKind.CONFIRMATION, ""), ruler))
			.containsExactly(org.successor);
		assertThat(recipients.actors(step(org, WaitingStepKind.RULING, "item:2"), ruler))
			.containsExactly(org.auditReviewer);
		assertThat(recipients.actors(step(org, WaitingStepKind.SIGNING, "DEPARTING"), ruler))
			.containsExactly(org.departing);
		assertThat(recipients.actors(step(org, WaitingStepKind.SIGNING, "ORGANIZER"), ruler))
			.containsExactly(org.organizer);
		assertThat(recipients.actors(step(org, WaitingStepKind.SIGNING, "REVIEWER_DISCIPLINE"), ruler))
			.containsExactly(org.disciplineReviewer);
		assertThat(recipients.actors(step(org, WaitingStepKind.PLAN, ""), ruler)).containsExactly(org.successor);
		assertThat(recipients.actors(step(org, WaitingStepKind.FOLLOW_UP_STEP, "step:7"), ruler))
			.containsExactly(org.successor);
	}

	@Test
	void recipientsAreResolvedWhenTheStageFires() {
		TestOrg org = new TestOrg(directory, actors, "default");
		DueStep review = step(org, WaitingStepKind.REVIEW, "AUDIT");
		long newOrganizer = directory.addOfficial("何新组", "市委组织部干部", org.city.id()).id();
		directory.assignRole(newOrganizer, dev.baton.bot.directory.Role.ORGANIZER, null, org.city.id());
		directory.deactivate(org.organizer);
		directory.deactivate(org.supervisor);

		FireTimeRecipients.Resolved to = new FireTimeRecipients(directory).resolveAll(
				List.of(EscalationRecipient.ORGANIZER, EscalationRecipient.DISCIPLINE, EscalationRecipient.SUPERVISOR),
				review, Department.AUDIT);

		assertThat(to.people()).as("the organizer who left is replaced by the post's holder now")
			.containsExactly(newOrganizer, org.disciplineReviewer);
		assertThat(to.vacant()).containsExactly(EscalationRecipient.SUPERVISOR);
	}

	@Test
	void anOrganizerWhoOwesTheStepIsToldItIsHisOwnNotToUrgeHimself() {
		TestOrg org = new TestOrg(directory, actors, "default");
		DueStep ownSignature = step(org, WaitingStepKind.SIGNING, "ORGANIZER");
		DueStep othersSignature = step(org, WaitingStepKind.SIGNING, "DEPARTING");
		List<EscalationRecipient> organizerAndSupervisor = List.of(EscalationRecipient.ORGANIZER,
				EscalationRecipient.SUPERVISOR);

		FireTimeRecipients.Resolved own = new FireTimeRecipients(directory).resolveAll(organizerAndSupervisor,
				ownSignature, Department.AUDIT);
		FireTimeRecipients.Resolved others = new FireTimeRecipients(directory).resolveAll(organizerAndSupervisor,
				othersSignature, Department.AUDIT);

		assertThat(own.parts()).as("his own signature: he is told as the one who owes it")
			.containsEntry(org.organizer, EscalationRecipient.ACTOR)
			.containsEntry(org.supervisor, EscalationRecipient.SUPERVISOR);
		assertThat(others.parts()).as("another's signature: he is told as the organizer")
			.containsEntry(org.organizer, EscalationRecipient.ORGANIZER);
	}

	@Test
	void theSeededPoliciesLadderEveryKindOfStepAndEverySeededHandoverPolicyUsesOne() {
		for (String code : List.of("default", "urgent")) {
			EscalationPolicy policy = escalationPolicies.byCode(code);
			for (WaitingStepKind kind : WaitingStepKind.values()) {
				assertThat(policy.ladder(kind).levels()).as(code + " " + kind).isNotEmpty();
			}
		}
		assertThat(escalationPolicies.byCode("urgent").ladder(WaitingStepKind.CHECKLIST).urgent()).isTrue();
		assertThat(escalationPolicies.byCode("default").ladder(WaitingStepKind.NOTICE_RECEIPT).remindersBefore())
			.containsExactly(1, 0);
		for (String code : policies.codes()) {
			HandoverPolicy p = policies.byCode(code);
			assertThat(escalationPolicies.byCode(p.escalationCode())).as(code).isNotNull();
		}
	}

	private static DueStep step(TestOrg org, WaitingStepKind kind, String subject) {
		return new DueStep(1, 1, kind, subject, 1, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 7),
				org.department.id(), org.department.path(), org.department.name(), HandoverState.IN_REVIEW,
				org.departing, "陈离任", org.successor, "郑接任", org.organizer, 0, null);
	}

}
