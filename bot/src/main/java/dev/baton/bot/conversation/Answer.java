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

	/** The same answer headed by a line that says what it is about (on its first message). */
	Answer about(String heading) {
		List<OutboundMessage> all = new ArrayList<>(messages);
		OutboundMessage first = all.get(0);
		if (first instanceof OutboundMessage.Text text) {
			all.set(0, new OutboundMessage.Text(heading + "\n" + text.text()));
		}
		else if (first instanceof OutboundMessage.Markdown md) {
			all.set(0, new OutboundMessage.Markdown(md.title(), heading + "\n" + md.markdown()));
		}
		else if (first instanceof OutboundMessage.Card card) {
			all.set(0, new OutboundMessage.Card(card.cardId(), card.title(), heading + "\n" + card.body(),
					card.buttons(), heading + "\n" + card.fallbackText()));
		}
		return new Answer(all, next);
	}

	Answer and(OutboundMessage more) {
		List<OutboundMessage> all = new ArrayList<>(messages);
		all.add(more);
		return new Answer(all, next);
	}

}
