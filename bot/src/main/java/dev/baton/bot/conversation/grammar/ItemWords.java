package dev.baton.bot.conversation.grammar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.baton.bot.checklist.ItemStatus;

/**
 * An item said in free text, as the record keeps it (#12 newcomer findings C20, C25): its title is what the item IS,
 * the words without the figures the grammar read into fields (the amount, the quantity with its unit, the status
 * words, the date with its 前 / 前完成 / 截止 wording, the separators left over): "统计执法检查专项资金 已完成 45万元" →
 * 统计执法检查专项资金. So a later correction of the amount never leaves the old figure in the title. A figure the
 * grammar did not read (a bare "3250", a second amount, two statuses that contradict each other) stays in the title;
 * when nothing is left the title is the text as said. Said in clauses (，；), the first clause keeps what is left
 * without its figures and a later clause that held a figure is dropped whole: "…问题，涉及17人，欠缴约43万元，推进中" →
 * …问题, not "…问题，涉及，欠缴约".
 * <p>
 * A date said with 已完成 and no 前 / 截止 is when the item was done ({@link #doneOn}), not a deadline.
 */
public record ItemWords(String title, LocalDate deadline, LocalDate doneOn, java.time.YearMonth doneIn, String note) {

	private static final Pattern DATE = Pattern.compile("(?:截止到|截止|截至|于|在)?\\s*(?<![0-9.])(?:\\d{4}\\s*[-/.年]\\s*"
			+ "\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?|\\d{1,2}\\s*(?:月\\s*\\d{1,2}\\s*日?|[-/]\\s*\\d{1,2}(?![0-9.])))"
			+ "\\s*(?:之前|以前|前)?\\s*(?:完成|办结|完工|竣工|到期|截止)?");

	private static final Pattern DEADLINE_WORDING = Pattern.compile("截止|(?:之|以)?前");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,，;；、。.:：]+");

	/**
	 * @param said the words of the item as the person wrote them (normalized like a message)
	 * @param read what the grammar read from them ("添加 " + said)
	 */
	public static ItemWords of(String said, Command read, LocalDate today) {
		String text = said == null ? "" : said;
		String folded = MessageText.fold(text); // same length: offsets hold
		List<int[]> cut = new ArrayList<>();
		Grammar grammar = Grammar.standard();
		figures(folded, read, grammar, cut);
		boolean deadlineWording = false;
		if (read.date() != null) {
			Matcher m = DATE.matcher(folded);
			if (m.find()) {
				cut.add(new int[] { m.start(), m.end() });
				deadlineWording = DEADLINE_WORDING.matcher(m.group()).find();
			}
		}
		if (read.status() != null) {
			statusWords(folded, grammar, read.status(), cut);
		}
		dropLaterClauses(folded, cut);
		String title = without(text, cut);
		if (title.codePoints().noneMatch(Character::isLetterOrDigit)) {
			title = text.strip();
		}
		LocalDate date = read.date();
		boolean done = date != null && !deadlineWording && read.status() == ItemStatus.DONE;
		return new ItemWords(title, done ? null : date, done ? date : null, null, null);
	}

	/** The first amount and the first quantity the grammar read: each number with its 万 / unit / 元. */
	private static void figures(String folded, Command read, Grammar grammar, List<int[]> cut) {
		if (read.amount() == null && read.quantity() == null) {
			return;
		}
		String words = java.util.stream.Stream
			.concat(grammar.words(Grammar.Kind.UNIT).stream(), grammar.words(Grammar.Kind.MONEY).stream())
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		Pattern figure = Pattern.compile("(?<![0-9.,第#])(?:[¥￥]\\s*)?[0-9][0-9,]{0,24}(?:\\.[0-9]{1,6})?(?![0-9])\\s*"
				+ "(?:[亿万千][余多]?\\s*)?(?:" + words + ")?");
		boolean amountCut = read.amount() == null;
		boolean quantityCut = read.quantity() == null;
		Matcher m = figure.matcher(folded);
		while (m.find() && !(amountCut && quantityCut)) {
			Figures f = Figures.in(m.group(), grammar);
			if (!amountCut && same(f.amount(), read.amount())) {
				amountCut = true;
				cut.add(new int[] { m.start(), m.end() });
			}
			else if (!quantityCut && same(f.quantity(), read.quantity())) {
				quantityCut = true;
				cut.add(new int[] { m.start(), m.end() });
			}
		}
	}

	/** The words that say the status read (推进中); another status's words (已完成七成 of a work in progress) stay. */
	private static void statusWords(String folded, Grammar grammar, ItemStatus read, List<int[]> cut) {
		List<String> statuses = grammar.entries()
			.stream()
			.filter(e -> e.kind() == Grammar.Kind.STATUS && read.name().equals(e.meaning()))
			.map(Grammar.Entry::word)
			.collect(Collectors.toCollection(ArrayList::new));
		statuses.sort(Comparator.comparingInt(String::length).reversed());
		String left = folded;
		for (String w : statuses) {
			int at = left.indexOf(w);
			while (at >= 0) {
				cut.add(new int[] { at, at + w.length() });
				left = left.substring(0, at) + " ".repeat(w.length()) + left.substring(at + w.length());
				at = left.indexOf(w);
			}
		}
	}

	/**
	 * A clause after the first that held a figure read into a field describes that figure (涉及17人, 欠缴约43万元, 推进中,
	 * 争取2027年6月30日前化解): it goes whole, not just its figure. The first clause keeps what is left without its
	 * figures; the other clauses stay as said. A comma between digits (1,200) separates no clause.
	 */
	private static void dropLaterClauses(String folded, List<int[]> cut) {
		List<int[]> clauses = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			boolean separator = c == '，' || c == '；' || c == ';' || (c == ',' && !(i > 0 && i + 1 < folded.length()
					&& Character.isDigit(folded.charAt(i - 1)) && Character.isDigit(folded.charAt(i + 1))));
			if (separator) {
				clauses.add(new int[] { start, i });
				start = i + 1;
			}
		}
		clauses.add(new int[] { start, folded.length() });
		List<int[]> dropped = new ArrayList<>();
		for (int[] clause : clauses.subList(1, clauses.size())) {
			boolean held = cut.stream().anyMatch(span -> span[0] < clause[1] && span[1] > clause[0]);
			if (held) {
				dropped.add(new int[] { clause[0], clause[1] });
			}
		}
		cut.addAll(dropped);
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a != null && b != null && a.compareTo(b) == 0;
	}

	/** The text without the cut spans; each run of separators one, none at either end. */
	private static String without(String text, List<int[]> cut) {
		boolean[] gone = new boolean[text.length()];
		for (int[] span : cut) {
			for (int i = span[0]; i < span[1] && i < gone.length; i++) {
				gone[i] = true;
			}
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			// a cut span leaves a separator behind where it stood, so the words on either side stay apart
			if (!gone[i]) {
				out.append(text.charAt(i));
			}
			else if (i == 0 || !gone[i - 1]) {
				out.append(' ');
			}
		}
		String s = out.toString();
		Matcher m = SEPARATORS.matcher(s);
		StringBuilder joined = new StringBuilder();
		int last = 0;
		while (m.find()) {
			joined.append(s, last, m.start());
			String run = m.group();
			String kept = run.strip().isEmpty() ? " " : run.strip().substring(0, 1);
			joined.append(m.start() == 0 || m.end() == s.length() ? "" : kept);
			last = m.end();
		}
		joined.append(s.substring(last));
		return joined.toString().strip();
	}

}
