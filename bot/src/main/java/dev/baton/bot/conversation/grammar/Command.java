package dev.baton.bot.conversation.grammar;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.confirmation.Ruling;

/**
 * One chat message, read. Every field but {@code intent} and {@code raw} may be null.
 *
 * @param intent what the person wants
 * @param number the item (or handover, for {@link Intent#SWITCH}; or plan step, for
 * {@link Intent#PROGRESS}) named: "第三项", "3", "#3"
 * @param text what follows the command word, trimmed: a reason, a comment, a title, a
 * progress note; for free-text intents that carry their own reason ("金额不符，应为120万") the
 * whole phrase
 * @param field for {@link Intent#EDIT}: what changes
 * @param value for {@link Intent#EDIT}: the new value as written ("120万"); for
 * {@link Intent#PLAN}: everything after the item number as written, every step with its
 * date ("2026-12-31 验收；2027-01-29 结清")
 * @param amount an amount of money in the message, exact, in yuan ("120万" → 1200000,
 * "1,234.5元" → 1234.5)
 * @param date a date in the message ("2026-12-31", "2026年12月31日", "12月31日" in the year of
 * the message)
 * @param status for {@link Intent#EDIT} of the status or for {@link Intent#ADD}: 已完成 /
 * 推进中 / 未启动
 * @param ruling for {@link Intent#RULE}: 维持 / 更正
 * @param code for {@link Intent#SIGN}: the six-digit one-time code
 * @param finished for {@link Intent#PROGRESS}: "已完成" / "done" marks the step finished
 * @param raw the message as received, normalized: NFKC (Chinese punctuation ，：；！？（） kept
 * as written), control and format characters, emoji variation selectors and skin tones
 * removed, white space collapsed, trimmed
 * @param quantity a quantity that is not money ("29.22万亩" → 292200 with unit 亩), exact;
 * never also an amount
 * @param unit the unit of {@code quantity} as written (亩, 平方米, 公顷, 人, 处, 个, 件, 户, 公里, 吨
 * …)
 * @param clear for {@link Intent#EDIT}: the field is to be emptied ("第9项金额改为无",
 * "第10项金额删除")
 * @param tentative the reading is a guess the person must confirm before anything is done
 * ("您是要确认第3项吗？")
 * @param step for {@link Intent#PROGRESS}: the step within item {@code number}, as shown
 * to people ("进展 4.2 …", "第4项第2步已完成" → number 4, step 2); null when only one number was
 * given
 */
public record Command(Intent intent, Integer number, String text, EditField field, String value, BigDecimal amount,
		LocalDate date, ItemStatus status, Ruling ruling, String code, boolean finished, String raw,
		BigDecimal quantity, String unit, boolean clear, boolean tentative, Integer step) {

	/** A reading with no quantity, nothing cleared, and no doubt about it. */
	public Command(Intent intent, Integer number, String text, EditField field, String value, BigDecimal amount,
			LocalDate date, ItemStatus status, Ruling ruling, String code, boolean finished, String raw) {
		this(intent, number, text, field, value, amount, date, status, ruling, code, finished, raw, null, null, false,
				false, null);
	}

	public static Command unknown(String raw) {
		return new Command(Intent.UNKNOWN, null, raw, null, null, null, null, null, null, null, false, raw);
	}

	public boolean hasNumber() {
		return number != null;
	}

	public boolean hasText() {
		return text != null && !text.isBlank();
	}

}
