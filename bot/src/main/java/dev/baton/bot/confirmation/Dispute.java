package dev.baton.bot.confirmation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The successor's dispute of an item and, once given, the ruling department's final ruling: UPHELD (the departing
 * official's statement stands) or CORRECTED (with the corrected amount where money is concerned).
 */
public record Dispute(long id, long itemId, String reason, long raisedBy, Instant raisedAt, String ruling,
		String rulingNote, BigDecimal correctedAmount, Long ruledBy, Instant ruledAt) {
}
