package dev.baton.bot.checklist;

import java.time.LocalDate;

/**
 * What an item added from free text keeps beside its fields (#12 newcomer findings C20, C25): the words as the person
 * said them, when they differ from the title (the title is the words without the figures read into fields), and when
 * a finished item was done (a date said with 已完成, never a deadline).
 */
public record ItemSaid(String said, LocalDate doneOn) {

	public static final ItemSaid NONE = new ItemSaid(null, null);

	/** The words as said, kept only where they differ from {@code title}. */
	public static ItemSaid of(String said, String title, LocalDate doneOn) {
		String words = said == null || said.isBlank() || said.strip().equals(title == null ? null : title.strip()) ? null
				: said.strip();
		return new ItemSaid(words, doneOn);
	}

}
