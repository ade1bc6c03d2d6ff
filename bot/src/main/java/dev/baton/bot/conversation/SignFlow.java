package dev.baton.bot.conversation;

import dev.baton.bot.signoff.SignOutcome;
import dev.baton.bot.signoff.SignoffService;

/**
 * Signing is explicit: "签字" gets a one-time code, shown only 1:1; "签字 123456" signs with it. A stray "好的" never
 * signs anything.
 */
class SignFlow {

	private final SignoffService signoff;

	SignFlow(SignoffService signoff) {
		this.signoff = signoff;
	}

	Answer sign(Turn turn, String code) {
		if (code == null) {
			String issued = signoff.issueCode(turn.actor(), turn.handover().id());
			return issued == null ? turn.say("conv.sign.already") : turn.say("conv.sign.code", issued);
		}
		SignOutcome outcome = signoff.sign(turn.actor(), turn.handover().id(), code);
		return switch (outcome.status()) {
			case SIGNED -> turn.say("conv.sign.signed", String.join("、", outcome.signedAs()
				.stream()
				.map(r -> turn.texts().orElse("label." + r.name(), r.name()))
				.toList()));
			case ALREADY_SIGNED -> turn.say("conv.sign.already");
			case WRONG_CODE -> turn.say("conv.sign.wrongCode", outcome.attemptsLeft());
			case NO_VALID_CODE -> turn.say("conv.sign.noCode");
		};
	}

}
