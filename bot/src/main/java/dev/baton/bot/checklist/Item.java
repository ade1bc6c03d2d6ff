package dev.baton.bot.checklist;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of the checklist. {@code seq} is its number in chat ("第3项"), never given to
 * another item even when this one is withdrawn; {@code amount} is money, exact (never
 * rounded) in {@code currency}; {@code quantity} is a quantity that is not money (292200
 * 亩), exact, in {@code quantityUnit}; {@code status} is null until someone says it;
 * {@code unfinished} items need the successor's follow-up plan. {@code said} is the words
 * as the departing official said them where they differ from the title (the title holds
 * no figure a field holds); {@code doneOn} is the day a finished item was done,
 * {@code doneIn} the month when only the month was said (at most one is set: no day is
 * ever made up). Withdrawn items (deleted or undone while drafting) are only read for
 * history: the checklist never holds them.
 * <p>
 * The fields added after records were first archived are left out of the JSON while
 * empty, so the digest of a record archived before them is unchanged.
 */
public record Item(long id, long handoverId, long sectionId, int seq, String title, String details, ItemStatus status,
		BigDecimal amount, String currency, String counterparty, LocalDate deadline, String responsible,
		boolean unfinished, Confirmation confirmation, Instant createdAt, Instant updatedAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal quantity,
		@JsonInclude(JsonInclude.Include.NON_NULL) String quantityUnit,
		@JsonInclude(JsonInclude.Include.NON_NULL) Instant withdrawnAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) String withdrawnHow,
		@JsonInclude(JsonInclude.Include.NON_NULL) String said,
		@JsonInclude(JsonInclude.Include.NON_NULL) LocalDate doneOn,
		@JsonInclude(JsonInclude.Include.NON_NULL) YearMonth doneIn) {

	public Item {
		// DECIMAL(24,6) reads back as 292200.000000: a quantity is as exact without the
		// zeros a column adds
		if (quantity != null) {
			BigDecimal plain = quantity.stripTrailingZeros();
			quantity = plain.scale() < 0 ? plain.setScale(0) : plain;
		}
	}

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	/**
	 * What the departing official stated, as a draft: every field, for restoring it
	 * exactly.
	 */
	ItemDraft asDraft() {
		return new ItemDraft(title, details, status, amount, currency, counterparty, deadline, responsible, unfinished,
				quantity, quantityUnit);
	}

}
