package dev.baton.bot.conversation.grammar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.baton.bot.checklist.ItemStatus;

/**
 * An item said in free text, as the record keeps it (#12 newcomer findings C20, C25): its
 * title is what the item IS, the words without the figures the grammar read into fields
 * (the amount, the quantity with its unit, the status words, the date with its 前 / 前完成 /
 * 截止 wording, the separators left over): "统计执法检查专项资金 已完成 45万元" → 统计执法检查专项资金. So a later
 * correction of the amount never leaves the old figure in the title. A figure the grammar
 * did not read (a bare "3250", two statuses that contradict each other) stays in the
 * title; when nothing is left the title is the text as said. Said in clauses (，；), the
 * first clause keeps what is left without its figures and a later clause that held a
 * figure is dropped whole: "…问题，涉及17人，欠缴约43万元，推进中" → …问题, not "…问题，涉及，欠缴约".
 * <p>
 * Newcomer 3 (findings 4, 5, 6, 13): the words that only lead to a figure go with it
 * (共11条, 合同金额186万元: the grammar's {@code label} words); a date goes with what it is said
 * with ("2025年9月底完成", "年底前执行完", "今年12月31日截止"); a second figure of the kind already read,
 * in a clause of its own ("…合同金额186万元，已支付96万元"), is no part of the title: it is the
 * {@link #note} (the item's 说明), its clause as said, without a clause that only said what
 * went to a field. A date said with 已完成 and no 前 / 截止 is when the item was done
 * ({@link #doneOn}), not a deadline; said only to the month ("已完成 2026年4月", a clause of
 * its own) it is {@link #doneIn}, no day made up.
 */
public record ItemWords(String title, LocalDate deadline, LocalDate doneOn, YearMonth doneIn, String note,
		HolidaySaid eve) {

	/**
	 * @param eve a deadline said as a holiday's eve (明年春节前付清, #12 newcomer 5), its words
	 * out of the title; which day it is comes from the calendar's loaded notice (the
	 * flow's), null when none was said
	 */
	public ItemWords {
	}

	/**
	 * A date the parser reads, with the words around it that say what it is: 截止 / 计划
	 * before, 前完成验收 after.
	 */
	private static final Pattern DATE = Pattern
		.compile("(?:截止到|截止|截至|于|在|计划|预计|争取)?\\s*(?:" + Grammar.standard().wordsPattern(Grammar.Kind.YEAR)
				+ ")?\\s*(?:的)?\\s*" + "(?<![0-9.])(?:\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?"
				+ "|\\d{4}\\s*年\\s*(?:\\d{1,2}\\s*月\\s*)?底|\\d{1,2}\\s*月\\s*底|年?年底|年内|(?<="
				+ Grammar.standard().wordsPattern(Grammar.Kind.YEAR) + ")\\s*底" + "|(?:"
				+ Grammar.standard().wordsPattern(Grammar.Kind.MONTH) + ")\\s*(?:的)?\\s*底|月底"
				+ "|\\d{1,2}\\s*(?:月\\s*\\d{1,2}\\s*日?|[-/]\\s*\\d{1,2}(?![0-9.])))"
				+ "\\s*(?:(?:之前|以前|前)\\s*\\p{IsHan}{0,10}|完成|办结|完工|竣工|到期|截止)?");

	private static final Pattern DEADLINE_WORDING = Pattern.compile("截止|(?:之|以)?前");

	/**
	 * A date a figure stands at (#12, newcomer 4, finding 16): "余额358.62万元（截至11月30日）",
	 * "截止到11月30日" with no 前 / 完成 after it. Said of a day gone by, it is the figure's
	 * date, never a deadline: it stays in the words.
	 */
	private static final Pattern AS_OF = Pattern.compile("^(?:截至|截止到)\\s*[^前完办竣到截]*$");

	/** Brackets left with nothing in them once a figure left the words: "余额 （ ）". */
	private static final Pattern EMPTY_BRACKETS = Pattern.compile("[（(【\\[]\\s*[,，;；、:：]*\\s*[）)】\\]]");

	/** Separators at either end of words. */
	private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s,，;；、。]+|[\\s,，;；、。]+$");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,，;；、。.:：]+");

	/** What stands apart from the words before it: a separator, or the start. */
	private static final String APART = " ,;:、。";

	/** Before a month said as when the item was done: 于 / 在 / 是; after it: 完成的 / 办结了. */
	private static final Pattern BEFORE_MONTH = Pattern.compile("(?:已于|于|在|是)\\s*$");

	/**
	 * After a month said as when the item was done, any verb to the end of its clause
	 * with 的 / 了: 发布的, 验收了.
	 */
	private static final Pattern MONTH_VERB = Pattern
		.compile("^\\s*(?:就|已经|已)?\\s*\\p{IsHan}{1,6}?(?:的|了)(?=\\s*$|[\\s,，;；。])");

	private static final Pattern AFTER_MONTH = Pattern
		.compile("^\\s*(?:就|已经|已)?\\s*(?:完成|办结|完工|竣工|结束|通过\\p{IsHan}{0,6}?验收|通过|批复|印发)?(?:的|了)?");

	/**
	 * @param said the words of the item as the person wrote them (normalized like a
	 * message)
	 * @param read what the grammar read from them ("添加 " + said)
	 */
	public static ItemWords of(String said, Command read, LocalDate today) {
		String text = said == null ? "" : said;
		String folded = MessageText.fold(text); // same length: offsets hold
		List<int[]> cut = new ArrayList<>();
		Grammar grammar = Grammar.standard();
		List<int[]> figureSpans = new ArrayList<>();
		figures(folded, read, grammar, figureSpans);
		cut.addAll(figureSpans);
		boolean deadlineWording = false;
		LocalDate date = read.date();
		if (date != null) {
			Matcher m = DATE.matcher(folded);
			boolean found = m.find();
			boolean figureRead = read.amount() != null || read.quantity() != null;
			if (found && (asOf(m.group(), today) || figureRead && asOfFigure(m.group()))) {
				date = null; // the figure's date: no deadline, and it stays in the title
			}
			else if (found) {
				deadlineWording = DEADLINE_WORDING.matcher(m.group()).find();
				if (!deadlineWording && read.status() == ItemStatus.DONE && date.isAfter(today)) {
					// done on "4月30日": this year's or last year's, never one to come; a
					// day to come said with its
					// year is no completion date: it stays in the words, read into no
					// field
					DoneWhen.Found past = DoneWhen.find(folded, today);
					date = past == null || past.when().day() == null || past.when().after(today) ? null
							: past.when().day();
				}
				if (date != null) {
					cut.add(new int[] { m.start(), m.end() });
				}
			}
		}
		// the words of the status read leave the title, but not the clause they were said
		// in (#12, newcomer 5:
		// "…，乡村振兴示范村创建还在推，…" keeps 乡村振兴示范村创建); words that say more than the status (还没付,
		// 就差验收)
		// go to the item's 说明
		List<int[]> statusCut = new ArrayList<>();
		List<int[]> kept = new ArrayList<>();
		if (read.status() != null) {
			String plain = grammar.withoutNonStatus(folded);
			statusWords(plain, grammar, read.status(), statusCut);
			for (StatusPhrases.Found phrase : grammar.phrases().in(grammar.withoutPartlyDone(plain))) {
				if (phrase.status() == read.status()) {
					statusCut.add(new int[] { phrase.start(), phrase.end() });
					if (phrase.kept()) {
						kept.add(new int[] { phrase.start(), phrase.end() });
					}
				}
			}
		}
		YearMonth doneIn = read.date() == null && read.status() == ItemStatus.DONE ? monthDone(folded, today, cut)
				: null;
		HolidaySaid eve = read.date() == null && read.status() != ItemStatus.DONE ? HolidaySaid.in(text, today) : null;
		if (eve != null) {
			// the holiday's eve with what is to be done by then, to the end of its
			// clause: 明年春节前付清
			int at = folded.indexOf(eve.words());
			if (at >= 0) {
				int end = at;
				while (end < folded.length() && "，,；;。".indexOf(folded.charAt(end)) < 0) {
					end++;
				}
				cut.add(new int[] { at, end });
			}
		}
		int second = TwoFigures.cutAt(text);
		List<int[]> forTitle = new ArrayList<>(cut);
		if (second >= 0) {
			forTitle.add(new int[] { second, text.length() });
		}
		// "集体林地2.3万亩，其中生态公益林8000亩": a clause that details the figure read, with a figure
		// of its own, is
		// no part of the title: it is the item's 说明 (#12, newcomer 5, finding 2)
		List<int[]> parts = read.amount() == null && read.quantity() == null ? List.of()
				: partClauses(folded, grammar, second < 0 ? text.length() : second);
		forTitle.addAll(parts);
		// "高标准农田建设 还在推 今年新建3.5万亩 明年10月底前验收" (#12, newcomer 11): a later word group that
		// held a figure or a date says something of the subject, not what it is: it
		// leaves the title whole
		// (no dangling 今年新建 / 还有在办) and, when it says more than its figure, its words as
		// said are the 说明
		List<int[]> described = TitleGroups.describing(folded, cut, second < 0 ? text.length() : second);
		forTitle.addAll(described);
		dropLaterClauses(folded, forTitle);
		forTitle.addAll(statusCut);
		// "乡财政所基本账户余额865000元，截至11月30日" (#12, newcomer 7, finding 3): a clause after the
		// figure's that no field
		// took (an as-of date, how it stands) says more of the item: it is its 说明, not
		// part of its title
		List<int[]> trailing = trailing(folded, figureSpans, forTitle, second < 0 ? text.length() : second);
		forTitle.addAll(trailing);
		parts = new ArrayList<>(parts);
		parts.addAll(trailing);
		parts.addAll(TitleGroups.sayingMore(folded, described, cut));
		// "…硬化工程 推进中 已完成路基约一半，合同价186万元…" (#12, newcomer 18): a status word standing alone
		// ends the title; what follows it, up to the first clause with a figure, is the
		// 说明
		StandingStatus standing = read.status() == null ? null : StandingStatus.in(text);
		String standingNote = null;
		if (standing != null && standing.status() == read.status()) {
			int until = second < 0 ? text.length() : second;
			for (int[] span : cut) {
				if (span[0] >= standing.end() && span[0] < until) {
					until = clauseStart(folded, standing.end(), span[0]);
				}
			}
			forTitle.add(new int[] { standing.start(), text.length() });
			String after = EDGE_SEPARATORS.matcher(text.substring(standing.end(), Math.max(standing.end(), until)))
				.replaceAll("");
			standingNote = after.codePoints().anyMatch(Character::isLetterOrDigit) ? after : null;
		}
		String title = without(text, forTitle);
		if (title.codePoints().noneMatch(Character::isLetterOrDigit)) {
			title = text.strip();
		}
		// "局里今年的重点是…" / "乡内有…": words that open the item are not it (the words as said
		// stay in 原文)
		title = TitleOpeners.strip(title);
		List<int[]> fields = new ArrayList<>(cut);
		fields.addAll(statusCut);
		String note = second < 0 ? null : note(text, folded, second + 1, fields);
		note = withNotes(note, text, parts, kept);
		if (standingNote != null && (note == null || !note.contains(standingNote))) {
			note = note == null ? standingNote : standingNote + "，" + note;
		}
		boolean done = date != null && !deadlineWording && read.status() == ItemStatus.DONE;
		return new ItemWords(title, done ? null : date, done ? date : null, doneIn, note, eve);
	}

	/**
	 * Where the clause holding {@code at} starts, not before {@code from}: the last
	 * comma, semicolon or full stop before it; {@code at} itself when there is none
	 * (words and figure said in one clause).
	 */
	private static int clauseStart(String folded, int from, int at) {
		for (int i = at - 1; i >= from; i--) {
			if (",;。".indexOf(folded.charAt(i)) >= 0) {
				return i;
			}
		}
		return at;
	}

	/**
	 * The clauses after the first that start with a {@code part} word and hold a figure,
	 * before {@code until}; and those that start with a {@code counted} word and count
	 * part of a figure said before them (3件，其中2件已办结，剩1件还在办: 剩1件 is no part of the title;
	 * newcomer 23, finding 4).
	 */
	private static List<int[]> partClauses(String folded, Grammar grammar, int until) {
		List<int[]> out = new ArrayList<>();
		List<int[]> clauses = clauses(folded);
		List<Figures.Found> figures = Figures.all(folded, grammar);
		for (int[] clause : clauses.subList(1, clauses.size())) {
			String words = folded.substring(clause[0], clause[1]).strip();
			if (clause[0] >= until || !words.codePoints().anyMatch(Character::isDigit)) {
				continue;
			}
			boolean counts = grammar.counts(words) && figures.stream().anyMatch(f -> f.end() <= clause[0]);
			if (counts || grammar.words(Grammar.Kind.PART).stream().anyMatch(words::startsWith)) {
				out.add(clause);
			}
		}
		return out;
	}

	/**
	 * The clauses after the figure's clause, before {@code until}, with words left that
	 * nothing cut.
	 */
	private static List<int[]> trailing(String folded, List<int[]> figures, List<int[]> cut, int until) {
		if (figures.isEmpty()) {
			return List.of();
		}
		List<int[]> clauses = clauses(folded);
		int at = figures.get(0)[0];
		int figureClause = -1;
		for (int i = 0; i < clauses.size(); i++) {
			if (at >= clauses.get(i)[0] && at < clauses.get(i)[1]) {
				figureClause = i;
			}
		}
		List<int[]> out = new ArrayList<>();
		for (int i = figureClause + 1; figureClause >= 0 && i < clauses.size(); i++) {
			int[] clause = clauses.get(i);
			boolean touched = cut.stream().anyMatch(span -> span[0] < clause[1] && span[1] > clause[0]);
			String words = folded.substring(clause[0], clause[1]);
			if (clause[0] < until && !touched && words.codePoints().anyMatch(Character::isLetterOrDigit)) {
				out.add(clause);
			}
		}
		return out;
	}

	/**
	 * The note with the clauses that detail the figure and the status words that say
	 * more, in the order said.
	 */
	private static String withNotes(String note, String text, List<int[]> parts, List<int[]> kept) {
		List<int[]> spans = new ArrayList<>(parts);
		spans.addAll(kept);
		if (spans.isEmpty()) {
			return note;
		}
		spans.sort(Comparator.comparingInt(span -> span[0]));
		List<String> said = new ArrayList<>();
		for (int[] span : spans) {
			String words = text.substring(span[0], Math.min(span[1], text.length())).strip();
			if (!words.isEmpty() && (note == null || !note.contains(words)) && !said.contains(words)) {
				said.add(words);
			}
		}
		String more = String.join("，", said);
		return note == null ? (more.isEmpty() ? null : more) : more.isEmpty() ? note : note + "，" + more;
	}

	/**
	 * Whether a date's words say the day a figure stands at, a day gone by: "截至11月30日" on
	 * 4 December.
	 */
	/**
	 * "余额865000元，截至11月30日" (#12, newcomer 7, finding 3): 截至 (as of, unlike 截止, a cut-off)
	 * with a figure read is the day the figure stands at, whether gone by or not: never a
	 * deadline.
	 */
	private static boolean asOfFigure(String words) {
		return words.strip().startsWith("截至") && AS_OF.matcher(words.strip()).matches();
	}

	private static boolean asOf(String words, LocalDate today) {
		if (!AS_OF.matcher(words.strip()).matches()) {
			return false;
		}
		DoneWhen.Found said = DoneWhen.find(words, today);
		if (said == null || said.when().day() == null || said.when().after(today)) {
			return false;
		}
		// a day said without its year is this year's: one still to come this year
		// ("截至12月31日") is a deadline
		return words.matches(".*\\d{4}.*") || said.when().day().getYear() == today.getYear();
	}

	/**
	 * The month a finished item was done in, said as a clause or word of its own ("已完成
	 * 2026年4月", "，今年6月完成的"), cut from the words with what says it; null when none is said
	 * so (a month inside a name, "2026年4月主题党日活动", is no completion date) or it is still
	 * to come.
	 */
	private static YearMonth monthDone(String folded, LocalDate today, List<int[]> cut) {
		DoneWhen.Found found = DoneWhen.find(folded, today);
		if (found == null || found.when().month() == null || found.when().after(today)) {
			return null;
		}
		int start = found.start();
		Matcher before = BEFORE_MONTH.matcher(folded.substring(0, start));
		if (before.find()) {
			start = before.start();
		}
		Matcher after = AFTER_MONTH.matcher(folded.substring(found.end()));
		int end = found.end() + (after.lookingAt() ? after.end() : 0);
		if (end < folded.length() && APART.indexOf(folded.charAt(end)) < 0) {
			// #12, newcomer 6: "今年6月份发布的", whatever the verb: the month and a verb ending
			// its clause with 的 / 了
			Matcher verb = MONTH_VERB.matcher(folded.substring(found.end()));
			if (verb.lookingAt()) {
				end = found.end() + verb.end();
			}
		}
		boolean apart = (start == 0 || APART.indexOf(folded.charAt(start - 1)) >= 0)
				&& (end == folded.length() || APART.indexOf(folded.charAt(end)) >= 0);
		if (!apart) {
			return null;
		}
		cut.add(new int[] { start, end });
		return found.when().month();
	}

	/**
	 * The second figure's words (from {@code from}), clause by clause as said; a clause
	 * that only held what went to a field (a date, a status) is left out, since the field
	 * holds it.
	 */
	private static String note(String text, String folded, int from, List<int[]> cut) {
		List<int[]> dropped = new ArrayList<>();
		for (int[] clause : clauses(folded)) {
			if (clause[1] <= from) {
				continue;
			}
			int start = Math.max(clause[0], from);
			boolean held = cut.stream().anyMatch(span -> span[0] < clause[1] && span[1] > start);
			if (!held) {
				continue;
			}
			String left = without(text.substring(start, clause[1]), shifted(cut, start, clause[1]));
			if (left.codePoints().noneMatch(Character::isDigit)) {
				dropped.add(new int[] { start - from, clause[1] - from });
			}
		}
		String note = without(text.substring(from), dropped);
		return note.codePoints().anyMatch(Character::isLetterOrDigit) ? note : null;
	}

	private static List<int[]> shifted(List<int[]> spans, int from, int to) {
		List<int[]> out = new ArrayList<>();
		for (int[] span : spans) {
			int s = Math.max(span[0], from);
			int e = Math.min(span[1], to);
			if (s < e) {
				out.add(new int[] { s - from, e - from });
			}
		}
		return out;
	}

	/**
	 * The first amount and the first quantity the grammar read: each number with its 万 /
	 * unit / 元.
	 */
	private static void figures(String folded, Command read, Grammar grammar, List<int[]> cut) {
		if (read.amount() == null && read.quantity() == null) {
			return;
		}
		boolean amountCut = read.amount() == null;
		boolean quantityCut = read.quantity() == null;
		// each figure as the grammar reads it: its number with 万 / million, its unit or
		// 元 / yuan, a ¥ or RMB before it
		for (Figures.Found f : Figures.all(folded, grammar)) {
			if (amountCut && quantityCut) {
				break;
			}
			if (f.money() && !amountCut && same(f.value(), read.amount())) {
				amountCut = true;
				cut.add(new int[] { labelled(folded, f.start(), grammar), f.end() });
			}
			else if (!f.money() && !quantityCut && same(f.value(), read.quantity())) {
				quantityCut = true;
				cut.add(new int[] { labelled(folded, f.start(), grammar), f.end() });
			}
		}
	}

	/**
	 * Where a figure's words start: before a word that only leads to it (共11条, 共计128台;
	 * 合同金额186万元 when that word stands apart from the words before it), else where its
	 * number starts.
	 */
	private static int labelled(String folded, int at, Grammar grammar) {
		int end = at;
		while (end > 0 && folded.charAt(end - 1) == ' ') {
			end--;
		}
		String before = folded.substring(0, end);
		for (String w : grammar.words(Grammar.Kind.LABEL)) {
			if (!before.endsWith(w)) {
				continue;
			}
			int start = end - w.length();
			boolean apart = start == 0 || APART.indexOf(folded.charAt(start - 1)) >= 0;
			if (apart || !grammar.labels().get(w)) {
				return start;
			}
		}
		return at;
	}

	/**
	 * The words that say the status read (推进中); another status's words (已完成七成 of a work
	 * in progress) stay.
	 */
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
				// with the particles after it: 基本完工了 leaves no 了 behind
				int end = at + w.length();
				while (end < left.length() && "了的啦呢".indexOf(left.charAt(end)) >= 0) {
					end++;
				}
				cut.add(new int[] { at, end });
				left = left.substring(0, at) + " ".repeat(w.length()) + left.substring(at + w.length());
				at = left.indexOf(w);
			}
		}
	}

	/**
	 * A clause after the first that held a figure read into a field describes that figure
	 * (涉及17人, 欠缴约43万元, 推进中, 争取2027年6月30日前化解): it goes whole, not just its figure. The
	 * first clause keeps what is left without its figures; the other clauses stay as
	 * said. A comma between digits (1,200) separates no clause.
	 */
	private static void dropLaterClauses(String folded, List<int[]> cut) {
		List<int[]> clauses = clauses(folded);
		List<int[]> dropped = new ArrayList<>();
		for (int[] clause : clauses.subList(1, clauses.size())) {
			boolean held = cut.stream().anyMatch(span -> span[0] < clause[1] && span[1] > clause[0]);
			if (held) {
				dropped.add(new int[] { clause[0], clause[1] });
			}
		}
		cut.addAll(dropped);
	}

	/**
	 * The clauses of the folded words (，；), as spans; a comma between digits (1,200)
	 * separates none.
	 */
	private static List<int[]> clauses(String folded) {
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
		return clauses;
	}

	private static boolean han(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
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
			// a cut span leaves a separator behind where it stood, so the words on either
			// side stay apart
			if (!gone[i]) {
				out.append(text.charAt(i));
			}
			else if (i == 0 || !gone[i - 1]) {
				// a figure taken from inside words ("全镇12个村党支部") leaves no gap between
				// them
				int j = i;
				while (j < text.length() && gone[j]) {
					j++;
				}
				boolean within = i > 0 && j < text.length() && han(text.charAt(i - 1))
						&& (han(text.charAt(j)) || "（(【".indexOf(text.charAt(j)) >= 0);
				if (!within) {
					out.append(' ');
				}
			}
		}
		String s = EMPTY_BRACKETS.matcher(out.toString()).replaceAll(" ");
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
