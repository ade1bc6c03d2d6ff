package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.signoff.SignOutcome;
import dev.baton.bot.signoff.SignoffService;
import org.springframework.stereotype.Component;

/**
 * Signing is explicit: "签字" gets a one-time code, shown only 1:1; "签字 123456" signs with
 * it. A stray "好的" never signs anything. A signature's reply says what comes next: who
 * still has to sign and by when, or that the last signature sealed and archived the
 * record (#12 newcomer 3).
 */
@Component
class SignFlow {

	private final SignoffService signoff;

	private final HandoverRecords records;

	private final WaitingSteps waitingSteps;

	SignFlow(SignoffService signoff, HandoverRecords records, WaitingSteps waitingSteps) {
		this.waitingSteps = waitingSteps;
		this.signoff = signoff;
		this.records = records;
	}

	Answer sign(Turn turn, String code) {
		if (code == null) {
			String issued = signoff.issueCode(turn.actor(), turn.handover().id());
			return issued == null ? turn.say("conv.sign.already") : turn.say("conv.sign.code", issued);
		}
		SignOutcome outcome = signoff.sign(turn.actor(), turn.handover().id(), code);
		return switch (outcome.status()) {
			case SIGNED -> signed(turn, String.join(turn.texts().english() ? ", " : "、",
					outcome.signedAs().stream().map(r -> turn.texts().orElse("label." + r.name(), r.name())).toList()));
			case ALREADY_SIGNED -> turn.say("conv.sign.already");
			case WRONG_CODE -> turn.say("conv.sign.wrongCode", outcome.attemptsLeft());
			case NO_VALID_CODE -> turn.say("conv.sign.noCode");
		};
	}

	/**
	 * Signed as {@code as}: who is still to sign, and by when; or, the last, that the
	 * record is archived.
	 */
	private Answer signed(Turn turn, String as) {
		Handover h = records.find(turn.handover().id());
		List<WaitingStep> left = waitingSteps.steps(h.id())
			.stream()
			.filter(s -> s.open() && s.kind() == WaitingStepKind.SIGNING)
			.toList();
		if (h.state() != HandoverState.SIGNING || left.isEmpty()) {
			return turn.say("conv.sign.signedLast", as);
		}
		Texts t = turn.texts();
		String who = String.join(t.english() ? ", " : "、",
				left.stream().map(s -> t.orElse("label." + s.subject(), s.subject())).distinct().toList());
		String due = left.stream()
			.map(WaitingStep::dueOn)
			.min(java.util.Comparator.naturalOrder())
			.orElseThrow()
			.toString();
		return turn.say("conv.sign.signedNext", as, who, due);
	}

}
