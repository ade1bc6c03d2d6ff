package dev.baton.bot.checklist;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What an item added from free text keeps beside its fields (#12 newcomer findings C20,
 * C25): the words as the person said them, when they differ from the title (the title is
 * the words without the figures read into fields), and when a finished item was done (a
 * date said with 已完成, never a deadline): the day, or only the month when no day was said
 * (newcomer 3: "已完成 2026年4月" is April 2026, no day made up). {@code dueAsked}: a deadline
 * was said whose day is asked, not stored yet (明年春节前付清 with that year's holiday notice
 * not loaded, newcomer 21, finding 22): the item has a time to be done by.
 */
public record ItemSaid(String said, LocalDate doneOn, YearMonth doneIn, boolean dueAsked) {

	public static final ItemSaid NONE = new ItemSaid(null, null, null, false);

	public ItemSaid {
		if (doneOn != null && doneIn != null) {
			throw new IllegalArgumentException("an item was done on a day or in a month, not both");
		}
	}

	/** The words as said and when a finished item was done, with no deadline asked. */
	public ItemSaid(String said, LocalDate doneOn, YearMonth doneIn) {
		this(said, doneOn, doneIn, false);
	}

	/** The words as said, kept only where they differ from {@code title}. */
	public static ItemSaid of(String said, String title, LocalDate doneOn) {
		return of(said, title, doneOn, null);
	}

	/**
	 * The words as said, kept only where they differ from {@code title}, and the day or
	 * the month it was done.
	 */
	public static ItemSaid of(String said, String title, LocalDate doneOn, YearMonth doneIn) {
		String words = said == null || said.isBlank() || said.strip().equals(title == null ? null : title.strip())
				? null : said.strip();
		return new ItemSaid(words, doneOn, doneIn, false);
	}

	/** The same words, with a deadline said whose day is asked. */
	public ItemSaid withDueAsked() {
		return new ItemSaid(said, doneOn, doneIn, true);
	}

}
