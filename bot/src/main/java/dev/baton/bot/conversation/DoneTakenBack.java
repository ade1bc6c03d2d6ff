package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.conversation.grammar.Grammar;
import dev.baton.bot.conversation.grammar.StepWords;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.Progress;
import dev.baton.bot.handover.HandoverState;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * The successor taking back in words a step they just reported done (#12, newcomer 16,
 * finding 7: 「不对，运维费还没付，刚才说错了」 right after 「运维费已经付清了」): a plain no or a slip (不对 / 说错了 /
 * 搞错了) said of a step recorded as done reopens it with the words as the correction, as
 * 「6.1还没完成，钱还没付」 does, naming the step. The step is the one the words name, or the one
 * the person's last message completed; when the words name another done step than that
 * one, Baton asks with a card; when they name several, it lists them and asks for the
 * number. Nothing is reopened on a guess. When the person's last message was only asked
 * about (a which-step card still open, #12, newcomer 20, finding 11), or the words name a
 * step not done, nothing is reopened: Baton says nothing was recorded, and drops the
 * question.
 */
@Component
class DoneTakenBack {

	private final FollowUpService followUp;

	private final NextStep next;

	private final LiveCards cards;

	DoneTakenBack(FollowUpService followUp, NextStep next, LiveCards cards) {
		this.followUp = followUp;
		this.next = next;
		this.cards = cards;
	}

	/**
	 * What the words do to a step reported done, or null when they take nothing back (no
	 * no or slip, nothing done to take back, or not the successor following up).
	 * @param saidNo whether the words start with a plain no (不对，…)
	 */
	Answer of(Turn turn, String raw, boolean saidNo) {
		HandoverState state = turn.handover().state();
		if (raw == null || !turn.successor() || state != HandoverState.ARCHIVED && state != HandoverState.FOLLOW_UP) {
			return null;
		}
		Grammar grammar = Grammar.standard();
		if (!saidNo && !grammar.slipped(raw)) {
			return null;
		}
		long h = turn.handover().id();
		List<FollowUpStep> steps = followUp.steps(h);
		List<FollowUpStep> done = steps.stream().filter(s -> !s.open()).toList();
		// the person's last message only asked which step (#12, newcomer 20, finding 11)
		boolean asked = turn.dialog().reported() == null && cards.openItems(h, "step").contains(0);
		if (done.isEmpty() && !asked) {
			return null;
		}
		String note = grammar.withoutSlips(raw);
		if (!note.isEmpty() && StepWords.finished(note) && !StepWords.notDone(note)) {
			return null; // 「之前记错了，系统联调那一步已经办完了」: a done report, not one taken back
		}
		FollowUpStep last = lastCompleted(turn, done);
		StepChoice.Choice choice = note.isEmpty() ? StepChoice.Choice.NONE : StepChoice.of(done, note);
		StepChoice.Choice named = note.isEmpty() ? StepChoice.Choice.NONE : StepChoice.of(steps, note);
		if (named.clear() && named.steps().get(0).open() || asked && !choice.clear()) {
			// 「46.5万工程款已经付清了」 asked about step 6.2, then 「不对，工程款还没付，刚才说错了」: what
			// is taken back is that report, never recorded; no other step is reopened
			return unrecorded(turn, asked, named.clear() ? named.steps().get(0) : null);
		}
		FollowUpStep target = choice.clear() ? choice.steps().get(0)
				: last != null && (choice.steps().isEmpty() || choice.steps().contains(last)) ? last : null;
		if (target == null && choice.steps().isEmpty()) {
			return null;
		}
		if (target == null && choice.steps().size() > 1) {
			return turn.say("conv.progressTakeBack.which", lines(turn, choice.steps()), choice.steps().get(0).label());
		}
		String correction = note.isEmpty() ? raw.strip() : note;
		if (target == null) {
			return ask(turn, choice.steps().get(0), correction);
		}
		String written = turn.asWritten(correction);
		followUp.reopen(turn.actor(), h, target.id(), written);
		return next.after(turn,
				Answer.say(turn.texts()
					.get("conv.progress.reopened", target.label(), target.itemSeq(), target.seq(), target.description(),
							written),
						turn.dialog().answered()));
	}

	/**
	 * Nothing to take back: the step the words name is not recorded as done, or the
	 * report taken back was only asked about (its question is dropped).
	 */
	private Answer unrecorded(Turn turn, boolean asked, FollowUpStep named) {
		String hint = turn.texts().get("conv.hint." + turn.handover().state() + ".successor");
		if (asked) {
			cards.answered(turn.handover().id(), "step", 0, turn.texts().get("conv.progressTakeBack.dropped"));
			return Answer.say(turn.texts().get("conv.progressTakeBack.unrecorded", hint), turn.dialog().answered());
		}
		return Answer.say(turn.texts()
			.get("conv.progressTakeBack.notDone", named.label(), named.itemSeq(), named.seq(), named.description(),
					hint),
				turn.dialog().answered());
	}

	/** The step the person's last message (or press) completed, if one of these. */
	private FollowUpStep lastCompleted(Turn turn, List<FollowUpStep> done) {
		Long reported = turn.dialog().reported();
		if (reported == null) {
			return null;
		}
		Progress p = followUp.progress(turn.handover().id())
			.stream()
			.filter(x -> x.id() == reported && x.completes())
			.findFirst()
			.orElse(null);
		return p == null ? null : done.stream().filter(s -> s.id() == p.stepId()).findFirst().orElse(null);
	}

	/**
	 * 「步骤6.1还没完成吗？」 [还没完成][不是]: a yes, typed or pressed, reopens it with the words.
	 */
	private static Answer ask(Turn turn, FollowUpStep step, String correction) {
		Texts t = turn.texts();
		long h = turn.handover().id();
		// kept as written: a yes stores the words as typing them would (#12)
		String words = step.label() + (t.english() ? " not done yet, " : "还没完成，") + turn.asWritten(correction);
		String question = t.get("conv.progressTakeBack.ask", step.label(), step.itemSeq(), step.seq(),
				step.description(), correction);
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id("clarify", h, step.itemSeq()),
				t.get("conv.clarify.title"), question,
				List.of(new OutboundMessage.Button(t.get("conv.progressTakeBack.yes"),
						Cards.action("reopen", h, step.itemSeq(), step.seq())),
						new OutboundMessage.Button(t.get("conv.button.no"), Cards.action("no", h, step.itemSeq()))),
				question + "\n" + t.get("conv.clarify.textFallback"));
		return Answer.proposing(card, words,
				turn.dialog().proposing(dev.baton.bot.conversation.grammar.Intent.PROGRESS, step.itemSeq(), words));
	}

	private static String lines(Turn turn, List<FollowUpStep> steps) {
		return String.join("\n",
				steps.stream()
					.map(s -> turn.texts()
						.get("conv.plan.stepDone", s.label(), s.itemSeq(), s.seq(), s.description(),
								s.dueOn() == null ? "" : s.dueOn().toString()))
					.toList());
	}

}
