package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.List;

import dev.baton.integrations.chat.OutboundMessage;

/** What Baton says back in one turn, and where the dialog stands after it. */
record Answer(List<OutboundMessage> messages, DialogState next) {

	Answer {
		messages = List.copyOf(messages);
	}

	static Answer say(String text, DialogState next) {
		return new Answer(List.of(new OutboundMessage.Text(text)), next);
	}

	Answer and(OutboundMessage more) {
		List<OutboundMessage> all = new ArrayList<>(messages);
		all.add(more);
		return new Answer(all, next);
	}

}
