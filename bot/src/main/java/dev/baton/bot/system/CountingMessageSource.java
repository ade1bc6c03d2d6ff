package dev.baton.bot.system;

import java.math.BigDecimal;
import java.text.ChoiceFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, where a count may choose its words: in English
 * {@code {0,choice,1#{0} person|1<{0} people}} says "1 person" and "2 people" (newcomer
 * 12: "to 1 people", "overdue by 1 working days"). A choice takes a number; callers that
 * pass a count as text (a number already written out) get the same choice, and text that
 * is no number takes the last (plural) form. Several words given as one {@link WordList}
 * argument are joined as the reader's language joins them.
 */
public class CountingMessageSource extends ResourceBundleMessageSource {

	/**
	 * A {@link WordList} argument is joined in the reader's language
	 * ({@code list.joiner}).
	 */
	@Override
	protected Object[] resolveArguments(Object[] args, Locale locale) {
		Object[] resolved = super.resolveArguments(args, locale);
		if (resolved == null) {
			return null;
		}
		for (int i = 0; i < resolved.length; i++) {
			if (resolved[i] instanceof WordList words) {
				resolved[i] = words.joined(locale, getMessage("list.joiner", null, "、", locale));
			}
		}
		return resolved;
	}

	@Override
	protected MessageFormat createMessageFormat(String msg, Locale locale) {
		MessageFormat format = super.createMessageFormat(msg, locale);
		Format[] formats = format.getFormatsByArgumentIndex();
		for (int i = 0; i < formats.length; i++) {
			if (formats[i] instanceof ChoiceFormat choice) {
				format.setFormatByArgumentIndex(i, new CountChoice(choice));
			}
		}
		return format;
	}

	/** A choice format that also reads a count given as text. */
	static final class CountChoice extends ChoiceFormat {

		CountChoice(ChoiceFormat choice) {
			super(choice.toPattern());
		}

		@Override
		public StringBuffer format(Object number, StringBuffer toAppendTo, FieldPosition pos) {
			if (number instanceof Number) {
				return super.format(number, toAppendTo, pos);
			}
			return format(count(number), toAppendTo, pos);
		}

		/** A count written as text ("1", "1,200"); anything else counts as many. */
		private static double count(Object value) {
			String text = value == null ? "" : value.toString().strip().replace(",", "");
			try {
				return new BigDecimal(text).doubleValue();
			}
			catch (NumberFormatException notANumber) {
				return Double.MAX_VALUE;
			}
		}

	}

}
