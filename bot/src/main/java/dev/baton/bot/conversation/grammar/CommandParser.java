package dev.baton.bot.conversation.grammar;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.confirmation.Ruling;

/**
 * Reads one chat message into a {@link Command}: commands at the start of the message (Chinese, English), free-text
 * intents as whole short messages. Never throws; anything it cannot read is {@link Intent#UNKNOWN}.
 */
public final class CommandParser {

	private static final int MAX_CHARS = 2000;

	private static final Map<String, Intent> WORDS = new LinkedHashMap<>();

	static {
		// longest first where one word starts another
		put(Intent.BIND_GROUP, "绑定本群", "绑定此群", "绑定这个群", "本群绑定", "bind this group", "bind group");
		put(Intent.UNBIND_GROUP, "解绑本群", "解除本群绑定", "解除绑定", "解绑", "unbind this group", "unbind group");
		put(Intent.PUBLISH, "公开交接", "交接公开", "发布公开", "公开摘要", "publish");
		put(Intent.CONFIRM_ALL, "全部确认", "全都确认", "都确认", "一并确认", "confirm all");
		put(Intent.MINE, "我的交接", "mine", "my handovers");
		put(Intent.HELP, "帮助", "help", "菜单", "?", "？");
		put(Intent.LIST, "查看交接清单", "查看清单", "交接清单", "看看清单", "看清单", "清单", "列表", "show list", "list");
		put(Intent.ACKNOWLEDGE, "签收", "已签收", "acknowledge", "ack");
		put(Intent.ADD, "添加", "新增", "增加", "add");
		put(Intent.EDIT, "修改", "更正", "edit");
		put(Intent.NONE_IN_SECTION, "本部分无", "本部分没有", "这部分没有", "none");
		put(Intent.SUBMIT, "提交清单", "提交", "submit");
		put(Intent.CONFIRM, "确认无误", "确认", "confirm");
		put(Intent.DISPUTE, "有异议", "异议", "dispute");
		put(Intent.APPROVE, "审核通过", "通过", "approved", "approve");
		put(Intent.RETURN, "退回", "驳回", "打回", "return");
		put(Intent.RULE, "裁定", "rule");
		put(Intent.SIGN, "签字", "签名", "sign");
		put(Intent.PLAN, "推进计划", "计划", "plan");
		put(Intent.PROGRESS, "进展", "progress");
		put(Intent.STATUS, "查看进度", "进度", "状态", "status");
		put(Intent.CANCEL, "取消", "cancel");
		put(Intent.NEXT, "下一个", "下一项", "下一部分", "next");
		put(Intent.SKIP, "跳过", "先跳过", "skip");
		put(Intent.BACK, "上一个", "上一项", "上一部分", "返回", "back");
		put(Intent.SWITCH, "切换到", "切换", "switch");
		put(Intent.SHOW, "查看", "看一下", "看看", "show", "item");
	}

	private static final Map<String, Intent> WHOLE = Map.ofEntries(Map.entry("好的", Intent.CONFIRM),
			Map.entry("好", Intent.CONFIRM), Map.entry("没问题", Intent.CONFIRM), Map.entry("可以", Intent.CONFIRM),
			Map.entry("无误", Intent.CONFIRM), Map.entry("ok", Intent.CONFIRM), Map.entry("yes", Intent.CONFIRM),
			Map.entry("同意", Intent.APPROVE), Map.entry("不对", Intent.DISPUTE), Map.entry("有出入", Intent.DISPUTE),
			Map.entry("不同意", Intent.DISPUTE), Map.entry("错了", Intent.DISPUTE), Map.entry("错", Intent.DISPUTE), Map.entry("无", Intent.NONE_IN_SECTION),
			Map.entry("没有", Intent.NONE_IN_SECTION), Map.entry("nothing", Intent.NONE_IN_SECTION),
			Map.entry("对的", Intent.CONFIRM), Map.entry("是的", Intent.CONFIRM), Map.entry("行", Intent.CONFIRM),
			Map.entry("没有问题", Intent.CONFIRM), Map.entry("okay", Intent.CONFIRM), Map.entry("同意确认", Intent.CONFIRM),
			Map.entry("全部没问题", Intent.CONFIRM_ALL), Map.entry("不正确", Intent.DISPUTE), Map.entry("有问题", Intent.DISPUTE),
			Map.entry("disagree", Intent.DISPUTE), Map.entry("wrong", Intent.DISPUTE), Map.entry("同意通过", Intent.APPROVE),
			Map.entry("继续", Intent.NEXT), Map.entry("帮帮我", Intent.HELP), Map.entry("怎么用", Intent.HELP),
			Map.entry("怎么操作", Intent.HELP), Map.entry("使用说明", Intent.HELP), Map.entry("我的", Intent.MINE),
			Map.entry("我有哪些交接", Intent.MINE));

	/** A question is not an order: "确认一下什么时候截止？" asks, it confirms nothing. */
	private static final Pattern QUESTION = Pattern.compile("[?？]$|什么|怎么|吗$");

	/** Actions a question must not set off (a dispute's or return's reason may well ask something). */
	private static final java.util.Set<Intent> ACTIONS = java.util.EnumSet.of(Intent.CONFIRM, Intent.CONFIRM_ALL,
			Intent.SUBMIT, Intent.APPROVE, Intent.SIGN, Intent.CANCEL);

	/** Words that look something up: a question mark after them asks the same thing (a comment keeps its "？"). */
	private static final java.util.Set<Intent> LOOKUPS = java.util.EnumSet.of(Intent.HELP, Intent.MINE, Intent.LIST,
			Intent.SHOW, Intent.STATUS, Intent.NEXT, Intent.BACK, Intent.SWITCH);

	private static final Pattern REASONS = Pattern.compile("(金额|数字|数额|账实|余额).{0,4}(不符|对不上|有误|不对)");

	private static final Pattern NUMBER = Pattern.compile("^(?:第\\s*|#\\s*)?([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})\\s*(?:项|条|步|号)?");

	private static final Pattern ITEM_REF = Pattern.compile("^第\\s*([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})\\s*(?:项|条)");

	private static final Pattern AMOUNT = Pattern
		.compile("[¥￥]?\\s*([0-9][0-9,]{0,24}(?:\\.[0-9]{1,6})?)\\s*(亿|万|千)?\\s*(元)?");

	/** With a year any of - / . 年 separates; without one only 月 or - / (so "1.5亿" is no date). */
	private static final Pattern DATE = Pattern.compile("(?<![0-9.])(?:(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*"
			+ "(\\d{1,2})\\s*日?|(\\d{1,2})\\s*(?:月\\s*(\\d{1,2})\\s*日?|[-/]\\s*(\\d{1,2})(?![0-9.])))");

	private static final Pattern CODE = Pattern.compile("^(\\d{6})$");

	private static final Pattern EDIT = Pattern.compile("^(?:把)?\\s*(?:第\\s*)?([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})\\s*(?:项|条)?\\s*的?\\s*"
			+ "(金额|标题|名称|状态|截止日期|期限|日期|责任人|负责人|详情|说明|对方|往来单位|amount|title|status|deadline|responsible|details)"
			+ "\\s*(?:改为|改成|为|是|:)?\\s*(.*)$");

	private static void put(Intent intent, String... words) {
		for (String w : words) {
			WORDS.put(w, intent);
		}
	}

	public Command parse(String message, LocalDate today) {
		String raw = normalize(message);
		try {
			return read(raw, today);
		}
		catch (RuntimeException ex) {
			return Command.unknown(raw);
		}
	}

	static String normalize(String message) {
		if (message == null) {
			return "";
		}
		String s = message.length() > MAX_CHARS ? message.substring(0, MAX_CHARS) : message;
		StringBuilder out = new StringBuilder(s.length());
		s.codePoints().map(CommandParser::halfWidth).forEach(cp -> {
			int type = Character.getType(cp);
			if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE) {
				out.append(cp == '\n' || cp == '\t' ? ' ' : "");
			}
			else {
				out.appendCodePoint(cp);
			}
		});
		return out.toString().replaceAll("\\s+", " ").strip();
	}

	/**
	 * Full-width letters, digits and ASCII signs ("３", "ＯＫ", "＃") as their ASCII forms; Chinese punctuation (，。：；！？（）)
	 * stays as written, since it is part of what people said and the grammar reads both forms.
	 */
	private static int halfWidth(int cp) {
		if (cp == 0x3000) {
			return ' ';
		}
		if (cp >= 0xFF01 && cp <= 0xFF5E && "，。：；！？（）".indexOf(cp) < 0) {
			return cp - 0xFEE0;
		}
		return cp;
	}

	private Command read(String raw, LocalDate today) {
		String bare = raw.replaceAll("^(请|麻烦|我要|我)(?=确认|提交|退回|签字|签收|通过)|^(请|麻烦)+", "").replaceAll("[。！!~～.,，、吧了啊哈呀]+$", "").strip();
		String lower = bare.toLowerCase(Locale.ROOT);
		Intent whole = WHOLE.get(lower);
		if (whole != null) {
			return command(whole, null, null, raw);
		}
		// a command word typed with spaces inside it ("帮 助", "本部分 无"): only when the whole message is that word
		String compact = lower.replace(" ", "");
		if (!compact.equals(lower) && compact.chars().noneMatch(ch -> ch < 128 && Character.isLetter(ch))) {
			Intent spaced = WHOLE.containsKey(compact) ? WHOLE.get(compact) : WORDS.get(compact);
			if (spaced != null) {
				return command(spaced, null, null, raw);
			}
		}
		if (CODE.matcher(lower).matches()) {
			return new Command(Intent.SIGN, null, null, null, null, null, null, null, null, lower, false, raw);
		}
		Matcher edit = EDIT.matcher(lower.replaceFirst("^(修改|更正|edit)\\s*", ""));
		if (edit.matches() && (lower.startsWith("修改") || lower.startsWith("更正") || lower.startsWith("edit")
				|| lower.contains("改为") || lower.contains("改成"))) {
			return edit(edit, raw, today);
		}
		for (Map.Entry<String, Intent> word : WORDS.entrySet()) {
			if (lower.startsWith(word.getKey()) && !runsOn(word.getKey(), lower)) {
				if (ACTIONS.contains(word.getValue()) && QUESTION.matcher(raw).find()) {
					return Command.unknown(raw);
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
			String after = lower.substring(item.end()).strip();
			if (after.isEmpty()) {
				return command(Intent.SHOW, number(item.group(1)), null, raw);
			}
			// "第3项确认", "第三项不对": the item first, then the word
			Intent said = WHOLE.get(after);
			if (said == null && WORDS.get(after) != null) {
				said = WORDS.get(after);
			}
			if (said == Intent.CONFIRM || said == Intent.DISPUTE) {
				return command(said, number(item.group(1)), null, raw);
			}
		}
		if (bare.length() <= 40 && REASONS.matcher(bare).find()) {
			return new Command(Intent.DISPUTE, null, raw, null, null, amount(raw), null, null, null, null, false, raw);
		}
		return Command.unknown(raw);
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
		Matcher n = NUMBER.matcher(rest);
		boolean numbered = intent != Intent.ADD && n.find() && !n.group().isBlank() && !startsWithDate(rest)
				&& (n.end(1) == rest.length() || !Character.isDigit(rest.charAt(n.end(1))));
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
				yield new Command(Intent.PROGRESS, number, note == null || note.isEmpty() ? text : note, null, null,
						null, null, null, null, null, finished, raw);
			}
			case PLAN -> {
				LocalDate date = text == null ? null : date(text, today);
				String step = text == null ? null : DATE.matcher(text).replaceFirst("").replaceFirst("^[\\s前:：,，]+", "").strip();
				yield new Command(Intent.PLAN, number, text == null ? null : step.isEmpty() ? text : step, null, text,
						null, date, null, null, null, false, raw);
			}
			case ADD -> new Command(Intent.ADD, null, text, null, null, text == null ? null : amount(text),
					text == null ? null : date(text, today), text == null ? null : status(text), null, null, false, raw);
			default -> new Command(intent, number, text, null, null, text == null ? null : amount(text), null, null,
					null, null, false, raw);
		};
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
		return new Command(Intent.RULE, number, note == null || note.isEmpty() ? null : note, null, null,
				note == null ? null : amount(note), null, null, ruling, null, false, raw);
	}

	private Command edit(Matcher m, String raw, LocalDate today) {
		EditField field = switch (m.group(2)) {
			case "金额", "amount" -> EditField.AMOUNT;
			case "标题", "名称", "title" -> EditField.TITLE;
			case "状态", "status" -> EditField.STATUS;
			case "截止日期", "期限", "日期", "deadline" -> EditField.DEADLINE;
			case "责任人", "负责人", "responsible" -> EditField.RESPONSIBLE;
			case "对方", "往来单位" -> EditField.COUNTERPARTY;
			default -> EditField.DETAILS;
		};
		String value = m.group(3).strip();
		BigDecimal amount = field == EditField.AMOUNT ? amount(value) : null;
		LocalDate date = field == EditField.DEADLINE ? date(value, today) : null;
		ItemStatus status = field == EditField.STATUS ? status(value) : null;
		return new Command(Intent.EDIT, number(m.group(1)), null, field, value, amount, date, status, null, null, false,
				raw);
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

	static BigDecimal amount(String text) {
		Matcher m = AMOUNT.matcher(text);
		while (m.find()) {
			boolean money = m.group(2) != null || m.group(3) != null || m.group().contains("¥") || m.group().contains("￥");
			if (!money) {
				continue;
			}
			BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
			if (m.group(2) != null) {
				value = value.multiply(switch (m.group(2)) {
					case "亿" -> new BigDecimal("100000000");
					case "万" -> new BigDecimal("10000");
					default -> new BigDecimal("1000");
				});
				value = value.stripTrailingZeros();
				if (value.scale() < 0) {
					value = value.setScale(0);
				}
			}
			return value;
		}
		String plain = text.strip();
		return plain.matches("[0-9][0-9,]{0,24}(\\.[0-9]{1,6})?") ? new BigDecimal(plain.replace(",", "")) : null;
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
