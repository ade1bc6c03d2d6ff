package dev.baton.bot.conversation.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a message the grammar could not read talks about an entry already made (#12 newcomer findings A2–A10): it
 * starts by naming an item ("第18项也是，单位平方米", "18项…", "把第4项…") or like a correction (a slip "写错了…", a value
 * "应为…", a plain no "不对，…"). Such a message is never recorded as a new item while drafting: Baton says how to say
 * it instead.
 */
public final class EntryTalk {

	private static final Pattern ITEM = Pattern
		.compile("^(?:把|关于)?\\s*第?\\s*([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})\\s*(?:项|条)");

	private EntryTalk() {
	}

	/** The item a message starts by naming, or null. */
	public static Integer itemNamed(String message) {
		Matcher m = ITEM.matcher(MessageText.fold(MessageText.normalize(message)));
		return m.find() ? CommandParser.number(m.group(1)) : null;
	}

	/** Whether a message starts like a correction of something said before. */
	public static boolean correcting(String message) {
		Grammar g = Grammar.standard();
		String folded = MessageText.fold(MessageText.normalize(message));
		for (Grammar.Kind kind : new Grammar.Kind[] { Grammar.Kind.SLIP, Grammar.Kind.VALUE }) {
			if (g.words(kind).stream().anyMatch(folded::startsWith)) {
				return true;
			}
		}
		String first = folded.split("[\\s,;:!。、]", 2)[0];
		Grammar.Meaning m = g.whole(first);
		return m != null && (m.intent() == Intent.DISPUTE || m.intent() == Intent.UNDO);
	}

}
