package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.List;

import dev.baton.integrations.chat.OutboundMessage;

/**
 * What Baton says back in one turn, and where the dialog stands after it;
 * {@code proposals} holds, by card id, what a card of it proposes when its buttons alone
 * cannot say it (the words of a guessed ruling): kept with the card, so a press does
 * exactly that. {@code subject} is the one handover the answer is about (null when it is
 * about none or about all of the person's): the conversation heads every answer by it in
 * one place ({@link Headings}), whichever flow answered.
 */
record Answer(List<OutboundMessage> messages, DialogState next, java.util.Map<String, String> proposals, Long subject) {

	Answer {
		messages = List.copyOf(messages);
		proposals = proposals == null ? java.util.Map.of() : java.util.Map.copyOf(proposals);
	}

	Answer(List<OutboundMessage> messages, DialogState next, java.util.Map<String, String> proposals) {
		this(messages, next, proposals, null);
	}

	Answer(List<OutboundMessage> messages, DialogState next) {
		this(messages, next, java.util.Map.of());
	}

	/**
	 * The same answer, about handover {@code handoverId} unless it says already which one
	 * it is about (the flow that answered knows best); null leaves it as it is.
	 */
	Answer on(Long handoverId) {
		return subject != null || handoverId == null ? this : new Answer(messages, next, proposals, handoverId);
	}

	/**
	 * The {@link #subject} of an answer about all of the person's handovers, each named
	 * in it (我的待办 lines): headed by none, and taken for none.
	 */
	static final long ALL = 0L;

	/** The same answer, about all of the person's handovers: no heading names one. */
	Answer aboutAll() {
		return new Answer(messages, next, proposals, ALL);
	}

	/** A card that proposes {@code words}, as the whole answer. */
	static Answer proposing(OutboundMessage.Card card, String words, DialogState next) {
		return new Answer(List.of(card), next, java.util.Map.of(card.cardId(), words));
	}

	static Answer say(String text, DialogState next) {
		return new Answer(List.of(new OutboundMessage.Text(text)), next);
	}

	/**
	 * The same answer headed by a line that says what it is about (on its first message).
	 */
	Answer about(String heading) {
		return about(heading, heading);
	}

	/**
	 * The same answer with its message {@code index} (not the first) headed by a line
	 * that says what it is about.
	 */
	Answer about(int index, String heading) {
		List<OutboundMessage> head = messages.subList(0, index);
		Answer rest = new Answer(messages.subList(index, messages.size()), next, proposals).about(heading);
		List<OutboundMessage> all = new ArrayList<>(head);
		all.addAll(rest.messages());
		return new Answer(all, next, proposals);
	}

	/**
	 * The same answer headed by a line that says what it is about; a card first is headed
	 * by {@code heading} on its body (none when null) and by {@code fallbackHeading} on
	 * its plain-text fallback, which may point to the card's buttons the card itself
	 * shows (newcomer 21, finding 23: "请在卡片上确认。" inside the card).
	 */
	Answer about(String heading, String fallbackHeading) {
		List<OutboundMessage> all = new ArrayList<>(messages);
		OutboundMessage first = all.get(0);
		if (first instanceof OutboundMessage.Text text) {
			all.set(0, new OutboundMessage.Text(heading + "\n" + text.text()));
		}
		else if (first instanceof OutboundMessage.Markdown md) {
			all.set(0, new OutboundMessage.Markdown(md.title(), heading + "\n" + md.markdown()));
		}
		else if (first instanceof OutboundMessage.Card card) {
			all.set(0, new OutboundMessage.Card(card.cardId(), card.title(),
					heading == null ? card.body() : heading + "\n" + card.body(), card.buttons(),
					fallbackHeading == null ? card.fallbackText() : fallbackHeading + "\n" + card.fallbackText()));
		}
		return new Answer(all, next, proposals, subject);
	}

	/**
	 * The same answer, its first text followed on a line of its own by {@code line} (what
	 * to do next).
	 */
	Answer followedBy(String line) {
		List<OutboundMessage> all = new ArrayList<>(messages);
		if (!all.isEmpty() && all.get(0) instanceof OutboundMessage.Text text) {
			all.set(0, new OutboundMessage.Text(text.text() + "\n" + line));
		}
		else {
			all.add(0, new OutboundMessage.Text(line));
		}
		return new Answer(all, next, proposals, subject);
	}

	Answer and(OutboundMessage more) {
		List<OutboundMessage> all = new ArrayList<>(messages);
		all.add(more);
		return new Answer(all, next, proposals, subject);
	}

}
