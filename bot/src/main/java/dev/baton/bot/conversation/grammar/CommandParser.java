package dev.baton.bot.conversation.grammar;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.confirmation.Ruling;

/**
 * Reads one chat message into a {@link Command}: commands at the start of the message (Chinese, English), free-text
 * intents as whole short messages. Never throws; anything it cannot read is {@link Intent#UNKNOWN}.
 * <p>
 * Decisions a reader needs:
 * <ul>
 * <li>Money and quantities: see {@link Figures}. A bare "1.5亿" / "120万" is money; a bare "1200" is neither (it stays
 * in the text) unless it is the whole value of an explicit amount field.</li>
 * <li>"我该干什么" / "我有什么待办" ask what waits on me: {@link Intent#TODO}, not help.</li>
 * <li>A cleared field ("第9项金额改为无", "第10项金额删除", "清空第9项金额"): {@link Intent#EDIT} with {@code clear}; the
 * value is the word written after 改为 ("无"), or null when the message names no value.</li>
 * <li>"撤销" alone takes back the last entry ({@link Intent#UNDO}); "撤销第5项" names an item: {@link Intent#DELETE}.</li>
 * <li>Progress: "进展 4.2", "第4项第2步" carry the item in {@code number} and the step in {@code step}; with one number
 * only ("进展 1", "进展 第2步") it is in {@code number} and {@code step} is null: the flow resolves which it is.</li>
 * <li>A question never sets off an action: "删除第3项吗？" is {@link Intent#UNKNOWN}.</li>
 * </ul>
 */
public final class CommandParser {

	private final Grammar grammar;

	private final Pattern edit;

	private final Pattern clearBefore;

	private final Pattern clearAfter;

	/** The grammar Baton ships ({@code conversation/grammar.tsv}). */
	public CommandParser() {
		this(Grammar.standard());
	}

	CommandParser(Grammar grammar) {
		this.grammar = grammar;
		String fields = grammar.fieldPattern();
		this.edit = Pattern.compile("^(?:把)?\\s*(?:第\\s*)?" + N + "\\s*(?:项|条)?\\s*的?\\s*" + fields
				+ "\\s*(改为|改成|为|是|:)?\\s*(.*)$");
		this.clearBefore = Pattern.compile("^(?:删除|删掉|删去|清空|清除|去掉)\\s*(?:第\\s*)?" + N
				+ "\\s*(?:项|条)?\\s*的?\\s*" + fields + "$");
		this.clearAfter = Pattern.compile("^(?:把)?\\s*(?:第\\s*)?" + N + "\\s*(?:项|条)?\\s*(?:的?\\s*" + fields
				+ "\\s*(?:删除|删掉|删了|删去|清空|清除|去掉|不要了|不填了?|作废)|(?:没有|无)\\s*" + fields + ")$");
	}

	/** A question is not an order: "确认一下什么时候截止？" asks, it confirms nothing. */
	private static final Pattern QUESTION = Pattern.compile("[?？]$|什么|怎么|吗$");

	/** Actions a question must not set off (a dispute's or return's reason may well ask something). */
	private static final java.util.Set<Intent> ACTIONS = java.util.EnumSet.of(Intent.CONFIRM, Intent.CONFIRM_ALL,
			Intent.SUBMIT, Intent.APPROVE, Intent.SIGN, Intent.CANCEL, Intent.UNDO, Intent.DELETE, Intent.NOT_MONEY);

	/** Words that look something up: a question mark after them asks the same thing (a comment keeps its "？"). */
	private static final java.util.Set<Intent> LOOKUPS = java.util.EnumSet.of(Intent.HELP, Intent.MINE, Intent.LIST,
			Intent.SHOW, Intent.STATUS, Intent.NEXT, Intent.BACK, Intent.SWITCH, Intent.TODO);

	private static final Pattern REASONS = Pattern.compile("(金额|数字|数额|账实|余额).{0,4}(不符|对不上|有误|不对)");

	private static final Pattern NUMBER = Pattern.compile("^(?:第\\s*|#\\s*)?([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})\\s*(?:项|条|步|号)?");

	private static final Pattern ITEM_REF = Pattern.compile("^第\\s*([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})\\s*(?:项|条)");

	/** With a year any of - / . 年 separates; without one only 月 or - / (so "1.5亿" is no date). */
	private static final Pattern DATE = Pattern.compile("(?<![0-9.])(?:(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*"
			+ "(\\d{1,2})\\s*日?|(\\d{1,2})\\s*(?:月\\s*(\\d{1,2})\\s*日?|[-/]\\s*(\\d{1,2})(?![0-9.])))");

	private static final Pattern CODE = Pattern.compile("^(\\d{6})$");

	private static final String N = "([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})";

	/** "第1项不是金额，是面积", "1不是金额 是面积", "第1项不是钱" */
	private static final Pattern NOT_MONEY = Pattern.compile("^(?:第\\s*)?" + N + "?\\s*(?:项|条)?\\s*的?\\s*(?:这个)?(?:数字|数额|金额|数)?"
			+ "\\s*不是(?:金额|钱|money)\\s*[,，;；。、\\s]*(?:而?是|应该?是|应为|应是)?\\s*(.*)$");

	/** "第1项的数字是面积不是金额" */
	private static final Pattern NOT_MONEY_AFTER = Pattern.compile("^(?:第\\s*)?" + N + "?\\s*(?:项|条)?\\s*的?\\s*(?:这个)?"
			+ "(?:数字|数额|金额|数)?\\s*(?:应该?是|是)\\s*(.+?)\\s*[,，;；、\\s]*而?不是(?:金额|钱)$");

	/** "刚才那条不算", "上一条删掉" */
	private static final Pattern UNDO_LAST = Pattern.compile("^(?:把)?(?:刚才|刚刚|上一|最后一|上)(?:那|的|这)?(?:条|个|句|一条|一句|次)?"
			+ "(?:的)?\\s*(?:不算|不算数|不要了|删掉|删了|删除|撤销|撤回|作废|去掉)$");

	/** What names the last entry after 撤销 ("撤销上一条", "撤回刚才那条"): nothing more than the undo itself. */
	private static final Pattern LAST_ENTRY = Pattern.compile("^(?:上一条|上一步|上一个|上一句|刚才那条|刚才那个|刚才那句|刚才的|刚才|刚刚那条|刚刚的|"
			+ "最后一条|最后那条|last|last one|that)?$");

	/** "4.2", "第4项第2步", "第4项步骤2", "4 步骤2": an item and a step within it. */
	private static final Pattern STEP = Pattern.compile("^(?:第\\s*)?" + N + "\\s*(?:项|条)?\\s*(?:[.．-]\\s*|的?\\s*第\\s*|的?\\s*步骤\\s*)"
			+ N + "(?![0-9万亿千元%])\\s*(?:步)?");

	/** "关于第4项：…" */
	private static final Pattern ABOUT_ITEM = Pattern.compile("^关于\\s*(?:第\\s*)?" + N + "\\s*(?:项|条)\\s*[:：,，]?\\s*(.*)$");

	public Command parse(String message, LocalDate today) {
		String raw = MessageText.normalize(message);
		try {
			return read(raw, today);
		}
		catch (RuntimeException ex) {
			return Command.unknown(raw);
		}
	}

	private Command read(String raw, LocalDate today) {
		String bare = bare(raw);
		String lower = bare.toLowerCase(Locale.ROOT);
		Intent whole = whole(raw.toLowerCase(Locale.ROOT));
		if (whole == null) {
			whole = whole(lower);
		}
		if (whole == null) {
			Intent asked = whole(lower.replaceFirst("[?？]+$", "").strip());
			whole = LOOKUPS.contains(asked) ? asked : null; // "我该干什么？" asks the same as without "？"
		}
		if (whole != null) {
			return command(whole, null, null, raw);
		}
		// a command word typed with spaces inside it ("帮 助", "本部分 无"): only when the whole message is that word
		String compact = lower.replace(" ", "");
		if (!compact.equals(lower) && compact.chars().noneMatch(ch -> ch < 128 && Character.isLetter(ch))) {
			Intent spaced = whole(compact) != null ? whole(compact) : grammar.command(compact);
			if (spaced != null) {
				return command(spaced, null, null, raw);
			}
		}
		if (CODE.matcher(lower).matches()) {
			return new Command(Intent.SIGN, null, null, null, null, null, null, null, null, lower, false, raw);
		}
		Command special = special(bare, lower, raw, today);
		if (special != null) {
			return ACTIONS.contains(special.intent()) && QUESTION.matcher(raw).find() ? unknown(raw) : special;
		}
		Matcher e = edit.matcher(lower.replaceFirst("^(修改|更正|edit)\\s*", ""));
		if (e.matches() && (lower.startsWith("修改") || lower.startsWith("更正") || lower.startsWith("edit")
				|| lower.contains("改为") || lower.contains("改成") || e.group(3) != null && clears(e.group(4)))) {
			return edit(e, raw, today);
		}
		for (Map.Entry<String, Intent> word : grammar.commands()) {
			if (lower.startsWith(word.getKey()) && !runsOn(word.getKey(), lower)) {
				if (ACTIONS.contains(word.getValue()) && QUESTION.matcher(raw).find()) {
					return unknown(raw);
				}
				// "一下" is a softener ("帮助一下", "确认一下"), not the number one
				String rest = bare.substring(word.getKey().length()).replaceFirst("^一下", "")
					.replaceFirst("^[\\s:：,，]+", "");
				if (LOOKUPS.contains(word.getValue())) {
					rest = rest.replaceFirst("[?？]+$", "").strip(); // "进度？" asks for the status, nothing more
				}
				return withArguments(word.getValue(), rest, raw, today);
			}
		}
		Matcher item = ITEM_REF.matcher(lower);
		if (item.find()) {
			// the words after the item as written ("第3项删了") and without particles ("第3项没问题啊")
			Command said = afterItem(number(item.group(1)), raw.substring(raw.indexOf(item.group(1)) + item.group(1).length())
				.replaceFirst("^\\s*[项条]", "").strip(), raw);
			if (said == null) {
				said = afterItem(number(item.group(1)), bare.substring(item.end()).strip(), raw);
			}
			if (said != null) {
				return said;
			}
		}
		if (bare.length() <= 40 && REASONS.matcher(bare).find()) {
			Figures f = Figures.in(raw, grammar);
			return new Command(Intent.DISPUTE, null, raw, null, null, f.amount(), null, null, null, null, false, raw,
					f.quantity(), f.unit(), false, false, null);
		}
		return unknown(raw);
	}

	/** The message without courtesy before it ("请", "麻烦", "我要" before a command) and particles after it. */
	private String bare(String raw) {
		String s = raw;
		boolean dropped = true;
		while (dropped) {
			dropped = false;
			for (String w : grammar.words(Grammar.Kind.POLITE)) {
				if (s.startsWith(w) && s.length() > w.length()) {
					s = s.substring(w.length()).stripLeading();
					dropped = true;
				}
			}
		}
		for (String w : grammar.words(Grammar.Kind.SELF)) {
			String after = s.substring(Math.min(w.length(), s.length())).stripLeading().toLowerCase(Locale.ROOT);
			if (s.startsWith(w) && grammar.commands().stream().anyMatch(c -> after.startsWith(c.getKey()))) {
				s = s.substring(w.length()).stripLeading();
				break;
			}
		}
		return dropTail(s).strip();
	}

	private String dropTail(String s) {
		boolean dropped = true;
		while (dropped) {
			dropped = false;
			for (String w : grammar.words(Grammar.Kind.TAIL)) {
				if (s.endsWith(w) && s.length() > w.length()) {
					s = s.substring(0, s.length() - w.length()).stripTrailing();
					dropped = true;
				}
			}
		}
		return s;
	}

	private Intent whole(String clause) {
		Grammar.Meaning m = grammar.whole(clause);
		return m == null ? null : m.intent();
	}

	private boolean clears(String value) {
		return grammar.words(Grammar.Kind.CLEAR).contains(value.strip().toLowerCase(Locale.ROOT));
	}

	/** "第3项确认", "第三项不对", "第3项作废", "第4项补充：…": the item first, then the word. */
	private Command afterItem(int number, String after, String raw) {
		String lower = after.toLowerCase(Locale.ROOT);
		if (lower.isEmpty()) {
			return command(Intent.SHOW, number, null, raw);
		}
		Intent said = whole(lower) != null ? whole(lower) : grammar.command(lower);
		if (said == Intent.CONFIRM || said == Intent.DISPUTE) {
			return command(said, number, null, raw);
		}
		said = grammar.afterItem(lower);
		if (said != null && said != Intent.SUPPLEMENT) {
			return ACTIONS.contains(said) && QUESTION.matcher(raw).find() ? unknown(raw) : command(said, number, null, raw);
		}
		for (String w : grammar.words(Grammar.Kind.ITEM)) {
			if (grammar.afterItem(w) == Intent.SUPPLEMENT && lower.startsWith(w)) {
				return supplement(number, after.substring(w.length()).replaceFirst("^[\\s:：,，]+", ""), raw);
			}
		}
		return null;
	}

	/** Forms read whole before the command words: undo, not money, a cleared field, a step of an item, 关于第4项. */
	private Command special(String bare, String lower, String raw, LocalDate today) {
		if (UNDO_LAST.matcher(lower).matches()) {
			return command(Intent.UNDO, null, null, raw);
		}
		Matcher m = NOT_MONEY.matcher(lower);
		if (!m.matches()) {
			m = NOT_MONEY_AFTER.matcher(lower);
		}
		if (m.matches()) {
			String what = m.group(2).replaceAll("[。.!！,，]+$", "").strip();
			return command(Intent.NOT_MONEY, m.group(1) == null ? null : number(m.group(1)), what.isEmpty() ? null
					: bare.substring(m.start(2), m.start(2) + what.length()), raw);
		}
		m = clearBefore.matcher(lower);
		if (!m.matches()) {
			m = clearAfter.matcher(lower);
		}
		if (m.matches()) {
			String word = m.group(2) != null ? m.group(2) : m.group(3);
			return new Command(Intent.EDIT, number(m.group(1)), null, grammar.field(word), null, null, null, null, null, null,
					false, raw, null, null, true, false, null);
		}
		if (lower.startsWith("第")) {
			Matcher step = STEP.matcher(lower);
			if (step.find() || lower.matches("^第\\s*" + N + "\\s*步.*")) {
				return withArguments(Intent.PROGRESS, bare, raw, today);
			}
		}
		m = ABOUT_ITEM.matcher(lower);
		if (m.matches()) {
			return supplement(number(m.group(1)), bare.substring(m.start(2)), raw);
		}
		return null;
	}

	private Command supplement(Integer number, String text, String raw) {
		String said = text == null ? "" : text.strip();
		Figures f = Figures.in(said, grammar);
		return new Command(Intent.SUPPLEMENT, number, said.isEmpty() ? null : said, null, null, f.amount(), null, null,
				null, null, false, raw, f.quantity(), f.unit(), false, false, null);
	}

	/** Anything else, with the figures it holds (a free-text answer "应为38.2万元" carries its amount). */
	private Command unknown(String raw) {
		Figures f = Figures.in(raw, grammar);
		return new Command(Intent.UNKNOWN, null, raw, null, null, f.amount(), null, null, null, null, false, raw,
				f.quantity(), f.unit(), false, false, null);
	}

	/** An English word only counts whole: "approved" is not "approve" + "d". */
	private static boolean runsOn(String word, String lower) {
		return Character.isLetter(word.charAt(word.length() - 1)) && word.charAt(0) < 128 && lower.length() > word.length()
				&& Character.isLetter(lower.charAt(word.length())) && lower.charAt(word.length()) < 128;
	}

	private Command withArguments(Intent intent, String rest, String raw, LocalDate today) {
		if (intent == Intent.SIGN) {
			String given = rest.strip();
			boolean isCode = CODE.matcher(given).matches();
			return new Command(Intent.SIGN, null, given.isEmpty() || isCode ? null : given, null, null, null, null, null,
					null, isCode ? given : null, false, raw);
		}
		Integer number = null;
		Integer step = null;
		Matcher s = STEP.matcher(rest.toLowerCase(Locale.ROOT));
		if (intent == Intent.PROGRESS && s.find()) {
			number = number(s.group(1));
			step = number(s.group(2));
			rest = rest.substring(s.end()).replaceFirst("^[\\s:：,，]+", "");
		}
		Matcher n = NUMBER.matcher(rest);
		boolean numbered = step == null && intent != Intent.ADD && n.find() && !n.group().isBlank() && !startsWithDate(rest)
				&& (n.end(1) == rest.length() || !Character.isDigit(rest.charAt(n.end(1))))
				&& !countsSomething(n, rest);
		if (numbered) {
			number = number(n.group(1));
			rest = rest.substring(n.end()).replaceFirst("^[\\s:：,，]+", "");
		}
		String text = rest.isBlank() ? null : rest.strip();
		return switch (intent) {
			case RULE -> rule(number, text, raw);
			case PROGRESS -> {
				boolean finished = text != null && text.matches("(?i)^(已完成|完成了|完成|done|finished).*");
				String note = text == null ? null
						: text.replaceFirst("(?i)^(已完成|完成了|完成|done|finished)[\\s,，]*", "").strip();
				Figures f = Figures.in(text, grammar);
				yield new Command(Intent.PROGRESS, number, note == null || note.isEmpty() ? text : note, null, null,
						f.amount(), null, null, null, null, finished, raw, f.quantity(), f.unit(), false, false, step);
			}
			case PLAN -> {
				LocalDate date = text == null ? null : date(text, today);
				String what = text == null ? null : DATE.matcher(text).replaceFirst("").replaceFirst("^[\\s前:：,，]+", "").strip();
				yield new Command(Intent.PLAN, number, text == null ? null : what.isEmpty() ? text : what, null, text,
						null, date, null, null, null, false, raw);
			}
			case ADD -> {
				Figures f = Figures.in(text, grammar);
				yield new Command(Intent.ADD, null, text, null, null, f.amount(), text == null ? null : date(text, today),
						text == null ? null : status(text), null, null, false, raw, f.quantity(), f.unit(), false, false,
						null);
			}
			case UNDO -> number != null ? command(Intent.DELETE, number, text, raw)
					: command(Intent.UNDO, null, text == null || LAST_ENTRY.matcher(text.toLowerCase(Locale.ROOT)).matches()
							? null : text, raw);
			default -> {
				Figures f = Figures.in(text, grammar);
				yield new Command(intent, number, text, null, null, f.amount(), null, null, null, null, false, raw,
						f.quantity(), f.unit(), false, false, null);
			}
		};
	}

	/** "补充 3份合同", "异议 120万元…": the number counts or sums something, it names no item. */
	private boolean countsSomething(Matcher n, String rest) {
		if (n.group().startsWith("第") || n.group().startsWith("#") || n.group().strip().matches(".*[项条步号]$")) {
			return false;
		}
		return Figures.leading(rest.substring(n.start(1)), grammar) != Figures.NONE;
	}

	private Command rule(Integer number, String text, String raw) {
		Ruling ruling = null;
		String note = text;
		if (text != null) {
			Matcher m = Pattern.compile("(?i)^(维持|原陈述成立|upheld|uphold|更正|纠正|corrected|correct)[\\s:：,，]*").matcher(text);
			if (m.find()) {
				String verdict = m.group(1).toLowerCase(Locale.ROOT);
				ruling = verdict.startsWith("维") || verdict.startsWith("原") || verdict.startsWith("uph") ? Ruling.UPHELD
						: Ruling.CORRECTED;
				note = text.substring(m.end()).strip();
			}
		}
		Figures f = note == null ? Figures.NONE : Figures.ofAmountField(note, grammar);
		return new Command(Intent.RULE, number, note == null || note.isEmpty() ? null : note, null, null, f.amount(),
				null, null, ruling, null, false, raw, f.quantity(), f.unit(), false, false, null);
	}

	private Command edit(Matcher m, String raw, LocalDate today) {
		EditField field = grammar.field(m.group(2));
		String value = m.group(4).strip();
		if (clears(value)) {
			return new Command(Intent.EDIT, number(m.group(1)), null, field, value, null, null, null, null, null, false,
					raw, null, null, true, false, null);
		}
		Figures f = field == EditField.AMOUNT ? Figures.ofAmountField(value, grammar)
				: field == EditField.QUANTITY ? Figures.ofQuantityField(value, grammar) : Figures.NONE;
		LocalDate date = field == EditField.DEADLINE ? date(value, today) : null;
		ItemStatus status = field == EditField.STATUS ? status(value) : null;
		return new Command(Intent.EDIT, number(m.group(1)), null, field, value, f.amount(), date, status, null, null,
				false, raw, f.quantity(), f.unit(), false, false, null);
	}

	private static Command command(Intent intent, Integer number, String text, String raw) {
		return new Command(intent, number, text, null, null, null, null, null, null, null, false, raw);
	}

	private static boolean startsWithDate(String s) {
		return s.matches("^\\d{4}\\s*[-/.年].*");
	}

	static Integer number(String digits) {
		if (digits.chars().allMatch(Character::isDigit)) {
			return Integer.valueOf(digits);
		}
		return ChineseNumerals.value(digits);
	}

	static LocalDate date(String text, LocalDate today) {
		Matcher m = DATE.matcher(text);
		if (!m.find()) {
			return null;
		}
		try {
			if (m.group(1) != null) {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
			}
			int month = Integer.parseInt(m.group(4));
			int day = Integer.parseInt(m.group(5) != null ? m.group(5) : m.group(6));
			LocalDate d = LocalDate.of(today.getYear(), month, day);
			return d.isBefore(today) ? d.plusYears(1) : d;
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	static ItemStatus status(String text) {
		if (text.contains("未启动") || text.contains("未开始") || text.toLowerCase(Locale.ROOT).contains("not started")) {
			return ItemStatus.NOT_STARTED;
		}
		if (text.contains("推进中") || text.contains("进行中") || text.toLowerCase(Locale.ROOT).contains("in progress")) {
			return ItemStatus.IN_PROGRESS;
		}
		if (text.contains("已完成") || text.toLowerCase(Locale.ROOT).matches(".*\\bdone\\b.*")) {
			return ItemStatus.DONE;
		}
		return null;
	}

}
