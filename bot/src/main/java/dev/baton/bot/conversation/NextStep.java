package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.handover.OpenStep;
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

	NextStep(OwedSteps owed) {
		this.owed = owed;
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
	 * waits on the person, or that nothing does now.
	 */
	Answer after(Turn turn, Answer reply) {
		Texts t = turn.texts();
		List<OpenStep> mine = turn.handover() == null ? List.of()
				: owed.of(turn.actor()).getOrDefault(turn.handover().id(), List.of());
		if (mine.isEmpty()) {
			return reply.followedBy(t.get("conv.nextStep.none"));
		}
		OpenStep first = mine.get(0);
		return reply.followedBy(t.get("conv.nextStep.line", what(t, first), first.dueOn().toString(), send(t, first)));
	}

}
