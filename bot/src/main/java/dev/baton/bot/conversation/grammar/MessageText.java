package dev.baton.bot.conversation.grammar;

/** A message as the grammar reads it and as {@link Command#raw()} keeps it. */
final class MessageText {

	static final int MAX_CHARS = 2000;

	private MessageText() {
	}

	static String normalize(String message) {
		if (message == null) {
			return "";
		}
		String s = message.length() > MAX_CHARS ? message.substring(0, MAX_CHARS) : message;
		StringBuilder out = new StringBuilder(s.length());
		s.codePoints().map(MessageText::halfWidth).forEach(cp -> {
			int type = Character.getType(cp);
			if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE) {
				out.append(cp == '\n' || cp == '\t' ? ' ' : "");
			}
			else {
				out.appendCodePoint(cp);
			}
		});
		return out.toString().replaceAll("\\s+", " ").strip();
	}

	/**
	 * Full-width letters, digits and ASCII signs ("３", "ＯＫ", "＃") as their ASCII forms; Chinese punctuation (，。：；！？（）)
	 * stays as written, since it is part of what people said and the grammar reads both forms.
	 */
	private static int halfWidth(int cp) {
		if (cp == 0x3000) {
			return ' ';
		}
		if (cp >= 0xFF01 && cp <= 0xFF5E && "，。：；！？（）".indexOf(cp) < 0) {
			return cp - 0xFEE0;
		}
		return cp;
	}

}
