package dev.baton.bot.conversation.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Progress said without 进展 (#12, newcomers 2 and 3): whether words name a step of a plan
 * by its text ("护岸砌筑" names "完成剩余护岸砌筑"; "运维服务年度验收评价已经做完了" holds all of "完成运维服务年度验收评价"),
 * and whether a message says a step is finished (干完了, 已完成) or not yet
 * ("完成了八成，预计1月10日能全部完成": a share done, a day still to come, a hope; "还没完成"). The words
 * are the grammar's {@code step}, {@code finished} and {@code not_yet} kinds.
 */
public final class StepWords {

	/** Fewer letters in a row than this name nothing ("验" is in many steps). */
	private static final int AT_LEAST = 2;

	/**
	 * Where one clause ends: a finished word counts only against the words of its own
	 * clause.
	 */
	private static final Pattern CLAUSE = Pattern.compile("[,;!?。、.]+");

	/**
	 * What may stand between a not-yet word and the work it says is not done: 能全部完成 /
	 * 还没都做完.
	 */
	private static final Pattern BETWEEN = Pattern.compile("(?:全部|都|全|彻底|完全|基本)?$");

	/** Words of a finished word that only say so, around the verb: 已经完成了 → 完成. */
	private static final Pattern AROUND_VERB = Pattern.compile("^(?:已经|已|全部)|了$");

	/**
	 * A verb with its result, said done at the end of a clause (#12, newcomer 14):
	 * 钱已经付清了, 已经整改完了, 弄好了, 办妥了. The verb's letters may be a step's own words too
	 * (付清38万元), so these are read here and never listed among the grammar's finished
	 * words, which name no step. "整改完了2件" (a part, something follows) is not this.
	 */
	private static final Pattern RESULT_DONE = Pattern
		.compile("\\p{IsHan}(?:完|清|妥|毕|齐)了(?=[吧啊呀啦呢的]*$)|(?:弄|搞|办|做|干|改|修|建|交|报|整)好了(?=[吧啊呀啦呢的]*$)");

	private StepWords() {
	}

	/**
	 * Whether the message says a step is done: one of the grammar's {@code finished}
	 * words, not taken back in its own clause by a share of the work ("完成了八成", "已完成60%"),
	 * or by a {@code not_yet} word before it ("预计…能全部完成", "还没做完").
	 */
	public static boolean finished(String message) {
		String folded = MessageText.fold(MessageText.normalize(message));
		for (String clause : CLAUSE.split(folded)) {
			if (finishedIn(clause)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether words that start with a finished word ("已完成 …", "完成了 …" after 进展 N.N) say
	 * the step is done: not when a share follows it ("完成了八成") or the rest of its clause
	 * says it is not done yet.
	 */
	public static boolean completes(String text) {
		String folded = MessageText.fold(MessageText.normalize(text));
		String clause = CLAUSE.split(folded, 2)[0];
		return !shares(clause) && !notDone(clause) && !finishedLater(clause);
	}

	/**
	 * A finished word with a not-yet word before it: "预计下周能完成" says when it will be done.
	 */
	private static boolean finishedLater(String clause) {
		List<String> notYet = Grammar.standard().words(Grammar.Kind.NOT_YET);
		for (String verb : verbs()) {
			int at = clause.indexOf(verb);
			if (at >= 0 && takenBack(clause.substring(0, at), true, notYet)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the message says a step is not done: a {@code not_yet} word before the work
	 * ("还没完成", "未做完", "预计下周能完成"), or only a share of it done ("只完成了八成").
	 */
	public static boolean notDone(String message) {
		String folded = MessageText.fold(MessageText.normalize(message));
		for (String clause : CLAUSE.split(folded)) {
			if (shares(clause)) {
				return true;
			}
			for (String verb : verbs()) {
				for (int at = clause.indexOf(verb); at >= 0; at = clause.indexOf(verb, at + 1)) {
					if (takenBack(clause.substring(0, at), true, Grammar.standard().negations())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean finishedIn(String clause) {
		Grammar g = Grammar.standard();
		List<int[]> shares = new ArrayList<>();
		Matcher share = g.partly(clause);
		while (share.find()) {
			shares.add(new int[] { share.start(), share.end() });
		}
		for (String w : g.words(Grammar.Kind.FINISHED)) {
			for (int at = clause.indexOf(w); at >= 0; at = clause.indexOf(w, at + 1)) {
				int from = at;
				int to = at + w.length();
				boolean shared = shares.stream().anyMatch(s -> s[0] < to && from < s[1]);
				if (!shared && !takenBack(clause.substring(0, at), !w.startsWith("已"), g.words(Grammar.Kind.NOT_YET))) {
					return true;
				}
			}
		}
		Matcher result = RESULT_DONE.matcher(clause);
		while (result.find()) {
			int from = result.start();
			int to = result.end();
			boolean shared = shares.stream().anyMatch(s -> s[0] < to && from < s[1]);
			if (!shared && !takenBack(clause.substring(0, from), true, g.words(Grammar.Kind.NOT_YET))) {
				return true;
			}
		}
		return false;
	}

	/** A share of the work said done ("完成了八成", "已完成60%", "完成过半"). */
	private static boolean shares(String clause) {
		return Grammar.standard().partly(clause).find();
	}

	/**
	 * Whether the words before a finished word take it back: one of {@code notYet} of two
	 * letters or more anywhere before it in the clause (预计, 还没, 争取), one of a single
	 * letter only right before it, with at most 全部 / 都 between (能全部完成, 未做完), and only
	 * when {@code letters} (not before 已…: 功能已完成 is done).
	 */
	private static boolean takenBack(String before, boolean letters, List<String> notYet) {
		String near = BETWEEN.matcher(before).replaceFirst("");
		for (String w : notYet) {
			boolean single = w.codePointCount(0, w.length()) == 1;
			if (single ? letters && near.endsWith(w) : before.contains(w)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The work a finished word says is done, without what only says so: 完成, 做完, 干完, 办结 …
	 */
	private static List<String> verbs() {
		List<String> out = new ArrayList<>();
		for (String w : Grammar.standard().words(Grammar.Kind.FINISHED)) {
			String verb = AROUND_VERB.matcher(w).replaceAll("");
			if (verb.codePointCount(0, verb.length()) >= 2 && !out.contains(verb)) {
				out.add(verb);
			}
		}
		return out;
	}

	/**
	 * How well {@code words} name the step whose text is {@code step}.
	 *
	 * @param shared how many of the step's letters the words hold, in runs of two or more
	 * (other than runs that only say something is done or name a step: "完成" is in 完成验收
	 * and in 已完成, it names nothing)
	 * @param whole whether the words hold every letter of the step that means something:
	 * its own words, in any order ("运维服务年度验收评价已经做完了" for "完成运维服务年度验收评价")
	 */
	public record Match(int shared, boolean whole) {

		static final Match NONE = new Match(0, false);

		public boolean any() {
			return shared > 0;
		}

	}

	/**
	 * Whether {@code words} name the step whose text is {@code step} at all (two letters
	 * or more in a row).
	 */
	public static boolean names(String words, String step) {
		return match(words, step).any();
	}

	/**
	 * How many letters and digits of the step's text {@code words} hold as written, in
	 * one run, marks and spaces aside ("整改2件那一步已经干完了" holds all four of "整改2件"); 0 when
	 * they do not hold it whole (#12, newcomer 14: digits break {@link #match}'s runs of
	 * letters, so a step's own text with a figure in it was asked about).
	 */
	public static int heldWhole(String words, String step) {
		if (words == null || step == null) {
			return 0;
		}
		String a = lettersAndDigits(MessageText.fold(MessageText.normalize(words)));
		String b = lettersAndDigits(MessageText.fold(MessageText.normalize(step)));
		return !b.isEmpty() && a.contains(b) ? b.codePointCount(0, b.length()) : 0;
	}

	private static String lettersAndDigits(String s) {
		StringBuilder out = new StringBuilder();
		s.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
		return out.toString();
	}

	/**
	 * What may follow a step's own words and still leave them naming the step by
	 * themselves: how it stands (已, 还, 只 …), besides the grammar's {@code step},
	 * {@code finished} and {@code not_yet} words.
	 */
	private static final List<String> STANDING = List.of("已", "还", "只", "都", "也", "正在", "在", "目前", "基本", "刚", "快",
			"差不多", "大概", "大约");

	/**
	 * Whether the step's own words in {@code words} stand by themselves (#12, newcomer
	 * 16, finding 8): each run of them is followed by nothing, a mark, or words that only
	 * say how the step stands ("验收那步完成了一半了", "信访件还没完成"), never by more of a thing's name
	 * ("验收方案已经定了", "终验方案": the words say more than the step does). False when they share
	 * no run with the step.
	 */
	public static boolean standsAlone(String words, String step) {
		if (words == null || step == null) {
			return false;
		}
		String a = MessageText.fold(MessageText.normalize(words));
		String b = MessageText.fold(MessageText.normalize(step));
		List<String> generic = generic();
		Grammar g = Grammar.standard();
		List<String> after = new ArrayList<>(generic);
		after.addAll(g.words(Grammar.Kind.NOT_YET));
		after.addAll(verbs());
		after.addAll(STANDING);
		int[][] run = new int[a.length() + 1][b.length() + 1];
		boolean any = false;
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				char c = a.charAt(i - 1);
				if (c == b.charAt(j - 1) && Character.isLetter(c)) {
					run[i][j] = run[i - 1][j - 1] + 1;
				}
			}
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int n = run[i][j];
				boolean longest = i == a.length() || j == b.length() || run[i + 1][j + 1] == 0;
				if (n < AT_LEAST || !longest) {
					continue;
				}
				String shared = a.substring(i - n, i);
				if (generic.stream().anyMatch(w -> w.contains(shared))) {
					continue;
				}
				String rest = a.substring(i).replaceFirst("^的", "");
				boolean stands = rest.isEmpty() || !Character.isLetterOrDigit(rest.codePointAt(0))
						|| after.stream().anyMatch(rest::startsWith);
				if (!stands) {
					return false;
				}
				any = true;
			}
		}
		return any;
	}

	/** How well {@code words} name the step whose text is {@code step}. */
	public static Match match(String words, String step) {
		if (words == null || step == null) {
			return Match.NONE;
		}
		String a = MessageText.fold(MessageText.normalize(words));
		String b = MessageText.fold(MessageText.normalize(step));
		List<String> generic = generic();
		// run[i][j]: how many letters in a row end at a[i-1] and b[j-1]
		int[][] run = new int[a.length() + 1][b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				char c = a.charAt(i - 1);
				if (c == b.charAt(j - 1) && Character.isLetter(c)) {
					run[i][j] = run[i - 1][j - 1] + 1;
				}
			}
		}
		boolean[] covered = new boolean[b.length()];
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int n = run[i][j];
				boolean longest = i == a.length() || j == b.length() || run[i + 1][j + 1] == 0;
				if (n >= AT_LEAST && longest) {
					String shared = a.substring(i - n, i);
					if (generic.stream().noneMatch(w -> w.contains(shared))) {
						for (int k = j - n; k < j; k++) {
							covered[k] = true;
						}
					}
				}
			}
		}
		int shared = 0;
		boolean whole = true;
		StringBuilder left = new StringBuilder();
		for (int k = 0; k <= b.length(); k++) {
			if (k < b.length() && covered[k]) {
				shared++;
			}
			boolean letterLeft = k < b.length() && !covered[k] && Character.isLetter(b.charAt(k));
			if (letterLeft) {
				left.append(b.charAt(k));
				continue;
			}
			if (!left.isEmpty()) {
				String stretch = left.toString();
				whole &= generic.stream().anyMatch(w -> w.contains(stretch));
				left.setLength(0);
			}
		}
		return shared == 0 ? Match.NONE : new Match(shared, whole);
	}

	/**
	 * The words that only say something is done, or name a step: they name no step by
	 * themselves.
	 */
	private static List<String> generic() {
		Grammar g = Grammar.standard();
		List<String> generic = new ArrayList<>(g.words(Grammar.Kind.FINISHED));
		generic.addAll(g.words(Grammar.Kind.STEP));
		return generic;
	}

}
