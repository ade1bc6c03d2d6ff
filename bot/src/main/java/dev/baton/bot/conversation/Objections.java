package dev.baton.bot.conversation;

import java.util.List;
import java.util.regex.Pattern;

import dev.baton.bot.checklist.Item;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.FiguresSaid;
import dev.baton.bot.conversation.grammar.Grammar;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.conversation.grammar.ItemsNamed;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.system.BatonException;
import dev.baton.integrations.chat.OutboundMessage;

/**
 * The successor's objection to an item in plain words (#12, newcomer 16, finding 5:
 * 「第9项这条看不懂，这不是一个交接事项」): words of the grammar's {@code objection} kind, with one item
 * named or the item shown to them, are a dispute of that item read from words, so Baton
 * asks first with a card (「对第9项提出异议吗？理由：…」 [提出异议][不是]), the words as its reason; a yes,
 * typed or pressed, files it. Nothing is recorded on a guess.
 */
final class Objections {

	/**
	 * "第9项", "第9项的", "9号", "item 9" before the words: the reason starts after it.
	 */
	private static final Pattern NAMED = Pattern.compile(
			"^\\s*(?:关于|对)?\\s*(?:第\\s*(?:[0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})\\s*(?:项|条)|[0-9]{1,4}\\s*号|(?i:item)\\s*[0-9]{1,4}(?![0-9.]))\\s*(?:的)?\\s*[,，:：]?\\s*");

	private Objections() {
	}

	/**
	 * The card asking whether the words dispute the item they name (or the one in focus);
	 * null when they are no objection, name no one item, or the successor is not
	 * confirming.
	 */
	static Answer ask(Turn turn, String raw) {
		if (raw == null || !turn.successor() || turn.handover().state() != HandoverState.CONFIRMING
				|| Grammar.standard().objection(raw) == null) {
			return null;
		}
		List<Integer> named = ItemsNamed.in(raw);
		Integer seq = named.size() == 1 ? named.get(0) : named.isEmpty() ? turn.dialog().item() : null;
		if (seq == null) {
			return null;
		}
		return card(turn, seq, raw);
	}

	/** A question about an item's figure ("是36万还是38万？") objects to nothing. */
	private static final Pattern ASKS = Pattern.compile("[?？]|吗[了的呀啊吧]*$|是不是|对不对|还是");

	/**
	 * The card asking whether the words dispute the item they name (or the one in focus)
	 * because they give a figure other than the one it records (newcomer 25, finding 5:
	 * 「第2项我问了财务，欠款实际是36万，不是38万」, 「第2项应该是36万」); null when the words are a command of their
	 * own, a question, name no one item, give no such figure, or the successor is not
	 * confirming.
	 */
	static Answer otherFigure(Turn turn, Command c, java.util.function.IntFunction<Item> items) {
		boolean figureSaid = c.intent() == Intent.UNKNOWN
				|| c.intent() == Intent.EDIT && (c.amount() != null || c.quantity() != null);
		if (!figureSaid || c.raw() == null || !turn.successor() || turn.handover().state() != HandoverState.CONFIRMING
				|| ASKS.matcher(c.raw().strip()).find()) {
			return null;
		}
		List<Integer> named = ItemsNamed.in(c.raw());
		Integer seq = c.number() != null ? c.number()
				: named.size() == 1 ? named.get(0) : named.isEmpty() ? turn.dialog().item() : null;
		if (seq == null) {
			return null;
		}
		Item item;
		try {
			item = items.apply(seq);
		}
		catch (BatonException ex) {
			return null; // an item the checklist does not have
		}
		if (item == null || !FiguresSaid.otherThan(c.raw(), item.amount(), item.quantity(), item.quantityUnit())) {
			return null;
		}
		return card(turn, seq, c.raw());
	}

	private static Answer card(Turn turn, int seq, String raw) {
		String reason = NAMED.matcher(raw.strip()).replaceFirst("").strip();
		if (reason.isEmpty()) {
			reason = raw.strip();
		}
		Texts t = turn.texts();
		// kept as written: a yes stores the reason as typing it would (#12)
		String words = (t.english() ? "dispute " : "异议 ") + seq + " " + turn.asWritten(reason);
		long h = turn.handover().id();
		String question = t.get("conv.objectionOffer.ask", seq, reason);
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id("clarify", h, seq),
				t.get("conv.objectionOffer.title", seq), question,
				List.of(new OutboundMessage.Button(t.get("conv.objectionOffer.yes"), Cards.action("disp", h, seq)),
						new OutboundMessage.Button(t.get("conv.button.no"), Cards.action("no", h, seq))),
				question + "\n" + t.get("conv.clarify.textFallback"));
		return Answer.proposing(card, words, turn.dialog().proposing(Intent.DISPUTE, seq, words));
	}

}
