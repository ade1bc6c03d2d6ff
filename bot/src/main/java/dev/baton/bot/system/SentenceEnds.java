package dev.baton.bot.system;

import java.util.regex.Pattern;

/**
 * A person's words quoted in a text that already end a sentence (「是哪年签的？」) take no second
 * 。 or ？ from the template around them (newcomer 16, finding 2a: 「…是哪年签的？”？」,
 * 「…是哪年签的？。」). A filled-in value that ends in sentence punctuation is marked; the
 * template's punctuation right after it (past a closing quote) is dropped, and the marks
 * removed. Only the template's punctuation goes: the person's words are kept as typed. A
 * clause joined after such words takes no ； either (newcomer 22, finding 15:
 * 「…哪年签的？；答复：…」).
 */
public final class SentenceEnds {

	private static final char MARK = '\uE000';

	private static final String ENDS = "。？！?!.…";

	private static final Pattern DOUBLED = Pattern.compile(MARK + "([”\"'’」』]?)[。？！.?!；;]");

	private SentenceEnds() {
	}

	/** Whether the text ends in sentence punctuation (。？！?!.…). */
	public static boolean ends(String value) {
		return value != null && !value.isEmpty() && ENDS.indexOf(value.charAt(value.length() - 1)) >= 0;
	}

	/** The value, marked when it ends a sentence. */
	public static String mark(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return ends(value) ? value + MARK : value;
	}

	/** A filled-in argument: a marked text, anything else unchanged. */
	public static Object markArgument(Object argument) {
		return argument instanceof String s ? mark(s) : argument;
	}

	/**
	 * Two texts one after the other, the second's leading punctuation dropped when the
	 * first ends a sentence: 「哪年签的？」 and 「；答复：…」 read 「哪年签的？答复：…」.
	 */
	public static String join(String first, String then) {
		return tidy(mark(first) + then);
	}

	/**
	 * The text with the template's punctuation after marked values dropped, and no marks.
	 */
	public static String tidy(String text) {
		if (text == null || text.indexOf(MARK) < 0) {
			return text;
		}
		return DOUBLED.matcher(text).replaceAll("$1").replace(String.valueOf(MARK), "");
	}

}
