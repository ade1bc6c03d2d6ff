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

	Situations(HandoverRecords records) {
		this.records = records;
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
