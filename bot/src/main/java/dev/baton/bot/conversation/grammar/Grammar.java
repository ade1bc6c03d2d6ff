package dev.baton.bot.conversation.grammar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of the grammar, read from {@code conversation/grammar.tsv} (one word a line:
 * kind, word, meaning; the file explains how to add one). Loaded once; a line the grammar
 * cannot use stops the start with the line's number, so a mistyped intent never silently
 * drops a word.
 */
public final class Grammar {

	static final String RESOURCE = "/conversation/grammar.tsv";

	/** What a line of the file is. */
	public enum Kind {

		/**
		 * a word that starts a message and may be followed by a number and words: 确认 3 /
		 * 退回 第2项 请补充
		 */
		COMMAND,
		/**
		 * a word that means something as the whole message or a whole clause of it: 好的 /
		 * 情况属实
		 */
		WHOLE,
		/** a word said after an item: 第3项作废 / 第3项补充：… */
		ITEM,
		/** an emoji or emoticon standing for a word: 👍 / ❌ / [赞] */
		SIGN,
		/** a word that turns the yes after it into a no: 不认可 / 不属实 */
		NEGATION,
		/** a particle dropped at the start of a message: 嗯，好的 */
		LEAD,
		/** a particle dropped at the end of a message or clause: 好的呀 / 可以的 */
		TAIL,
		/**
		 * a word naming the item in focus, dropped at the start or end of a clause: 这个不认可
		 * / 不同意这一项
		 */
		THIS,
		/** courtesy before a command, dropped: 请确认 / 麻烦提交 */
		POLITE,
		/**
		 * the speaker before a command, dropped only when a command or whole word
		 * follows: 我确认 / 我要提交
		 */
		SELF,
		/** courtesy said with something else, changing nothing: 好的，谢谢 */
		FILLER,
		/**
		 * "the rest" / "all" before a yes, making it a yes to every item still open:
		 * 其余都没问题
		 */
		ALL,
		/** a unit that is not money; meaning: how it is stored (㎡ → 平方米) */
		UNIT,
		/**
		 * a unit of money: 元 / 块 / yuan; meaning {@code before}: also said before the
		 * number (RMB 1.2 million, CNY 350,000)
		 */
		MONEY,
		/**
		 * a word that multiplies the number before it: 万 / 亿 / million / k; meaning: the
		 * multiplier, then {@code currency} when it counts only with a money word or ¥
		 * (¥1.2m, 12k yuan; 1.2m alone may be metres)
		 */
		SCALE,
		/** a part of an item an edit changes; meaning: an {@link EditField} */
		FIELD,
		/** a value that empties a field: 第9项金额改为无 */
		CLEAR,
		/**
		 * how far an item has got, said among its words: 正在推进 / 已完成 / 尚未启动 / 现状; meaning:
		 * an ItemStatus
		 */
		STATUS,
		/**
		 * says an entry was wrong, beside a command that puts it right; dropped there:
		 * 发错了，这条撤回
		 */
		SLIP,
		/** before the right value of an item: 第9项应为54万元 */
		VALUE,
		/** between an item and what is said of it, dropped: 第3项其实还没启动 / 第8项是推进中 */
		COPULA,
		/**
		 * a verb that says work was finished, when said before it: 第3项是10月份完成的 /
		 * 第3项是10月份验收的 (its completion time)
		 */
		DONE_VERB,
		/** a ruling on a disputed item: 维持 / 更正; meaning: a Ruling */
		RULING,
		/**
		 * names a step of a plan by its words, in progress said without 进展: 护岸砌筑那一步已经干完了
		 */
		STEP,
		/** says a step is finished, in progress said without 进展: 干完了 / 已完成 */
		FINISHED,
		/**
		 * starts a clause that details the one before, so its figure is part of the same
		 * item: 9处，其中2处…
		 */
		PART,
		// #12 newcomer 3 (drafting)
		/**
		 * a word that only leads to a figure, dropped from an item's title with the
		 * figure: 共11条 / 共计128台; meaning {@code apart}: only when written apart from the
		 * words before it (…建设 合同金额186万元, but 项目预算280万元 stays)
		 */
		LABEL,
		/**
		 * words holding a status word that say no status, read as none: 没办法 (not 没办), 没办完
		 */
		NOTSTATUS,
		/** an answer to "是一项还是两项？": 分开记 / 分两项 (meaning TWO), 一项就行 / 不用分 (meaning ONE) */
		SPLIT,
		/**
		 * before a finished word, says the step is not done yet (预计…能全部完成 / 还没做完 /
		 * 争取下周干完): a word of two letters or more anywhere before it in its clause, a
		 * single letter only right before it
		 */
		NOT_YET,
		/**
		 * before the figure a ruling corrects to, which is the one after the last of
		 * them: …按1198467.89元更正 / 应为121台
		 */
		RULED_AS,
		/**
		 * a verb before 交接 asking to open one, anywhere in an organizer's message: 帮我发起交接
		 * (#13)
		 */
		OPENING,
		/** a word after naming a handover: 交接12取消 / 12号交接延期5天; meaning: an intent */
		HANDOVER,
		/** why the official leaves: 调走 / 退休; meaning: a HandoverReason */
		REASON,
		/** names the incoming official: 接任人是方福彬 / 接任人换成张三 */
		SUCCESSOR,
		/** names the official who leaves: 离任干部是陈清忠 */
		DEPARTING,
		/** a verb after the incoming official's name: 由方福彬接任 */
		TAKEOVER,
		/**
		 * sets a matter aside in an organizer's message, so its clause names no party, no
		 * reason and no day (newcomer 24, finding 1): 吴强那边的事先不说 (meaning {@code after}:
		 * ends the clause), 撇开吴强不谈 (meaning {@code before}: starts it), 先不说吴强的事
		 * ({@code either})
		 */
		ASIDE,
		/** between 接任人 and the new name: 接任人换成张三 */
		CHANGE,
		/**
		 * the unit of an extension after a number: 5天 / 3个工作日 / 一周; meaning:
		 * CALENDAR_DAYS, WORKING_DAYS, WEEKS
		 */
		PERIOD,
		/**
		 * names the step whose deadline an extension moves, before 期限: 签收期限 / 清单期限 / 签字期限
		 * (newcomer 24, finding 9); meaning: a WaitingStepKind
		 */
		DUE,
		// #12 newcomer 5: statuses said in everyday words, renames, holidays as deadlines
		/**
		 * how far work has got, right before a work verb: 还在推 / 已经编完了 / 还没付; meaning: an
		 * ItemStatus
		 */
		STATUS_LEAD,
		/**
		 * a verb of work after a status lead; meaning: empty, outcome (已通过), start (已开工)
		 * or pay (还没付)
		 */
		WORK,
		/** after a work verb, says it is finished: 编完 / 建成 / 付清 */
		STATUS_END,
		/**
		 * what is left of work almost done, to the end of its clause: 就差验收 (in progress,
		 * kept in 说明)
		 */
		REMAINING,
		/**
		 * after an item, before its new title: 第9项改名为… ; meaning title (always a title)
		 * or empty
		 */
		RENAME,
		/**
		 * a holiday said as a deadline: 春节前; meaning: its name in the loaded holiday
		 * notice
		 */
		HOLIDAY,
		// #12 newcomer 6: years and months said from today (明年底前完成 → next year's 12-31)
		/**
		 * a year said from this one, before 底 or a month: 明年 (meaning 1), 后年 (2), 今年 (0)
		 */
		YEAR,
		/** a month said from this one, before 底: 下个月 (meaning 1), 本月 (0) */
		MONTH,
		/** names several items just recorded, before an {@code all} word: 这两项都是现状 */
		SEVERAL,
		/**
		 * ends words that only say something was looked at and found fine, before a plain
		 * 通过: 说明清楚了，通过
		 */
		ASSENT,
		/**
		 * said right after an item, says it is begun but not finished (推进中):
		 * 第15项没办完，还有1件在办
		 */
		UNFINISHED,
		/**
		 * a no to a question Baton asked with [是][不是] buttons, as the first clause of a
		 * longer message: 不是，我问问而已 / 不用了，留着吧 (#12, newcomer 8, finding 1): the rest is
		 * never read as a yes, nor as the words of what was asked
		 */
		DECLINE,
		/**
		 * anywhere in the departing official's message after a return, asks to submit
		 * again: 财政那边好像是误退的，我没什么 要改的，重新送审 (#12, newcomer 8, finding 3): never an item;
		 * Baton asks whether to resubmit
		 */
		RESUBMIT,
		// #12 talk11b: the counterparty (对方单位) read from an economic item's words
		/**
		 * ends the name of a unit or firm: 公司 / 银行 / 局 / 合作社 (欠宁夏信达软件公司系统运维费 → 宁夏信达软件公司);
		 * meaning {@code alone}: names a counterparty even without 欠 / 应付 / 向…借 before it
		 * (…农商银行贷款)
		 */
		PARTY_END,
		// #12 fixtalk13 (newcomer 13, findings 4 and 5)
		/**
		 * asks for a file to be sent, around the name of the document or the ledger:
		 * 把交接书发我一份 / 交接台账发我一下 / 给我一份交接表; dropped there, the rest is read
		 */
		FETCH,
		// #12 talk12b (newcomer 11, finding 6)
		/**
		 * dropped anywhere in a short question about where a handover stands or what
		 * waits on the speaker: 现在都到哪一步了 → 到哪一步, 我还要干什么吗 → 我要干什么; such a question is read
		 * when what is left is a {@code whole} word of STATUS or TODO
		 */
		ASKING,
		// #12 t19b (newcomer 16, findings 4 and 5)
		/**
		 * starts a clause that counts the part of the figure before it already done or
		 * still left, in the same unit: 共11条，已整改8条 (progress on one item, never a second
		 * item: kept in 说明, 推进中 suggested)
		 */
		COUNTED,
		/**
		 * the successor's objection to an item in plain words: 看不懂 / 这不是交接事项 / 跟实际不一样 /
		 * 没有这回事; with an item named or in focus, Baton asks whether it is a dispute
		 */
		OBJECTION,
		// #12 t20a (newcomer 20, finding 4)
		/**
		 * a person addressed at the start of a message, before a comma: meaning "before"
		 * for a word said before a surname (小李, 老王), "after" for one said after a name
		 * (张主任, 王局长), "surname" for a surname before a given name of one or two letters
		 * (李静)
		 */
		ADDRESS,
		// newcomer 25, finding 6
		/**
		 * says the speaker has understood what they were told: 清楚了 / 明白了 / 知道了; a yes
		 * that holds one acknowledges, and is only a guess
		 */
		UNDERSTOOD,
		/**
		 * everyday words of a message to a colleague about meetings, places and times (开会
		 * / 会议室 / 明天上午); after a person addressed, the message is asked about, never
		 * recorded as an item
		 */
		ERRAND,
		// newcomer 23, finding 12 (h8)
		/**
		 * names several parts of the checklist, before an {@code all} word and a
		 * NONE_IN_SECTION word: 以上部分都没有 / 后面几部分也没有 says the section has nothing, as 没有
		 * does, never an item
		 */
		SECTIONS,
		// newcomer 24, finding 4
		/**
		 * after the name of one part of the checklist (其他 / 经济事项 / 第7), says the
		 * NONE_IN_SECTION word after it is said of that part: 其他这部分没有 / 第7部分无; at the
		 * start of the words (这部分没什么) the part in focus
		 */
		NAMED_SECTION

	}

	/**
	 * One line of the file.
	 *
	 * @param line its number in the file
	 * @param kind what it is
	 * @param word the word as written in the file
	 * @param meaning the third column as written (an intent, a unit, a field), or empty
	 */
	public record Entry(int line, Kind kind, String word, String meaning) {
	}

	/**
	 * What a word means: an intent, and whether it is only a guess (the file writes it
	 * "CONFIRM?").
	 *
	 * @param intent the intent
	 * @param tentative a guess Baton asks about before acting on it
	 */
	record Meaning(Intent intent, boolean tentative) {
	}

	private static volatile Grammar standard;

	private final List<Entry> entries;

	private final List<Map.Entry<String, Intent>> commands;

	private final Map<String, Meaning> whole = new LinkedHashMap<>();

	private final Map<String, Intent> item = new LinkedHashMap<>();

	private final Map<String, Meaning> signs = new LinkedHashMap<>();

	private final Map<String, String> units = new LinkedHashMap<>();

	private final Map<String, EditField> fields = new LinkedHashMap<>();

	private final Map<String, dev.baton.bot.checklist.ItemStatus> statuses = new LinkedHashMap<>();

	private final Map<String, dev.baton.bot.confirmation.Ruling> rulings = new LinkedHashMap<>();

	private final Map<Kind, List<String>> words = new EnumMap<>(Kind.class);

	private final Map<String, Boolean> splits = new LinkedHashMap<>();

	private final Map<String, Boolean> labels = new LinkedHashMap<>();

	private final Map<String, Scale> scales = new LinkedHashMap<>();

	private final List<String> moneyBefore = new ArrayList<>();

	private final List<String> countsMoney = new ArrayList<>();

	private final String fieldPattern;

	private final List<String> commandTails;

	Grammar(List<Entry> entries) {
		this.entries = List.copyOf(entries);
		Map<String, Intent> cmds = new LinkedHashMap<>();
		for (Kind k : Kind.values()) {
			words.put(k, new ArrayList<>());
		}
		for (Entry e : entries) {
			String w = key(e.word());
			switch (e.kind()) {
				case COMMAND -> cmds.put(w, meaning(e).intent());
				case WHOLE -> whole.put(w, meaning(e));
				case ITEM -> item.put(w, meaning(e).intent());
				case SIGN -> signs.put(w, meaning(e));
				case UNIT -> units.put(w, e.meaning().isEmpty() ? e.word() : e.meaning());
				case FIELD -> fields.put(w, field(e));
				case STATUS -> statuses.put(w, status(e));
				case RULING -> rulings.put(w, ruling(e));
				case SPLIT -> splits.put(w, split(e));
				case LABEL -> labels.put(w, e.meaning().equalsIgnoreCase("apart"));
				case SCALE -> scales.put(w, scale(e));
				case MONEY -> {
					if (e.meaning().equalsIgnoreCase("before")) {
						moneyBefore.add(w);
					}
				}
				case COUNTED -> {
					if (e.meaning().equalsIgnoreCase("money")) {
						countsMoney.add(w);
					}
				}
				default -> {
				}
			}
			words.get(e.kind()).add(w);
		}
		words.values().forEach(list -> list.sort(Comparator.comparingInt(String::length).reversed()));
		moneyBefore.sort(Comparator.comparingInt(String::length).reversed());
		Map<String, Scale> longestFirst = new LinkedHashMap<>();
		words.get(Kind.SCALE).forEach(w -> longestFirst.put(w, scales.get(w)));
		scales.clear();
		scales.putAll(longestFirst);
		this.commands = cmds.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, Intent> x) -> x.getKey().length()).reversed())
			.map(x -> Map.entry(x.getKey(), x.getValue()))
			.toList();
		this.commandTails = entries.stream()
			.filter(e -> e.kind() == Kind.TAIL && e.meaning().equalsIgnoreCase("command"))
			.map(e -> key(e.word()))
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		this.fieldPattern = "(" + words.get(Kind.FIELD).stream().map(Pattern::quote).collect(Collectors.joining("|"))
				+ ")";
	}

	/** The grammar Baton ships, read once. */
	public static Grammar standard() {
		Grammar g = standard;
		if (g == null) {
			synchronized (Grammar.class) {
				g = standard;
				if (g == null) {
					g = load(RESOURCE);
					standard = g;
				}
			}
		}
		return g;
	}

	static Grammar load(String resource) {
		try (InputStream in = Grammar.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The grammar " + resource + " is missing");
			}
			return new Grammar(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new IllegalStateException("The grammar " + resource + " cannot be read", ex);
		}
	}

	/** The lines of a grammar file; a line it cannot use is an error naming the line. */
	static List<Entry> parse(String text) {
		List<Entry> out = new ArrayList<>();
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cols = line.split("\t", -1);
			if (cols.length < 2 || cols[1].isBlank()) {
				throw new IllegalStateException("grammar.tsv line " + (i + 1) + ": kind, tab, word expected: " + line);
			}
			Kind kind;
			try {
				kind = Kind.valueOf(cols[0].strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("grammar.tsv line " + (i + 1) + ": unknown kind " + cols[0], ex);
			}
			Entry e = new Entry(i + 1, kind, cols[1].strip(), cols.length > 2 ? cols[2].strip() : "");
			switch (kind) { // fail now rather than when someone types the word
				case COMMAND, WHOLE, ITEM, SIGN, HANDOVER -> meaning(e);
				case FIELD -> field(e);
				case RULING -> ruling(e);
				case SPLIT -> split(e);
				case SCALE -> scale(e);
				case MONEY -> {
					if (!e.meaning().isEmpty() && !e.meaning().equalsIgnoreCase("before")) {
						throw new IllegalStateException(
								"grammar.tsv line " + (i + 1) + ": money needs no meaning, or before: " + line);
					}
				}
				case NOT_YET -> {
					if (!e.meaning().equals("no") && !e.meaning().equals("later")) {
						throw new IllegalStateException(
								"grammar.tsv line " + (i + 1) + ": not_yet needs the meaning no or later: " + line);
					}
				}
				case REASON -> reason(e);
				case PERIOD -> period(e);
				case DUE -> due(e);
				case ASIDE -> {
					if (!java.util.Set.of("before", "after", "either").contains(e.meaning())) {
						throw new IllegalStateException("grammar.tsv line " + (i + 1)
								+ ": aside needs the meaning before, after or either: " + line);
					}
				}
				case STATUS_LEAD -> status(e);
				case WORK -> {
					if (!java.util.Set.of("", "outcome", "start", "pay").contains(e.meaning())) {
						throw new IllegalStateException("grammar.tsv line " + (i + 1)
								+ ": work needs no meaning, or outcome, start or pay: " + line);
					}
				}
				case ADDRESS -> {
					if (!java.util.Set.of("before", "after", "surname").contains(e.meaning())) {
						throw new IllegalStateException("grammar.tsv line " + (i + 1)
								+ ": address needs the meaning before, after or surname: " + line);
					}
				}
				case RENAME -> {
					if (!e.meaning().isEmpty() && !e.meaning().equals("title")) {
						throw new IllegalStateException(
								"grammar.tsv line " + (i + 1) + ": rename needs no meaning, or title: " + line);
					}
				}
				case YEAR, MONTH -> {
					if (!e.meaning().matches("[0-9]")) {
						throw new IllegalStateException("grammar.tsv line " + (i + 1) + ": " + cols[0].strip()
								+ " needs how many from now (0-9): " + line);
					}
				}
				case HOLIDAY -> {
					if (e.meaning().isEmpty()) {
						throw new IllegalStateException(
								"grammar.tsv line " + (i + 1) + ": holiday needs its name in the notice: " + line);
					}
				}
				default -> {
				}
			}
			out.add(e);
		}
		return out;
	}

	static Meaning meaning(Entry e) {
		String m = e.meaning();
		boolean tentative = m.endsWith("?");
		try {
			return new Meaning(Intent.valueOf(tentative ? m.substring(0, m.length() - 1) : m), tentative);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					"grammar.tsv line " + e.line() + ": unknown intent '" + m + "' for " + e.word(), ex);
		}
	}

	private static dev.baton.bot.checklist.ItemStatus status(Entry e) {
		try {
			return dev.baton.bot.checklist.ItemStatus.valueOf(e.meaning());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					"grammar.tsv line " + e.line() + ": unknown status '" + e.meaning() + "' for " + e.word(), ex);
		}
	}

	/**
	 * How far work has got, not that it is done (so it is under way): 已完成七成 / 已完成60% /
	 * 完成了一半 / 已经完成过半.
	 */
	private static final java.util.regex.Pattern PROGRESS = java.util.regex.Pattern.compile(
			"(?:已经|已)?完成(?:了)?\\s*(?:[0-9一二两三四五六七八九十]成|[0-9]{1,3}(?:\\.[0-9]+)?\\s*%|百分之[0-9一二两三四五六七八九十]{1,3}|一半|大半|过半|近半|多半|[一二两三四五六七八九十]{1,2}分之[一二两三四五六七八九十]{1,2})");

	/**
	 * The {@code not_yet} words that say the work is not done (还没, 未), not that it will
	 * be (预计, 能), longest first.
	 */
	List<String> negations() {
		return entries.stream()
			.filter(e -> e.kind() == Kind.NOT_YET && e.meaning().equals("no"))
			.map(e -> key(e.word()))
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
	}

	/**
	 * A share of the work said done, in folded words ("完成了八成", "已完成60%"): not the work
	 * done.
	 */
	java.util.regex.Matcher partly(String folded) {
		return PROGRESS.matcher(folded);
	}

	/**
	 * The status an item's words say (统计平台二期，正在推进 → IN_PROGRESS), or null when they say
	 * none, or say two different ones (then Baton asks).
	 */
	dev.baton.bot.checklist.ItemStatus status(String text) {
		// a status word standing alone after the title is the status (#12, newcomer 18)
		StandingStatus standing = StandingStatus.in(text);
		if (standing != null) {
			return standing.status();
		}
		java.util.regex.Matcher progress = PROGRESS
			.matcher(withoutPartClauses(withoutNonStatus(withoutCountedParts(key(text)))));
		boolean underWay = progress.find();
		String folded = progress.replaceAll(m -> " ".repeat(m.group().length()));
		// work partly done is under way: it says 推进中 as much as the word does
		dev.baton.bot.checklist.ItemStatus found = underWay ? dev.baton.bot.checklist.ItemStatus.IN_PROGRESS : null;
		// said in everyday words, read by meaning (#12, newcomer 5): 还在推 / 已经编完了 / 还没付
		for (StatusPhrases.Found said : phrases().in(folded)) {
			if (found != null && found != said.status()) {
				return null;
			}
			found = said.status();
		}
		for (String w : words.get(Kind.STATUS)) {
			int at = folded.indexOf(w);
			if (at < 0) {
				continue;
			}
			dev.baton.bot.checklist.ItemStatus said = statuses.get(w);
			if (found != null && found != said) {
				return null;
			}
			found = said;
			// a longer word holds the shorter ones inside it (尚未启动 ⊃ 未启动): read each
			// place once
			folded = folded.substring(0, at) + " ".repeat(w.length()) + folded.substring(at + w.length());
		}
		return found;
	}

	/**
	 * The text with each clause that details a part of the item (a clause after the first
	 * starting with a {@code part} word: "信访件 3件，其中2件已办结") blanked, same length (#12,
	 * newcomer 6): a status said there is of the part, not of the item, so none is read
	 * from it and Baton asks.
	 */
	String withoutPartClauses(String text) {
		StringBuilder out = new StringBuilder(text);
		java.util.regex.Matcher clause = CLAUSE.matcher(text);
		while (clause.find()) {
			String words = clause.group(1);
			int start = clause.start(1);
			String stripped = words.stripLeading();
			if (words(Kind.PART).stream().anyMatch(stripped::startsWith)) {
				for (int i = start; i < clause.end(1); i++) {
					out.setCharAt(i, ' ');
				}
			}
		}
		return out.toString();
	}

	/**
	 * A clause after the first: what follows a comma, semicolon or full stop, to the next
	 * one.
	 */
	private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile("[,，;；。]([^,，;；。]*)");

	private volatile StatusPhrases phrases;

	/**
	 * The reader of statuses said in everyday words (还在推, 已经编完了), built from this
	 * grammar's words.
	 */
	StatusPhrases phrases() {
		StatusPhrases p = phrases;
		if (p == null) {
			p = new StatusPhrases(this);
			phrases = p;
		}
		return p;
	}

	/**
	 * The text with the years and months said from today written out (#12, newcomer 6):
	 * 明年底 → 2027年底, 明年年底 → 2027年年底, 后年6月底 → 2028年6月底, 明年1月15日 → 2027年1月15日, 下个月底 →
	 * 2027年1月底, a bare 月底 → this month's. Only before 底, 年内 or a month: 明年 alone says no
	 * date.
	 */
	String relativeDates(String text, LocalDate today) {
		if (relativeYear == null) {
			relativeYear = Pattern.compile("(" + alternatives(Kind.YEAR) + ")\\s*(?:的)?\\s*(?=年?底|年内|\\d{1,2}\\s*月)");
			relativeMonth = Pattern.compile("(" + alternatives(Kind.MONTH) + ")\\s*(?:的)?\\s*(?=底)");
		}
		String out = relativeYear.matcher(text)
			.replaceAll(m -> (today.getYear() + Integer.parseInt(meaningOf(Kind.YEAR, m.group(1)))) + "年");
		out = relativeMonth.matcher(out).replaceAll(m -> {
			java.time.YearMonth month = java.time.YearMonth.from(today)
				.plusMonths(Integer.parseInt(meaningOf(Kind.MONTH, m.group(1))));
			return month.getYear() + "年" + month.getMonthValue() + "月";
		});
		return BARE_MONTH_END.matcher(out).replaceAll(today.getYear() + "年" + today.getMonthValue() + "月底");
	}

	/** 月底 with no month before it: this month's end. */
	private static final Pattern BARE_MONTH_END = Pattern.compile("(?<![0-9一二三四五六七八九十个本下上年])月底");

	private volatile Pattern relativeYear;

	private volatile Pattern relativeMonth;

	/**
	 * The words of a kind as a regex alternation, longest first (one that never matches
	 * when there are none).
	 */
	String wordsPattern(Kind kind) {
		return alternatives(kind);
	}

	private String alternatives(Kind kind) {
		List<String> list = words.get(kind);
		return list.isEmpty() ? "(?!)" : list.stream().map(Pattern::quote).collect(Collectors.joining("|"));
	}

	/**
	 * The folded text with a share of the work said done (已完成七成) blanked, same length: it
	 * says no status of its own.
	 */
	String withoutPartlyDone(String folded) {
		return PROGRESS.matcher(folded).replaceAll(m -> " ".repeat(m.group().length()));
	}

	/**
	 * The meaning written for a word of a kind (its third column), or null when the word
	 * is not of that kind.
	 */
	String meaningOf(Kind kind, String word) {
		String w = key(word);
		return entries.stream()
			.filter(e -> e.kind() == kind && key(e.word()).equals(w))
			.map(Entry::meaning)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The folded text with the words that hold a status word but say no status (没办法, 没办完)
	 * blanked, same length: a status is then found only where one is said.
	 */
	String withoutNonStatus(String folded) {
		String out = folded;
		for (String w : words.get(Kind.NOTSTATUS)) {
			out = out.replace(w, " ".repeat(w.length()));
		}
		return out;
	}

	/**
	 * The field the words as said start with (完成时间是10月份 → DONE_ON), or null.
	 */
	public EditField leadingField(String said) {
		String folded = MessageText.fold(MessageText.normalize(said == null ? "" : said)).strip();
		return words.get(Kind.FIELD).stream().filter(folded::startsWith).findFirst().map(fields::get).orElse(null);
	}

	/**
	 * Whether the words as said hold a {@code slip} word (说错了 / 搞错了 / 记错了): they say
	 * something said before was wrong (#12, newcomer 16, finding 7).
	 */
	public boolean slipped(String said) {
		String folded = MessageText.fold(MessageText.normalize(said == null ? "" : said));
		return words.get(Kind.SLIP).stream().anyMatch(folded::contains);
	}

	/**
	 * Who made the slip and when, said before it: 我之前改错了 / 刚才写错了 / 是我搞错了 (newcomer 25,
	 * finding 4).
	 */
	static final Pattern SLIP_WHO = Pattern.compile("^(?:刚才|刚刚|我们|我|是|这条|那条|之前|前面|先前|上次|当时)+");

	/**
	 * The words as said without the clauses that only say a slip (刚才说错了) or a plain no
	 * (不对): what is right, clause by clause ("不对，运维费还没付，刚才说错了" → 运维费还没付); "" when nothing
	 * else is said.
	 */
	public String withoutSlips(String said) {
		List<String> kept = new ArrayList<>();
		for (String clause : (said == null ? "" : said).split("[,，;；。.!！]")) {
			String folded = MessageText.fold(MessageText.normalize(clause)).strip();
			String rest = folded;
			for (String w : words.get(Kind.SLIP)) {
				rest = rest.replace(w, "");
			}
			rest = SLIP_WHO.matcher(rest).replaceAll("").strip();
			Meaning plain = whole.get(rest);
			boolean no = plain != null && plain.intent() == Intent.DISPUTE;
			if (!rest.isEmpty() && !no) {
				kept.add(clause.strip());
			}
		}
		return String.join("，", kept);
	}

	/**
	 * The folded text with each figure that counts a part of a total said before it
	 * blanked with the {@code counted} word that leads to it, same length (#12, newcomer
	 * 20, finding 1: 「共计42公里，已完成30公里」, 「共11条，未完成3条」): 已完成 there says how much of the work
	 * is done, not that the item is; so no status is read from it (推进中 is suggested),
	 * whatever the verb. The part is a figure of the total's kind (its unit, or both
	 * money) and smaller, its counted word starting its own clause right before it.
	 */
	String withoutCountedParts(String folded) {
		List<Figures.Found> figures = Figures.all(folded, this);
		StringBuilder out = new StringBuilder(folded);
		for (int i = 1; i < figures.size(); i++) {
			Figures.Found part = figures.get(i);
			for (int j = i - 1; j >= 0; j--) {
				Figures.Found whole = figures.get(j);
				if (whole.money() != part.money() || !java.util.Objects.equals(whole.unit(), part.unit())) {
					continue;
				}
				int from = countedFrom(folded, whole.end(), part.start());
				if (from >= 0 && part.value().compareTo(whole.value()) < 0) {
					for (int k = from; k < part.end(); k++) {
						out.setCharAt(k, ' ');
					}
				}
				break;
			}
		}
		return out.toString();
	}

	/**
	 * Where the {@code counted} word that leads to a figure starts, when the words
	 * between a total and the figure are a new clause starting with one ("，已完成"); -1
	 * otherwise.
	 */
	private int countedFrom(String folded, int after, int at) {
		String between = folded.substring(after, at);
		String lead = between.replaceFirst("^[\\s,;。、]+", "");
		if (lead.length() == between.length() && !between.isEmpty() && !Character.isWhitespace(between.charAt(0))) {
			return -1; // no clause of its own
		}
		if (lead.matches(".*[,;。].*") || !counts(lead)) {
			return -1;
		}
		return at - lead.length();
	}

	/**
	 * Whether a clause (folded) counts part of the figure before it: it starts with a
	 * {@code counted} word (已整改8条 after 共11条).
	 */
	boolean counts(String clause) {
		String stripped = clause.strip();
		return words.get(Kind.COUNTED).stream().anyMatch(stripped::startsWith);
	}

	/**
	 * Whether a clause (folded) counts part of a sum of money before it: it starts with a
	 * {@code counted} word of meaning {@code money} (已付120万 after 合同金额186万元; newcomer 23,
	 * finding 3).
	 */
	boolean countsMoney(String clause) {
		String stripped = clause.strip();
		return countsMoney.stream().anyMatch(stripped::startsWith);
	}

	/**
	 * The first {@code objection} word in the words as said (看不懂, 这不是交接事项), or null when
	 * they hold none.
	 */
	public String objection(String said) {
		String folded = MessageText.fold(MessageText.normalize(said == null ? "" : said));
		return words.get(Kind.OBJECTION).stream().filter(folded::contains).findFirst().orElse(null);
	}

	/**
	 * Whether the words hold an {@code understood} word (清楚了, 明白了, 知道了): said as a yes,
	 * they acknowledge what the speaker was told.
	 */
	public boolean acknowledges(String said) {
		String folded = MessageText.fold(MessageText.normalize(said == null ? "" : said));
		return words.get(Kind.UNDERSTOOD).stream().anyMatch(folded::contains);
	}

	/**
	 * Whether an answer word to "是一项还是两项？" says two (true) or one (false); null when it
	 * is none.
	 */
	Boolean split(String word) {
		return splits.get(word);
	}

	/**
	 * Words that only lead to a figure (共, 共计, 合同金额): for each, whether it goes with the
	 * figure only when written apart from the words before it.
	 */
	Map<String, Boolean> labels() {
		return Collections.unmodifiableMap(labels);
	}

	private static Boolean split(Entry e) {
		return switch (e.meaning().toUpperCase(Locale.ROOT)) {
			case "TWO" -> true;
			case "ONE" -> false;
			default -> throw new IllegalStateException("grammar.tsv line " + e.line()
					+ ": an answer is TWO or ONE, not '" + e.meaning() + "' for " + e.word());
		};
	}

	private static dev.baton.bot.confirmation.Ruling ruling(Entry e) {
		try {
			return dev.baton.bot.confirmation.Ruling.valueOf(e.meaning());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					"grammar.tsv line " + e.line() + ": unknown ruling '" + e.meaning() + "' for " + e.word(), ex);
		}
	}

	static dev.baton.bot.handover.HandoverReason reason(Entry e) {
		try {
			return dev.baton.bot.handover.HandoverReason.valueOf(e.meaning());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					"grammar.tsv line " + e.line() + ": unknown reason '" + e.meaning() + "' for " + e.word(), ex);
		}
	}

	/**
	 * The unit of an extension: a DeadlineUnit's name, or WEEKS (7 calendar days each).
	 */
	static String period(Entry e) {
		if (!java.util.Set.of("CALENDAR_DAYS", "WORKING_DAYS", "WEEKS").contains(e.meaning())) {
			throw new IllegalStateException(
					"grammar.tsv line " + e.line() + ": unknown period '" + e.meaning() + "' for " + e.word());
		}
		return e.meaning();
	}

	/**
	 * The step a {@code due} word names (签收 → NOTICE_RECEIPT): a WaitingStepKind's name.
	 */
	static String due(Entry e) {
		try {
			return dev.baton.bot.policy.WaitingStepKind.valueOf(e.meaning()).name();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					"grammar.tsv line " + e.line() + ": unknown step '" + e.meaning() + "' for " + e.word(), ex);
		}
	}

	/** The ruling a word says (维持 → UPHELD), or null. */
	dev.baton.bot.confirmation.Ruling ruling(String word) {
		return rulings.get(word);
	}

	/**
	 * The item status a word is (推进中 → IN_PROGRESS), or null when it is no status word.
	 */
	dev.baton.bot.checklist.ItemStatus statusWord(String word) {
		return statuses.get(word);
	}

	private static EditField field(Entry e) {
		try {
			return EditField.valueOf(e.meaning());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					"grammar.tsv line " + e.line() + ": unknown field '" + e.meaning() + "' for " + e.word(), ex);
		}
	}

	/** A word as the parser compares it: normalized like a message, lower case. */
	static String key(String word) {
		return MessageText.fold(MessageText.normalize(word));
	}

	public List<Entry> entries() {
		return entries;
	}

	/**
	 * Command words, longest first: the longest word a message starts with wins ("确认无误"
	 * before "确认").
	 */
	List<Map.Entry<String, Intent>> commands() {
		return commands;
	}

	Intent command(String word) {
		return commands.stream().filter(e -> e.getKey().equals(word)).map(Map.Entry::getValue).findFirst().orElse(null);
	}

	Meaning whole(String clause) {
		return whole.get(clause);
	}

	/**
	 * A short question about where things stand or what waits on the speaker, said with
	 * words that ask ({@link Kind#ASKING}: 现在都到哪一步了, 我还要干什么吗), or null.
	 */
	Meaning question(String clause) {
		if (clause.length() > QUESTION_LENGTH) {
			return null;
		}
		String asked = withoutAsking(clause);
		return asked.isEmpty() ? null : questions().get(asked);
	}

	/** The longest question {@link #question} reads. */
	private static final int QUESTION_LENGTH = 16;

	private volatile Map<String, Meaning> questions;

	private Map<String, Meaning> questions() {
		Map<String, Meaning> q = questions;
		if (q == null) {
			q = new LinkedHashMap<>();
			for (Map.Entry<String, Meaning> w : whole.entrySet()) {
				Intent intent = w.getValue().intent();
				if (intent == Intent.STATUS || intent == Intent.TODO) {
					q.putIfAbsent(withoutAsking(w.getKey()), w.getValue());
				}
			}
			questions = q;
		}
		return q;
	}

	private String withoutAsking(String clause) {
		String s = clause;
		for (String w : words.get(Kind.ASKING)) {
			s = s.replace(w, "");
		}
		return s.strip();
	}

	Intent afterItem(String word) {
		return item.get(word);
	}

	Map<String, Meaning> signs() {
		return Collections.unmodifiableMap(signs);
	}

	/** Units that are not money: stored form by written form. */
	/**
	 * A word that multiplies the number before it.
	 *
	 * @param factor the multiplier (万 → 10000, million → 1000000)
	 * @param currencyOnly whether it counts only with a money word or ¥ (12k yuan, ¥1.2m)
	 */
	record Scale(java.math.BigDecimal factor, boolean currencyOnly) {
	}

	private static Scale scale(Entry e) {
		String[] parts = e.meaning().split("\\s+");
		if (parts.length > 2 || !parts[0].matches("[1-9][0-9]*")
				|| parts.length == 2 && !parts[1].equalsIgnoreCase("currency")) {
			throw new IllegalStateException("grammar.tsv line " + e.line()
					+ ": scale needs its multiplier, then currency or nothing: " + e.word() + " " + e.meaning());
		}
		return new Scale(new java.math.BigDecimal(parts[0]), parts.length == 2);
	}

	/** The {@code scale} words, longest first, with what each multiplies by. */
	Map<String, Scale> scales() {
		return Collections.unmodifiableMap(scales);
	}

	/** The money words also said before a number (rmb, cny), longest first. */
	List<String> moneyBefore() {
		return Collections.unmodifiableList(moneyBefore);
	}

	Map<String, String> units() {
		return Collections.unmodifiableMap(units);
	}

	EditField field(String word) {
		return fields.get(word);
	}

	/** A regex group matching any field word, longest first. */
	String fieldPattern() {
		return fieldPattern;
	}

	/**
	 * Particles dropped after a command's words too ("提交吧"), not only after a short
	 * answer ("可以的").
	 */
	List<String> commandTails() {
		return commandTails;
	}

	/** The words of one kind, longest first. */
	List<String> words(Kind kind) {
		return words.get(kind);
	}

}
