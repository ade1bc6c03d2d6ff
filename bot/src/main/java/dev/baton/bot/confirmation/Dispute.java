package dev.baton.bot.confirmation;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The successor's dispute of an item and, once given, the ruling department's final
 * ruling: UPHELD (the departing official's statement stands) or CORRECTED (with the
 * corrected amount where money is concerned, or the corrected quantity with its unit). A
 * correction with a new value changes the item (争议事项以审计结论为最终依据); the dispute keeps what
 * the departing side stated ({@code originalAmount} in {@code originalCurrency},
 * {@code originalQuantity} in {@code originalQuantityUnit}), so the record shows both.
 * The two are left out of the record's JSON while empty, so an archive sealed before they
 * existed keeps its digest.
 */
public record Dispute(long id, long itemId, String reason, long raisedBy, Instant raisedAt, String ruling,
		String rulingNote, BigDecimal correctedAmount, Long ruledBy, Instant ruledAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal originalAmount,
		@JsonInclude(JsonInclude.Include.NON_NULL) String originalCurrency,
		@JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal originalQuantity,
		@JsonInclude(JsonInclude.Include.NON_NULL) String originalQuantityUnit,
		@JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal correctedQuantity,
		@JsonInclude(JsonInclude.Include.NON_NULL) String correctedQuantityUnit) {

	public Dispute {
		// DECIMAL(24,6) reads back with six decimals: a quantity is as exact without them
		originalQuantity = plain(originalQuantity);
		correctedQuantity = plain(correctedQuantity);
	}

	/**
	 * A correction that changed the item's amount: the departing side's statement and
	 * audit's are both kept.
	 */
	public boolean changedAmount() {
		return Ruling.CORRECTED.name().equals(ruling) && correctedAmount != null;
	}

	/**
	 * A correction that changed the item's quantity (亩, 处 …), both kept as for an amount.
	 */
	public boolean changedQuantity() {
		return Ruling.CORRECTED.name().equals(ruling) && correctedQuantity != null;
	}

	private static BigDecimal plain(BigDecimal quantity) {
		if (quantity == null) {
			return null;
		}
		BigDecimal stripped = quantity.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
