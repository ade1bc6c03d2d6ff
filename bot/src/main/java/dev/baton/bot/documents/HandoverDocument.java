package dev.baton.bot.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the 交接书 says, read from an archived record only (see {@link HandoverDocuments}):
 * the same record always gives the same document. Words are Chinese, as the document is;
 * nothing in it is an internal code.
 */
public record HandoverDocument(long handoverId, String sha256, String verifyUrl, String unitName, Person departing,
		Person successor, Person organizer, String reason, LocalDate noticeOn, LocalDateTime archivedAt,
		String policyName, List<Block> sections, List<DisputeRow> disputes, List<ReviewRow> reviews,
		List<SignatureRow> signatures, List<ItemRow> followUps, List<String> copies, List<FlagRow> flags) {

	/**
	 * A discipline flag the archived record holds (#15): its name (交接不清 …), the day it
	 * was raised and why (which return and its comments, which ruling, which step went
	 * overdue and since when).
	 */
	public record FlagRow(String flag, LocalDate raisedOn, String reason) {
	}

	/** An official as named in the document: name and post. */
	public record Person(String name, String post) {

		/**
		 * 陈建国（市统计局局长）. A post with brackets of its own is not put in brackets inside
		 * brackets (newcomer 13: 陈建国（市统计局局长（离任））): its brackets become commas,
		 * 陈建国（市统计局局长，离任）.
		 */
		public String named() {
			return post == null || post.isBlank() ? name : name + "（" + unbracketed(post) + "）";
		}

		/** 市统计局局长（离任） → 市统计局局长，离任; (…) as （…）. */
		static String unbracketed(String post) {
			String commas = post.strip().replaceAll("\\s*[（()）]+\\s*", "，");
			return commas.replaceAll("，{2,}", "，").replaceAll("^，|，$", "");
		}

	}

	/**
	 * One section of the checklist with its items; {@code declaredEmpty} is a section
	 * declared 无.
	 */
	public record Block(String code, String title, boolean economic, boolean declaredEmpty, List<ItemRow> items) {
	}

	/**
	 * One item as the document shows it. {@code amount} is money in {@code currency} (CNY
	 * when none was named); {@code quantity} a quantity that is not money, in
	 * {@code quantityUnit}; {@code notes} the words added after it (supplements) and the
	 * words as said where they differ from the title, each figure said in them corrected
	 * since followed by its correction; {@code changes} the corrections of the amount or
	 * quantity (the values shown are the corrected ones).
	 */
	public record ItemRow(int seq, String section, String title, String details, String status, BigDecimal amount,
			String currency, BigDecimal quantity, String quantityUnit, String counterparty, LocalDate deadline,
			String responsible, boolean unfinished, String confirmation, String done, List<String> notes,
			List<Change> changes) {

		public boolean hasFigure() {
			return amount != null || quantity != null;
		}

	}

	/**
	 * A value of an item corrected after it was first recorded: {@code field} 金额, 数量, 期限,
	 * 完成时间 or 状态, what it was, what it is now (empty: deleted), who corrected it (离任干部更正
	 * while drafting, 审计裁定更正 by the ruling on a dispute) and, for a ruling on a value the
	 * departing official had corrected, what they first declared ({@code first}, else
	 * null).
	 */
	public record Change(String field, String was, String now, String by, String first) {

		public Change(String field, String was, String now, String by) {
			this(field, was, now, by, null);
		}

		/**
		 * 更正：金额原记456,000.00元，已更正为465,000.00元（离任干部更正）; a ruling on a value the departing
		 * official had corrected ({@code first}: what was first declared) says so rather
		 * than calling the corrected value the original (newcomer 21, finding 24):
		 * 更正：金额裁定前为1,020,000.00元（原申报1,200,000.00元，离任干部更正为1,020,000.00元），已更正为980,000.00元（审计裁定更正）.
		 */
		public String sentence() {
			String before = first == null ? "原记" + was : "裁定前为" + was + "（原申报" + first + "，离任干部更正为" + was + "）";
			return "更正：" + field + before + "，" + (now.isEmpty() ? "已删去" : "已更正为" + now) + "（" + by + "）";
		}

	}

	/**
	 * A disputed item and the ruling department's final ruling (审计结论为准), with both values
	 * where it corrected one.
	 */
	public record DisputeRow(int seq, String title, String reason, String raisedBy, LocalDate raisedOn, String ruling,
			String rulingNote, String stated, String corrected, String ruledBy, LocalDate ruledOn, Value statedValue,
			Value correctedValue) {
	}

	/**
	 * A disputed value as a value rather than words, for the Excel sheet (newcomer 13:
	 * 原申报 and 更正后 were text there): an amount in {@code unit} (a currency, CNY for yuan)
	 * when {@code money}, a quantity in {@code unit}, or a deadline {@code date}; null
	 * where the words say 未写明 or nothing.
	 */
	public record Value(BigDecimal number, String unit, boolean money, LocalDate date) {

		static Value money(BigDecimal amount, String currency) {
			return amount == null ? null : new Value(amount, currency == null ? "CNY" : currency, true, null);
		}

		static Value quantity(BigDecimal quantity, String unit) {
			return quantity == null ? null : new Value(quantity, unit, false, null);
		}

		static Value date(LocalDate date) {
			return date == null ? null : new Value(null, null, false, date);
		}

	}

	/** One department's verdict in one round of the joint review. */
	public record ReviewRow(int round, String department, String decision, String reviewer, LocalDate decidedOn,
			String comment) {
	}

	/** Who signed, in which capacity, when and how. */
	public record SignatureRow(String role, String name, String post, LocalDateTime signedAt, String how) {
	}

}
