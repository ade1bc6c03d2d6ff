package dev.baton.bot.conversation;

import java.util.Comparator;
import java.util.List;

import dev.baton.bot.access.Actor;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverFilter;
import dev.baton.bot.handover.HandoverService;

/**
 * Which handover a message is about: the one the dialog has in focus while the person may still see it and it is
 * running; otherwise the newest running one they are a party to; otherwise the newest running one in their scope.
 * Found from the record each time, so a lost dialog finds the same handover again.
 */
class Focus {

	private final HandoverService handovers;

	Focus(HandoverService handovers) {
		this.handovers = handovers;
	}

	/** The running handovers the actor may see, newest first (at most one page). */
	List<Handover> visible(Actor actor) {
		return handovers.list(actor, HandoverFilter.all())
			.stream()
			.filter(h -> h.state().active())
			.sorted(Comparator.comparingLong(Handover::id).reversed())
			.toList();
	}

	Handover of(Actor actor, DialogState dialog) {
		List<Handover> running = visible(actor);
		if (dialog.handoverId() != null) {
			for (Handover h : running) {
				if (h.id() == dialog.handoverId()) {
					return h;
				}
			}
		}
		return running.stream()
			.filter(h -> actor.is(h.departingId()) || actor.is(h.successorId()))
			.findFirst()
			.orElse(running.isEmpty() ? null : running.get(0));
	}

}
