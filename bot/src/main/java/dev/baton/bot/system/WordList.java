package dev.baton.bot.system;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Several words given to a message as one argument: the message source joins them in the
 * reader's language when it writes the message ({@code list.joiner}: 、 in Chinese, ", "
 * in English), so a refusal written before anyone knows who reads it does not say "A、B"
 * in English. An item may be {@link Both}, written in each language as it says.
 */
public record WordList(List<?> items) {

	public WordList {
		items = List.copyOf(items);
	}

	public static WordList of(Collection<?> items) {
		return new WordList(List.copyOf(items));
	}

	/** The words joined with {@code joiner}, each in the language of {@code locale}. */
	public String joined(Locale locale, String joiner) {
		boolean english = "en".equals(locale.getLanguage());
		return items.stream()
			.map(i -> i instanceof Both both ? (english ? both.en() : both.zh()) : String.valueOf(i))
			.collect(Collectors.joining(joiner));
	}

	/** The Chinese reading, where no reader's language is known (logs, exceptions). */
	@Override
	public String toString() {
		return joined(Locale.SIMPLIFIED_CHINESE, "、");
	}

	/** One word as each language writes it. */
	public record Both(String zh, String en) {

		@Override
		public String toString() {
			return zh;
		}

	}

}
