package dev.baton.bot.conversation.grammar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.confirmation.Ruling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one chat message into a {@link Command}: commands at the start of the message
 * (Chinese, English), free-text intents as whole short messages. Never throws; anything
 * it cannot read is {@link Intent#UNKNOWN}. A failure of its own (a bug: a rule that
 * throws on some text) is logged as a warning with the exception, the text's length and a
 * fingerprint of it, never the text itself: people write amounts, debts and discipline
 * matters, and the log is read by more people than the record. The text is logged only at
 * DEBUG ({@code logging.level.dev.baton.bot.conversation
 * .grammar.CommandParser=DEBUG}), which an operator turns on on purpose to reproduce a
 * failure.
 * <p>
 * Decisions a reader needs:
 * <ul>
 * <li>Money and quantities: see {@link Figures}. A bare "1.5亿" / "120万" is money; a bare
 * "1200" is neither (it stays in the text) unless it is the whole value of an explicit
 * amount field.</li>
 * <li>"我该干什么" / "我有什么待办" ask what waits on me: {@link Intent#TODO}, not help.</li>
 * <li>A cleared field ("第9项金额改为无", "第10项金额删除", "清空第9项金额"): {@link Intent#EDIT} with
 * {@code clear}; the value is the word written after 改为 ("无"), or null when the message
 * names no value.</li>
 * <li>"撤销" alone takes back the last entry ({@link Intent#UNDO}); "撤销第5项" names an item:
 * {@link Intent#DELETE}.</li>
 * <li>Progress: "进展 4.2", "第4项第2步" carry the item in {@code number} and the step in
 * {@code step}; with one number only ("进展 1", "进展 第2步") it is in {@code number} and
 * {@code step} is null: the flow resolves which it is.</li>
 * <li>A question never sets off an action: "删除第3项吗？" is {@link Intent#UNKNOWN}.</li>
 * </ul>
 */
public final class CommandParser {

	private static final Logger log = LoggerFactory.getLogger(CommandParser.class);

	private final Grammar grammar;

	private final ClauseReader clauses;

	private final ItemsSaidFine fine;

	private final Pattern edit;

	private final Pattern clearBefore;

	private final Pattern clearAfter;

	/** "不是钱" after an item and the words naming it ("21项那个不是钱，是面积"). */
	private final Pattern notMoney;

	/**
	 * After an item: a field, a slip, then the right value ("金额写错了，应该是54万", "应为54万元").
	 */
	private final Pattern valueAfterItem;

	private final Pattern fieldWrong;

	/** A step of a plan changed: item, step, the field (or none), the new value. */
	private final Pattern stepEdit;

	/**
	 * A ruling word at the start of what follows an item ("维持原陈述") or at its end
	 * ("…按38.5万元更正").
	 */
	private final Pattern rulingFirst;

	private final Pattern rulingLast;

	/**
	 * After an item, a new title: "改名为办公电脑（含笔记本）", "改成…" (#12, newcomer 5, finding 7).
	 */
	private final Pattern rename;

	/** Organizers' commands and the way people say them (#13). */
	private final OrganizerTalk organizers;

	/**
	 * "是2026年4月完成的", "已于2026年10月15日完成", "2026年4月就完成了", "是10月份验收的": when the item was
	 * done, in words (the grammar's {@code done_verb} words).
	 */
	private final Pattern doneSaid;

	/** "完成于2026年4月", "完成时间是2026年4月", "验收时间是2026年10月": the same, the date last. */
	private final Pattern doneAt;

	/** The grammar Baton ships ({@code conversation/grammar.tsv}). */
	public CommandParser() {
		this(Grammar.standard());
	}

	CommandParser(Grammar grammar) {
		this.grammar = grammar;
		this.clauses = new ClauseReader(grammar);
		this.fine = new ItemsSaidFine(this.clauses);
		this.organizers = new OrganizerTalk(grammar);
		String fields = grammar.fieldPattern();
		this.edit = Pattern.compile(
				"^(?:把)?\\s*(?:第\\s*)?" + N + "\\s*(?:项|条)?\\s*的?\\s*" + fields + "\\s*(改为|改成|为|是|:)?\\s*:?\\s*(.*)$");
		this.clearBefore = Pattern
			.compile("^(?:删除|删掉|删去|清空|清除|去掉)\\s*(?:第\\s*)?" + N + "\\s*(?:项|条)?\\s*的?\\s*" + fields + "$");
		this.clearAfter = Pattern.compile("^(?:把)?\\s*(?:第\\s*)?" + N + "\\s*(?:项|条)?\\s*(?:的?\\s*" + fields
				+ "\\s*(?:删除|删掉|删了|删去|清空|清除|去掉|不要了|不填了?|作废)|(?:没有|无|删除|删掉|删去|清空|清除|去掉|不要)\\s*" + fields + ")$");
		String these = alternatives(grammar.words(Grammar.Kind.THIS));
		this.notMoney = Pattern.compile("^(?:第\\s*)?" + N + "?\\s*(?:项|条)?\\s*的?\\s*(?:" + these
				+ ")?(?:数字|数额|金额|数)?\\s*不是(?:金额|钱|money)\\s*[,，;；。、\\s]*(?:而?是|应该?是|应为|应是)?\\s*(.*)$");
		this.fieldWrong = Pattern.compile("^(?:这个|这条|这项|它的)?\\s*" + fields + "\\s*" + WRONG + "\\s*[,，;；:：]+\\s*(?:"
				+ alternatives(grammar.words(Grammar.Kind.VALUE)) + "|"
				+ alternatives(grammar.words(Grammar.Kind.COPULA)) + ")?\\s*(.+)$");
		this.valueAfterItem = Pattern
			.compile("^的?\\s*" + fields + "?\\s*(?:" + alternatives(grammar.words(Grammar.Kind.SLIP)) + ")?[\\s,;:]*(?:"
					+ alternatives(grammar.words(Grammar.Kind.COPULA)) + ")?\\s*(?:"
					+ alternatives(grammar.words(Grammar.Kind.VALUE)) + ")\\s*(.+)$");
		this.stepEdit = Pattern.compile("^(?:把)?\\s*(?:步骤\\s*|step\\s*)?(?:第\\s*)?" + N
				+ "\\s*(?:项|条)?\\s*(?:[.．-]\\s*|的?\\s*第\\s*|的?\\s*步骤\\s*)" + N + "(?![0-9万亿千元%])\\s*(?:步)?\\s*的?\\s*"
				+ fields
				+ "?\\s*(?:改为|改成|改到|改至|改回到|改回成|改回为|改回|调整为|调整到|推迟到|推迟至|延期到|延期至|延到|延至|提前到|提前至|\\s(?:due on|due by|due|change to|changed to))"
				+ "\\s*[:：]?\\s*(.+)$");
		this.rename = Pattern.compile("^(" + alternatives(grammar.words(Grammar.Kind.RENAME)) + ")\\s*[:：]?\\s*(.+)$");
		String rulings = alternatives(grammar.words(Grammar.Kind.RULING));
		this.rulingFirst = Pattern.compile("^(" + rulings + ")[\\s:,]*");
		this.rulingLast = Pattern.compile("(" + rulings + ")$");
		String doneVerbs = alternatives(grammar.words(Grammar.Kind.DONE_VERB));
		this.doneSaid = Pattern.compile("^(?:是在|是|已经|已于|已|于|在)?\\s*(?<when>[^,;:\\s]{2,14}?)\\s*" + "(?:就|已经|已)?\\s*(?:"
				+ doneVerbs + ")(?:的|了)?[!。.]*$");
		this.doneAt = Pattern
			.compile("^(?:是在|是|已)?(?:" + doneVerbs + ")(?:时间|日期)?\\s*(?:是|为|于|在)\\s*" + "(?<when>.{2,14}?)[!。.]*$");
	}

	private static String alternatives(List<String> words) {
		return words.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)");
	}

	/** A question is not an order: "确认一下什么时候截止？" asks, it confirms nothing. */
	private static final Pattern QUESTION = Pattern.compile("[?？]$|什么|怎么|多少|是否|吗[了的呀啊吧]*$|(.)[不没]\\1|有没有");

	/**
	 * Actions a question must not set off (a dispute's or return's reason may well ask
	 * something).
	 */
	private static final java.util.Set<Intent> ACTIONS = java.util.EnumSet.of(Intent.CONFIRM, Intent.CONFIRM_ALL,
			Intent.SUBMIT, Intent.APPROVE, Intent.SIGN, Intent.CANCEL, Intent.UNDO, Intent.DELETE, Intent.NOT_MONEY,
			Intent.CHANGE_SUCCESSOR, Intent.EXTEND_DEADLINE);

	/**
	 * Words that look something up: a question mark after them asks the same thing (a
	 * comment keeps its "？").
	 */
	private static final java.util.Set<Intent> LOOKUPS = java.util.EnumSet.of(Intent.HELP, Intent.MINE, Intent.LIST,
			Intent.SHOW, Intent.STATUS, Intent.NEXT, Intent.BACK, Intent.SWITCH, Intent.TODO);

	/** What separates clauses, on the folded message. */
	private static final String SEPARATORS = " ,;!:。、";

	/**
	 * A message made of short clauses is short: longer ones are read as one (a dispute's
	 * reason may be long).
	 */
	private static final int MAX_CLAUSES = 8;

	/** Where one clause of a message ends and the next begins (on the folded message). */
	private static final Pattern CLAUSE = Pattern.compile("[,;!。、]+\\s*|\\s+");

	/** "3 没问题吧", "3号不对": a bare item number, then a short answer. */
	private static final Pattern NUMBERED = Pattern
		.compile("^([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})\\s*(?:号|项|条)?\\s*(\\D.*)$");

	/** What a short answer after an item does to it ("第3项没问题", "3 不对", "第3项先放一放"). */
	private static final java.util.Set<Intent> ON_ITEM = java.util.EnumSet.of(Intent.CONFIRM, Intent.DISPUTE,
			Intent.APPROVE, Intent.RETURN, Intent.SKIP);

	/**
	 * A field's word, then a doubt: a no with its reason ("余额不对"); with "N号" before it,
	 * of item N (#12, newcomer 14, finding 7: "8号人数不对，实际在编只有40人").
	 */
	private static final Pattern REASONS = Pattern
		.compile("(金额|数字|数额|账实|余额|数量|人数|面积|期限|日期).{0,4}(不符|对不上|有误|不对|有问题|不一致|有出入)");

	private static final Pattern NUMBER = Pattern
		.compile("^(?:第\\s*|#\\s*)?([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})\\s*(?:项|条|步|号)?");

	private static final Pattern ITEM_REF = Pattern
		.compile("^(?:把\\s*)?第\\s*([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})\\s*(?:项|条)");

	/**
	 * With a year any of - / . 年 separates; without one only 月 or - / (so "1.5亿" is no
	 * date).
	 */
	private static final Pattern DATE = Pattern.compile("(?<![0-9.])(?:(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*"
			+ "(\\d{1,2})\\s*日?|(\\d{1,2})\\s*(?:月\\s*(\\d{1,2})\\s*日?|[-/]\\s*(\\d{1,2})(?![0-9.])))");

	private static final Pattern CODE = Pattern.compile("^(\\d{6})$");

	/** "签 829417": 签 alone is no command (签订合同…), only with the six digits of a code. */
	private static final Pattern SIGN_CODE = Pattern.compile("^签\\s*(\\d{6})$");

	/**
	 * Who speaks before 这边 ("审计这边没问题", "我们这边，同意"): up to four characters, then 这边 and any
	 * separators.
	 */
	private static final Pattern SIDE = Pattern.compile("\\p{IsHan}{0,4}?这边[\\s,;:]*");

	/**
	 * A section said done before the step (#12, newcomer 4): "重点工作就这些，下一个",
	 * "这部分就这一条，下一个".
	 */
	private static final Pattern SECTION_DONE = Pattern
		.compile("\\p{IsHan}{0,8}?就(?:这些|这一条|这一项|这么多|这几条|这几项)了?[\\s,;:]+");

	private static final String N = "([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})";

	/** "16.1已经和律师核对完了": a step of an item, written as the plan shows it, with a note. */
	private static final Pattern DOTTED_STEP = Pattern.compile("^[0-9]{1,4}\\.[0-9]{1,2}(?![0-9万亿千元%.])\\s*\\S");

	/** "第1项的数字是面积不是金额" */
	private static final Pattern NOT_MONEY_AFTER = Pattern.compile("^(?:第\\s*)?" + N + "?\\s*(?:项|条)?\\s*的?\\s*(?:这个)?"
			+ "(?:数字|数额|金额|数)?\\s*(?:应该?是|是)\\s*(.+?)\\s*[,，;；、\\s]*而?不是(?:金额|钱)$");

	/**
	 * "刚才那条不算", "上一条删掉", and with why after it: "这条不算，我是问现在该做什么" (#12, newcomer 11,
	 * finding 3)
	 */
	private static final Pattern UNDO_LAST = Pattern
		.compile("^(?:把)?(?:(?:刚才|刚刚|上一|最后一|上)(?:那|的|这)?(?:条|个|句|一条|一句|次)?|这条|这一条)"
				+ "(?:的)?\\s*(?:不算|不算数|不要了|不要|删掉|删了|删除|撤销|撤回|作废|去掉)(?:了)?(?:[,;!。]+.*)?$");

	/**
	 * What names the last entry after 撤销 ("撤销上一条", "撤回刚才那条"): nothing more than the undo
	 * itself.
	 */
	private static final Pattern LAST_ENTRY = Pattern
		.compile("^(?:上一条|上一步|上一个|上一句|刚才那条|刚才那个|刚才那句|刚才的|刚才|刚刚那条|刚刚的|" + "最后一条|最后那条|last|last one|that)?$");

	/**
	 * What may follow a step's new date (#12, newcomer 14): a particle and the reason,
	 * "吧，刚才改错了".
	 */
	private static final Pattern SAID_WHY = Pattern.compile("\\s*(?:吧|啊|呀|了)?\\s*(?:[,，;；。!！].*)?$");

	/** "4.2", "第4项第2步", "第4项步骤2", "4 步骤2": an item and a step within it. */
	private static final Pattern STEP = Pattern.compile("^(?:第\\s*)?" + N
			+ "\\s*(?:项|条)?\\s*(?:[.．-]\\s*|的?\\s*第\\s*|的?\\s*步骤\\s*)" + N + "(?![0-9万亿千元%])\\s*(?:步)?");

	/**
	 * After an item, a few words naming it and a separator, before dated steps: "护岸工程：",
	 * "茶叶初制所，".
	 */
	private static final Pattern NAMED_STEPS = Pattern.compile("^[^0-9,:;。、\\s][^0-9,:;。、]{0,19}?\\s*[,:;。]\\s*");

	/** "关于第4项：…" */
	private static final Pattern ABOUT_ITEM = Pattern
		.compile("^关于\\s*(?:第\\s*)?" + N + "\\s*(?:项|条)\\s*[:：,，]?\\s*(.*)$");

	public Command parse(String message, LocalDate today) {
		String raw = MessageText.normalize(message);
		try {
			Command c = itemSaid(asked(signed(raw, today), raw), raw, today);
			if (c.intent() != Intent.CHANGE_SUCCESSOR) {
				// "钱芳是财政的审核人，不合适。接任人改为吴强": the change, whatever the clauses before it
				// read as (#12, newcomer 11); a question changes nothing
				Command changed = organizers.successorInSentence(bare(raw), raw);
				if (changed != null) {
					return asked(changed, raw);
				}
			}
			return c.intent() == Intent.UNKNOWN ? fetched(c, raw, today) : acknowledged(c, raw);
		}
		catch (RuntimeException ex) {
			log.warn("Could not parse a message of {} characters (fingerprint {}, today {}); taken as not understood",
					raw.length(), fingerprint(raw), today, ex);
			log.debug("The message that could not be parsed: {}", raw);
			return Command.unknown(raw);
		}
	}

	/**
	 * A yes that says the speaker has understood ("好的，清楚了", "收到，明白了"; newcomer 25,
	 * finding 6) acknowledges what they were told: only a guess, never a confirmation or
	 * an approval done at once.
	 */
	private Command acknowledged(Command c, String raw) {
		return c.intent() == Intent.CONFIRM && !c.tentative() && grammar.acknowledges(raw)
				? same(c, c.intent(), c.number(), true, c.raw()) : c;
	}

	/** What may stand around a request for a file, saying nothing more. */
	private static final Pattern FETCH_AROUND = Pattern
		.compile("^(?:请|麻烦|能不能|能否|可以|可不可以|帮我|帮忙|再)*(?:把)?|(?:吗|吧|呀|啊|哈|了|的|谢谢|,|\\?|!|。)+$");

	/**
	 * "把交接书发我一份", "把交接台账发我一下" (#12, newcomer 13, findings 4 and 5): the grammar's
	 * {@code fetch} words dropped, what is left read again; the document or the ledger it
	 * names is asked for (the words kept, so "…Word版…" still says which file). Anything
	 * else stays not understood.
	 */
	private Command fetched(Command c, String raw, LocalDate today) {
		String folded = MessageText.fold(raw).strip();
		String rest = folded;
		boolean dropped = false;
		for (String w : grammar.words(Grammar.Kind.FETCH)) {
			if (rest.contains(w)) {
				rest = rest.replace(w, " ");
				dropped = true;
			}
		}
		if (!dropped) {
			return c;
		}
		rest = FETCH_AROUND.matcher(rest.strip()).replaceAll("").strip();
		rest = FETCH_AROUND.matcher(rest).replaceAll("").replaceAll("\\s+", " ").strip();
		if (rest.isEmpty()) {
			return c;
		}
		Command asked = read(rest, today, true);
		if (asked.intent() != Intent.DOCUMENT && asked.intent() != Intent.LEDGER) {
			return c;
		}
		return same(asked, asked.intent(), asked.number(), false, raw);
	}

	/**
	 * The first 8 hex digits of the text's SHA-256: enough to tell two failures apart,
	 * not to read the text.
	 */
	static String fingerprint(String text) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			return "-";
		}
	}

	/**
	 * An item said, then words that take it to task: "我对第7项有异议", "第7项的余额有问题，账上是83.2万".
	 */
	private static final Pattern ITEM_THEN = Pattern.compile("^(?:我|我们)?\\s*(?:对|关于)?\\s*第\\s*"
			+ "(?:[0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})\\s*[项条]\\s*(?:的|我|我们|这个|这一项)?\\s*(?:也)?\\s*");

	/**
	 * An item number said beats the item in focus (#12, newcomer 7, finding 1:
	 * "第7项余额不对，我看账上是83.2万" was filed against the item whose card was shown): a no that
	 * names one item, anywhere, is about that item; words that name one item and then say
	 * no ("我对第7项有异议") are a no to it, the whole message its reason. A no naming several
	 * items keeps no number: what it is about is asked (Reading).
	 */
	private Command itemSaid(Command c, String raw, LocalDate today) {
		List<Integer> named = ItemsNamed.in(raw);
		if (named.size() != 1 || c.number() != null) {
			return c;
		}
		if (c.intent() == Intent.DISPUTE) {
			return same(c, Intent.DISPUTE, named.get(0), c.tentative(), c.raw());
		}
		if (c.intent() != Intent.UNKNOWN) {
			return c;
		}
		Matcher lead = ITEM_THEN.matcher(MessageText.fold(raw));
		if (!lead.lookingAt() || lead.end() >= raw.length()) {
			return c;
		}
		Command rest = read(raw.substring(lead.end()).strip(), today, true);
		if (rest.intent() != Intent.DISPUTE || rest.tentative() || isQuestion(raw)) {
			return c;
		}
		Figures f = Figures.in(raw, grammar);
		return new Command(Intent.DISPUTE, named.get(0), raw.strip(), null, null, f.amount(), null, null, null, null,
				false, raw, f.quantity(), f.unit(), false, false, null);
	}

	/**
	 * 👍 / ❌ / [赞] alone, or with words that agree with them ("好的👍"); a sign against the
	 * words is not understood.
	 */
	private Command signed(String raw, LocalDate today) {
		ClauseReader.Signs signs = clauses.signs(raw);
		if (signs.meanings().isEmpty()) {
			return read(raw, today, true);
		}
		boolean yes = signs.meanings().stream().anyMatch(m -> ClauseReader.YES.contains(m.intent()));
		boolean no = signs.meanings().stream().anyMatch(m -> ClauseReader.NO.contains(m.intent()));
		Intent intent = signs.meanings().get(0).intent();
		if (yes && no || signs.meanings().stream().anyMatch(m -> m.intent() != intent)) {
			return unknown(raw);
		}
		if (signs.rest().replaceAll("[\\s\\p{Punct}，。！？、：；]", "").isEmpty()) {
			return command(intent, null, null, raw, signs.meanings().stream().allMatch(Grammar.Meaning::tentative));
		}
		Command words = read(signs.rest(), today, true);
		if (words.intent() == Intent.UNKNOWN || yes && ClauseReader.NO.contains(words.intent())
				|| no && ClauseReader.YES.contains(words.intent())) {
			return unknown(raw);
		}
		return same(words, words.intent(), words.number(), words.tentative(), raw);
	}

	/** A question never sets off an action: "确认了吗？" / "可以提交了吗" ask, they do nothing. */
	private Command asked(Command c, String raw) {
		boolean action = ACTIONS.contains(c.intent()) || c.intent() == Intent.EDIT
				|| ClauseReader.NO.contains(c.intent()) && !c.hasText();
		// "这条不算，我是问现在该做什么" (#12, newcomer 11, finding 3): the undo is its first clause,
		// the question after it says why
		String asking = c.intent() == Intent.UNDO ? raw.strip().split("[,，;；。!！]", 2)[0] : raw;
		return action && isQuestion(asking) ? unknown(raw) : c;
	}

	private static boolean isQuestion(String raw) {
		// "不对不对" says no twice, it does not ask "对不对"; "还没还" (not repaid yet) asks
		// nothing
		return QUESTION.matcher(raw.replace("没什么", "").replace("还没还", "").replaceAll("不(.)不\\1", "")).find();
	}

	private Command read(String raw, LocalDate today, boolean splitClauses) {
		Command wrong = splitClauses ? fieldWrong(raw, today) : null;
		if (wrong != null) {
			return wrong;
		}
		String bare = bare(raw);
		String lower = MessageText.fold(bare);
		// the whole message as a short answer: 好的 / 情况属实 / 这个不认可 / 现在到哪一步了？
		Grammar.Meaning whole = clauses.read(MessageText.fold(raw));
		if (whole == null) {
			whole = clauses.read(lower);
		}
		if (whole == null) {
			Grammar.Meaning asked = clauses.read(lower.replaceFirst("\\?+$", ""));
			whole = asked != null && LOOKUPS.contains(asked.intent()) ? asked : null; // "我该干什么？"
																						// asks
																						// the
																						// same
		}
		if (whole != null) {
			return command(whole.intent(), null, null, raw, whole.tentative());
		}
		// a command word typed with spaces inside it ("帮 助", "本部分 无"): only when the
		// whole message is that word
		String compact = lower.replace(" ", "");
		if (!compact.equals(lower) && compact.chars().noneMatch(ch -> ch < 128 && Character.isLetter(ch))) {
			Grammar.Meaning spaced = clauses.read(compact);
			if (spaced != null) {
				return command(spaced.intent(), null, null, raw, spaced.tentative());
			}
		}
		// 其他这部分没有 / 第7部分无 (newcomer 24, finding 4): nothing in the part named; its name
		// is the text (none: the part in focus)
		String part = clauses.sectionNamed(lower);
		if (part != null) {
			return command(Intent.NONE_IN_SECTION, null, part.isEmpty() ? null : part, raw);
		}
		if (CODE.matcher(lower).matches()) {
			return new Command(Intent.SIGN, null, null, null, null, null, null, null, null, lower, false, raw);
		}
		Matcher signCode = SIGN_CODE.matcher(lower);
		if (signCode.matches()) {
			return new Command(Intent.SIGN, null, null, null, null, null, null, null, null, signCode.group(1), false,
					raw);
		}
		Command special = special(bare, lower, raw, today);
		if (special != null) {
			return special;
		}
		Command organizer = organizers.natural(bare, raw, today); // 交接12取消… / …，帮我发起交接
																	// (#13)
		if (organizer != null) {
			return organizer;
		}
		String editing = lower.replaceFirst("^(修改|更正|edit)\\s*", "");
		Matcher e = edit.matcher(editing);
		if (e.matches() && (lower.startsWith("修改") || lower.startsWith("更正") || lower.startsWith("edit")
				|| lower.contains("改为") || lower.contains("改成") || e.group(3) != null && clears(e.group(4))
				|| e.group(3) != null && grammar.field(e.group(2)) == EditField.DEADLINE
						&& date(e.group(4), today) != null
				|| e.group(3) != null && grammar.field(e.group(2)) == EditField.DONE_ON
						&& DoneWhen.of(e.group(4), today) != null)) {
			// the new value as typed (full-width punctuation kept: "（已整改8条，剩余3条）"), not
			// as folded for reading
			String value = bare.substring(lower.length() - editing.length() + e.start(4)).strip();
			return edit(number(e.group(1)), grammar.field(e.group(2)), value, raw, today);
		}
		for (Map.Entry<String, Intent> word : grammar.commands()) {
			if (lower.startsWith(word.getKey()) && !runsOn(word.getKey(), lower)) {
				if (ACTIONS.contains(word.getValue()) && isQuestion(raw)) {
					return unknown(raw);
				}
				// "一下" is a softener ("帮助一下", "确认一下"), not the number one
				// a progress note keeps the words as said, with their final 了 (#12
				// newcomer 3)
				String from = word.getValue() == Intent.PROGRESS ? asSaid(raw, bare) : bare;
				String rest = from.substring(word.getKey().length())
					.replaceFirst("^一下", "")
					.replaceFirst("^[\\s:：,，]+", "");
				if (LOOKUPS.contains(word.getValue())) {
					rest = rest.replaceFirst("[?？]+$", "").strip(); // "进度？" asks for the
																	// status, nothing
																	// more
				}
				Command said = withArguments(word.getValue(), rest, raw, today);
				if (said.intent() == Intent.SHOW && said.number() != null && said.hasText()) {
					// "item 11 is wrong", "item 3 ok" (newcomer 20a, finding 7): words
					// after an
					// item read as after 第11项; words not read are no request to show it
					Command after = afterItem(said.number(), said.text(), raw, today);
					return after != null ? after : unknown(raw);
				}
				if (said.intent() == Intent.SUPPLEMENT && said.number() == null && splitClauses) {
					// "补充材料看过了，可以，通过": 补充 names no item here; the clauses may say more
					Command clauses = clauses(raw, today);
					if (clauses != null) {
						return clauses;
					}
				}
				return said;
			}
		}
		Command range = range(lower, raw);
		if (range != null) {
			return range;
		}
		Matcher item = ITEM_REF.matcher(lower);
		if (item.find()) {
			// the words after the item as written ("第3项删了") and without particles
			// ("第3项没问题啊")
			int at = MessageText.fold(raw).indexOf(lower.substring(0, item.end()));
			Command said = at < 0 ? null
					: afterItem(number(item.group(1)), raw.substring(at + item.end()).strip(), raw, today);
			if (said == null) {
				said = afterItem(number(item.group(1)), bare.substring(item.end()).strip(), raw, today);
			}
			if (said != null) {
				return said;
			}
		}
		for (String form : List.of(MessageText.fold(raw), lower)) {
			Matcher numbered = NUMBERED.matcher(form);
			if (numbered.matches()) { // "3 没问题吧", "3号不对"
				Grammar.Meaning said = clauses.read(numbered.group(2));
				if (said != null && ON_ITEM.contains(said.intent())) {
					return command(said.intent(), number(numbered.group(1)), null, raw, said.tentative());
				}
			}
		}
		if (splitClauses) {
			Command righted = withoutSlips(raw, today);
			if (righted != null) {
				return righted;
			}
			Command said = clauses(raw, today);
			if (said != null) {
				return said;
			}
		}
		if (splitClauses) {
			Command step = stepInWords(raw);
			if (step != null) {
				return step;
			}
		}
		if (bare.length() <= 40 && REASONS.matcher(bare).find()) {
			Figures f = Figures.in(raw, grammar);
			return new Command(Intent.DISPUTE, null, raw, null, null, f.amount(), null, null, null, null, false, raw,
					f.quantity(), f.unit(), false, false, null);
		}
		Command preambled = splitClauses ? afterPreamble(raw, today) : null;
		if (preambled == null && splitClauses) {
			preambled = afterYes(lower, raw, today);
		}
		return preambled != null ? preambled : unknown(raw);
	}

	/** The longest yes run into the command word after it ("好的签收") that is looked for. */
	private static final int YES_RUN_IN = 4;

	/**
	 * A yes run into a command word, with no separator between them (newcomer 25, finding
	 * 8: "好的签收" was not understood, while "好的，签收" was): read as the two clauses they are,
	 * so the yes gives way to the command, when what follows the yes is a command word
	 * alone (an item number may follow it) and reads as it for certain; no after a yes
	 * stays unread. Null otherwise.
	 */
	private Command afterYes(String lower, String raw, LocalDate today) {
		for (int end = Math.min(YES_RUN_IN, lower.length() - 1); end > 0; end--) {
			Grammar.Meaning yes = clauses.read(lower.substring(0, end));
			String rest = lower.substring(end).strip();
			if (yes == null || yes.intent() != Intent.CONFIRM
					|| grammar.commands().stream().noneMatch(w -> rest.startsWith(w.getKey()))) {
				continue;
			}
			Command c = read(rest, today, false);
			boolean plain = c.intent() != Intent.UNKNOWN && !c.tentative() && !c.hasText() && c.code() == null
					&& !ClauseReader.NO.contains(c.intent());
			return plain ? same(c, c.intent(), c.number(), false, raw) : null;
		}
		return null;
	}

	/**
	 * A yes said to a range of items (newcomer 23, finding 6: "第2到第6项都没问题"): a
	 * confirmation of each, the first item in {@code number}, the last in {@code step}.
	 * Null for other words, or a range that is none (第6到第2项).
	 */
	private Command range(String lower, String raw) {
		ItemsSaidFine.Fine range = fine.range(lower);
		if (range == null) {
			return null;
		}
		// the items named one by one: no guess to ask about
		return new Command(Intent.CONFIRM, range.from(), null, null, null, null, null, null, null, null, false, raw,
				null, null, false, false, range.to());
	}

	/**
	 * What one clause of a message says is fine: a range, items, or the rest (newcomer
	 * 24, finding 5: "第2到第5项都没问题" beside a return).
	 */
	public ItemsSaidFine.Fine fine(String clause) {
		return fine.in(clause);
	}

	/** A few words, a separator, then the rest of the message. */
	private static final Pattern PREAMBLE = Pattern.compile("^\\s*(\\p{IsHan}{1,5})\\s*[,，;；。!！、]+\\s*(\\S.*)$");

	/**
	 * What a preamble must not hold: a no, a doubt, a figure, an item, a delay ("少了两台，确认"
	 * stays unread: those words may be an objection; 出差 is no shortfall).
	 */
	private static final Pattern WEIGHTY = Pattern.compile("[不没无未非别少多错缺误漏问异疑等暂缓再先零〇一二两三四五六七八九十百千万亿项条]|还差|差[额了]");

	/**
	 * A short preamble before a command word (newcomer 23, finding 11: "回来了，签字",
	 * "出差回来了，提交"): a clause of up to five characters that the grammar does not know and
	 * that says no no, no figure and no item is dropped when the rest starts with a
	 * command word and reads as it for certain. Null otherwise.
	 */
	private Command afterPreamble(String raw, LocalDate today) {
		Matcher m = PREAMBLE.matcher(raw);
		if (!m.matches() || !onlyPreamble(m.group(1))) {
			return null;
		}
		String rest = m.group(2);
		String command = MessageText.fold(bare(rest));
		if (grammar.commands().stream().noneMatch(w -> command.startsWith(w.getKey()))) {
			return null;
		}
		Command c = read(rest, today, true);
		return c.intent() == Intent.UNKNOWN || c.tentative() ? null : same(c, c.intent(), c.number(), false, raw);
	}

	/**
	 * A longer first clause, before a separator and the rest: see
	 * {@link #afterPreambleClause}.
	 */
	private static final Pattern PREAMBLE_LONGER = Pattern.compile("^\\s*(\\p{IsHan}{1,8})\\s*[,，;；。!！、]+\\s*(\\S.*)$");

	/**
	 * The words after a clause at their start that is only a preamble (newcomer 24,
	 * finding 11: "我已经催过了，还是延到12月11日吧", said after the handover was named by a party's
	 * name): a clause of up to eight Han characters, before a separator, that the grammar
	 * does not read and that says no no, no figure and no item. Null when the words start
	 * with no such clause. Whether the rest is a command is for the caller to read.
	 */
	public String afterPreambleClause(String words) {
		Matcher m = PREAMBLE_LONGER.matcher(words == null ? "" : words);
		return m.matches() && onlyPreamble(m.group(1)) ? m.group(2) : null;
	}

	/**
	 * A clause the grammar does not read that says no no, no doubt, no figure, no item.
	 */
	private boolean onlyPreamble(String clause) {
		return !WEIGHTY.matcher(clause).find() && clauses.read(MessageText.fold(clause)) == null;
	}

	/**
	 * A message of short clauses: "收到，确认" / "核对无误，确认" / "好的，通过" / "好的，确认第3项" read as one
	 * answer when every clause agrees (a plain yes gives way to the specific one: 好的 + 通过
	 * is an approval); "不对，金额应为120万" / "第3项有问题， 缺对账单" is a no with its reason. Null when
	 * the clauses do not make one answer.
	 */
	private Command clauses(String raw, LocalDate today) {
		String folded = MessageText.fold(raw);
		Matcher cut = CLAUSE.matcher(folded);
		if (!cut.find()) {
			return null;
		}
		List<Command> said = new ArrayList<>();
		int start = 0;
		int first = -1;
		int lastStart = 0;
		do {
			String part = raw.substring(start, cut.start()).strip();
			if (said.isEmpty() && leadClause(MessageText.fold(part))) {
				part = ""; // "我看了，没什么问题，同意": a lead word of its own
			}
			if (!part.isEmpty()) {
				said.add(read(part, today, false));
				if (first < 0) {
					first = cut.end();
				}
				if (said.size() > MAX_CLAUSES) {
					break;
				}
			}
			start = cut.end();
		}
		while (cut.find());
		boolean many = said.size() > MAX_CLAUSES;
		if (!many) {
			lastStart = start;
			said.add(read(raw.substring(start).strip(), today, false));
		}
		Command lead = said.get(0);
		if (!many) {
			Command after = afterWords(said, raw, lastStart);
			if (after != null) {
				return after;
			}
		}
		boolean allShort = !many && said.stream()
			.allMatch(c -> c.intent() != Intent.UNKNOWN && !c.hasText() && c.field() == null && c.code() == null);
		if (!allShort) {
			if (lead.intent() == Intent.DISPUTE && !lead.hasText() && first > 0) {
				String reason = raw.substring(first).strip();
				Figures f = Figures.in(reason, grammar);
				return new Command(Intent.DISPUTE, lead.number(), reason, null, null, f.amount(), null, null, null,
						null, false, raw, f.quantity(), f.unit(), false, false, null);
			}
			return null;
		}
		java.util.Set<Integer> numbers = new java.util.HashSet<>();
		said.stream().map(Command::number).filter(java.util.Objects::nonNull).forEach(numbers::add);
		java.util.Set<Intent> intents = EnumSet.noneOf(Intent.class);
		said.forEach(c -> intents.add(c.intent()));
		if (numbers.size() > 1) {
			return null;
		}
		Intent intent;
		if (intents.size() == 1) {
			intent = intents.iterator().next();
		}
		else if (intents.contains(Intent.CONFIRM) && intents.size() == 2 && !intents.contains(Intent.UNKNOWN)
				&& java.util.Collections.disjoint(intents, ClauseReader.NO) && !intents.contains(Intent.DISPUTE)) {
			intents.remove(Intent.CONFIRM);
			intent = intents.iterator().next(); // 好的，通过 / 好的，我来签字 / 好的，计划怎么做？
		}
		else {
			return null;
		}
		boolean tentative = said.stream().allMatch(Command::tentative);
		return command(intent, numbers.isEmpty() ? null : numbers.iterator().next(), null, raw, tentative);
	}

	/**
	 * Free words, then an answer at the end: "补充材料看过了，可以，通过" is a yes, but only a guess
	 * (Baton asks); "第17项要附银行对账单，第8项…没写清楚，退回补充一下" is a return whose comment is every
	 * clause before it. Null otherwise.
	 */
	private Command afterWords(List<Command> said, String raw, int lastStart) {
		int end = said.size();
		while (end > 0 && short_(said.get(end - 1)) && ClauseReader.YES.contains(said.get(end - 1).intent())) {
			end--;
		}
		boolean freeBefore = end > 0 && said.subList(0, end).stream().allMatch(CommandParser::free);
		if (end < said.size() && freeBefore) {
			java.util.Set<Intent> yes = EnumSet.noneOf(Intent.class);
			said.subList(end, said.size()).forEach(c -> yes.add(c.intent()));
			yes.remove(Intent.CONFIRM);
			if (yes.size() > 1) {
				return null;
			}
			// "说明清楚了，通过" (#12, newcomer 6): words that only say it was looked at and
			// found fine (the grammar's
			// assent words end each clause), then a plain 通过, pass at once; other words
			// before a yes are a guess
			Command last = said.get(said.size() - 1);
			boolean clear = last.intent() == Intent.APPROVE && !last.tentative()
					&& assentBefore(raw.substring(0, lastStart), end);
			return command(yes.isEmpty() ? Intent.CONFIRM : yes.iterator().next(), null, null, raw, !clear);
		}
		Command last = said.get(said.size() - 1);
		if (said.size() > 1 && last.intent() == Intent.RETURN && last.number() == null
				&& said.subList(0, said.size() - 1).stream().allMatch(CommandParser::free)) {
			String before = raw.substring(0, lastStart).strip().replaceFirst("[\\s,，;；。、:：]+$", "");
			String text = last.hasText() ? before + "，" + last.text() : before;
			Figures f = Figures.in(text, grammar);
			return new Command(Intent.RETURN, null, text, null, null, f.amount(), null, null, null, null, false, raw,
					f.quantity(), f.unit(), false, false, null);
		}
		return null;
	}

	/**
	 * Whether the first {@code clauses} clauses of the words all end with an
	 * {@code assent} word: 说明清楚了 / 看过了.
	 */
	private boolean assentBefore(String words, int clauses) {
		String[] parts = MessageText.fold(words).split("[,，;；。!！]+");
		int checked = 0;
		for (String part : parts) {
			String p = part.strip();
			if (p.isEmpty()) {
				continue;
			}
			if (checked++ >= clauses) {
				break;
			}
			if (grammar.words(Grammar.Kind.ASSENT).stream().noneMatch(p::endsWith)) {
				return false;
			}
		}
		return checked > 0;
	}

	/** 不对 / 错了 / 有误 after a field's name: 期限不对，… (#12, newcomer 6). */
	private static final String WRONG = "(?:也)?(?:不对|错了|有误|不正确|记错了|写错了|填错了|搞错了|弄错了)(?:的)?";

	/**
	 * "期限不对，是明年年底，2027年12月31日" / "金额错了，应该是46.5万" (#12, newcomer 6, finding 2): a field
	 * said wrong, then its right value, with no item named: a no, with the field and its
	 * value read, which while filling in puts the item in focus right. Null when the
	 * value is not one the field can hold (no date for a deadline).
	 */
	private Command fieldWrong(String raw, LocalDate today) {
		Matcher m = fieldWrong.matcher(MessageText.fold(raw).strip());
		if (!m.matches()) {
			return null;
		}
		EditField field = grammar.field(m.group(1));
		String value = raw.strip().substring(m.start(2)).strip().replaceFirst("[。.!！~～]+$", "");
		if (field == null || value.isEmpty()) {
			return null;
		}
		Command c = edit(null, field, value, raw, today);
		boolean holds = switch (field) {
			case DEADLINE -> c.date() != null;
			case AMOUNT -> c.amount() != null;
			case QUANTITY -> c.quantity() != null;
			default -> false;
		};
		// a no with its reason, the field and its right value read: while filling in, the
		// item in focus is put right
		// (Reading); to the successor it stays a dispute whose reason is the whole
		// message
		return holds ? new Command(Intent.DISPUTE, null, raw.strip(), field, value, c.amount(), c.date(), null, null,
				null, false, raw, c.quantity(), c.unit(), false, false, null) : null;
	}

	/** A clause that is a short answer: no words of its own, no item. */
	private static boolean short_(Command c) {
		return c.intent() != Intent.UNKNOWN && !c.hasText() && c.number() == null && c.field() == null
				&& c.code() == null;
	}

	/** Words that say no command: free text, or 补充 with no item ("补充材料看过了"). */
	private static boolean free(Command c) {
		return c.intent() == Intent.UNKNOWN || c.intent() == Intent.SUPPLEMENT && c.number() == null && c.hasText();
	}

	/**
	 * The message without courtesy before it ("请", "麻烦", "我要" before a command; "嗯，…"),
	 * courtesy after it ("…，谢谢") and particles after it. Works on offsets into the folded
	 * message: linear in its length.
	 */
	private String bare(String raw) {
		String folded = MessageText.fold(raw);
		int from = 0;
		int to = folded.length();
		boolean dropped = true;
		while (dropped && from < to) {
			dropped = false;
			for (String w : grammar.words(Grammar.Kind.POLITE)) {
				if (folded.startsWith(w, from) && to - from > w.length()) {
					from = skipSpaces(folded, from + w.length(), to);
					dropped = true;
				}
			}
			for (String w : grammar.words(Grammar.Kind.FILLER)) {
				int at = to - w.length();
				if (at > from && folded.startsWith(w, at) && (!Character.isLetterOrDigit(w.charAt(0))
						|| SEPARATORS.indexOf(folded.charAt(at - 1)) >= 0)) {
					while (at > from && SEPARATORS.indexOf(folded.charAt(at - 1)) >= 0) {
						at--;
					}
					if (at > from) {
						to = at;
						dropped = true;
					}
				}
			}
			Matcher side = SIDE.matcher(folded).region(from, to);
			if (side.lookingAt() && side.end() < to) {
				from = side.end();
				dropped = true;
			}
			Matcher done = SECTION_DONE.matcher(folded).region(from, to);
			if (done.lookingAt() && done.end() < to) {
				from = done.end();
				dropped = true;
			}
			for (String w : grammar.words(Grammar.Kind.LEAD)) {
				int after = from + w.length();
				if (folded.startsWith(w, from) && after < to && SEPARATORS.indexOf(folded.charAt(after)) >= 0) {
					while (after < to && SEPARATORS.indexOf(folded.charAt(after)) >= 0) {
						after++;
					}
					if (after < to) {
						from = after;
						dropped = true;
					}
				}
			}
		}
		for (String w : grammar.words(Grammar.Kind.SELF)) {
			if (folded.startsWith(w, from)) {
				int after = skipSpaces(folded, from + w.length(), to);
				String rest = folded.substring(after, to);
				if (grammar.commands().stream().anyMatch(c -> rest.startsWith(c.getKey()))) {
					from = after;
					break;
				}
			}
		}
		dropped = true;
		while (dropped) {
			dropped = false;
			for (String w : grammar.commandTails()) {
				if (to - from > w.length() && folded.startsWith(w, to - w.length())) {
					to -= w.length();
					while (to > from && folded.charAt(to - 1) == ' ') {
						to--;
					}
					dropped = true;
				}
			}
		}
		return raw.substring(from, to).strip();
	}

	/**
	 * Leads that announce one more entry: dropped from free text, which is then the entry
	 * itself (so are excuses: {@link #COURTESY}).
	 */
	private static final java.util.Set<String> ANNOUNCING = java.util.Set.of("还有一个", "还有一项", "还有", "另外");

	/**
	 * The words after a lead that announces them ("还有一个，答应群众的老年食堂" → the item is the
	 * rest).
	 */
	private String withoutLeads(String raw) {
		String folded = MessageText.fold(raw);
		int from = 0;
		boolean dropped = true;
		while (dropped) {
			dropped = false;
			for (String w : grammar.words(Grammar.Kind.LEAD)) {
				int after = from + w.length();
				// 不好意思，… (newcomer 25, finding 4): an excuse is never an item's words
				// either
				boolean drops = ANNOUNCING.contains(w) || COURTESY.equals(grammar.meaningOf(Grammar.Kind.LEAD, w));
				if (drops && folded.startsWith(w, from) && after < folded.length()
						&& SEPARATORS.indexOf(folded.charAt(after)) >= 0) {
					int next = skipSpaces(folded, after, folded.length());
					while (next < folded.length() && SEPARATORS.indexOf(folded.charAt(next)) >= 0) {
						next++;
					}
					if (next < folded.length()) {
						from = next;
						dropped = true;
					}
				}
			}
		}
		return raw.substring(from).strip();
	}

	private static int skipSpaces(String s, int from, int to) {
		int i = from;
		while (i < to && s.charAt(i) == ' ') {
			i++;
		}
		return i;
	}

	private boolean clears(String value) {
		return grammar.words(Grammar.Kind.CLEAR).contains(MessageText.fold(value.strip()));
	}

	/** "第3项确认", "第三项不对", "第3项作废", "第4项补充：…": the item first, then the word. */
	private Command afterItem(int number, String after, String raw, LocalDate today) {
		String lower = MessageText.fold(after);
		if (lower.isEmpty()) {
			return command(Intent.SHOW, number, null, raw);
		}
		if (deletedAfterWhy(lower)) {
			return command(Intent.DELETE, number, null, raw);
		}
		Grammar.Meaning said = clauses.read(lower);
		if (said != null && ON_ITEM.contains(said.intent())) {
			return command(said.intent(), number, null, raw, said.tentative());
		}
		Command checked = checkedThenYes(number, lower, raw);
		if (checked != null) {
			return checked;
		}
		Intent word = grammar.afterItem(lower);
		if (word != null && word != Intent.SUPPLEMENT) {
			return command(word, number, null, raw);
		}
		Matcher clause = FIRST_CLAUSE.matcher(lower);
		if (clause.find() && grammar.afterItem(dropTails(lower.substring(0, clause.start()))) == Intent.DELETE) {
			// "把第19项删掉，记错单位了，我们没有培训基地" (#12, newcomer 6): a delete, and why after it
			// (kept in the
			// message as said, like "把第4项删掉，那条是发错的")
			return command(Intent.DELETE, number, null, raw);
		}
		for (String w : grammar.words(Grammar.Kind.ITEM)) {
			if (grammar.afterItem(w) == Intent.SUPPLEMENT && lower.startsWith(w)) {
				return supplement(number, after.substring(w.length()).replaceFirst("^[\\s:：,，]+", ""), raw);
			}
		}
		return said(number, after, raw, today);
	}

	/** The most characters named between an item and its yes (林地面积, 在编人数). */
	private static final int CHECKED_PART = 8;

	/**
	 * "第4项林地面积没问题" / "第5项人数核对无误" (#12, newcomer 11): the item, what was checked in a few
	 * words, then a yes, is a yes to that item, as "第4项没问题" is (a no with what was wrong,
	 * 第3项金额不对, already was one). The words between are a plain name: no figure, no
	 * negation, no punctuation, no word said of an item (补充, 删除 …). Null otherwise.
	 */
	private Command checkedThenYes(int number, String lower, String raw) {
		for (int k = 1; k <= Math.min(CHECKED_PART, lower.length() - 2); k++) {
			String part = lower.substring(0, k);
			if (!Character.isIdeographic(part.codePointAt(k - 1)) || "不没未无非别否".indexOf(part.charAt(k - 1)) >= 0) {
				return null;
			}
			if (grammar.afterItem(part) != null) {
				return null;
			}
			String rest = lower.substring(k);
			if (!Character.isIdeographic(rest.codePointAt(0))) {
				continue;
			}
			Grammar.Meaning yes = clauses.read(rest);
			if (yes != null && yes.intent() == Intent.CONFIRM) {
				return command(Intent.CONFIRM, number, null, raw, yes.tentative());
			}
		}
		return null;
	}

	/** Where one clause ends and the next starts, on the folded words after an item. */
	private static final Pattern CLAUSES = Pattern.compile("[,;。!]+\\s*");

	/**
	 * "第4项记错了，删掉" / "第4项是重复的，去掉吧" / "第4项记错了删掉" (#12, newcomer 13, finding 3): why first,
	 * the delete last; the item's words are a delete when the last clause is a word that
	 * deletes an item, or when a slip (记错了) stands right before one.
	 */
	private boolean deletedAfterWhy(String lower) {
		String[] parts = CLAUSES.split(lower.strip());
		if (parts.length > 1 && deletes(parts[parts.length - 1])) {
			return true;
		}
		for (String slip : grammar.words(Grammar.Kind.SLIP)) {
			if (lower.startsWith(slip) && lower.length() > slip.length()
					&& deletes(lower.substring(slip.length()).replaceFirst("^[\\s,;。!]+", ""))) {
				return true;
			}
		}
		return false;
	}

	private boolean deletes(String clause) {
		String c = clause.strip().replaceFirst("^(?:就|直接|那就|给我|帮我|麻烦|请)+", "");
		return grammar.afterItem(c) == Intent.DELETE || grammar.afterItem(dropTails(c)) == Intent.DELETE;
	}

	/**
	 * What is said of an item in other words: its status ("其实还没启动", "是推进中"), its right
	 * value ("金额写错了， 应该是54万", "应为54万元"), a plan ("，2027年3月31日前完成系统联调"), a ruling
	 * ("维持原陈述", "…按38.5万元更正": a guess, since a ruling is final). Null when it is none of
	 * these.
	 */
	private Command said(int number, String after, String raw, LocalDate today) {
		String lower = MessageText.fold(after);
		String plain = lower.replaceFirst("^[\\s,;:]+", "");
		int lead = lower.length() - plain.length();
		Command done = doneSaid(number, plain, after, lead, raw, today);
		if (done != null) {
			return done;
		}
		Command moved = moved(number, plain, after, lead, raw);
		if (moved != null) {
			return moved;
		}
		Command changedLast = statusChangedLast(number, after, raw);
		if (changedLast != null) {
			return changedLast;
		}
		Command statusAndMore = statusAndMore(number, plain, after, lead, raw, today);
		if (statusAndMore != null) {
			return statusAndMore;
		}
		// "…，12月4日基本户实际余额…，按1198467.89元更正": a ruling to the end, not a plan with a date
		// (#12 newcomer 3)
		boolean ruledAtEnd = rulingLast.matcher(dropTails(dropLeads(plain))).find();
		if (!ruledAtEnd && datedAtStart(plain, today)) {
			return planInWords(number, after.substring(lower.length() - plain.length()), raw, today);
		}
		Matcher named = NAMED_STEPS.matcher(plain);
		if (!ruledAtEnd && named.lookingAt() && datedAtStart(plain.substring(named.end()), today)) {
			// "第3项护岸工程：2027年3月31日前完成砌筑；…": the item's name, then dated steps (the flow
			// checks the name)
			return planInWords(number, after.substring(lower.length() - plain.length() + named.end()), raw, today);
		}
		String spoken = dropTails(dropWords(plain, grammar.words(Grammar.Kind.COPULA)));
		ItemStatus status = grammar.statusWord(spoken);
		if (status != null) {
			int from = lower.indexOf(spoken);
			String value = after.substring(from, from + spoken.length());
			return new Command(Intent.EDIT, number, null, EditField.STATUS, value, null, null, status, null, null,
					false, raw);
		}
		if (!spoken.equals(dropTails(plain)) && !saysMoreThanAValue(spoken, today)) {
			// "第21项是860平方米": a figure alone after a copula is the item's amount or
			// quantity (#12, newcomer 6)
			EditField field = fieldOf(spoken, today);
			if (field == EditField.AMOUNT || field == EditField.QUANTITY) {
				int from = lower.indexOf(spoken);
				return edit(number, field, after.substring(from, from + spoken.length()), raw, today);
			}
		}
		Matcher v = valueAfterItem.matcher(lower);
		if (v.matches()) {
			String value = after.substring(v.start(2)).strip();
			// unnamed, a value saying more than a figure, a date or a status is no such
			// field (it may be a new title)
			EditField field = v.group(1) != null ? grammar.field(v.group(1))
					: saysMoreThanAValue(value, today) ? null : fieldOf(value, today);
			if (field != null) {
				return edit(number, field, dropTails(value), raw, today);
			}
		}
		Command corrected = notButIs(after.strip(), raw);
		if (corrected != null) {
			// "第5项不是45.6万是46.5万": the item's figure put right, the right one as its new
			// value
			Matcher said = NOT_BUT.matcher(after.strip());
			String value = said.matches() ? said.group("right") : after.strip();
			return edit(number, corrected.amount() != null ? EditField.AMOUNT : EditField.QUANTITY, value, raw, today);
		}
		Matcher r = rename.matcher(plain);
		if (r.matches()) {
			// "改名为…" renames; "改成…" renames unless what follows is a figure, a date or a
			// status
			String value = after.substring(lead + r.start(2)).strip().replaceFirst("[。.!！~～]+$", "");
			boolean always = "title".equals(grammar.meaningOf(Grammar.Kind.RENAME, r.group(1)));
			// a value that says more than a figure, a date or a status is a new title
			// (#12, newcomer 6: "把第10项改成
			// 局机关基本账户余额（截至11月30日）": the date in its brackets stays in the title)
			EditField field = always || saysMoreThanAValue(value, today) ? EditField.TITLE : fieldOf(value, today);
			return edit(number, field == null ? EditField.TITLE : field, value, raw, today);
		}
		Command explained = explainedEdit(number, after, raw, today);
		if (explained != null) {
			return explained;
		}
		String note = dropLeads(plain);
		int offset = lower.length() - note.length();
		Matcher first = rulingFirst.matcher(note);
		Matcher last = rulingLast.matcher(dropTails(note));
		if (first.lookingAt() || last.find()) {
			boolean atStart = first.lookingAt();
			Ruling ruling = grammar.ruling(atStart ? first.group(1) : last.group(1));
			String text = after.substring(offset + (atStart ? first.end() : 0)).strip();
			text = atStart ? text : text.substring(0, Math.min(text.length(), dropTails(note).length()));
			Figures f = text.isEmpty() ? Figures.NONE : Figures.ruled(text, grammar);
			if (!atStart) {
				// the note is the reasoning, without the ruling word said last (#12,
				// newcomer
				// 16, finding 11: 「…，维持吧」 left 「…，维持」)
				text = RulingNote.without(text, last.group(1).length(), f, grammar);
			}
			return new Command(Intent.RULE, number, text.isEmpty() ? null : text, null, null, f.amount(), null, null,
					ruling, null, false, raw, f.quantity(), f.unit(), false, true, null);
		}
		return null;
	}

	/**
	 * Whether the words start with a date: 2027年3月31日前…, and in everyday words (#12,
	 * newcomer 6, finding 13) 12月底前…, 明年1月15日前…, 月底前…, or a holiday's eve, 春节前… (its day
	 * is the calendar's, found by the flow).
	 */
	private boolean datedAtStart(String words, LocalDate today) {
		if (DATE.matcher(monthEnds(words, today)).lookingAt()) {
			return true;
		}
		HolidaySaid eve = HolidaySaid.in(words, today);
		return eve != null && words.startsWith(eve.words());
	}

	/** Where the first clause of the words after an item ends. */
	private static final Pattern FIRST_CLAUSE = Pattern.compile("[,，;；。]");

	/**
	 * A status said of an item in everyday words, alone or with when (#12, newcomer 5,
	 * findings 1 and 4): "还在推" / "已经编完了" set its status; "还没启动，明年春节前付清" its status and
	 * deadline (a date, or a holiday's eve kept in {@code text} for the flow to find in
	 * the calendar); "已经完成了，2026年9月" when it was done. Null when the first clause is no
	 * status, or what follows it is none of these (then nothing is guessed).
	 */
	private Command statusAndMore(int number, String plain, String after, int offset, String raw, LocalDate today) {
		Matcher cut = FIRST_CLAUSE.matcher(plain);
		int end = cut.find() ? cut.start() : plain.length();
		String head = dropTails(dropWords(plain.substring(0, end).strip(), grammar.words(Grammar.Kind.COPULA)));
		ItemStatus status = grammar.statusWord(head);
		if (status == null) {
			status = grammar.phrases().whole(head);
		}
		// "第15项没办完，还有1件在办" (#12, newcomer 6, finding 9): begun, not finished; what
		// follows is its 说明
		// 「第3项还没干完，还在施工，明年6月底前完工」 (newcomer 20, finding 2): read by meaning too
		boolean unfinished = status == null
				&& (grammar.words(Grammar.Kind.UNFINISHED).contains(head) || grammar.phrases().unfinished(head));
		if (unfinished) {
			status = ItemStatus.IN_PROGRESS;
		}
		if (status == null) {
			return null;
		}
		String rest = end >= plain.length() ? "" : after.substring(offset + cut.end()).strip();
		int at = Math.max(0, plain.indexOf(head));
		String value = after.substring(offset + at, offset + at + head.length()).strip(); // 其实还没启动
																							// →
																							// 还没启动
		if (rest.isEmpty()) {
			return new Command(Intent.EDIT, number, null, EditField.STATUS, value, null, null, status, null, null,
					false, raw);
		}
		String when = dropTails(rest);
		if (status == ItemStatus.DONE && DoneWhen.of(when, today) != null) {
			return edit(number, EditField.DONE_ON, when, raw, today);
		}
		if (!status.unfinished()) {
			return null;
		}
		LocalDate due = date(rest, today);
		HolidaySaid eve = due == null ? HolidaySaid.in(rest, today) : null;
		if (due == null && eve == null && unfinished) {
			return new Command(Intent.EDIT, number, dropTails(rest), EditField.STATUS, value, null, null, status, null,
					null, false, raw);
		}
		if (due == null && eve == null) {
			return null;
		}
		return new Command(Intent.EDIT, number, eve == null ? null : rest, EditField.STATUS, value, null, due, status,
				null, null, false, raw);
	}

	/** The last clause changing a status: "改为未启动", "状态改成推进中", "应为已完成". */
	private static final Pattern STATUS_CHANGE = Pattern.compile(
			"^(?:把)?(?:它|这项|这条)?(?:的)?(?:状态|进度|进展)?\\s*(?:应)?(?:改为|改成|改回|调整为|变更为|更正为|更改为|应为|应是)\\s*[:：]?\\s*(.+)$");

	/**
	 * "第10项还没付，改为未启动" (#12, newcomer 11, finding 7): why, then the status it is to have;
	 * a status change, not a note. Null unless the last clause changes the status to a
	 * status word.
	 */
	private Command statusChangedLast(int number, String after, String raw) {
		String[] clauses = after.strip().split("[,，;；。]+");
		if (clauses.length < 2) {
			return null;
		}
		String last = clauses[clauses.length - 1].strip();
		Matcher m = STATUS_CHANGE.matcher(MessageText.fold(last));
		if (!m.matches()) {
			return null;
		}
		String word = dropTails(m.group(1).strip());
		ItemStatus status = grammar.statusWord(word);
		if (status == null) {
			return null;
		}
		return new Command(Intent.EDIT, number, null, EditField.STATUS, word, null, null, status, null, null, false,
				raw);
	}

	/** A clause that explains a mistake: "的截至日期不是期限", "金额写错了". */
	private static final Pattern EXPLAINS = Pattern.compile("不是|不对|错|不算|有误");

	/**
	 * "第6项的截至日期不是期限，期限改为无" (#12, newcomer 5, finding 8): clauses that explain a mistake,
	 * then a change said without the item again; the change is the item's. Null
	 * otherwise.
	 */
	private Command explainedEdit(int number, String after, String raw, LocalDate today) {
		String[] clauses = after.split("[,，;；。]");
		if (clauses.length < 2) {
			return null;
		}
		String last = clauses[clauses.length - 1].strip();
		for (int i = 0; i < clauses.length - 1; i++) {
			// an explanation, not a plain no ("第3项不对，应为4辆" stays a no with its reason)
			Grammar.Meaning no = this.clauses.read(MessageText.fold(clauses[i]).strip());
			if (!EXPLAINS.matcher(clauses[i]).find() || no != null) {
				return null;
			}
		}
		String folded = MessageText.fold(last);
		boolean named = grammar.words(Grammar.Kind.FIELD).stream().anyMatch(folded::startsWith)
				|| folded.matches("^(?:删除|删掉|删去|清空|清除|去掉|没有|无|不要).*");
		if (last.isEmpty() || !named) {
			return null;
		}
		Command change = read("第" + number + "项" + last, today, false);
		if (change.intent() != Intent.EDIT || change.field() == null
				|| !java.util.Objects.equals(change.number(), number)) {
			return null;
		}
		return same(change, Intent.EDIT, number, false, raw);
	}

	/**
	 * When an item was done, said of it in words (#12, newcomer 3, finding 20:
	 * "第10项是2026年4月完成的"): an edit of its completion date, the date as written. Null when
	 * the words before 完成 are no date.
	 */
	private Command doneSaid(int number, String plain, String after, int offset, String raw, LocalDate today) {
		for (Pattern p : List.of(doneSaid, doneAt)) {
			Matcher m = p.matcher(plain);
			if (m.matches() && DoneWhen.of(m.group("when"), today) != null) {
				String when = after.substring(offset + m.start("when"), offset + m.end("when")).strip();
				return edit(number, EditField.DONE_ON, when, raw, today);
			}
		}
		return null;
	}

	/** "放错地方了，应该放到巡视巡察整改这部分", "移到第4部分", "挪到党建责任落实": the section the item goes to. */
	private static final Pattern MOVE = Pattern.compile("^(?:(?:放错|分错|归错|放反)了?(?:地方|部分|位置|栏目)?了?[\\s,;:]*)?"
			+ "(?:应该|应当|应|要|请|需要)?\\s*(?:放到|放在|放进|放入|移到|移至|移入|挪到|挪至|调到|调整到|调至|改到|改放到|改放在"
			+ "|归到|归入|归在|划到|划入|转到|转入)\\s*(?<to>.+)$");

	/** "放错地方了": the item is in the wrong section, which one is not said. */
	private static final Pattern MOVE_ALONE = Pattern.compile("^(?:放错|分错|归错|放反)了?(?:地方|部分|位置|栏目)?了?[!。.]*$");

	/** The words after the section's name: particles, then 这部分 / 那一栏. */
	private static final Pattern SECTION_TAIL = Pattern.compile("^(.*?)(?:这|那)?(?:一)?(?:个)?(部分|栏目|栏|板块|块|类)$");

	/**
	 * An item moved to another section, said of it (#12, newcomer 3, finding 14): an edit
	 * of its section, the section as named ("巡视巡察整改", "第4部分"), or none when only the
	 * mistake is said. Null when it is no move.
	 */
	private Command moved(int number, String plain, String after, int offset, String raw) {
		if (MOVE_ALONE.matcher(plain).matches()) {
			return new Command(Intent.EDIT, number, null, EditField.SECTION, null, null, null, null, null, null, false,
					raw);
		}
		Matcher m = MOVE.matcher(plain);
		if (!m.matches()) {
			return null;
		}
		String to = after.substring(offset + m.start("to")).strip();
		to = to.replaceFirst("[。.!！~～]+$", "").replaceFirst("(?:去|吧|了|里面|里|中|下面)+$", "").strip();
		Matcher tail = SECTION_TAIL.matcher(to);
		if (tail.matches()) {
			String name = tail.group(1).strip();
			to = name.matches("^第?\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})$") ? name + tail.group(2) : name;
		}
		return new Command(Intent.EDIT, number, null, EditField.SECTION, to.isEmpty() ? null : to, null, null, null,
				null, null, false, raw);
	}

	/** A title as typed, without the quotes around all of it ("“统计平台二期”" → 统计平台二期). */
	private static String unquoted(String value) {
		String v = value.strip();
		if (v.length() > 2 && ("“\"「『'‘".indexOf(v.charAt(0)) >= 0)
				&& ("”\"」』'’".indexOf(v.charAt(v.length() - 1)) >= 0)
				&& v.substring(1, v.length() - 1).chars().noneMatch(c -> "“”\"「」『』".indexOf(c) >= 0)) {
			return v.substring(1, v.length() - 1).strip();
		}
		return v;
	}

	/**
	 * A plan said without 计划: the item, then dated steps. Only a guess read from the
	 * words (tentative): it is a plan when the successor says it once the handover is
	 * archived.
	 */
	private Command planInWords(int number, String steps, String raw, LocalDate today) {
		Command c = withArguments(Intent.PLAN, number + " " + steps, raw, today);
		return same(c, c.intent(), c.number(), true, raw);
	}

	/** Words that go with a figure or a date and say nothing more: 前 / 左右 / 约 / 共. */
	private static final Pattern WITH_A_VALUE = Pattern.compile("之前|以前|前|截止|左右|大约|约|共计|共|合计|底|年内|份|号");

	/**
	 * Whether a value says more than a figure, a date or a status alone (#12, newcomer
	 * 6): what is left once those and the words that go with them are taken out holds
	 * three letters or more ("局机关基本账户余额（截至11月30日）" does; "42台", "2027年3月31日前", "明年底",
	 * "推进中" do not).
	 */
	private boolean saysMoreThanAValue(String value, LocalDate today) {
		String rest = MessageText.fold(value);
		rest = DATE.matcher(monthEnds(rest, today)).replaceAll(" ");
		rest = rest.replaceAll("\\d{4}\\s*年|\\d{1,2}\\s*月", " ");
		for (Grammar.Kind kind : List.of(Grammar.Kind.UNIT, Grammar.Kind.MONEY, Grammar.Kind.STATUS, Grammar.Kind.YEAR,
				Grammar.Kind.MONTH, Grammar.Kind.COPULA)) {
			for (String w : grammar.words(kind)) {
				rest = rest.replace(w, " ");
			}
		}
		rest = rest.replaceAll("[0-9.,]+\\s*(?:万|亿|千|百)?", " ");
		rest = WITH_A_VALUE.matcher(rest).replaceAll(" ");
		return rest.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 3;
	}

	/**
	 * The field a value alone says: money, a quantity with its unit, a date, a status;
	 * null if none.
	 */
	private EditField fieldOf(String value, LocalDate today) {
		Figures f = Figures.in(value, grammar);
		if (f.amount() != null && f.quantity() == null) {
			return EditField.AMOUNT;
		}
		if (f.quantity() != null && f.unit() != null && f.amount() == null) {
			return EditField.QUANTITY;
		}
		if (date(value, today) != null) {
			return EditField.DEADLINE;
		}
		return grammar.status(value) != null ? EditField.STATUS : null;
	}

	private String dropWords(String s, List<String> words) {
		String out = s;
		boolean dropped = true;
		while (dropped) {
			dropped = false;
			for (String w : words) {
				if (out.startsWith(w) && out.length() > w.length()) {
					out = out.substring(w.length()).replaceFirst("^[\\s,;:]+", "");
					dropped = true;
				}
			}
		}
		return out;
	}

	/**
	 * A clause that is only a lead word, with an {@code all} word before it or not: 改好了 /
	 * 都填好了 (newcomer 6).
	 */
	private boolean leadClause(String folded) {
		List<String> leads = grammar.words(Grammar.Kind.LEAD);
		return leads.contains(folded) || grammar.words(Grammar.Kind.ALL)
			.stream()
			.anyMatch(all -> folded.startsWith(all) && leads.contains(folded.substring(all.length()).strip()));
	}

	private String dropLeads(String s) {
		return dropWords(s, grammar.words(Grammar.Kind.LEAD));
	}

	private String dropTails(String s) {
		String out = s.strip();
		boolean dropped = true;
		while (dropped) {
			dropped = false;
			for (String w : grammar.commandTails()) {
				if (out.length() > w.length() && out.endsWith(w)) {
					out = out.substring(0, out.length() - w.length()).strip();
					dropped = true;
				}
			}
		}
		return out;
	}

	/**
	 * "发错了，这条撤回" / "把第4项删掉，那条是发错的" / "不对，21项那个不是钱…": clauses that only say an entry was
	 * wrong are dropped at either end and the rest read as the message; null when there
	 * are none, or the rest is no command (then "不对，金额应为120万" stays a no with its reason)
	 * or a yes ("不对，好的" is no yes).
	 */
	private Command withoutSlips(String raw, LocalDate today) {
		String folded = MessageText.fold(raw);
		List<int[]> parts = new ArrayList<>();
		Matcher cut = CLAUSE.matcher(folded);
		int start = 0;
		while (cut.find()) {
			if (cut.start() > start) {
				parts.add(new int[] { start, cut.start() });
			}
			start = cut.end();
		}
		if (start < folded.length()) {
			parts.add(new int[] { start, folded.length() });
		}
		int first = 0;
		int last = parts.size();
		while (first < last && (slip(folded.substring(parts.get(first)[0], parts.get(first)[1]))
				|| plainNo(folded.substring(parts.get(first)[0], parts.get(first)[1]))
				|| courtesy(folded.substring(parts.get(first)[0], parts.get(first)[1])))) {
			first++;
		}
		while (last > first && (slip(folded.substring(parts.get(last - 1)[0], parts.get(last - 1)[1]))
				|| courtesy(folded.substring(parts.get(last - 1)[0], parts.get(last - 1)[1])))) {
			last--;
		}
		if (first >= last || first == 0 && last == parts.size()) {
			return null;
		}
		Command c = read(raw.substring(parts.get(first)[0], parts.get(last - 1)[1]), today, true);
		if (c.intent() == Intent.UNKNOWN || ClauseReader.YES.contains(c.intent())
				|| ClauseReader.NO.contains(c.intent())) {
			return null;
		}
		return same(c, c.intent(), c.number(), c.tentative(), raw);
	}

	/**
	 * Whether the message answers a yes/no question of Baton's with a no in its first
	 * clause, whatever follows ("不是，我问问而已", "不用了，留着吧", "算了，我再核实一下"): such a message is a
	 * no, never the proposal's yes nor its words (#12, newcomer 8, finding 1). The words
	 * are the grammar's {@code decline} kind.
	 */
	public boolean declines(String message) {
		if (message == null || message.isBlank()) {
			return false;
		}
		String folded = MessageText.fold(MessageText.normalize(message)).strip();
		Matcher cut = CLAUSE.matcher(folded);
		String first = cut.find() ? folded.substring(0, cut.start()) : folded;
		if (first.isBlank()) {
			return false;
		}
		String trimmed = clauses.trim(first.strip());
		return grammar.words(Grammar.Kind.DECLINE).stream().anyMatch(w -> w.equals(trimmed) || w.equals(first.strip()));
	}

	/**
	 * The deadline a correcting ruling's note states (#12, newcomer 8, finding 4): the
	 * date after the last word that leads to the ruled value (期限应为2027年12月31日 /
	 * 更正为2027年12月31日), or the one date of a note that names the deadline (期限…). Null when
	 * the note states none; the flow applies it only when the ruling gives no figure.
	 */
	public LocalDate ruledDeadline(String note, LocalDate today) {
		if (note == null || note.isBlank()) {
			return null;
		}
		String folded = MessageText.fold(MessageText.normalize(note));
		int from = -1;
		for (String w : grammar.words(Grammar.Kind.RULED_AS)) {
			for (int at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
				int after = at + w.length();
				if (after > from && DATE.matcher(monthEnds(folded.substring(after), today)).lookingAt()) {
					from = after;
				}
			}
		}
		if (from >= 0) {
			return date(folded.substring(from), today);
		}
		boolean namesDeadline = grammar.words(Grammar.Kind.FIELD)
			.stream()
			.anyMatch(w -> grammar.field(w) == EditField.DEADLINE && folded.contains(w));
		if (!namesDeadline) {
			return null;
		}
		Matcher m = DATE.matcher(monthEnds(folded, today));
		int found = 0;
		while (m.find()) {
			found++;
		}
		return found == 1 ? date(folded, today) : null;
	}

	/**
	 * Whether the message holds a phrase that asks to submit again (重新送审 / 再提交), anywhere
	 * in it.
	 */
	public boolean resubmits(String message) {
		if (message == null || message.isBlank()) {
			return false;
		}
		String folded = MessageText.fold(MessageText.normalize(message));
		return grammar.words(Grammar.Kind.RESUBMIT).stream().anyMatch(folded::contains);
	}

	/**
	 * A clause that only excuses the speaker (不好意思 / 抱歉 / 对不起: a {@code lead} or
	 * {@code filler} word with the meaning {@code courtesy}), said around what puts an
	 * entry right (newcomer 25, finding 4).
	 */
	private boolean courtesy(String clause) {
		String c = clause.strip();
		return COURTESY.equals(grammar.meaningOf(Grammar.Kind.LEAD, c))
				|| COURTESY.equals(grammar.meaningOf(Grammar.Kind.FILLER, c));
	}

	/** The meaning of the lead and filler words that only excuse the speaker. */
	static final String COURTESY = "courtesy";

	/** "不对" / "错了" before a command that puts it right. */
	private boolean plainNo(String clause) {
		Grammar.Meaning m = clauses.read(clause.strip());
		return m != null && m.intent() == Intent.DISPUTE && !m.tentative();
	}

	/**
	 * A clause that only says an entry was wrong: "发错了", "那条是发错的" (particles and the
	 * item's name aside).
	 */
	private boolean slip(String clause) {
		// who slipped and when said before it: 我之前改错了 / 刚才写错了 (newcomer 25, finding 4)
		String trimmed = clauses.trim(clause.strip());
		String who = Grammar.SLIP_WHO.matcher(trimmed).replaceFirst("");
		String c = dropWords(who.isEmpty() ? trimmed : who, grammar.words(Grammar.Kind.COPULA));
		return grammar.words(Grammar.Kind.SLIP)
			.stream()
			.anyMatch(w -> w.equals(c) || dropWords(clauses.trim(w), grammar.words(Grammar.Kind.COPULA)).equals(c));
	}

	/**
	 * Forms read whole before the command words: undo, not money, a cleared field, a step
	 * of an item, 关于第4项.
	 */
	private Command special(String bare, String lower, String raw, LocalDate today) {
		if (UNDO_LAST.matcher(lower).matches()) {
			return command(Intent.UNDO, null, null, raw);
		}
		Matcher m = notMoney.matcher(lower);
		if (!m.matches()) {
			m = NOT_MONEY_AFTER.matcher(lower);
		}
		if (m.matches()) {
			String what = m.group(2).replaceAll("[。.!！,，]+$", "").strip();
			String text = what.isEmpty() ? null : bare.substring(m.start(2), m.start(2) + what.length());
			Figures f = Figures.in(text, grammar); // "是面积，1.2万平方米": the quantity said
													// with it
			return new Command(Intent.NOT_MONEY, m.group(1) == null ? null : number(m.group(1)), text, null, null, null,
					null, null, null, null, false, raw, f.quantity(), f.unit(), false, false, null);
		}
		Command corrected = notButIs(bare, raw);
		if (corrected != null) {
			return corrected; // "不是45.6万是46.5万"
		}
		Command stepEdit = stepEdit(lower, bare, raw, today);
		if (stepEdit != null) {
			return stepEdit; // "步骤3.1的期限改成12月18日", "3.1改到12月18日"
		}
		Matcher dotted = DOTTED_STEP.matcher(lower);
		if (dotted.find() && Figures.leading(bare, grammar) == Figures.NONE) {
			return withArguments(Intent.PROGRESS, asSaid(raw, bare), raw, today); // "16.1已经和律师核对完了"
		}
		m = clearBefore.matcher(lower);
		if (!m.matches()) {
			m = clearAfter.matcher(lower);
		}
		if (m.matches()) {
			String word = m.group(2) != null ? m.group(2) : m.group(3);
			return new Command(Intent.EDIT, number(m.group(1)), null, grammar.field(word), null, null, null, null, null,
					null, false, raw, null, null, true, false, null);
		}
		if (lower.startsWith("第")) {
			Matcher step = STEP.matcher(lower);
			if (step.find() || lower.matches("^第\\s*" + N + "\\s*步.*")) {
				return withArguments(Intent.PROGRESS, asSaid(raw, bare), raw, today);
			}
		}
		m = ABOUT_ITEM.matcher(lower);
		if (m.matches()) {
			return supplement(number(m.group(1)), bare.substring(m.start(2)), raw);
		}
		return null;
	}

	/**
	 * "不是45.6万是46.5万", "不对，不是45.6万，应该是46.5万": the figure said wrong, then the right one.
	 */
	private static final Pattern NOT_BUT = Pattern.compile("^(?:(?:不对|错了|不是这样)[\\s,，;；。!！]*)?不是\\s*(?<wrong>[^,，;；。]+?)"
			+ "[\\s,，;；。]*(?:而)?(?:是|应该是|应为|应是|应当是)\\s*(?<right>.+?)[\\s。.!！]*$");

	/**
	 * A figure put right in so many words (#12, newcomer 5, finding 3): a no whose reason
	 * is the right figure, of the same kind as the wrong one said before it. What it
	 * corrects is for the flow to say (the item in focus, while drafting); null when the
	 * words are no such correction.
	 */
	private Command notButIs(String bare, String raw) {
		Matcher m = NOT_BUT.matcher(bare);
		if (!m.matches()) {
			return null;
		}
		Figures wrong = Figures.in(m.group("wrong"), grammar);
		Figures right = Figures.in(m.group("right"), grammar);
		boolean money = wrong.amount() != null && right.amount() != null;
		boolean measure = wrong.quantity() != null && right.quantity() != null;
		if (!money && !measure) {
			return null;
		}
		return new Command(Intent.DISPUTE, null, bare, null, null, money ? right.amount() : null, null, null, null,
				null, false, raw, money ? null : right.quantity(), money ? null : right.unit(), false, false, null);
	}

	private Command supplement(Integer number, String text, String raw) {
		String said = text == null ? "" : text.strip();
		Figures f = Figures.in(said, grammar);
		return new Command(Intent.SUPPLEMENT, number, said.isEmpty() ? null : said, null, null, f.amount(), null, null,
				null, null, false, raw, f.quantity(), f.unit(), false, false, null);
	}

	/**
	 * A step of a plan changed (#12 newcomer 3): "步骤3.1的期限改成12月18日", "3.1改到12月18日",
	 * "把第2项第2步的截止日期改为 2027年3月26日" ({@link Intent#EDIT} of {@link EditField#DEADLINE} with
	 * the step); "步骤3.1改为：完成全部现场检查" changes its words ({@link EditField#TITLE}). Null
	 * when the message is no such change.
	 */
	/**
	 * "step 1.1 due 12-31" (newcomer 20a, finding 13): a step's new day, said in English.
	 */
	private static final Pattern ENGLISH_DUE = Pattern.compile("\\sdue(?: on| by)?\\s*[:：]?\\s*$");

	private Command stepEdit(String lower, String bare, String raw, LocalDate today) {
		Matcher m = stepEdit.matcher(lower);
		if (!m.matches()) {
			return null;
		}
		EditField field = m.group(3) == null ? null : grammar.field(m.group(3));
		String value = bare.substring(m.start(4)).strip();
		LocalDate date = date(value, today);
		if (date == null) {
			// "6.2改回3月31日吧，刚才改错了": the date is the first clause, what follows says why
			date = date(SAID_WHY.matcher(value).replaceFirst(""), today);
		}
		if (date == null && ENGLISH_DUE.matcher(lower.substring(0, m.start(4))).find()) {
			return null; // "1.1 due to rain …" says why, it sets no day
		}
		boolean due = field == EditField.DEADLINE || field == null && date != null;
		boolean words = field == EditField.TITLE || field == EditField.DETAILS || field == null && date == null;
		if (!due && !words) {
			return null;
		}
		String text = words ? value.replaceFirst("^[\\s:：,，]+", "").strip() : null;
		return new Command(Intent.EDIT, number(m.group(1)), text, due ? EditField.DEADLINE : EditField.TITLE, value,
				null, due ? date : null, null, null, null, false, raw, null, null, false, false, number(m.group(2)));
	}

	/**
	 * The message as {@link #bare} reads it, with the particles it dropped right at its
	 * end given back ("…初稿出来了" and "…初稿出来了，谢谢" keep their 了; the thanks still go): a note
	 * is kept as said.
	 */
	private String asSaid(String raw, String bare) {
		int at = raw.indexOf(bare);
		if (at < 0) {
			return bare;
		}
		// up to the first mark or space: "了，谢谢" gives back 了, never the thanks
		String dropped = raw.substring(at + bare.length()).split("[\\s\\p{Punct}，。！？、：；…~]", 2)[0];
		String folded = MessageText.fold(dropped);
		for (String w : grammar.commandTails()) {
			folded = folded.replace(w, "");
		}
		return folded.isBlank() ? bare + dropped : bare;
	}

	/**
	 * "护岸砌筑那一步已经干完了，剩下的等验收": progress named by the words of a step (in {@code value}),
	 * not by its number; the note is the message, finished when it says so. Only a guess
	 * read from the words (tentative): whether it is progress depends on who says it when
	 * (the successor, once archived), and which step on the plan. Null when no step word
	 * follows words of the same clause, or the message asks.
	 */
	private Command stepInWords(String raw) {
		String folded = MessageText.fold(raw);
		if (isQuestion(raw)) {
			return null;
		}
		for (String w : grammar.words(Grammar.Kind.STEP)) {
			int at = folded.indexOf(w);
			if (at <= 0) {
				continue;
			}
			int from = at;
			while (from > 0 && SEPARATORS.indexOf(folded.charAt(from - 1)) < 0) {
				from--;
			}
			String named = raw.substring(from, at).strip().replaceFirst("的$", "").strip();
			if (named.codePoints().noneMatch(Character::isLetter)) {
				continue;
			}
			Command said = unknown(raw);
			// "付清38万元那一步，钱已经付清了" (#12, newcomer 14): the words before 那一步 name the step,
			// the rest says whether it is done; the step's own words (付清) say nothing of
			// it
			String rest = folded.substring(at + w.length());
			boolean finished = StepWords.finished(rest.codePoints().anyMatch(Character::isLetter) ? rest : raw);
			return new Command(Intent.PROGRESS, null, said.text(), null, named, said.amount(), null, null, null, null,
					finished, raw, said.quantity(), said.unit(), false, true, null);
		}
		return null;
	}

	/**
	 * Anything else, with the figures it holds (a free-text answer "应为38.2万元" carries its
	 * amount).
	 */
	private Command unknown(String raw) {
		Figures f = Figures.in(raw, grammar);
		return new Command(Intent.UNKNOWN, null, withoutLeads(raw), null, null, f.amount(), null, null, null, null,
				false, raw, f.quantity(), f.unit(), false, false, null);
	}

	/** An English word only counts whole: "approved" is not "approve" + "d". */
	private static boolean runsOn(String word, String lower) {
		return Character.isLetter(word.charAt(word.length() - 1)) && word.charAt(0) < 128
				&& lower.length() > word.length() && Character.isLetter(lower.charAt(word.length()))
				&& lower.charAt(word.length()) < 128;
	}

	private Command withArguments(Intent intent, String rest, String raw, LocalDate today) {
		if (OrganizerTalk.INTENTS.contains(intent)) {
			return organizers.arguments(intent, rest, raw, today);
		}
		if (intent == Intent.SIGN) {
			String given = rest.strip();
			boolean isCode = CODE.matcher(given).matches();
			return new Command(Intent.SIGN, null, given.isEmpty() || isCode ? null : given, null, null, null, null,
					null, null, isCode ? given : null, false, raw);
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
		boolean numbered = step == null && intent != Intent.ADD && n.find() && !n.group().isBlank()
				&& !startsWithDate(rest) && (n.end(1) == rest.length() || !Character.isDigit(rest.charAt(n.end(1))))
				&& !countsSomething(n, rest);
		if (numbered) {
			number = number(n.group(1));
			rest = rest.substring(n.end()).replaceFirst("^[\\s:：,，]+", "");
		}
		String text = rest.isBlank() ? null : rest.strip();
		return switch (intent) {
			case RULE -> rule(number, text, raw);
			case PROGRESS -> {
				// "完成了八成" / "已完成60%" / "完成了，预计…" are not done (#12 newcomer 3)
				// and in everyday words after the step's number: "5.1已经完成了", "1.1已经干完了"
				// (newcomer 14)
				boolean leading = text != null && text.matches("(?i)^(已完成|完成了|完成|done|finished).*");
				boolean finished = text != null && StepWords.completes(text)
						&& (leading || StepWords.finished(text) && !StepWords.notDone(text));
				String note = text == null || !finished || !leading ? text
						: text.replaceFirst("(?i)^(已完成|完成了|完成|done|finished)[\\s,，]*", "").strip();
				Figures f = Figures.in(text, grammar);
				yield new Command(Intent.PROGRESS, number, note == null || note.isEmpty() ? text : note, null, null,
						f.amount(), null, null, null, null, finished, raw, f.quantity(), f.unit(), false, false, step);
			}
			case PLAN -> {
				LocalDate date = text == null ? null : date(text, today);
				// the date as said leaves the step's words: 2027-03-31, and 12月底 /
				// 明年1月15日 too (newcomer 6)
				String what = text == null ? null
						: DATE.matcher(monthEnds(text, today))
							.replaceFirst("")
							.replaceFirst("^[\\s前:：,，]+", "")
							.strip();
				yield new Command(Intent.PLAN, number, text == null ? null : what.isEmpty() ? text : what, null, text,
						null, date, null, null, null, false, raw);
			}
			case ADD -> {
				Figures f = Figures.ofItem(text, grammar); // "总面积 3250": a quantity whose
															// unit is asked
				yield new Command(Intent.ADD, null, text, null, null, f.amount(),
						text == null ? null : date(text, today), text == null ? null : status(text), null, null, false,
						raw, f.quantity(), f.unit(), false, false, null);
			}
			case UNDO -> number != null ? command(Intent.DELETE, number, text, raw) : command(Intent.UNDO, null,
					text == null || LAST_ENTRY.matcher(text.toLowerCase(Locale.ROOT)).matches() ? null : text, raw);
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
			Matcher m = rulingFirst.matcher(MessageText.fold(text));
			if (m.lookingAt()) {
				ruling = grammar.ruling(m.group(1));
				note = text.substring(m.end()).strip();
			}
		}
		Figures f = note == null ? Figures.NONE : Figures.ruled(note, grammar);
		return new Command(Intent.RULE, number, note == null || note.isEmpty() ? null : note, null, null, f.amount(),
				null, null, ruling, null, false, raw, f.quantity(), f.unit(), false, false, null);
	}

	private Command edit(Integer number, EditField field, String value, String raw, LocalDate today) {
		if (clears(value)) {
			return new Command(Intent.EDIT, number, null, field, value, null, null, null, null, null, false, raw, null,
					null, true, false, null);
		}
		if (field == EditField.TITLE) {
			value = unquoted(value);
		}
		Figures f = field == EditField.AMOUNT ? Figures.ofAmountField(value, grammar)
				: field == EditField.QUANTITY ? Figures.ofQuantityField(value, grammar) : Figures.NONE;
		DoneWhen done = field == EditField.DONE_ON ? DoneWhen.of(value, today) : null;
		LocalDate date = field == EditField.DEADLINE ? date(value, today) : done == null ? null : done.day();
		ItemStatus status = field == EditField.STATUS ? status(value) : null;
		return new Command(Intent.EDIT, number, null, field, value, f.amount(), date, status, null, null, false, raw,
				f.quantity(), f.unit(), false, false, null);
	}

	private static Command command(Intent intent, Integer number, String text, String raw) {
		return new Command(intent, number, text, null, null, null, null, null, null, null, false, raw);
	}

	private static Command command(Intent intent, Integer number, String text, String raw, boolean tentative) {
		return new Command(intent, number, text, null, null, null, null, null, null, null, false, raw, null, null,
				false, tentative, null);
	}

	/** {@code c} as another intent, item, certainty or message. */
	private static Command same(Command c, Intent intent, Integer number, boolean tentative, String raw) {
		return new Command(intent, number, c.text(), c.field(), c.value(), c.amount(), c.date(), c.status(), c.ruling(),
				c.code(), c.finished(), raw, c.quantity(), c.unit(), c.clear(), tentative, c.step());
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
		Matcher m = DATE.matcher(monthEnds(text, today));
		if (!m.find()) {
			return null;
		}
		try {
			if (m.group(1) != null) {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
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

	/** The end of a month or a year: 2027年5月底, 2027年底, 2027年年底, 5月底, 年底, 年内. */
	private static final Pattern MONTH_END = Pattern
		.compile("(?<![0-9.])(?:(\\d{4})\\s*年\\s*(?:年|(\\d{1,2})\\s*月\\s*)?底|(\\d{1,2})\\s*月\\s*底|年底|年内)");

	/**
	 * 2027年5月底 → 2027年5月31日, 5月底 → 5月31日, 年底 → 12月31日: the last day of the month said. A
	 * year or a month said from today (#12, newcomer 6: 明年底, 明年年底, 后年6月底, 下个月底; the
	 * grammar's {@code year} and {@code month} words) is made the year or month it is
	 * first: 明年底 said on 2026-12-05 is 2027年12月31日, never this year's.
	 */
	static String monthEnds(String text, LocalDate today) {
		Matcher m = MONTH_END.matcher(Grammar.standard().relativeDates(text, today));
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String said = m.group(2) != null ? m.group(2) : m.group(3);
			int month = said == null ? 12 : Integer.parseInt(said);
			if (month < 1 || month > 12) {
				m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
				continue;
			}
			int year = m.group(1) != null ? Integer.parseInt(m.group(1)) : today.getYear();
			int day = java.time.YearMonth.of(year, month).lengthOfMonth();
			String date = m.group(1) != null ? year + "年" + month + "月" + day + "日" : month + "月" + day + "日";
			m.appendReplacement(out, Matcher.quoteReplacement(date));
		}
		m.appendTail(out);
		return out.toString();
	}

	static ItemStatus status(String text) {
		return Grammar.standard().status(text);
	}

}
