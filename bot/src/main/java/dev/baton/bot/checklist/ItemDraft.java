package dev.baton.bot.checklist;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the departing official states about an item. For an edit, null fields are left as they are.
 */
public record ItemDraft(String title, String details, ItemStatus status, BigDecimal amount, String currency,
		String counterparty, LocalDate deadline, String responsible, Boolean unfinished) {

	public static ItemDraft titled(String title) {
		return new ItemDraft(title, null, null, null, null, null, null, null, null);
	}

	public ItemDraft withAmount(BigDecimal newAmount) {
		return new ItemDraft(title, details, status, newAmount, currency, counterparty, deadline, responsible, unfinished);
	}

	public ItemDraft withStatus(ItemStatus newStatus, boolean isUnfinished) {
		return new ItemDraft(title, details, newStatus, amount, currency, counterparty, deadline, responsible, isUnfinished);
	}

}
