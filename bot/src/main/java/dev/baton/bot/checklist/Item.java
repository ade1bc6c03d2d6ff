package dev.baton.bot.checklist;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the checklist. {@code seq} is its number in chat ("第3项"); {@code amount} is exact (never rounded) in
 * {@code currency}; {@code unfinished} items need the successor's follow-up plan.
 */
public record Item(long id, long handoverId, long sectionId, int seq, String title, String details, ItemStatus status,
		BigDecimal amount, String currency, String counterparty, LocalDate deadline, String responsible,
		boolean unfinished, Confirmation confirmation, Instant createdAt, Instant updatedAt) {
}
