package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.policy.HandoverPolicy;
import org.springframework.stereotype.Component;

/**
 * The speaker's {@link Reading.Situation} in the turn: their part in the handover in
 * focus, by the record.
 */
@Component
class Situations {

	private final HandoverRecords records;

	private final dev.baton.bot.handover.WaitingSteps waitingSteps;

	private final StepActors stepActors;

	Situations(HandoverRecords records, dev.baton.bot.handover.WaitingSteps waitingSteps, StepActors stepActors) {
		this.records = records;
		this.waitingSteps = waitingSteps;
		this.stepActors = stepActors;
	}

	/**
	 * Whether a step of the handover in focus waits on the speaker now (their review,
	 * their ruling, their signature…): a hint of what to do is said only then, never to a
	 * reviewer whose department has decided (#12, talk13b).
	 */
	boolean owes(Turn turn) {
		Handover h = turn.handover();
		if (h == null) {
			return false;
		}
		HandoverPolicy policy = records.policy(h);
		dev.baton.bot.access.Subject subject = records.subject(h);
		return waitingSteps.steps(h.id())
			.stream()
			.anyMatch(s -> s.open()
					&& stepActors.acts(turn.actor(), s.kind(), s.subject(), subject, policy.disputeRuler()));
	}

	Reading.Situation of(Turn turn) {
		DialogState d = turn.dialog();
		Handover h = turn.handover();
		if (h == null) {
			return new Reading.Situation(Reading.Part.OTHER, null, null, d.pending(), d.proposed(), d.proposedItem(),
					d.item());
		}
		Reading.Part part;
		Department department = null;
		if (turn.departing()) {
			part = Reading.Part.DEPARTING;
		}
		else if (turn.successor()) {
			part = Reading.Part.SUCCESSOR;
		}
		else {
			HandoverPolicy policy = records.policy(h);
			List<Department> held = policy.reviewers()
				.stream()
				.filter(r -> turn.actor().holds(Role.REVIEWER, r, h.unitPath()))
				.toList();
			if (held.contains(policy.disputeRuler())) {
				part = Reading.Part.RULER;
				department = policy.disputeRuler();
			}
			else if (!held.isEmpty()) {
				part = Reading.Part.REVIEWER;
				department = held.get(0);
			}
			else if (turn.actor().is(h.organizerId()) || turn.actor().holds(Role.ORGANIZER, null, h.unitPath())) {
				part = Reading.Part.ORGANIZER;
			}
			else {
				part = Reading.Part.OTHER;
			}
		}
		return new Reading.Situation(part, department, h.state(), d.pending(), d.proposed(), d.proposedItem(),
				d.item());
	}

}
