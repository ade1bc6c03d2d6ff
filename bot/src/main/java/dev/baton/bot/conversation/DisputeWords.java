package dev.baton.bot.conversation;

import dev.baton.bot.checklist.Item;
import dev.baton.bot.confirmation.DisputedField;

/**
 * The words that ask about a dispute in the disputed field's own terms (#12, newcomer 11,
 * finding 3): the reason asked for a headcount is exemplified in 人, a deadline's with a
 * date, money's in 元; the correction asked of the ruling department names the field.
 */
final class DisputeWords {

	private DisputeWords() {
	}

	/** "数量不符，应为××人": an example of a dispute's reason for this item. */
	static String example(Texts t, Item item, String reason) {
		DisputedField field = DisputedField.of(item, reason);
		String unit = item.quantityUnit() == null ? "" : item.quantityUnit();
		return t.get("conv.disputeWords.example." + field.name(), unit);
	}

	/** "数量" / "金额" / "期限": what a correction of this dispute may carry. */
	static String field(Texts t, Item item, String reason) {
		return t.get("conv.disputeWords.field." + DisputedField.of(item, reason).name());
	}

}
