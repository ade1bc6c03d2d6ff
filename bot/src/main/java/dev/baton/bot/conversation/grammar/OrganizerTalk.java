package dev.baton.bot.conversation.grammar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.handover.HandoverReason;

/**
 * What organizers say (#13), read with the words of {@code conversation/grammar.tsv}
 * (kinds opening, handover, reason, successor, departing, takeover, change, period): 发起交接
 * and the way people say it ("上梅乡的陈清忠要调走了，由方福彬接任， 帮我发起交接"), 更换接任人 ("交接12的接任人换成张三，理由是…"),
 * 取消交接 ("取消12号交接，理由是…") and 延期 ("交接12延期5天， 理由…", "延期 12 至12月20日 …"). It reads words only:
 * which official or unit a name means is for the conversation to find in the directory.
 * {@link CommandParser} asks it for the arguments of these intents and for the forms that
 * do not start with a command word.
 * <ul>
 * <li>{@link Intent#CANCEL}: the handover in {@code number}, the reason in
 * {@code text}.</li>
 * <li>{@link Intent#CHANGE_SUCCESSOR}: the handover in {@code number}, the new
 * successor's name as written in {@code value}, the reason in {@code text}.</li>
 * <li>{@link Intent#EXTEND_DEADLINE}: the handover in {@code number}; how much later in
 * {@code quantity} days of {@code unit} ({@code CALENDAR_DAYS} or {@code WORKING_DAYS}; a
 * week is 7 calendar days) or to {@code date}; the reason in {@code text}; the step named
 * before 期限 (签收期限 / 清单期限, the grammar's {@code due} words), as a WaitingStepKind's name,
 * in {@code value}, or null when none is (newcomer 24, finding 9).</li>
 * <li>{@link Intent#OPEN_HANDOVER}: everything said besides the command in {@code text}
 * (unit, names, reason), read by {@link #reason} and {@link #successorAt} /
 * {@link #departingAt} once the names are found.</li>
 * </ul>
 */
public final class OrganizerTalk {

	/** The intents whose arguments are read here. */
	static final Set<Intent> INTENTS = EnumSet.of(Intent.OPEN_HANDOVER, Intent.CHANGE_SUCCESSOR, Intent.EXTEND_DEADLINE,
			Intent.CANCEL);

	private static final String N = "([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})";

	/** A handover named: 交接12 / 交接 第12号 / 12号交接 / 第12号的交接 / 这项交接 (the one in focus). */
	private static final String HANDOVER = "(?:(?:第\\s*)?" + N + "\\s*号\\s*(?:的\\s*)?交接|交接\\s*(?:第\\s*)?" + N
			+ "\\s*号?|(?:这项|这个|该项|该|当前|本项)\\s*交接)";

	/**
	 * Words that only lead to what is done, between the handover and the verb or before
	 * how much later: 交接3还是延到12月11日吧 / 那就延到1月4日 (newcomer 23, finding 19; newcomer 24,
	 * finding 11).
	 */
	private static final String THEN = "那就|那么|那|就|先|还是";

	/** Sentence-final particles and punctuation only: no reason (吧 / 啊 / 了 / 吗？ / …). */
	private static final Pattern NO_WORDS = Pattern.compile("[\\s\\p{Punct}\\p{IsPunctuation}吧啊呢了哈嘛吗呀哦噢喔啦嘞呗咯哇～~]+");

	/** What introduces a reason: 理由是… / 原因： / 因为… */
	private static final Pattern REASON_LEAD = Pattern
		.compile("^(?:(?:理由|原因|事由|because|reason)\\s*(?:是|为|:)?|因为|由于)[\\s,;:]*");

	/** What says the day to extend to: 至12月20日 / 延到… / 延期到… (or nothing). */
	private static final String TO = "(?:延至|延到|延期到|延期至|推迟到|推迟至|顺延至|顺延到|延长到|延长至|到|至|until|to)";

	/**
	 * A day: 2026-12-20 / 2026年12月20日 / 12月20日 / 12-20 / 5月底 / 年底, after a year said from
	 * this one or not (明年1月10日 / 今年12月10日 / 明年底, newcomer 23, finding 19); {0} is the
	 * year words of the grammar.
	 */
	private static final String DAY = "(?:(?:{0})\\s*(?:的)?\\s*)?(?:\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*[日号]?"
			+ "|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]?|\\d{1,2}[-/]\\d{1,2}|(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*底|年底)"
			+ "|(?:{0})\\s*(?:的)?\\s*年?底";

	/** A day to extend to that is not read: 至下周五 / 到元旦以后 (its words are no reason). */
	private static final Pattern UNREAD_DAY = Pattern.compile("^" + TO + "\\s*\\S");

	/**
	 * What is said before how much later: 延长 / 推迟 / 再 …, after words that only lead to it
	 * (那就延到1月4日 / 就延3天吧, newcomer 23, finding 19).
	 */
	private static final Pattern LATER = Pattern
		.compile("^(?:(?:" + THEN + "|给他|给她|帮他|帮她)\\s*)*(?:延期|延长|推迟|顺延|再延长|再延|再|延|by)?\\s*");

	/** What introduces a reason at the start of a clause: …，因为… / …，理由是… */
	private static final Pattern REASON_CLAUSE = Pattern
		.compile("(?:^|[\\s,;:.!?。、])\\s*(?:(?:理由|原因|事由|because|reason)\\s*(?:是|为|:)|因为|由于|because)");

	/**
	 * A name as written, up to the first separator: 张三 / 欧阳明月 / 阿依古丽·买买提 / Li Lei (one
	 * word).
	 */
	private static final Pattern NAME = Pattern.compile("^([\\p{IsHan}·]{2,12}|[a-z][a-z'-]{0,40})(?=[\\s,;:.。、]|$)");

	private static volatile OrganizerTalk standard;

	private final Map<String, Intent> onHandover = new LinkedHashMap<>();

	private final List<Map.Entry<String, HandoverReason>> reasons = new ArrayList<>();

	private final Map<String, String> periods = new LinkedHashMap<>();

	/** The steps the {@code due} words name (签收 → NOTICE_RECEIPT). */
	private final Map<String, String> dues = new LinkedHashMap<>();

	/**
	 * A handover number at the start of a command's words: "12", "12号", "第12号", "交接12",
	 * "12号交接的", "12 签收期限" (group 4: the step named).
	 */
	private final Pattern leading;

	/** What may follow the handover named before the verb: 的签收期限 (group 1: the step). */
	private final Pattern afterNamed;

	/**
	 * The step said before how much later: 延长签收期限到12月20日 (group 1: the step, when one is
	 * named).
	 */
	private final Pattern dueSaid;

	private final Pattern handoverFirst;

	private final Pattern successorChange;

	/**
	 * The same change said after a clause of its own: "钱芳不合适。接任人改为吴强" (#12, newcomer 11).
	 */
	private final Pattern successorChangeInSentence;

	private final Pattern opening;

	/**
	 * The opening said for someone (#12, newcomer 18): 我要给上梅乡陈清忠书记办离任交接 (给, whom, a verb
	 * of meaning {@code for}, 交接); group 1 is whom.
	 */
	private final Pattern openingFor;

	/**
	 * The opening asked of Baton with a verb of meaning {@code for} and a measure, 交接
	 * ending the clause (newcomer 23, finding 1): …，王芳临时接手，帮我办个交接 / 帮忙办一下交接; not 帮我办交接手续.
	 */
	private final Pattern openingAsked;

	private final Pattern by;

	/** A day to extend to, said after {@link #TO} or alone; group 1 is the day. */
	private final Pattern toDay;

	private final Pattern takeoverAfter;

	private final Pattern successorBefore;

	private final Pattern departingBefore;

	private final Pattern departingAfter;

	/** A clause that starts with a word setting a matter aside: 撇开吴强不谈 / 先不说吴强的事. */
	private final Pattern asideFirst;

	/**
	 * A clause that ends with a word setting a matter aside, particles after it:
	 * 吴强那边的事先不说 / 吴强的事回头再说吧.
	 */
	private final Pattern asideLast;

	/** Every word of the grammar, as compared: a token that is one is no name. */
	private final Set<String> words = new java.util.HashSet<>();

	OrganizerTalk(Grammar grammar) {
		for (Grammar.Entry e : grammar.entries()) {
			String w = Grammar.key(e.word());
			words.add(w);
			switch (e.kind()) {
				case HANDOVER -> onHandover.put(w, Grammar.meaning(e).intent());
				case REASON -> reasons.add(Map.entry(w, Grammar.reason(e)));
				case PERIOD -> periods.put(w, Grammar.period(e));
				case DUE -> dues.put(w, Grammar.due(e));
				default -> {
				}
			}
		}
		reasons.sort(Comparator.comparingInt((Map.Entry<String, HandoverReason> r) -> r.getKey().length()).reversed());
		String verbs = alternatives(grammar.words(Grammar.Kind.HANDOVER));
		String successors = alternatives(grammar.words(Grammar.Kind.SUCCESSOR));
		String changes = alternatives(grammar.words(Grammar.Kind.CHANGE));
		String takeovers = alternatives(grammar.words(Grammar.Kind.TAKEOVER));
		// a deadline, of the step named or of the handover: 签收期限 / 清单的期限 / 交接期限
		String deadline = "(?:(?:交接|(" + alternatives(grammar.words(Grammar.Kind.DUE))
				+ "))\\s*(?:的)?\\s*)?(?:期限|截止日期|截止时间)";
		this.handoverFirst = Pattern.compile("^(?:把|将)?\\s*" + HANDOVER + "\\s*(?:的)?\\s*(?:" + deadline
				+ ")?\\s*(?:(?:" + THEN + ")\\s*)*(?:给(?:他|她|他们|她们)\\s*)?(" + verbs + ")(?:掉|了|吧)?[\\s,;:]*(.*)$");
		this.leading = Pattern.compile("^(?:" + HANDOVER + "|(?:第\\s*)?" + N + "\\s*号?(?![0-9.]))"
				+ "\\s*(?:的)?\\s*(?:交接)?\\s*(?:的)?\\s*(?:" + deadline + ")?[\\s,;:]*");
		this.afterNamed = Pattern.compile("^(?:的)?\\s*(?:" + deadline + ")?[\\s,;:]*");
		this.dueSaid = Pattern.compile("^(?:的)?\\s*" + deadline + "\\s*");
		this.successorChange = Pattern.compile("^(?:把|将)?\\s*(?:" + HANDOVER + "\\s*(?:的)?\\s*)?(?:" + successors
				+ ")\\s*(?:" + changes + ")\\s*(.+)$");
		// inside a sentence the bare 为 is no change ("原定接任人为钱芳" describes): only the
		// change words themselves
		String saidChanges = alternatives(
				grammar.words(Grammar.Kind.CHANGE).stream().filter(w -> !Grammar.key(w).equals("为")).toList());
		this.successorChangeInSentence = Pattern.compile("[,;.!?。、]\\s*(?:所以|因此|请|现|现在)?\\s*(?:把|将)?\\s*(?:" + HANDOVER
				+ "\\s*(?:的)?\\s*)?(?:" + successors + ")\\s*(?:" + saidChanges + ")\\s*(.+)$");
		List<Grammar.Entry> openings = grammar.entries()
			.stream()
			.filter(e -> e.kind() == Grammar.Kind.OPENING)
			.toList();
		this.opening = Pattern.compile("(?:帮我|帮忙|请|麻烦|给我|我要|我想|需要)?\\s*(?:"
				+ alternatives(
						openings.stream().filter(e -> !e.meaning().equals("for")).map(Grammar.Entry::word).toList())
				+ ")\\s*(?:一下|一个|一项|个)?\\s*(?:离任)?交接(?:吧|一下)?");
		this.openingFor = Pattern.compile("(?:帮我|帮忙|请|麻烦|我要|我想|需要|要)?\\s*给\\s*([^,;.!?。，；！？]{2,40}?)\\s*(?:"
				+ alternatives(
						openings.stream().filter(e -> e.meaning().equals("for")).map(Grammar.Entry::word).toList())
				+ ")\\s*(?:一下|一个|一项|个)?\\s*(?:离任)?交接(?:吧|一下)?");
		this.openingAsked = Pattern.compile("(?:请帮我|请帮忙|帮我|帮忙|麻烦)\\s*(?:"
				+ alternatives(
						openings.stream().filter(e -> e.meaning().equals("for")).map(Grammar.Entry::word).toList())
				+ ")\\s*(?:一下|一个|一项|个)\\s*(?:离任)?交接(?:吧|一下)?(?=$|[\\s,;.!?。，；！？])");
		this.by = Pattern.compile("^" + N + "\\s*(" + alternatives(grammar.words(Grammar.Kind.PERIOD)) + ")");
		this.toDay = Pattern
			.compile("^" + TO + "?\\s*(" + DAY.replace("{0}", alternatives(grammar.words(Grammar.Kind.YEAR))) + ")");
		this.takeoverAfter = Pattern.compile("^\\s*(?:来|去|将|会)?\\s*(?:临时|暂时|暂|先)?\\s*(?:" + takeovers + ")");
		this.successorBefore = Pattern.compile("(?:(?:由|让)|(?:" + successors + ")\\s*(?:是|为|:|定为|拟为)?)\\s*$");
		this.departingBefore = Pattern
			.compile("(?:" + alternatives(grammar.words(Grammar.Kind.DEPARTING)) + ")\\s*(?:是|为|:)?\\s*$");
		// 郑晓东要去省统计局借调半年: going somewhere for a reason of leaving, in the same
		// clause (newcomer 24, finding 1)
		String leaving = alternatives(reasons.stream().map(Map.Entry::getKey).toList());
		this.departingAfter = Pattern.compile("^(?:同志)?(?:要|将|已|已经|即将|马上|就要|拟)?(?:" + leaving
				+ "|离任|离开|要走|(?:去|到|赴)[^,;!?.。；\\n]{0,20}?(?:" + leaving + "))");
		List<Grammar.Entry> asides = grammar.entries().stream().filter(e -> e.kind() == Grammar.Kind.ASIDE).toList();
		this.asideFirst = Pattern.compile("^\\s*(?:" + alternatives(
				asides.stream().filter(e -> !e.meaning().equals("after")).map(e -> Grammar.key(e.word())).toList())
				+ ")");
		this.asideLast = Pattern.compile("(?:" + alternatives(
				asides.stream().filter(e -> !e.meaning().equals("before")).map(e -> Grammar.key(e.word())).toList())
				+ ")[\\s吧了啊呀哈嘛吗]*$");
	}

	/** The words Baton ships ({@code conversation/grammar.tsv}). */
	public static OrganizerTalk standard() {
		OrganizerTalk t = standard;
		if (t == null) {
			synchronized (OrganizerTalk.class) {
				t = standard;
				if (t == null) {
					t = new OrganizerTalk(Grammar.standard());
					standard = t;
				}
			}
		}
		return t;
	}

	private static String alternatives(List<String> words) {
		return words.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.reduce((a, b) -> a + "|" + b)
			.orElse("(?!)");
	}

	/**
	 * The forms that do not start with a command word: "交接12取消，理由…", "12号交接延期5天",
	 * "交接12的接任人换成张三", "…，帮我发起交接". Null when the message is none of them.
	 * @param bare the message without courtesy around it, as written
	 */
	Command natural(String bare, String raw, LocalDate today) {
		String lower = MessageText.fold(bare);
		Matcher m = handoverFirst.matcher(lower);
		if (m.matches()) {
			Intent intent = onHandover.get(m.group(4));
			return arguments(intent, number(m.group(1), m.group(2)), m.group(3), bare.substring(m.start(5)), raw,
					today);
		}
		m = successorChange.matcher(lower);
		if (m.matches()) {
			return arguments(Intent.CHANGE_SUCCESSOR, number(m.group(1), m.group(2)), null, bare.substring(m.start(3)),
					raw, today);
		}
		m = opening.matcher(lower);
		Matcher forWhom = openingFor.matcher(lower);
		boolean said = m.find();
		if (!said && forWhom.find()) {
			// whom it is for is what the message says of them: 上梅乡陈清忠书记
			String whom = bare.substring(forWhom.start(1), forWhom.end(1)).strip();
			String after = bare.substring(forWhom.end()).strip();
			return opening(whom, after, raw);
		}
		if (said) {
			return opening(bare.substring(0, m.start()).strip(), bare.substring(m.end()).strip(), raw);
		}
		Matcher asked = openingAsked.matcher(lower);
		if (asked.find()) {
			return opening(bare.substring(0, asked.start()).strip(), bare.substring(asked.end()).strip(), raw);
		}
		return null;
	}

	/** 发起交接 with what was said around the words that ask for it (unit, names, reason). */
	private static Command opening(String before, String after, String raw) {
		String text = (before + (before.isEmpty() || after.isEmpty() ? "" : "，") + after)
			.replaceAll("^[\\s,，;；:：。.!！]+|[\\s,，;；:：。.!！]+$", "");
		return new Command(Intent.OPEN_HANDOVER, null, text.isEmpty() ? null : text, null, null, null, null, null, null,
				null, false, raw);
	}

	/**
	 * A change of successor said after a clause of its own, the reason before it or after
	 * the name ("钱芳是财政的审核人，不合适。接任人改为吴强" / "…。接任人改为吴强，因为…"): the change, its reason the
	 * words around it. Null when the message has no such change after a clause, or names
	 * nobody after it.
	 * @param bare the message without courtesy around it, as written
	 */
	public Command successorInSentence(String bare, String raw) {
		String lower = MessageText.fold(bare);
		Matcher m = successorChangeInSentence.matcher(lower);
		if (!m.find()) {
			return null;
		}
		Command said = successor(number(m.group(1), m.group(2)), bare.substring(m.start(3)), raw);
		if (said.value() == null) {
			return null;
		}
		String before = reasonText(bare.substring(0, m.start()));
		String why = java.util.stream.Stream.of(before, said.text())
			.filter(w -> w != null && !w.isBlank())
			.reduce((a, b) -> a + "；" + b)
			.orElse(null);
		return new Command(Intent.CHANGE_SUCCESSOR, said.number(), why, null, said.value(), null, null, null, null,
				null, false, raw);
	}

	/**
	 * The arguments of an organizer's command after its word ("12 张三 人选调整", "12号交接
	 * 5天，理由…").
	 */
	Command arguments(Intent intent, String rest, String raw, LocalDate today) {
		return arguments(intent, null, null, rest, raw, today);
	}

	/**
	 * @param due the {@code due} word said before the verb (交接12签收期限延…), or null
	 */
	private Command arguments(Intent intent, Integer named, String due, String rest, String raw, LocalDate today) {
		Command c = read(intent, named, due, rest, raw, today);
		// the parser drops a 了 at the end of a command ("提交了"); at the end of a reason it
		// is the reason's
		String said = rest.strip();
		boolean dropped = raw != null && !said.isEmpty() && !raw.strip().endsWith(said) && raw.contains(said)
				&& raw.substring(raw.lastIndexOf(said) + said.length()).strip().startsWith("了");
		if (dropped && c.text() != null && raw.strip().endsWith(c.text() + "了")) {
			return new Command(c.intent(), c.number(), c.text() + "了", c.field(), c.value(), c.amount(), c.date(),
					c.status(), c.ruling(), c.code(), c.finished(), c.raw(), c.quantity(), c.unit(), c.clear(),
					c.tentative(), c.step());
		}
		return c;
	}

	private Command read(Intent intent, Integer named, String due, String rest, String raw, LocalDate today) {
		String said = rest.strip().replaceFirst("^[:：,，]\\s*", "");
		Integer number = named;
		String step = due;
		if (intent == Intent.OPEN_HANDOVER) {
			return new Command(intent, null, said.isEmpty() ? null : said, null, null, null, null, null, null, null,
					false, raw);
		}
		if (number == null) {
			Matcher lead = leading.matcher(MessageText.fold(said));
			boolean period = intent == Intent.EXTEND_DEADLINE && leadsWithPeriod(said); // 延期
																						// 5天:
																						// no
																						// handover
																						// named
			if (!period && lead.find() && lead.end() > 0) {
				number = number(lead.group(1), lead.group(2), lead.group(3));
				step = lead.group(4);
				said = said.substring(lead.end());
			}
		}
		else {
			Matcher after = afterNamed.matcher(MessageText.fold(said));
			if (after.lookingAt()) {
				step = after.group(1) != null ? after.group(1) : step;
				said = said.substring(after.end()).replaceFirst("^[\\s,，;；:：]+", "");
			}
		}
		return switch (intent) {
			case CHANGE_SUCCESSOR -> successor(number, said, raw);
			case EXTEND_DEADLINE -> extension(number, said, raw, today, step);
			default ->
				new Command(intent, number, reasonText(said), null, null, null, null, null, null, null, false, raw);
		};
	}

	/** "张三 人选调整" / "为张三，理由是…" / "的接任人改为张三": the name, then the reason. */
	private Command successor(Integer number, String said, String raw) {
		String rest = said.replaceFirst("^(?:的)?\\s*(?:接任人|接任者|接任干部)?\\s*(?:换成|换为|改为|改成|更换为|更换成|变更为|调整为|为)?\\s*", "");
		Matcher m = NAME.matcher(MessageText.fold(rest));
		String name = null;
		if (m.find()) {
			name = rest.substring(0, m.end(1));
			rest = rest.substring(m.end(1));
		}
		return new Command(Intent.CHANGE_SUCCESSOR, number, reasonText(rest), null, name, null, null, null, null, null,
				false, raw);
	}

	/**
	 * "5天 理由" / "3个工作日，…" / "一周" / "至12月20日 …" / "到2026-12-20" / "到明年1月10日，因为…": how much
	 * later or the day, then the reason. The reason is what a clause of its own
	 * introduces (因为… / 理由是…) or, when none does, the words after the period or the day;
	 * never the words that say the day (newcomer 23, finding 19: "到明年1月10日，因为…" was
	 * recorded as the reason), nor a day said that is not read ("到下周五").
	 */
	private Command extension(Integer number, String said, String raw, LocalDate today, String due) {
		String lower = MessageText.fold(said);
		Matcher lead = REASON_CLAUSE.matcher(lower);
		int why = lead.find() ? lead.start() : said.length();
		String head = lower.substring(0, why);
		Matcher later = LATER.matcher(head);
		int from = later.lookingAt() ? later.end() : 0;
		String step = due;
		Matcher named = dueSaid.matcher(head.substring(from));
		if (named.lookingAt()) {
			// 延长签收期限到12月20日: the step, then how much later
			step = named.group(1) != null ? named.group(1) : step;
			from += named.end();
			Matcher to = LATER.matcher(head.substring(from));
			from += to.lookingAt() ? to.end() : 0;
		}
		BigDecimal days = null;
		String unit = null;
		LocalDate until = null;
		Matcher b = by.matcher(head.substring(from));
		Matcher u = toDay.matcher(head.substring(from));
		int after = 0; // nothing said of how much later: the words are the reason
		if (b.find()) {
			Integer n = CommandParser.number(b.group(1));
			String period = periods.get(b.group(2));
			if (n != null && n > 0) {
				days = BigDecimal.valueOf(period.equals("WEEKS") ? 7L * n : n);
				unit = period.equals("WEEKS") ? "CALENDAR_DAYS" : period;
			}
			after = from + b.end();
		}
		else if (u.find()) {
			until = CommandParser.date(CommandParser.monthEnds(u.group(1), today), today);
			after = from + u.end();
		}
		else if (UNREAD_DAY.matcher(head.substring(from)).lookingAt()) {
			after = why; // a day not read: its words are no reason
		}
		String reason = why < said.length() ? reasonText(said.substring(why)) : null;
		if (reason == null) {
			reason = reasonText(said.substring(after, why));
		}
		return new Command(Intent.EXTEND_DEADLINE, number, reason, null, step == null ? null : dues.get(step), null,
				until, null, null, null, false, raw, days, unit, false, false, null);
	}

	private boolean leadsWithPeriod(String said) {
		String lower = MessageText.fold(said);
		Matcher later = LATER.matcher(lower);
		int from = later.lookingAt() ? later.end() : 0;
		return by.matcher(lower.substring(from)).find() || toDay.matcher(lower.substring(from)).find();
	}

	/**
	 * The reason as written, without what introduces it (理由是 / 因为) or the separators
	 * around it; null if none, and null if only sentence-final particles and punctuation
	 * are left ("延到12月25号吧": 吧 is no reason, newcomer 22, finding 1).
	 */
	static String reasonText(String said) {
		// "延3天吧，他下乡了": the particle ends what came before, the reason follows it
		String s = said.strip().replaceFirst("^(?:[吧啊呀哈嘛](?=[\\s,，;；:：。、]))?[\\s,，;；:：。、]+", "");
		Matcher lead = REASON_LEAD.matcher(MessageText.fold(s));
		if (lead.find()) {
			s = s.substring(lead.end());
		}
		s = s.replaceAll("[\\s,，;；:：。.!！]+$", "").strip();
		return s.isEmpty() || NO_WORDS.matcher(s).matches() ? null : s;
	}

	private static Integer number(String... groups) {
		for (String g : groups) {
			if (g != null) {
				return CommandParser.number(g);
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ what an opening
	// message says

	/**
	 * Why the official leaves, as the words say (调走 → TRANSFER, 退休 → RETIREMENT, 借调 →
	 * OTHER), or null when they say none or say two different ones (then Baton asks).
	 */
	public HandoverReason reason(String text) {
		HandoverReason found = null;
		for (ReasonWord w : reasonWords(text)) {
			if (found != null && found != w.reason()) {
				return null;
			}
			found = w.reason();
		}
		return found;
	}

	/** A reason word where the words say it, [start, end) of the text. */
	private record ReasonWord(int start, int end, String word, HandoverReason reason) {
	}

	/**
	 * The reason words said, in order, each the longest word of the grammar at its place,
	 * read from the left (newcomer 23, finding 2): 借调到 is 借调 (其他), never the 调到 (工作调动)
	 * inside it.
	 */
	private List<ReasonWord> reasonWords(String text) {
		List<ReasonWord> out = new ArrayList<>();
		if (text == null) {
			return out;
		}
		String folded = MessageText.fold(text);
		int i = 0;
		while (i < folded.length()) {
			Map.Entry<String, HandoverReason> at = null;
			for (Map.Entry<String, HandoverReason> r : reasons) { // the longest first
				if (folded.startsWith(r.getKey(), i)) {
					at = r;
					break;
				}
			}
			if (at == null) {
				i++;
				continue;
			}
			out.add(new ReasonWord(i, i + at.getKey().length(), at.getKey(), at.getValue()));
			i += at.getKey().length();
		}
		return out;
	}

	/**
	 * The organizer's words for a reason of 其他 said by what happens (借调到自治区统计局帮忙半年,
	 * 挂职锻炼一年), as written: from that word to the end of its clause or to the first of
	 * {@code stops} after it (where a name is said); null when the words say 其他 only by
	 * its name, or say no such reason.
	 * @param stops offsets in the text where the words of the reason end at the latest
	 */
	public String otherWords(String text, List<Integer> stops) {
		ReasonWord said = reasonWords(text).stream()
			.filter(w -> w.reason() == HandoverReason.OTHER && !otherByName(w.word()))
			.findFirst()
			.orElse(null);
		if (said == null) {
			return null;
		}
		Matcher clause = CLAUSE_END.matcher(MessageText.fold(text));
		int end = clause.find(said.end()) ? clause.start() : text.length();
		for (int stop : stops) {
			if (stop >= said.end() && stop < end) {
				end = stop;
			}
		}
		String words = text.substring(said.start(), end).replaceAll("[\\s由让和及]+$", "").strip();
		return words.isEmpty() ? null : words;
	}

	/** 其他 / 其他原因 / other: the reason's own name, which says nothing of what happens. */
	private static boolean otherByName(String word) {
		return word.contains("其他") || word.equals("other");
	}

	/** Where a clause ends. */
	private static final Pattern CLAUSE_END = Pattern.compile("[,;!?。.；\\n]");

	/**
	 * Whether the words say a reason that is not clear (two different ones: "调动还是退休").
	 */
	public boolean reasonUnclear(String text) {
		if (text == null || reason(text) != null) {
			return false;
		}
		String folded = MessageText.fold(text);
		return reasons.stream().anyMatch(r -> folded.contains(r.getKey()));
	}

	/**
	 * The text with every clause that sets a matter aside blanked out, same length
	 * (newcomer 24, finding 1): "吴强那边的事先不说，郑晓东要去…" names 郑晓东 only; so do "先不说吴强的事，…",
	 * "吴强的事回头再说吧，…" and "撇开吴强不谈，…". Names, the unit, the reason and days are read from
	 * what is left.
	 */
	public String withoutAsides(String text) {
		if (text == null) {
			return null;
		}
		String folded = MessageText.fold(text);
		StringBuilder out = new StringBuilder(text);
		Matcher clause = CLAUSE.matcher(folded);
		while (clause.find()) {
			String said = clause.group();
			if (asideFirst.matcher(said).lookingAt() || asideLast.matcher(said).find()) {
				for (int i = clause.start(); i < clause.end(); i++) {
					out.setCharAt(i, ' ');
				}
			}
		}
		return out.toString();
	}

	/** A clause: the words between two of {@link #CLAUSE_END}. */
	private static final Pattern CLAUSE = Pattern.compile("[^,;!?。.；\\n]+");

	/**
	 * Whether the name at [start, end) of the text is said as the incoming official:
	 * 由方福彬接任 / 接任人是方福彬. Other names in the text should be masked first (a name may end in
	 * 接任 or 离任).
	 */
	public boolean successorAt(String text, int start, int end) {
		String folded = MessageText.fold(text);
		return takeoverAfter.matcher(folded.substring(end)).lookingAt()
				|| successorBefore.matcher(folded.substring(0, start)).find();
	}

	/**
	 * Whether the name at [start, end) of the text is said as the official who leaves:
	 * 陈清忠要调走了 / 离任干部是陈清忠 (the words right after the name; "陈清忠 调动" lists a reason, it
	 * says nothing of who). Other names in the text should be masked first.
	 */
	public boolean departingAt(String text, int start, int end) {
		String folded = MessageText.fold(text);
		return departingAfter.matcher(folded.substring(end)).lookingAt()
				|| departingBefore.matcher(folded.substring(0, start)).find();
	}

	/**
	 * The days of "5天" / "3个工作日" / "一周" said alone (the answer to "延长多久？"), as
	 * {@code [days, unit]}, or null.
	 */
	public Command extensionAlone(String text, LocalDate today) {
		String said = text == null ? "" : MessageText.normalize(text);
		Command c = extension(null, said, said, today, null);
		return c.quantity() == null && c.date() == null ? null : c;
	}

	/** A name and a reason said after 更换接任人 or as the answer to "新接任人是谁？" ("张三，人选调整"). */
	public Command successorSaid(String text) {
		String said = text == null ? "" : MessageText.normalize(text);
		return successor(null, said, said);
	}

	/**
	 * Whether the token is a word of the grammar (工作调动, 接任, 发起交接…): then it names nobody.
	 */
	public boolean isWord(String token) {
		return words.contains(Grammar.key(token));
	}

	/**
	 * The reason of an organizer's answer, without what introduces it ("理由是…"); null if
	 * nothing is left.
	 */
	public static String reasonOf(String text) {
		return text == null ? null : reasonText(MessageText.normalize(text));
	}

}
