package dev.baton.bot.conversation.grammar;

import java.text.Normalizer;

/** A message as the grammar reads it and as {@link Command#raw()} keeps it. */
final class MessageText {

	static final int MAX_CHARS = 2000;

	/**
	 * Chinese punctuation NFKC would turn into ASCII: kept as written in what is stored
	 * (a reason, a title), since it is part of what people wrote; {@link #fold} reads it
	 * as ASCII.
	 */
	private static final String CHINESE_PUNCTUATION = "，：；！？（）…";

	private static final String FOLDED_PUNCTUATION = ",:;!?()…";

	private MessageText() {
	}

	/**
	 * NFKC (full-width letters and digits, compatibility forms: "ＯＫ" → "OK", "３" → "3",
	 * "③" → "3", "㎡" → "m2"), Chinese punctuation and Roman numerals (Ⅱ) kept as written;
	 * control and format characters, emoji variation selectors and skin tones removed;
	 * every run of white space one space; trimmed; cut at {@link #MAX_CHARS}.
	 */
	static String normalize(String message) {
		if (message == null) {
			return "";
		}
		String s = message.length() > MAX_CHARS ? message.substring(0, MAX_CHARS) : message;
		StringBuilder out = new StringBuilder(s.length());
		StringBuilder run = new StringBuilder();
		s.codePoints().forEach(cp -> {
			if (keptAsWritten(cp)) {
				out.append(Normalizer.normalize(run, Normalizer.Form.NFKC)).appendCodePoint(cp);
				run.setLength(0);
			}
			else if (cp == 0x3000 || cp == '\n' || cp == '\t' || cp == '\r') {
				run.append(' ');
			}
			else if (!dropped(cp)) {
				run.appendCodePoint(cp);
			}
		});
		out.append(Normalizer.normalize(run, Normalizer.Form.NFKC));
		return out.toString().replaceAll("\\s+", " ").strip();
	}

	/** Chinese punctuation and Roman numerals: not normalized, but kept as written. */
	static boolean keptAsWritten(int cp) {
		return CHINESE_PUNCTUATION.indexOf(cp) >= 0 || romanNumeral(cp);
	}

	/**
	 * Ⅱ, Ⅳ, ⅻ (#12, newcomer 18: "水质 现状 Ⅱ类"): a water class or a grade as written; NFKC
	 * would store it as the letters "II", not what the person typed, and no word of the
	 * grammar reads it.
	 */
	private static boolean romanNumeral(int cp) {
		return cp >= 0x2160 && cp <= 0x2188;
	}

	static boolean dropped(int cp) {
		int type = Character.getType(cp);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
				|| cp >= 0xFE00 && cp <= 0xFE0F // emoji and text variation selectors: ✔️
												// is ✔
				|| cp >= 0x1F3FB && cp <= 0x1F3FF; // skin tones: 👍🏻 is 👍
	}

	/**
	 * The form words are compared in: lower case, Chinese punctuation and ’ as ASCII
	 * (same length, so offsets hold).
	 */
	static String fold(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			int at = CHINESE_PUNCTUATION.indexOf(c);
			// a typographic apostrophe as typed on phones (what’s, doesn’t) reads as '
			out.append(at >= 0 ? FOLDED_PUNCTUATION.charAt(at) : c == '\u2019' ? '\'' : Character.toLowerCase(c));
		}
		return out.toString();
	}

}
