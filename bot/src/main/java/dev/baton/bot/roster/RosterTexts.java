package dev.baton.bot.roster;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The roster report's messages in both languages at once (the report is read by a Chinese
 * officer and may be forwarded to an English reader): each note carries its Chinese and
 * its English text, whatever the request asked.
 */
@Component
class RosterTexts {

	private final MessageSource messages;

	RosterTexts(MessageSource messages) {
		this.messages = messages;
	}

	RosterReport.Note note(RosterColumn column, String cell, String code, Object... arguments) {
		Object[] plain = Arrays.stream(arguments).map(a -> a instanceof Number ? a.toString() : a).toArray();
		return new RosterReport.Note(column == null ? null : column.header(), cell, code,
				messages.getMessage(code, plain, code, Locale.SIMPLIFIED_CHINESE),
				messages.getMessage(code, plain, code, Locale.ENGLISH));
	}

}
