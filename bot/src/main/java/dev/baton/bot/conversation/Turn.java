package dev.baton.bot.conversation;

import dev.baton.bot.access.Actor;
import dev.baton.bot.handover.Handover;

/**
 * One message being answered: who speaks, the handover in focus (null when they have
 * none), the dialog so far, the words to answer in, and the message as the person wrote
 * it (null for a card pressed).
 */
record Turn(Actor actor, Handover handover, DialogState dialog, Texts texts, String written) {

	Turn(Actor actor, Handover handover, DialogState dialog, Texts texts) {
		this(actor, handover, dialog, texts, null);
	}

	/**
	 * Words the grammar read out of the message (a title, a reason, a comment), as the
	 * person wrote them ("３２０㎡", not "320m2"): what is stored or echoed as said (#12).
	 */
	String asWritten(String words) {
		return written == null || words == null ? words
				: dev.baton.bot.conversation.grammar.AsWritten.span(written, words);
	}

	boolean departing() {
		return handover != null && actor.is(handover.departingId());
	}

	boolean successor() {
		return handover != null && actor.is(handover.successorId());
	}

	Turn withDialog(DialogState next) {
		return new Turn(actor, handover, next, texts, written);
	}

	Answer say(String key, Object... arguments) {
		return Answer.say(texts.get(key, arguments), dialog);
	}

	Answer say(DialogState next, String key, Object... arguments) {
		return Answer.say(texts.get(key, arguments), next);
	}

}
