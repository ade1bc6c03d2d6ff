package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemSaid;
import dev.baton.bot.checklist.Quantity;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.ItemWords;
import dev.baton.bot.conversation.grammar.TwoFigures;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.OutboundMessage;

/**
 * An item said with two figures of one kind (#12, newcomer 2: "乡村两级小型水库 4座，山塘12处" held 4座 and kept 山塘12处
 * only in its title). It is recorded as said, nothing lost, and Baton says at once which figure stayed in the title
 * and asks with a card whether they are two items. Why ask, not split: officials write both "水库4座，山塘12处" (two
 * things on hand) and "总投资95万元，已拨付60万元" (one project, its budget and what is paid), and only they know which;
 * a wrong split in a record that is the basis of an audit is worse than a question. 记为两项 makes the second part an
 * item of its own (its own title and figure, the words as said kept on both); 记为一项 keeps it, the second figure
 * visibly in the title. A reply that is only one of the buttons' words answers it too while it is open.
 */
class TwoFiguresQuestion {

	private static final Pattern TWO = Pattern.compile("^(?:记为|算|是|分成|分为|拆成|拆为|按)?(?:两项|两个|两条)(?:吧|的)?$"
			+ "|^(?:分开记?|拆开记?|分开算|分别记|各记一项)(?:吧|的)?$");

	private static final Pattern ONE = Pattern.compile("^(?:记为|算|是|就|按)?(?:一项|一个|一条)(?:吧|的|就行|就好)?$"
			+ "|^(?:不用分|不分|不拆|不用拆|不用分开|一起记)(?:吧|了)?$");

	private final ChecklistService checklist;

	private final Checklists checklists;

	private final BiFunction<String, LocalDate, Command> parse;

	private final LiveCards cards;

	private final TimeSource time;

	TwoFiguresQuestion(ChecklistService checklist, Checklists checklists, BiFunction<String, LocalDate, Command> parse,
			LiveCards cards, TimeSource time) {
		this.checklist = checklist;
		this.checklists = checklists;
		this.parse = parse;
		this.cards = cards;
		this.time = time;
	}

	/**
	 * The reply to an item just recorded, with the second figure said and the question asked when its words hold two
	 * figures of one kind; the reply as it was otherwise.
	 */
	Answer askIfTwo(Turn turn, Item item, Answer added) {
		TwoFigures two = TwoFigures.in(item.said() != null ? item.said() : item.title());
		if (two == null) {
			return added;
		}
		Texts t = turn.texts();
		String kind = t.get("conv.twoFigures.kind." + (two.money() ? "AMOUNT" : "QUANTITY"));
		String kept = item.amount() != null && two.money() ? ItemLines.money(t, item.amount(), item.currency())
				: item.quantity() != null ? Quantity.format(item.quantity(), item.quantityUnit(), t.english()) : "";
		String noted = t.get("conv.twoFigures.noted", kind, kept, two.second());
		long h = turn.handover().id();
		String question = t.get("conv.twoFigures.ask", item.seq(), two.first(), two.second());
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id("split", h, item.seq()),
				t.get("conv.twoFigures.title", item.seq()), question,
				List.of(new OutboundMessage.Button(t.get("conv.twoFigures.split"), Cards.action("split", h, item.seq())),
						new OutboundMessage.Button(t.get("conv.twoFigures.keep"), Cards.action("keep", h, item.seq()))),
				question + "\n" + t.get("conv.twoFigures.textFallback"));
		List<OutboundMessage> messages = new java.util.ArrayList<>(added.messages());
		OutboundMessage first = messages.get(0);
		if (first instanceof OutboundMessage.Text text) {
			messages.set(0, new OutboundMessage.Text(text.text() + "\n" + noted));
		}
		messages.add(card);
		// a status still to ask keeps its question open (its card's buttons answer this one)
		DialogState next = added.next().pending() == DialogState.Pending.ITEM_STATUS ? added.next()
				: added.next().asking(DialogState.Pending.ITEM_SPLIT, item.seq());
		return new Answer(messages, next, added.proposals());
	}

	/** A reply while the question is open: 记为两项 / 分开记, or 记为一项 / 不用分; null when it is neither. */
	Answer typed(Turn turn, int seq, String raw) {
		String said = raw == null ? "" : raw.strip().replaceAll("[\\s。.!！,，~～]+$", "");
		if (TWO.matcher(said).matches()) {
			return answered(turn, seq, true);
		}
		return ONE.matcher(said).matches() ? answered(turn, seq, false) : null;
	}

	/**
	 * 记为两项 / 记为一项 typed when no such question is open (another message came between): never a new item; the
	 * reply says to press the card of the item meant. Null for other words.
	 */
	Answer lapsed(Turn turn, String raw) {
		String said = raw == null ? "" : raw.strip().replaceAll("[\\s。.!！,，~～]+$", "");
		return TWO.matcher(said).matches() || ONE.matcher(said).matches() ? turn.say("conv.twoFigures.whichItem") : null;
	}

	/** The answer, typed or pressed; the item's question cards show it. */
	Answer answered(Turn turn, int seq, boolean two) {
		Answer answer = two ? split(turn, seq) : keep(turn, seq);
		cards.answered(turn.handover().id(), "split", seq, turn.texts().get("conv.card.outcome." + (two ? "split" : "keep"),
				seq));
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
		Item added = checklist.split(turn.actor(), h, seq, draft(firstWords, firstRead), draft(secondWords, secondRead),
				ItemSaid.of(said, secondWords.title(), secondWords.doneOn()));
		Item kept = checklists.item(h, seq);
		Turn after = turn.withDialog(turn.dialog().onItem(added.seq()));
		String reply = t.get("conv.twoFigures.splitDone", ItemLines.item(t, kept), ItemLines.item(t, added));
		return added.status() == null ? StatusQuestion.ask(after, added, reply) : Answer.say(reply, after.dialog());
	}

	private static ItemDraft draft(ItemWords words, Command read) {
		return new ItemDraft(words.title(), null, read.status(), read.amount(), null, null, words.deadline(), null, null,
				read.quantity(), read.unit());
	}

	private Answer keep(Turn turn, int seq) {
		Item item = checklists.item(turn.handover().id(), seq);
		return turn.say(turn.dialog().answered(), "conv.twoFigures.keptDone", seq, item.title());
	}

}
