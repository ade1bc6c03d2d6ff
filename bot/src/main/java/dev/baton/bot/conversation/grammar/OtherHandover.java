package dev.baton.bot.conversation.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another handover named in answer to what Baton asked about one (newcomer 23, finding
 * 15): "不是这个，是交接5" / "不对，是5号交接" / "不是交接4，是交接5" / "我说的是交接5". The question then goes on
 * about the handover named; what was said so far stays. A handover named alone ("交接5") is
 * no such answer: it is a question of its own.
 */
public final class OtherHandover {

	private static final String N = "(?:[0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})";

	/** A handover named by its number, not captured: 交接5 / 5号交接 / 第5号. */
	private static final String NAMED = "(?:交接\\s*(?:第\\s*)?" + N + "\\s*号?|(?:第\\s*)?" + N
			+ "\\s*号\\s*(?:的\\s*)?(?:交接)?)";

	private static final Pattern SAID = Pattern
		.compile("^(?<not>(?:不是|不对|错了|搞错了|弄错了|选错了|并不是)\\s*(?:这个交接|这项交接|这个|这项|这一项|" + NAMED
				+ ")?\\s*(?:吧|啊|了)?[\\s,;:.!。]*)?(?<is>我说的是|我要的是|我指的是|说的是|要的是|指的是|应该是|而是|是|换成|改成|改为)?\\s*"
				+ "(?:交接\\s*(?:第\\s*)?(?<a>" + N + ")\\s*号?|(?:第\\s*)?(?<b>" + N + ")\\s*号\\s*(?:的\\s*)?(?:交接)?)"
				+ "\\s*(?:的)?\\s*(?:吧|啊|呀|哦)?[\\s.!。]*$");

	private OtherHandover() {
	}

	/**
	 * The number of the handover the message names instead, or null when it names none
	 * so.
	 */
	public static Integer in(String message) {
		if (message == null) {
			return null;
		}
		Matcher m = SAID.matcher(MessageText.fold(MessageText.normalize(message)).strip());
		if (!m.matches() || m.group("not") == null && m.group("is") == null) {
			return null;
		}
		return CommandParser.number(m.group("a") != null ? m.group("a") : m.group("b"));
	}

}
