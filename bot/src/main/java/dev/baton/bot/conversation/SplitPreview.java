package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.checklist.Quantity;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.ItemWords;

/**
 * Each candidate item of the 一项还是两项 question as it would be recorded (#12, newcomer 11,
 * finding 2): its title, its figure and its deadline ("纪检监察干部培训基地建设，3,800,000.00元"), not
 * a raw fragment of the message ("…还在施工 总投资380万元").
 */
final class SplitPreview {

	private SplitPreview() {
	}

	static String of(Texts t, String fragment, Command read, LocalDate today) {
		ItemWords words = ItemWords.of(fragment, read, today);
		List<String> parts = new ArrayList<>();
		parts.add(words.title());
		if (read.amount() != null) {
			parts.add(ItemLines.money(t, read.amount(), null));
		}
		if (read.quantity() != null) {
			parts.add(Quantity.format(read.quantity(), read.unit(), t.english()));
		}
		if (words.deadline() != null) {
			parts.add(t.get("conv.splitPreview.deadline", words.deadline().toString()));
		}
		return String.join(t.english() ? ", " : "，", parts);
	}

}
