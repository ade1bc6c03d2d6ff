package dev.baton.bot.conversation;

import java.time.LocalDate;

import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.signoff.Publicity;
import dev.baton.bot.handover.HandoverState;

/**
 * Sends a read message to the flow that handles it, in context: the same words mean different things to the
 * departing official filling in, the successor confirming, and a reviewer ("同意" approves a review but confirms an
 * item; "下一个" moves to the next section or the next item). A question Baton asked takes the next free text as its
 * answer. Anything else gets help for where the person is.
 */
class Router {

	/** What a person may say while Baton waits for an answer without it being taken as the answer. */
	private static final java.util.Set<Intent> ESCAPES = java.util.EnumSet.of(Intent.HELP, Intent.MINE, Intent.LIST,
			Intent.STATUS, Intent.SWITCH, Intent.SIGN, Intent.SUBMIT, Intent.CONFIRM_ALL, Intent.TODO);

	private final HelpFlow help;

	private final StatusFlow status;

	private final TodoFlow todo;

	private final DraftingFlow drafting;

	private final ConfirmFlow confirming;

	private final ReviewFlow review;

	private final SignFlow signing;

	private final FollowUpFlow followUp;

	private final CorrectionFlow corrections;

	private final HandoverService handovers;

	private final Publicity publicity;

	Router(HelpFlow help, StatusFlow status, TodoFlow todo, DraftingFlow drafting, ConfirmFlow confirming,
			ReviewFlow review, SignFlow signing, FollowUpFlow followUp, HandoverService handovers, Publicity publicity,
			CorrectionFlow corrections) {
		this.publicity = publicity;
		this.corrections = corrections;
		this.help = help;
		this.status = status;
		this.todo = todo;
		this.drafting = drafting;
		this.confirming = confirming;
		this.review = review;
		this.signing = signing;
		this.followUp = followUp;
		this.handovers = handovers;
	}

	Answer route(Turn turn, Command c, LocalDate today) {
		Intent intent = c.intent();
		if (intent == Intent.HELP) {
			return help.help(turn);
		}
		if (intent == Intent.MINE) {
			return status.mine(turn, c.number());
		}
		if (intent == Intent.TODO) {
			return todo.todo(turn);
		}
		if (turn.handover() == null) {
			return help.help(turn);
		}
		HandoverState state = turn.handover().state();
		if (turn.dialog().pending() != DialogState.Pending.NONE) {
			Answer answered = answerPending(turn, c);
			if (answered != null) {
				return answered;
			}
		}
		boolean confirmingNow = state == HandoverState.CONFIRMING && turn.successor();
		boolean draftingNow = (state == HandoverState.DRAFTING || state == HandoverState.NOTIFIED) && turn.departing();
		return switch (intent) {
			case STATUS, SWITCH -> status.status(turn);
			case LIST -> status.list(turn);
			case SHOW -> c.hasNumber() ? confirming.show(turn, null, confirming.item(turn, c.number()))
					: status.list(turn);
			case ACKNOWLEDGE -> drafting.acknowledge(turn);
			case ADD -> c.hasText() ? drafting.add(turn, c, c.text(), today) : turn.say("conv.add.how");
			case EDIT -> drafting.edit(turn, c);
			case NONE_IN_SECTION -> drafting.noneInSection(turn);
			case SUBMIT -> drafting.submit(turn);
			case CONFIRM -> confirming.confirm(turn, c.number());
			case CONFIRM_ALL -> confirming.confirmAll(turn);
			case DISPUTE -> confirming.dispute(turn, c.number(), c.text());
			case APPROVE -> confirmingNow ? confirming.confirm(turn, c.number()) : review.approve(turn, c.text());
			case RETURN -> review.returnChecklist(turn, c.number(), c.text());
			case RULE -> review.rule(turn, c);
			case SIGN -> signing.sign(turn, c.code());
			case PLAN -> followUp.plan(turn, c, today);
			case PROGRESS -> followUp.progress(turn, c);
			case CANCEL -> cancel(turn, c);
			case PUBLISH -> publish(turn);
			case NEXT, SKIP -> draftingNow ? drafting.next(turn) : confirmingNow ? confirming.skip(turn)
					: help.help(turn);
			case BACK -> draftingNow ? drafting.back(turn) : help.help(turn);
			case UNKNOWN -> unknown(turn, c, draftingNow, today);
			case HELP, MINE, TODO, BIND_GROUP, UNBIND_GROUP -> help.help(turn); // group binding: see GroupBindingFlow
			case UNDO -> corrections.undo(turn);
			case DELETE -> corrections.delete(turn, c);
			case SUPPLEMENT -> corrections.supplement(turn, c);
			case NOT_MONEY -> corrections.notMoney(turn, c, today);
		};
	}

	/** 进度 said in a group: counts and steps, no words of the plan or of progress. */
	Answer statusInGroup(Turn turn) {
		return turn.handover() == null ? help.help(turn) : status.status(turn, true);
	}

	/** A free text while filling a section is the next item of it; otherwise help for where they are. */
	private Answer unknown(Turn turn, Command c, boolean draftingNow, LocalDate today) {
		if (draftingNow && turn.handover().state() == HandoverState.DRAFTING && c.hasText()) {
			return drafting.add(turn, c, c.raw(), today);
		}
		if (draftingNow) {
			return drafting.resume(turn);
		}
		Answer helped = help.help(turn);
		return Answer.say(turn.texts().get("conv.notUnderstood"), helped.next()).and(helped.messages().get(0));
	}

	private Answer answerPending(Turn turn, Command c) {
		if (c.intent() == Intent.CANCEL) {
			return turn.dialog().pending() == DialogState.Pending.ITEM_STATUS
					? turn.say(turn.dialog().answered(), "conv.status.later", turn.dialog().item())
					: turn.say(turn.dialog().answered(), "conv.pending.dropped");
		}
		if (ESCAPES.contains(c.intent()) || c.raw() == null || c.raw().isBlank()) {
			return null; // a command of its own: the question waits
		}
		Integer item = turn.dialog().item();
		return switch (turn.dialog().pending()) {
			case DISPUTE_REASON -> confirming.dispute(turn.withDialog(turn.dialog().answered()), item, c.raw());
			case RETURN_COMMENT -> review.returnChecklist(turn.withDialog(turn.dialog().answered()), item, c.raw());
			case CORRECTION_NOTE -> review.ruled(turn.withDialog(turn.dialog().answered()), item,
					dev.baton.bot.confirmation.Ruling.CORRECTED, c.raw(), ReviewFlow.correction(c));
			// a reply that is not the answer (the next item, a command) is taken as itself; the question stays open
			case ITEM_STATUS -> item != null ? corrections.statusAnswer(turn, item, c, drafting) : null;
			case ITEM_UNIT -> (c.intent() == Intent.UNKNOWN || c.quantity() != null) && item != null
					? corrections.unitAnswer(turn, item, c) : null;
			case NONE -> null;
		};
	}

	/** 公开交接 N: the public summary of an archived handover to its unit's groups (organizers, administrators). */
	private Answer publish(Turn turn) {
		publicity.publish(turn.actor(), turn.handover().id());
		return turn.say("conv.publish.done", turn.handover().id());
	}

	private Answer cancel(Turn turn, Command c) {
		if (!c.hasText()) {
			return turn.say("conv.cancel.how", turn.handover().id());
		}
		handovers.cancel(turn.actor(), turn.handover().id(), c.text());
		return turn.say(turn.dialog().focus(null), "conv.cancel.done", turn.handover().id());
	}

}
