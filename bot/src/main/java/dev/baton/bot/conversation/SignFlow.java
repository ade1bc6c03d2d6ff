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

	private final dev.baton.bot.directory.Directory directory;

	private final PastDue pastDue;

	SignFlow(SignoffService signoff, HandoverRecords records, WaitingSteps waitingSteps,
			dev.baton.bot.directory.Directory directory, PastDue pastDue) {
		this.pastDue = pastDue;
		this.directory = directory;
		this.waitingSteps = waitingSteps;
		this.signoff = signoff;
		this.records = records;
	}

	Answer sign(Turn turn, String code) {
		if (code == null) {
			String issued = signoff.issueCode(turn.actor(), turn.handover().id());
			return issued == null ? turn.say("conv.sign.already") : turn.say("conv.sign.code", issued);
		}
		// a code is its handover's: typed again after it signed, or while another
		// handover
		// is in focus, it is answered there (#12, newcomer 11: "签字 764851" a second time
		// was
		// taken to another handover and answered 没有有效的签字码)
		Long owner = signoff.handoverOfCode(turn.actor(), code);
		if (owner != null && owner != turn.handover().id()) {
			return codeOf(turn, owner, code);
		}
		return Answer.say(outcome(turn, turn.handover().id(), code), turn.dialog());
	}

	/** What signing the handover with the code did, in words. */
	private String outcome(Turn turn, long handoverId, String code) {
		SignOutcome outcome = signoff.sign(turn.actor(), handoverId, code);
		Texts t = turn.texts();
		return switch (outcome.status()) {
			case SIGNED -> signed(t, handoverId, String.join(t.english() ? ", " : "、",
					outcome.signedAs().stream().map(r -> t.orElse("label." + r.name(), r.name())).toList()));
			case ALREADY_SIGNED -> t.get("conv.sign.already");
			case WRONG_CODE -> t.get("conv.sign.wrongCode", outcome.attemptsLeft());
			case NO_VALID_CODE -> t.get("conv.sign.noCode");
		};
	}

	/**
	 * A code issued for another handover than the one in focus: signed there if it is
	 * still being signed, or said to be done there; and, when the one in focus waits on
	 * their signature too, how to sign it.
	 */
	private Answer codeOf(Turn turn, long owner, String code) {
		Texts t = turn.texts();
		Handover there = records.find(owner);
		boolean signedThere = signoff.signatures(owner)
			.stream()
			.anyMatch(s -> s.officialId() == turn.actor().officialId());
		String done;
		if (there.state() == HandoverState.SIGNING) {
			done = outcome(turn, owner, code);
		}
		else {
			done = t.get(signedThere ? "conv.sign.codeOf.sealed" : "conv.sign.codeOf.closed", owner);
		}
		StringBuilder reply = new StringBuilder(t.get("conv.sign.codeOf", owner)).append(done);
		long here = turn.handover().id();
		if (signoff.awaits(turn.actor(), here)) {
			reply.append('\n').append(t.get("conv.sign.codeOf.alsoHere", here));
		}
		return Answer.say(reply.toString(), turn.dialog());
	}

	/**
	 * Signed as {@code as}: who is still to sign, and by when; or, the last, that the
	 * record is archived.
	 */
	private String signed(Texts t, long handoverId, String as) {
		Handover h = records.find(handoverId);
		List<WaitingStep> left = waitingSteps.steps(h.id())
			.stream()
			.filter(s -> s.open() && s.kind() == WaitingStepKind.SIGNING)
			.toList();
		if (h.state() != HandoverState.SIGNING || left.isEmpty()) {
			return t.get("conv.sign.signedLast", as);
		}
		// each remaining signer by role and name, as review replies say them (newcomer
		// 16,
		// finding 12)
		String who = String.join(t.english() ? ", " : "、",
				left.stream().map(WaitingStep::subject).distinct().map(role -> named(t, h, role)).toList());
		java.time.LocalDate due = left.stream()
			.map(WaitingStep::dueOn)
			.min(java.util.Comparator.naturalOrder())
			.orElseThrow();
		return pastDue.say(t, due, "conv.sign.signedNext", as, who, due.toString());
	}

	/** 接任干部（郑晓东）: the role and who signs as it (the role alone when no one is known). */
	private String named(Texts t, Handover h, String role) {
		String label = t.orElse("label." + role, role);
		java.util.Collection<Long> ids;
		try {
			ids = signoff.signersAs(h, dev.baton.bot.access.SignerRole.valueOf(role));
		}
		catch (IllegalArgumentException ex) {
			return label;
		}
		List<String> names = ids.stream().map(id -> directory.official(id).name()).distinct().toList();
		if (names.isEmpty()) {
			return label;
		}
		return t.english() ? label + " (" + t.list(names) + ")" : label + "（" + t.list(names) + "）";
	}

}
