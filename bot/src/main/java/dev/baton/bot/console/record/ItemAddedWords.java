package dev.baton.bot.console.record;

import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.console.PageTexts;
import tools.jackson.databind.JsonNode;

/**
 * What the audit row of an item added says beside its number and title (#17): the words
 * as the person said them, where they differ from the title (原话：“办公楼维修 已完成 45万元”), then
 * what was read from them into the item's fields: its amount, quantity, deadline, when it
 * was done and its status, each as the record page writes it (金额：450,000.00元).
 */
final class ItemAddedWords {

	private ItemAddedWords() {
	}

	static List<String> of(JsonNode detail, PageTexts texts, boolean english) {
		List<String> out = new ArrayList<>();
		String said = string(detail, "said");
		if (said != null) {
			out.add(texts.text("supervision.audit.said", said));
		}
		String amount = string(detail, "amount");
		if (amount != null) {
			out.add(read(texts, "AMOUNT", texts.money(amount, string(detail, "currency"))));
		}
		String quantity = string(detail, "quantity");
		if (quantity != null) {
			String unit = string(detail, "unit");
			out.add(read(texts, "QUANTITY", dev.baton.bot.checklist.Quantity.format(new java.math.BigDecimal(quantity),
					unit == null ? "" : unit, english)));
		}
		String deadline = string(detail, "deadline");
		if (deadline != null) {
			out.add(read(texts, "DEADLINE", deadline));
		}
		String doneOn = string(detail, "doneOn");
		if (doneOn != null) {
			out.add(read(texts, "DONE_ON", doneOn));
		}
		String status = string(detail, "status");
		if (status != null && !status.equals("UNSAID")) {
			out.add(read(texts, "STATUS", texts.text("supervision.status." + status)));
		}
		return out;
	}

	private static String read(PageTexts texts, String field, String value) {
		return texts.text("supervision.audit.read", texts.text("supervision.audit.field." + field), value);
	}

	private static String string(JsonNode detail, String field) {
		JsonNode value = detail.get(field);
		return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : null;
	}

}
