package dev.baton.bot.conversation;

import java.util.List;
import java.util.Optional;

import dev.baton.bot.access.Actor;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverFilter;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import org.springframework.stereotype.Component;

/**
 * Which handover a message is about: the one the dialog has in focus while the person may
 * still see it and it is running; otherwise the running one they last acted on (the audit
 * log says which), so a dialog lost with its store (the embedded default keeps it in
 * memory) comes back to the handover they were working on; otherwise the one where a step
 * waits on them soonest (a handover opened since does not take them away from it);
 * otherwise the newest running one they are a party to; otherwise the newest running one
 * in their scope. Every choice is one query that filters in SQL (no page of handovers is
 * loaded and searched), and only the chosen handover is read in full.
 */
@Component
class Focus {

	private final HandoverService handovers;

	private final HandoverRecords records;

	private final OwedSteps owed;

	Focus(HandoverService handovers, HandoverRecords records, OwedSteps owed) {
		this.handovers = handovers;
		this.records = records;
		this.owed = owed;
	}

	/** The running handovers the actor may see, newest first, at most {@code limit}. */
	List<HandoverBrief> visible(Actor actor, int limit) {
		return handovers.list(actor, HandoverFilter.running(limit));
	}

	/** How many running handovers the actor may see. */
	long count(Actor actor) {
		return handovers.count(actor, HandoverFilter.running(1));
	}

	Handover of(Actor actor, DialogState dialog) {
		Long id = chosen(actor, dialog.handoverId());
		return id == null ? null : records.find(id);
	}

	/**
	 * A handover the person named (切换 12, 进度 12, 公开交接 12), if they may see it; a running
	 * one only, unless {@code endedToo} (进度 and 公开交接 also work on a handover that has
	 * closed).
	 */
	Handover named(Actor actor, long id, boolean endedToo) {
		return handovers.list(actor, HandoverFilter.only(id, !endedToo)).isEmpty() ? null : records.find(id);
	}

	private Long chosen(Actor actor, Long wanted) {
		if (wanted != null && !handovers.list(actor, HandoverFilter.only(wanted, true)).isEmpty()) {
			return wanted;
		}
		Optional<Long> acted = handovers.lastActedOn(actor, HandoverFilter.running(1));
		if (acted.isPresent()) {
			return acted.get();
		}
		// a handover opened since never takes the person away from one where a step waits
		// on them (newcomer 10)
		java.util.Map<Long, List<dev.baton.bot.handover.OpenStep>> mine = owed.of(actor);
		if (!mine.isEmpty()) {
			return mine.keySet().iterator().next();
		}
		List<HandoverBrief> party = handovers.list(actor, HandoverFilter.running(1).asParty());
		if (!party.isEmpty()) {
			return party.get(0).id();
		}
		List<HandoverBrief> any = visible(actor, 1);
		return any.isEmpty() ? null : any.get(0).id();
	}

}
