package dev.baton.bot.conversation;

import dev.baton.bot.access.Actor;
import dev.baton.bot.handover.Handover;

/**
 * One message being answered: who speaks, the handover in focus (null when they have
 * none), the dialog so far, and the words to answer in.
 */
record Turn(Actor actor, Handover handover, DialogState dialog, Texts texts) {

	boolean departing() {
		return handover != null && actor.is(handover.departingId());
	}

	boolean successor() {
		return handover != null && actor.is(handover.successorId());
	}

	Turn withDialog(DialogState next) {
		return new Turn(actor, handover, next, texts);
	}

	Answer say(String key, Object... arguments) {
		return Answer.say(texts.get(key, arguments), dialog);
	}

	Answer say(DialogState next, String key, Object... arguments) {
		return Answer.say(texts.get(key, arguments), next);
	}

}
