package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.handover.OpenStep;
import dev.baton.bot.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * What waits on the person next (newcomer 20a, findings 3 and 14: a progress report taken
 * back, a step's deadline changed, a ruling that left the handover waiting for signatures
 * ended with nothing about what comes next): a reply that ends a flow says the first open
 * step of the handover that is the person's to do, soonest due, with what to send, as
 * 我的待办 says it, or that nothing waits on them.
 */
@Component
class NextStep {

	private final OwedSteps owed;

	private final Outbox outbox;

	NextStep(OwedSteps owed, Outbox outbox) {
		this.owed = owed;
		this.outbox = outbox;
	}

	/** The step named as 我的待办 names it. */
	static String what(Texts t, OpenStep s) {
		return Titles.step(t, s.kind(), s.subject(), s.itemSeq(), s.stepSeq(), s.stepDescription());
	}

	/** What to send for the step. */
	static String send(Texts t, OpenStep s) {
		return t.get("conv.todo.do." + s.kind().name(), s.subject().replaceFirst("^item:", ""),
				s.itemSeq() == null ? "" : s.itemSeq(), s.stepSeq() == null ? "" : s.stepSeq());
	}

	/**
	 * The reply, then on a line of its own the first step of the turn's handover that
	 * waits on the person, or that nothing does now. When the act queued the person a
	 * notice about the handover (the last ruling opens signing: 【请签字】 to the ruler, a
	 * signer), that notice, sent right after, says their next step: the reply does not
	 * say it a second time (newcomer 24, finding 12).
	 */
	Answer after(Turn turn, Answer reply) {
		Texts t = turn.texts();
		List<OpenStep> mine = turn.handover() == null ? List.of()
				: owed.of(turn.actor()).getOrDefault(turn.handover().id(), List.of());
		if (!mine.isEmpty() && outbox.queuedNow(turn.handover().id(), turn.actor().officialId())) {
			return reply;
		}
		if (mine.isEmpty()) {
			return reply.followedBy(t.get("conv.nextStep.none"));
		}
		OpenStep first = mine.get(0);
		return reply.followedBy(t.get("conv.nextStep.line", what(t, first), first.dueOn().toString(), send(t, first)));
	}

}
