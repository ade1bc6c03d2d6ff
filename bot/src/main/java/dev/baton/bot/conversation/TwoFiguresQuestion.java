package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemSaid;
import dev.baton.bot.checklist.Quantity;
import dev.baton.bot.conversation.grammar.AsWritten;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.ItemWords;
import dev.baton.bot.conversation.grammar.TwoFigures;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;
import dev.baton.bot.conversation.grammar.CommandParser;

/**
 * An item said with two figures of one kind (#12, newcomer 2: "乡村两级小型水库 4座，山塘12处" held 4座
 * and kept 山塘12处 only in its title). It is recorded as said, nothing lost, and Baton says
 * at once which figure stayed in the title and asks with a card whether they are two
 * items. Why ask, not split: officials write both "水库4座，山塘12处" (two things on hand) and
 * "总投资95万元，已拨付60万元" (one project, its budget and what is paid), and only they know which;
 * a wrong split in a record that is the basis of an audit is worse than a question.
 * Meanwhile the item holds both figures (newcomer 3, finding 13): the first in its field,
 * the second part in its 说明, never in a broken title. 记为两项 makes the second part an item
 * of its own (its own title and figure, the words as said kept on both); 记为一项 keeps both
 * figures on the one item. Typed answers count as the buttons do, in the person's words
 * (分开记，两项 / 一项就行, the grammar's {@code split} words); typed once the question has lapsed
 * they answer the item whose card is still open, or the item named (第4项记为一项), and ask
 * which when several are open: never a new item.
 */
@Component
class TwoFiguresQuestion {

	private final ChecklistService checklist;

	private final Checklists checklists;

	private final BiFunction<String, LocalDate, Command> parse;

	private final LiveCards cards;

	private final TimeSource time;

	private final DraftingNext next;

	private final ItemNotes notes;

	TwoFiguresQuestion(ChecklistService checklist, Checklists checklists, CommandParser parser, LiveCards cards,
			TimeSource time, DraftingNext next, ItemNotes notes) {
		this.next = next;
		this.notes = notes;
		this.checklist = checklist;
		this.checklists = checklists;
		this.parse = parser::parse;
		this.cards = cards;
		this.time = time;
	}

	/**
	 * The reply to an item just recorded, with the second figure said and the question
	 * asked when its words hold two figures of one kind; the reply as it was otherwise.
	 */
	Answer askIfTwo(Turn turn, Item item, Answer added) {
		TwoFigures two = TwoFigures.in(item.said() != null ? item.said() : item.title());
		if (two == null) {
			return added;
		}
		Texts t = turn.texts();
		if (two.counted()) {
			// 「共11条，已整改8条」 (#12, newcomer 16, finding 4): progress on this item, never a
			// second one; no split offered, and 推进中 suggested while its status is unsaid
			return counted(t, item, two, added);
		}
		String kind = t.get("conv.twoFigures.kind." + (two.money() ? "AMOUNT" : "QUANTITY"));
		String kept = item.amount() != null && two.money() ? ItemLines.money(t, item.amount(), item.currency())
				: item.quantity() != null ? Quantity.format(item.quantity(), item.quantityUnit(), t.english()) : "";
		String noted = t.get("conv.twoFigures.noted", kind, kept,
				item.details() != null && !item.details().isBlank() ? item.details() : two.secondShown());
		long h = turn.handover().id();
		// each candidate as it would be recorded, not the raw words (#12, newcomer 11)
		LocalDate today = time.today();
		String question = t.get("conv.twoFigures.ask", item.seq(),
				SplitPreview.of(t, two.first(), parse.apply("添加 " + two.first(), today), today),
				SplitPreview.of(t, two.second(), parse.apply("添加 " + two.second(), today), today));
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id("split", h, item.seq()),
				t.get("conv.twoFigures.title", item.seq()), question,
				List.of(new OutboundMessage.Button(t.get("conv.twoFigures.split"),
						Cards.action("split", h, item.seq())),
						new OutboundMessage.Button(t.get("conv.twoFigures.keep"), Cards.action("keep", h, item.seq()))),
				question + "\n" + t.get("conv.twoFigures.textFallback"));
		List<OutboundMessage> messages = new java.util.ArrayList<>(added.messages());
		OutboundMessage first = messages.get(0);
		if (first instanceof OutboundMessage.Text text) {
			messages.set(0, new OutboundMessage.Text(text.text() + "\n" + noted));
		}
		messages.add(card);
		// a status still to ask keeps its question open (its card's buttons answer this
		// one)
		DialogState next = added.next().pending() == DialogState.Pending.ITEM_STATUS ? added.next()
				: added.next().asking(DialogState.Pending.ITEM_SPLIT, item.seq());
		return new Answer(messages, next, added.proposals());
	}

	/**
	 * The reply to an item whose second figure counts part of the first: said where it is
	 * kept (说明), with 推进中 suggested when nobody said the status.
	 */
	private static Answer counted(Texts t, Item item, TwoFigures two, Answer added) {
		String part = item.details() != null && !item.details().isBlank() ? item.details() : two.secondShown();
		String kept = item.quantity() == null ? "" : Quantity.format(item.quantity(), item.quantityUnit(), t.english());
		String line = t.get("conv.twoFigures.counted", item.seq(), kept, part)
				+ (item.status() == null ? "\n" + t.get("conv.twoFigures.countedStatus", item.seq()) : "");
		List<OutboundMessage> messages = new java.util.ArrayList<>(added.messages());
		if (messages.get(0) instanceof OutboundMessage.Text text) {
			messages.set(0, new OutboundMessage.Text(text.text() + "\n" + line));
		}
		return new Answer(messages, added.next(), added.proposals());
	}

	/**
	 * A reply while the question is open: 记为两项 / 分开记，两项, or 记为一项 / 一项就行 (for the item
	 * named with it, if any); null when it is neither.
	 */
	Answer typed(Turn turn, int seq, String raw) {
		TwoFigures.Answer said = TwoFigures.answer(raw);
		if (said == null) {
			return null;
		}
		return answered(turn, said.item() != null ? said.item() : seq, said.two());
	}

	/**
	 * The same words typed when no such question is open (another message came between):
	 * the answer for the item named, or for the one item whose card is still open; with
	 * several open Baton asks which, with none it says so. Never a new item. Null for
	 * other words.
	 */
	Answer lapsed(Turn turn, String raw) {
		TwoFigures.Answer said = TwoFigures.answer(raw);
		if (said == null) {
			return null;
		}
		long h = turn.handover().id();
		if (said.item() != null) {
			return answered(turn, said.item(), said.two());
		}
		List<Integer> open = cards.openItems(h, "split").stream().filter(seq -> twoFigures(h, seq)).toList();
		if (open.size() == 1) {
			return answered(turn, open.get(0), said.two());
		}
		if (open.isEmpty()) {
			return turn.say("conv.twoFigures.noneOpen");
		}
		String items = String.join(turn.texts().english() ? ", " : "、",
				open.stream().map(seq -> turn.texts().get("conv.drafting.statusAloneItem", seq)).toList());
		return turn.say("conv.twoFigures.whichItem", items, open.get(0),
				turn.texts().get("conv.twoFigures." + (said.two() ? "split" : "keep")));
	}

	/** Whether the item is there and its words still hold two figures of one kind. */
	private boolean twoFigures(long h, int seq) {
		Item item = checklists.items(h).stream().filter(i -> i.seq() == seq).findFirst().orElse(null);
		return item != null && TwoFigures.in(item.said() != null ? item.said() : item.title()) != null;
	}

	/** The answer, typed or pressed; the item's question cards show it. */
	Answer answered(Turn turn, int seq, boolean two) {
		Answer answer = two ? split(turn, seq) : keep(turn, seq);
		cards.answered(turn.handover().id(), "split", seq,
				turn.texts().get("conv.card.outcome." + (two ? "split" : "keep"), seq));
		return answer;
	}

	private Answer split(Turn turn, int seq) {
		Texts t = turn.texts();
		long h = turn.handover().id();
		Item item = checklists.item(h, seq);
		String said = item.said() != null ? item.said() : item.title();
		TwoFigures two = TwoFigures.in(said);
		if (two == null) {
			return turn.say(turn.dialog().answered(), "conv.twoFigures.nothingToSplit", seq);
		}
		LocalDate today = time.today();
		Command firstRead = parse.apply("添加 " + two.first(), today);
		Command secondRead = parse.apply("添加 " + two.second(), today);
		ItemWords firstWords = ItemWords.of(two.first(), firstRead, today);
		ItemWords secondWords = ItemWords.of(two.second(), secondRead, today);
		// the second figure noted on the item goes with the second part: the first keeps
		// any other words said on it
		String noted = ItemWords.of(said, parse.apply("添加 " + said, today), today).note();
		String details = item.details() != null && item.details().equals(noted) ? null : item.details();
		// the parts read again from the words kept as written, and stored so (#12): 记为两项
		// stores what typing each part would
		Item added = checklist.split(turn.actor(), h, seq, draft(said, firstWords, firstRead, details),
				draft(said, secondWords, secondRead, AsWritten.span(said, secondWords.note())), ItemSaid.of(said,
						AsWritten.span(said, secondWords.title()), secondWords.doneOn(), secondWords.doneIn()));
		Item kept = checklists.item(h, seq);
		Turn after = turn.withDialog(turn.dialog().onItem(added.seq()));
		String reply = t.get("conv.twoFigures.splitDone", withCorrections(turn, kept), ItemLines.item(t, added));
		return added.status() == null ? StatusQuestion.ask(after, added, reply)
				: next.then(after, added.seq(), Answer.say(reply, after.dialog()));
	}

	private static ItemDraft draft(String said, ItemWords words, Command read, String details) {
		return new ItemDraft(AsWritten.span(said, words.title()), details, read.status(), read.amount(), null, null,
				words.deadline(), null, null, read.quantity(), read.unit());
	}

	/**
	 * 记为一项: both figures stay on the one item (the second in its 说明); said with the item
	 * and what comes next.
	 */
	private Answer keep(Turn turn, int seq) {
		Item item = checklists.item(turn.handover().id(), seq);
		return next.then(turn, seq,
				turn.say(turn.dialog().answered(), "conv.twoFigures.keptDone", seq, withCorrections(turn, item)));
	}

	/**
	 * The item's block with what the departing official corrected since first recording
	 * it (「（离任干部已更正，原记为…）」), as every other reply about the item shows it (newcomer 18:
	 * 一项就行 after 不对，期限是明年5月底 dropped it).
	 */
	private String withCorrections(Turn turn, Item item) {
		return ItemLines.item(turn.texts(), item, List.of(), notes.firstRecorded(turn.handover(), item.id()));
	}

}
