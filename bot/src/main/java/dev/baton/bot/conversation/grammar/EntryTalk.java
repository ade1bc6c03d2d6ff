package dev.baton.bot.conversation.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a message the grammar could not read talks about an entry already made (#12
 * newcomer findings A2–A10): it starts by naming an item ("第18项也是，单位平方米", "18项…",
 * "把第4项…") or like a correction (a slip "写错了…", a value "应为…", a plain no "不对，…"). Such a
 * message is never recorded as a new item while drafting: Baton says how to say it
 * instead. Nor is a question (#12, newcomer 3: "怎么撤销？", "这个期限怎么改").
 */
public final class EntryTalk {

	private static final Pattern ITEM = Pattern
		.compile("^(?:把|关于)?\\s*第?\\s*([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})\\s*(?:项|条)");

	private EntryTalk() {
	}

	/**
	 * The item a message starts by naming, an excuse before it aside (不好意思，第1项…: newcomer
	 * 25, finding 4), or null.
	 */
	public static Integer itemNamed(String message) {
		Matcher m = ITEM.matcher(withoutExcuse(MessageText.fold(MessageText.normalize(message))));
		return m.find() ? CommandParser.number(m.group(1)) : null;
	}

	/** An excuse at the start and what separates it from the rest: 不好意思， / 抱歉 */
	private static final Pattern EXCUSE_END = Pattern.compile("^[\\s,;:!。、]+");

	/** The folded words without the excuses they start with. */
	private static String withoutExcuse(String folded) {
		Grammar g = Grammar.standard();
		String rest = folded.strip();
		boolean dropped = true;
		while (dropped) {
			dropped = false;
			for (String w : g.words(Grammar.Kind.LEAD)) {
				if (rest.startsWith(w) && CommandParser.COURTESY.equals(g.meaningOf(Grammar.Kind.LEAD, w))) {
					Matcher end = EXCUSE_END.matcher(rest.substring(w.length()));
					if (end.lookingAt()) {
						rest = rest.substring(w.length() + end.end());
						dropped = true;
						break;
					}
				}
			}
		}
		return rest;
	}

	/** "不是2026年是2027年", "不对，不是2026年，应该是2027年": a year said wrong, then the right one. */
	private static final Pattern YEAR_RIGHT = Pattern.compile("^(?:不对|错了)?[\\s,;:。]*不是\\s*(\\d{4})\\s*年?[\\s,;:。]*"
			+ "(?:而)?(?:应该|应当|应)?是\\s*(\\d{4})\\s*年?[\\s。.!！~～]*$");

	/**
	 * A year put right (#12, newcomer 7: "不是2026年是2027年" right after a deadline was
	 * recorded): the year said wrong and the right one, or null when the message is not
	 * that.
	 */
	public static int[] yearPutRight(String message) {
		Matcher m = YEAR_RIGHT.matcher(MessageText.fold(MessageText.normalize(message)).strip());
		return m.matches() ? new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) } : null;
	}

	/** What may stand before a correction and say only which entry: "刚才说错了", "上一条写错了". */
	private static final Pattern WHICH = Pattern.compile("^(?:刚才|刚刚|上一条|上一句|那条|这条|那个|这个)(?:的|那条|那个)?\\s*");

	/** Whether a message starts like a correction of something said before. */
	public static boolean correcting(String message) {
		Grammar g = Grammar.standard();
		String folded = MessageText.fold(MessageText.normalize(message));
		String after = WHICH.matcher(folded).replaceFirst("");
		for (Grammar.Kind kind : new Grammar.Kind[] { Grammar.Kind.SLIP, Grammar.Kind.VALUE }) {
			if (g.words(kind).stream().anyMatch(w -> folded.startsWith(w) || after.startsWith(w))) {
				return true;
			}
		}
		String first = folded.split("[\\s,;:!。、]", 2)[0];
		Grammar.Meaning m = new ClauseReader(g).read(first); // 不对 / 不对不对 / 错了
		return m != null && (m.intent() == Intent.DISPUTE || m.intent() == Intent.UNDO) && !m.tentative();
	}

	/** A question put at the end: "？", or a particle that asks (吗 / 呢 / 么). */
	private static final Pattern ASKED = Pattern.compile("(?:[?？]|[吗呢么][啊呀吧]?)[\\s。.!！~～]*$");

	/**
	 * Words that ask how, why or what, in a short message: "这个期限怎么改", "如何撤销", "现在该干啥"
	 * (#12, newcomer 11, finding 3).
	 */
	private static final Pattern HOW = Pattern.compile("怎么|怎样|如何|为什么|为啥|咋|干啥|干什么|做什么|做啥|该干|该做|啥|什么");

	/**
	 * A short message asking how is a question; a longer one may be an item's name
	 * ("关于如何…的调研").
	 */
	private static final int SHORT = 16;

	/**
	 * Whether a message asks something rather than says an item: it ends with a question
	 * mark or a particle that asks, or it is short and asks how or why with no figure or
	 * status in it.
	 */
	/**
	 * "这两项都是现状" (#12, newcomer 6): words naming several items just recorded (the
	 * grammar's {@code several} words), then an {@code all} word, then what is said of
	 * them all: that rest ("是现状"), or null when the message is not said of several items.
	 */
	public static String ofSeveral(String message) {
		Grammar g = Grammar.standard();
		String folded = MessageText.fold(MessageText.normalize(message)).strip();
		for (String several : g.words(Grammar.Kind.SEVERAL)) {
			if (!folded.startsWith(several)) {
				continue;
			}
			String rest = folded.substring(several.length()).strip();
			for (String all : g.words(Grammar.Kind.ALL)) {
				if (rest.startsWith(all) && rest.length() > all.length()) {
					return rest.substring(all.length()).strip();
				}
			}
		}
		return null;
	}

	/**
	 * The intents whose command words, inside a short message, make it look like a
	 * command rather than an item.
	 */
	private static final java.util.Set<Intent> COMMAND_LIKE = java.util.EnumSet.of(Intent.SUBMIT, Intent.NEXT,
			Intent.UNDO, Intent.NONE_IN_SECTION, Intent.BACK);

	/**
	 * Whether a short message with no figure and no status holds a word of submitting,
	 * moving on or taking back (#12, newcomer 6, finding 7: "改好了再送审吧" is no item): it is
	 * asked about, never recorded.
	 */
	public static boolean commandLike(String message) {
		Grammar g = Grammar.standard();
		String folded = MessageText.fold(MessageText.normalize(message)).strip();
		long letters = folded.codePoints().filter(Character::isLetter).count();
		if (letters == 0 || letters > SHORT_COMMAND || Figures.in(folded, g) != Figures.NONE || g.status(folded) != null
				|| folded.codePoints().anyMatch(Character::isDigit)) {
			return false;
		}
		return g.words(Grammar.Kind.COMMAND).stream().filter(w -> w.length() >= 2 && folded.contains(w)).anyMatch(w -> {
			String intent = g.meaningOf(Grammar.Kind.COMMAND, w);
			return intent != null && COMMAND_LIKE.contains(Intent.valueOf(intent.replace("?", "")));
		});
	}

	/**
	 * Whether words said before 部分 name no one part but "the others" (其他 / 其余 / 剩下的):
	 * where no part is called so, 其他部分没有 says nothing is in this one (newcomer 24,
	 * finding 4).
	 */
	public static boolean others(String named) {
		Grammar g = Grammar.standard();
		String folded = MessageText.fold(named).strip();
		return g.words(Grammar.Kind.ALL).contains(folded) || g.words(Grammar.Kind.SECTIONS).contains(folded);
	}

	/**
	 * Whether a message taken for a command speaks of a part of the checklist (这部分 / 第7部分
	 * / 本部分无): the reply then says how to declare a part empty (newcomer 24, finding 4).
	 */
	public static boolean ofASection(String message) {
		Grammar g = Grammar.standard();
		String folded = MessageText.fold(MessageText.normalize(message)).strip();
		return g.words(Grammar.Kind.NAMED_SECTION).stream().anyMatch(folded::contains);
	}

	/** Letters in a message short enough to be taken for a command. */
	private static final int SHORT_COMMAND = 10;

	public static boolean asks(String message) {
		String folded = MessageText.fold(MessageText.normalize(message)).strip();
		if (ASKED.matcher(folded).find()) {
			return true;
		}
		Grammar g = Grammar.standard();
		return folded.length() <= SHORT && HOW.matcher(folded).find() && Figures.in(folded, g) == Figures.NONE
				&& g.status(folded) == null;
	}

	/**
	 * The status a message is, and nothing more ("还没办", "尚未办理呢", "是推进中"): the grammar's
	 * status words with particles around them; null when it says more or none.
	 */
	public static dev.baton.bot.checklist.ItemStatus statusAlone(String message) {
		Grammar g = Grammar.standard();
		ClauseReader reader = new ClauseReader(g);
		String folded = MessageText.fold(MessageText.normalize(message)).strip().replaceAll("[\\s。.!！~～,]+$", "");
		for (String form : new String[] { folded, reader.trim(folded) }) {
			String plain = form;
			for (String copula : g.words(Grammar.Kind.COPULA)) {
				if (plain.startsWith(copula) && plain.length() > copula.length()) {
					plain = plain.substring(copula.length()).strip();
				}
			}
			for (String f : new String[] { form, plain }) {
				dev.baton.bot.checklist.ItemStatus said = g.statusWord(f);
				if (said == null) {
					said = g.phrases().whole(f); // in everyday words: 还在推 / 已经编完了 (#12,
													// newcomer 5)
				}
				if (said != null) {
					return said;
				}
			}
		}
		return null;
	}

}
