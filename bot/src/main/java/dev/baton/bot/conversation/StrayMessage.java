package dev.baton.bot.conversation;

import java.util.List;
import java.util.Map;

import dev.baton.bot.conversation.grammar.Addressed;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.integrations.chat.OutboundMessage;

/**
 * A message the departing official sent to Baton that reads as one for someone else (#12,
 * newcomer 20, finding 4: 「小李，明天上午的会改到三楼会议室」): asked about with a card, 这条是要记为交接事项吗？
 * [记为事项][不是，发错了], never recorded on a guess. The words are kept with the card; 记为事项
 * records them as 「添加 …」 typed would (the presses are those of
 * {@link ReturnAnswerQuestion}).
 */
final class StrayMessage {

	static final String KIND = "stray";

	private StrayMessage() {
	}

	/** The card, or null when the words do not read as a message to someone else. */
	static Answer askIfStray(Turn turn, String words, Command asItem) {
		if (!turn.departing() || !Addressed.toSomeoneElse(words, asItem)) {
			return null;
		}
		Texts t = turn.texts();
		long h = turn.handover().id();
		String said = words.strip();
		String question = t.get("conv.strayItem.ask", said);
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id(KIND, h, 0), t.get("conv.strayItem.title"),
				question,
				List.of(new OutboundMessage.Button(t.get("conv.strayItem.record"),
						Cards.action(ReturnAnswerQuestion.NEW_ITEM, h, 0)),
						new OutboundMessage.Button(t.get("conv.strayItem.drop"),
								Cards.action(ReturnAnswerQuestion.DROP, h, 0))),
				question + "\n" + t.get("conv.strayItem.textFallback", said));
		// one action proposed: a typed yes records the words as 记为事项 would (newcomer 21,
		// finding 10)
		return new Answer(List.of(card), turn.dialog().proposing(Intent.ADD, null, "添加 " + said),
				Map.of(card.cardId(), said));
	}

}
