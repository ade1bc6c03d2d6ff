package dev.baton.bot.delivery;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import tools.jackson.databind.JsonNode;

/**
 * What to send to do a notice's step (newcomer 22, finding 13: an escalation or an urge
 * about an overdue 签收 did not say to reply 签收): the words 我的待办 says for the step's kind
 * ({@code conv.todo.do.<KIND>}), with its item or plan step from the subject; empty when
 * the notice names no step.
 */
final class StepReply {

	/** The template field that says it. */
	static final String FIELD = "reply";

	private StepReply() {
	}

	static String of(MessageSource messages, Locale locale, JsonNode payload) {
		String kind = payload.path("step").asString("");
		if (kind.isBlank()) {
			return "";
		}
		String subject = payload.path("subject").asString("").replaceFirst("^item:", "");
		// a plan step is named N.M: its item and its number in the item's plan
		String[] seq = subject.split("\\.", 2);
		Object[] args = { subject, seq[0], seq.length > 1 ? seq[1] : "" };
		try {
			return messages.getMessage("conv.todo.do." + kind, args, locale);
		}
		catch (NoSuchMessageException ex) {
			return "";
		}
	}

}
