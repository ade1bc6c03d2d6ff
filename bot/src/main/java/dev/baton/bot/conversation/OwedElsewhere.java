package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.access.Actor;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenStep;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.system.BatonException;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * A message that acts on a step of the person's ("看过了，通过", "确认 3", "签收", "裁定 4 …") while
 * the handover in focus has no such step waiting on them (#12, newcomer 10, item 12: a
 * reviewer's 通过 was answered about the newest handover, where they had nothing to do,
 * although their one review waited in another): when exactly one other handover has one,
 * the message is about that one, and the answer says so; when several have, which is
 * asked with a card listing them, and nothing is done until the person picks one.
 * Otherwise the focus stands.
 */
@Component
class OwedElsewhere {

	/**
	 * The verb of the buttons of the card that asks which handover:
	 * {@code in:<handover>:0}.
	 */
	static final String VERB = "in";

	/** At most this many handovers are offered on the card (a card has few buttons). */
	static final int OFFERED = 5;

	/**
	 * Words whose meaning depends on the step in focus (a yes, a no, 本部分无), unlike 裁定, 签字
	 * or 退回.
	 */
	private static final Set<dev.baton.bot.conversation.grammar.Intent> READ_IN_CONTEXT = java.util.EnumSet.of(
			dev.baton.bot.conversation.grammar.Intent.APPROVE, dev.baton.bot.conversation.grammar.Intent.CONFIRM,
			dev.baton.bot.conversation.grammar.Intent.CONFIRM_ALL, dev.baton.bot.conversation.grammar.Intent.DISPUTE,
			dev.baton.bot.conversation.grammar.Intent.NONE_IN_SECTION);

	/** Intents whose number is an item's ("退回 第10项 …", "确认 3", "裁定 4 …"). */
	private static final Set<dev.baton.bot.conversation.grammar.Intent> ITEM_NUMBERED = java.util.EnumSet.of(
			dev.baton.bot.conversation.grammar.Intent.RETURN, dev.baton.bot.conversation.grammar.Intent.CONFIRM,
			dev.baton.bot.conversation.grammar.Intent.DISPUTE, dev.baton.bot.conversation.grammar.Intent.RULE);

	/** Steps that give a plain yes or no no meaning of their own. */
	private static final Set<WaitingStepKind> NO_PLAIN_WORDS = java.util.EnumSet.of(WaitingStepKind.RULING,
			WaitingStepKind.SIGNING);

	private final OwedSteps owed;

	private final Checklists checklists;

	private final HandoverRecords records;

	private final HandoverService handovers;

	private final dev.baton.bot.conversation.grammar.CommandParser parser;

	/** What may join the name to the rest: 那个 / 这个 / 的, and 交接 ("周红那个交接，通过"). */
	private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern
		.compile("^(?:那个|这个|那项|这项|的)?(?:交接)?[，,、：:\\s]*");

	OwedElsewhere(OwedSteps owed, HandoverRecords records, HandoverService handovers, Checklists checklists,
			dev.baton.bot.conversation.grammar.CommandParser parser) {
		this.parser = parser;
		this.owed = owed;
		this.checklists = checklists;
		this.records = records;
		this.handovers = handovers;
	}

	/**
	 * Where the message goes.
	 *
	 * @param moved the handover it is about instead of the one in focus (null: the focus
	 * stands)
	 * @param ask the card asking which, when several could be meant (null otherwise)
	 */
	record Choice(Handover moved, Answer ask) {

		static final Choice STAY = new Choice(null, null);

	}

	Choice of(Actor actor, Command c, Handover current, DialogState dialog, Texts t) {
		Choice doubted = doubted(actor, c, current, dialog, t);
		if (doubted != null) {
			return doubted;
		}
		Set<WaitingStepKind> kinds = OwedSteps.actsOn(c.intent());
		if (kinds.isEmpty() || dialog.pending() != DialogState.Pending.NONE) {
			return Choice.STAY; // an answer to what Baton asked is about the handover
								// that asked it
		}
		Map<Long, List<OpenStep>> mine = owed.of(actor);
		Long named = named(c.raw(), mine.keySet());
		if (named != null) {
			// "周红那个交接，通过" / "农业农村局这个我看了，没问题": the handover they named
			// (newcomer 11, items 8 and 12)
			return current != null && named == current.id() ? Choice.STAY : new Choice(records.find(named), null);
		}
		List<Long> candidates = OwedSteps.with(mine, kinds);
		if (candidates.isEmpty()) {
			return Choice.STAY;
		}
		if (c.number() != null && ITEM_NUMBERED.contains(c.intent())) {
			// "退回 第10项 …" is about the handover that has a tenth item (newcomer 11,
			// item 23)
			List<Long> withItem = candidates.stream().filter(id -> hasItem(id, c.number())).toList();
			if (withItem.isEmpty() || current != null && withItem.contains(current.id())) {
				return Choice.STAY;
			}
			return withItem.size() == 1 ? new Choice(records.find(withItem.get(0)), null)
					: new Choice(null, ask(c, current, withItem, mine, dialog, t));
		}
		if (current != null && candidates.contains(current.id())) {
			return Choice.STAY;
		}
		if (current != null && READ_IN_CONTEXT.contains(c.intent()) && c.number() == null
				&& readInContext(mine.get(current.id()))) {
			// "好的" / "不对" without an item mean what the step in focus makes them mean
			// ("收到，确认" before 签收, "不对，
			// 我是要改名字" while filling in): only when nothing of the kind waits on the
			// person there are they taken elsewhere (a ruling or a signature gives a
			// plain yes no meaning: newcomer 11, item 12)
			return Choice.STAY;
		}
		if (candidates.size() == 1) {
			return new Choice(records.find(candidates.get(0)), null);
		}
		return new Choice(null, ask(c, current, candidates, mine, dialog, t));
	}

	/**
	 * A reviewer's doubt about numbered items (ReviewDoubts) goes to the handover whose
	 * review waits on them and has every item named (#12, newcomer 11: 赵刚's words about
	 * items 1 and 2 were answered in the handover in focus, where nothing waited on him);
	 * asked which when several do. Null when the words are no such doubt, an answer to
	 * what Baton asked, or the person confirms items in the handover in focus (there a no
	 * is a dispute).
	 */
	private Choice doubted(Actor actor, Command c, Handover current, DialogState dialog, Texts t) {
		List<Integer> items = ReviewDoubts.items(c);
		if (items.isEmpty() || dialog.pending() != DialogState.Pending.NONE) {
			return null;
		}
		Map<Long, List<OpenStep>> mine = owed.of(actor);
		if (current != null && mine.getOrDefault(current.id(), List.of())
			.stream()
			.anyMatch(s -> s.kind() == WaitingStepKind.CONFIRMATION)) {
			return null;
		}
		List<Long> withItems = OwedSteps.with(mine, java.util.EnumSet.of(WaitingStepKind.REVIEW))
			.stream()
			.filter(id -> items.stream().allMatch(seq -> hasItem(id, seq)))
			.toList();
		if (withItems.isEmpty() || current != null && withItems.contains(current.id())) {
			return withItems.isEmpty() ? null : Choice.STAY;
		}
		Long named = named(c.raw(), withItems);
		if (named != null) {
			return new Choice(records.find(named), null);
		}
		return withItems.size() == 1 ? new Choice(records.find(withItems.get(0)), null)
				: new Choice(null, ask(c, current, withItems, mine, dialog, t));
	}

	/**
	 * The line that heads the answer about the handover the message was taken to be
	 * about; null when none is needed (nothing waits on the person in the one they left,
	 * so there is nothing to point back to: newcomer 11, item 14).
	 * @param card whether the answer is a card still to be confirmed (nothing done yet)
	 */
	String movedLine(Actor actor, Texts t, Handover from, Handover to, boolean card) {
		String done = card ? t.get("conv.owed.card") : "";
		if (from == null) {
			return t.get("conv.owed.moved", to.id()) + done;
		}
		if (!owed.of(actor).containsKey(from.id())) {
			return card ? t.get("conv.owed.card").strip() : null;
		}
		return t.get("conv.owed.movedFrom", to.id(), from.id()) + done;
	}

	/** Whether a step there gives a plain yes or no a meaning of its own. */
	private static boolean readInContext(List<OpenStep> steps) {
		return steps != null && steps.stream().anyMatch(s -> !NO_PLAIN_WORDS.contains(s.kind()));
	}

	private boolean hasItem(long handoverId, int seq) {
		try {
			return checklists.item(handoverId, seq) != null;
		}
		catch (BatonException ex) {
			return false;
		}
	}

	/**
	 * The one handover of these whose departing official, successor or unit the message
	 * names (the longest name said wins: "石嘴山市农业农村局" names the bureau, not the city);
	 * null when none or several are named alike.
	 */
	private Long named(String raw, java.util.Collection<Long> ids) {
		if (raw == null || raw.isBlank() || ids.size() < 2) {
			return null;
		}
		List<HandoverBrief> named = HandoverNamed.among(raw, ids.stream().map(handovers::brief).toList(),
				HandoverNamed::names);
		return named.size() == 1 ? named.get(0).id() : null;
	}

	/**
	 * The words read without the name of the handover they are about (newcomer 20a,
	 * finding 6: 「水务局这个我看了，没问题」 was asked about while 「审核通过」 would have approved): a
	 * guess that reads for certain once the handover's departing official, successor or
	 * unit (full or short name, 石嘴山市水务局 / 水务局) is taken out, as said without it; the
	 * command unchanged otherwise.
	 */
	Command withoutName(Command c, Handover h, java.time.LocalDate today) {
		if (h == null || c.raw() == null || !c.tentative()) {
			return c;
		}
		String raw = c.raw();
		String name = HandoverNamed.names(handovers.brief(h.id()))
			.stream()
			.filter(n -> n.length() >= 2 && raw.contains(n))
			.max(java.util.Comparator.comparingInt(String::length))
			.orElse(null);
		if (name == null) {
			return c;
		}
		int at = raw.indexOf(name);
		String rest = raw.substring(at + name.length());
		String said = (raw.substring(0, at) + JOINED.matcher(rest).replaceFirst("")).strip();
		if (said.isEmpty()) {
			return c;
		}
		Command read = parser.parse(said, today);
		return read.intent() == c.intent() && !read.tentative() && !read.hasNumber()
				? new Command(read.intent(), read.number(), read.text(), read.field(), read.value(), read.amount(),
						read.date(), read.status(), read.ruling(), read.code(), read.finished(), raw, read.quantity(),
						read.unit(), read.clear(), false, read.step())
				: c;
	}

	private Answer ask(Command c, Handover current, List<Long> candidates, Map<Long, List<OpenStep>> mine,
			DialogState dialog, Texts t) {
		List<String> lines = new ArrayList<>();
		List<OutboundMessage.Button> buttons = new ArrayList<>();
		for (long id : candidates.subList(0, Math.min(OFFERED, candidates.size()))) {
			OpenStep s = mine.get(id).get(0);
			String what = Titles.step(t, s.kind(), s.subject(), s.itemSeq(), s.stepSeq(), s.stepDescription());
			lines.add(t.get("conv.owed.line", Titles.tag(t, handovers.brief(id)), what, s.dueOn().toString()));
			buttons.add(new OutboundMessage.Button(t.get("conv.owed.button", id), Cards.action(VERB, id, 0)));
		}
		String said = c.raw() == null ? "" : c.raw().strip();
		String here = current == null ? "" : t.get("conv.owed.notHere", current.id());
		String question = t.get("conv.owed.which", said, here, String.join("\n", lines));
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id(VERB, candidates.get(0), 0),
				t.get("conv.owed.title"), question, buttons, question + "\n" + t.get("conv.owed.fallback"));
		return new Answer(List.of(card), dialog, Map.of(card.cardId(), said));
	}

}
