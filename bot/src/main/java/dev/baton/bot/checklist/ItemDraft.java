package dev.baton.bot.checklist;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the departing official states about an item. For an edit, null fields are left as
 * they are. {@code quantity} with {@code quantityUnit} is a quantity that is not money
 * ("29.22万亩" → 292200 亩).
 */
public record ItemDraft(String title, String details, ItemStatus status, BigDecimal amount, String currency,
		String counterparty, LocalDate deadline, String responsible, Boolean unfinished, BigDecimal quantity,
		String quantityUnit) {

	/** A draft with no quantity. */
	public ItemDraft(String title, String details, ItemStatus status, BigDecimal amount, String currency,
			String counterparty, LocalDate deadline, String responsible, Boolean unfinished) {
		this(title, details, status, amount, currency, counterparty, deadline, responsible, unfinished, null, null);
	}

	public static ItemDraft titled(String title) {
		return new ItemDraft(title, null, null, null, null, null, null, null, null);
	}

	public ItemDraft withAmount(BigDecimal newAmount) {
		return new ItemDraft(title, details, status, newAmount, currency, counterparty, deadline, responsible,
				unfinished, quantity, quantityUnit);
	}

	public ItemDraft withStatus(ItemStatus newStatus, boolean isUnfinished) {
		return new ItemDraft(title, details, newStatus, amount, currency, counterparty, deadline, responsible,
				isUnfinished, quantity, quantityUnit);
	}

	public ItemDraft withQuantity(BigDecimal newQuantity, String unit) {
		return new ItemDraft(title, details, status, amount, currency, counterparty, deadline, responsible, unfinished,
				newQuantity, unit);
	}

}
