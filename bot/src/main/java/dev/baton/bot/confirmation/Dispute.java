package dev.baton.bot.confirmation;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The successor's dispute of an item and, once given, the ruling department's final ruling: UPHELD (the departing
 * official's statement stands) or CORRECTED (with the corrected amount where money is concerned). A correction
 * with an amount changes the item (争议事项以审计结论为最终依据); the dispute keeps what the departing side stated
 * ({@code originalAmount} in {@code originalCurrency}), so the record shows both. The two are left out of the
 * record's JSON while empty, so an archive sealed before they existed keeps its digest.
 */
public record Dispute(long id, long itemId, String reason, long raisedBy, Instant raisedAt, String ruling,
		String rulingNote, BigDecimal correctedAmount, Long ruledBy, Instant ruledAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal originalAmount,
		@JsonInclude(JsonInclude.Include.NON_NULL) String originalCurrency) {

	/** A correction that changed the item's amount: the departing side's statement and audit's are both kept. */
	public boolean changedAmount() {
		return Ruling.CORRECTED.name().equals(ruling) && correctedAmount != null;
	}

}
