package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.review.ReviewComment;
import dev.baton.bot.review.ReviewService;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * Words typed by the departing official while a return is open that are not clearly a new
 * item (#12, newcomer 16, finding 1: 「合同是2024年签的，合同原件在局办公室档案柜」, the answer to
 * 「第6项运维费合同是哪年签的？」, was recorded as a new item 9 that went through review into the
 * archived 交接书). Words with no figure, status or deadline of an item, or words that echo
 * a returned item's comment or title (合同, 运维费 …), are asked about with a card:
 * 这是对第6项退回意见的答复吗？ with 记为第6项补充 (one button for each returned item) / 记为新事项 / 取消. The
 * words are kept with the card; a press records them exactly as 「第6项补充：…」 or 「添加 …」 typed
 * would.
 */
@Component
class ReturnAnswerQuestion {

	/** 记为第N项补充: the card's item is the returned item. */
	static final String SUPPLEMENT = "sup";

	/** 记为新事项. */
	static final String NEW_ITEM = "newit";

	/** 取消: nothing is recorded. */
	static final String DROP = "drop";

	static final Set<String> VERBS = Set.of(SUPPLEMENT, NEW_ITEM, DROP);

	private final ReviewService reviews;

	private final Checklists checklists;

	ReturnAnswerQuestion(ReviewService reviews, Checklists checklists) {
		this.reviews = reviews;
		this.checklists = checklists;
	}

	/**
	 * The card asking whether the words answer a returned item; null when no return is
	 * open, or when the words read clearly as a new item.
	 * @param words the words as typed
	 * @param asItem the words read as 「添加 …」
	 */
	Answer askIfAnswer(Turn turn, String words, Command asItem) {
		Handover h = turn.handover();
		if (!turn.departing() || h.state() != HandoverState.DRAFTING || h.reviewRound() < 1 || words == null
				|| words.isBlank()) {
			return null;
		}
		Map<Integer, String> returned = returned(h.id());
		if (returned.isEmpty()) {
			return null;
		}
		boolean itemLike = asItem != null && (asItem.amount() != null || asItem.quantity() != null
				|| asItem.date() != null || asItem.status() != null);
		if (itemLike && !echoes(words, returned.values())) {
			return null;
		}
		Texts t = turn.texts();
		List<Integer> seqs = new ArrayList<>(returned.keySet());
		String named = String.join(t.english() ? ", " : "、",
				seqs.stream().map(n -> t.get("conv.returnAnswer.item", n)).toList());
		String question = t.get("conv.returnAnswer.ask", named, words.strip());
		List<OutboundMessage.Button> buttons = new ArrayList<>();
		for (int seq : seqs) {
			buttons.add(new OutboundMessage.Button(t.get("conv.returnAnswer.supplement", seq),
					Cards.action(SUPPLEMENT, h.id(), seq)));
		}
		buttons.add(new OutboundMessage.Button(t.get("conv.returnAnswer.newItem"), Cards.action(NEW_ITEM, h.id(), 0)));
		buttons.add(new OutboundMessage.Button(t.get("conv.returnAnswer.drop"), Cards.action(DROP, h.id(), 0)));
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id(SUPPLEMENT, h.id(), seqs.get(0)),
				t.get("conv.returnAnswer.title", named), question, buttons,
				question + "\n" + t.get("conv.returnAnswer.textFallback", seqs.get(0), words.strip()));
		// kept as written: a press stores what typing 第N项补充：… would (#12)
		return new Answer(List.of(card), turn.dialog(), Map.of(card.cardId(), turn.asWritten(words.strip())));
	}

	/**
	 * Each item the latest return commented on, by number, with its comment and title.
	 */
	private Map<Integer, String> returned(long handoverId) {
		Map<Long, Integer> numbers = checklists.numbers(handoverId);
		Map<Integer, String> titles = new LinkedHashMap<>();
		for (Item i : checklists.items(handoverId)) {
			titles.put(i.seq(), i.title());
		}
		Map<Integer, String> out = new java.util.TreeMap<>();
		for (ReviewComment c : reviews.latestReturnComments(handoverId)) {
			Integer seq = numbers.get(c.itemId());
			if (seq != null && titles.containsKey(seq)) {
				out.merge(seq, titles.get(seq) + " " + (c.body() == null ? "" : c.body()), (a, b) -> a + " " + b);
			}
		}
		return out;
	}

	/**
	 * Whether the words share two Chinese characters in a row with a returned item's
	 * words.
	 */
	static boolean echoes(String words, java.util.Collection<String> returned) {
		Set<String> theirs = new TreeSet<>();
		for (String r : returned) {
			theirs.addAll(pairs(r));
		}
		return pairs(words).stream().anyMatch(theirs::contains);
	}

	private static Set<String> pairs(String s) {
		Set<String> out = new TreeSet<>();
		for (int i = 0; i + 1 < s.length(); i++) {
			char a = s.charAt(i);
			char b = s.charAt(i + 1);
			if (Character.UnicodeScript.of(a) == Character.UnicodeScript.HAN
					&& Character.UnicodeScript.of(b) == Character.UnicodeScript.HAN) {
				out.add(s.substring(i, i + 2));
			}
		}
		return out;
	}

}
