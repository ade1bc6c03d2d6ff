package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemSaid;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.Money;
import dev.baton.bot.checklist.Quantity;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.EditField;
import dev.baton.bot.conversation.grammar.HolidaySaid;
import dev.baton.bot.conversation.grammar.ItemWords;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import org.springframework.stereotype.Component;
import dev.baton.bot.conversation.grammar.CommandParser;
import dev.baton.integrations.chat.OutboundMessage;

/**
 * The departing official fills the checklist section by section: each message is an item
 * of the section in focus, "本部分无" declares it empty, "下一个" moves on, "第3项金额改为120万"
 * corrects, "提交" sends it to review. The section in focus is found again from the record
 * (the first neither filled nor declared empty) if the dialog is lost.
 */
@Component
class DraftingFlow {

	/**
	 * Said when 本部分无 is not taken: the section has items (newcomer 25, finding 16); said
	 * of a section whose items all have a status, it is filled.
	 */
	private static final String NOT_NONE = "conv.section.hasItemsNotNone";

	private static final String FILLED_NOT_NONE = "conv.section.leavingNotNone";

	private final HandoverService handovers;

	private final ChecklistService checklist;

	private final Checklists checklists;

	private final java.util.function.BiFunction<String, java.time.LocalDate, Command> parse;

	private final CorrectionFlow corrections;

	private final ItemNotes notes;

	private final TwoFiguresQuestion twoFigures;

	private final DraftingNext next;

	private final HolidayEves eves;

	private final ItemExamples examples;

	private final PastDue pastDue;

	DraftingFlow(HandoverService handovers, ChecklistService checklist, Checklists checklists, CommandParser parser,
			CorrectionFlow corrections, ItemNotes notes, TwoFiguresQuestion twoFigures, DraftingNext next,
			HolidayEves eves, ItemExamples examples, PastDue pastDue) {
		this.pastDue = pastDue;
		this.examples = examples;
		this.eves = eves;
		this.next = next;
		this.notes = notes;
		this.twoFigures = twoFigures;
		this.parse = parser::parse;
		this.corrections = corrections;
		this.handovers = handovers;
		this.checklist = checklist;
		this.checklists = checklists;
	}

	Answer acknowledge(Turn turn) {
		Handover h = handovers.acknowledge(turn.actor(), turn.handover().id());
		Section first = checklists.sections(h.id()).get(0);
		LocalDate due = h.checklistDue();
		return ask(turn, turn.dialog().inSection(first.code()), first, pastDue.key(due, "conv.acknowledged"),
				pastDue.arguments(due, due.toString()));
	}

	/**
	 * A new item of the section in focus; free text is read as "添加 …" for its status,
	 * amount and date, and titled by what it is without those figures (the words as said
	 * are kept beside it).
	 */
	Answer add(Turn turn, Command said, String title, java.time.LocalDate today) {
		if (title.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return turn.say("conv.add.noWords");
		}
		Command command = said.intent() == dev.baton.bot.conversation.grammar.Intent.ADD ? said
				: parse.apply("添加 " + title, today);
		if (command.quantity() != null && command.unit() == null) {
			// "办公用房总面积 3250": a measure with no unit is neither stored bare nor taken for
			// money
			// the figure as people write it (1200万, not 12000000: #12, newcomer 11)
			return turn.say("conv.add.noUnit",
					dev.baton.bot.checklist.Quantity.format(command.quantity(), "", turn.texts().english()),
					turn.asWritten(title));
		}
		ItemWords words = ItemWords.of(title, command, today);
		Section section = current(turn);
		// a deadline said as a holiday's eve (明年春节前付清): its day from the loaded notice,
		// else asked (newcomer 5)
		java.time.LocalDate due = words.eve() == null ? words.deadline() : eves.day(words.eve(), today);
		// a second figure of the kind read is noted on the item (说明), never left in its
		// title (#12, newcomer 3)
		// in an economic section, the counterparty its words name (欠宁夏信达软件公司…费): shown on
		// the card, correctable
		String party = section.economic() ? dev.baton.bot.conversation.grammar.Counterparty.standard().in(title) : null;
		ItemSaid kept = ItemSaid.of(turn.asWritten(title), turn.asWritten(words.title()), words.doneOn(),
				words.doneIn());
		Item item = checklist.addItem(turn.actor(), turn.handover().id(), section.code(),
				new ItemDraft(turn.asWritten(words.title()), turn.asWritten(words.note()), command.status(),
						command.amount(), null, turn.asWritten(party), due, null, null, command.quantity(),
						command.unit()),
				words.eve() != null && due == null ? kept.withDueAsked() : kept);
		Turn after = turn.withDialog(turn.dialog().inSection(section.code()).onItem(item.seq()));
		String added = turn.texts()
			.get("conv.item.recorded", item.seq(), ItemLines.title(turn.texts(), section),
					ItemLines.item(turn.texts(), item));
		if (words.eve() != null && due == null) {
			added = added + "\n" + eves.ask(turn.texts(), item.seq(), words.eve(), today);
		}
		// said with two figures of one kind: which stayed in the title is said, and
		// whether they are two is asked
		Answer asked = twoFigures.askIfTwo(after, item,
				item.status() == null ? StatusQuestion.ask(after, item, added) : Answer.say(added, after.dialog()));
		// what was recorded, then any card about it, then what to do next (#12, newcomer
		// 7, finding 4)
		String next = turn.texts().get("conv.item.addedNext", item.seq(), editHint(turn.texts(), item));
		boolean carded = asked.messages().stream().anyMatch(m -> m instanceof OutboundMessage.Card);
		return carded ? asked.and(new OutboundMessage.Text(next)) : asked.followedBy(next);
	}

	/**
	 * How to change the item just recorded, in a field it has (#12, newcomer 7, finding
	 * 5): its amount, its quantity, its deadline; else its title or 说明. Never "金额改为…" for
	 * an item with no amount.
	 */
	static String editHint(Texts t, Item item) {
		String field = item.amount() != null ? "AMOUNT"
				: item.quantity() != null ? "QUANTITY" : item.deadline() != null ? "DEADLINE" : "OTHER";
		return t.get("conv.item.editHint." + field, item.seq());
	}

	/**
	 * 记为两项 / 分开记 / 一项就行 with no question open: the answer to the item whose card is still
	 * open, or asked which; never an item (null for other words).
	 */
	Answer twoFiguresLapsed(Turn turn, String raw) {
		return twoFigures.lapsed(turn, raw);
	}

	/**
	 * A reply to "是两项吗？" (记为两项 / 记为一项); null when it is not one, and the question stays
	 * open.
	 */
	Answer twoFiguresAnswer(Turn turn, int seq, String raw) {
		return twoFigures.typed(turn, seq, raw);
	}

	/**
	 * A reply that is only a status ("推进中", "还没开始", "是现状") is never a new item: it
	 * answers the one item whose status nobody said; with several it asks which, with
	 * none it says how to change a status. Null when it says more.
	 */
	Answer statusAlone(Turn turn, String raw) {
		String ofSeveral = dev.baton.bot.conversation.grammar.EntryTalk.ofSeveral(raw);
		ItemStatus status = StatusQuestion.answer(ofSeveral != null ? ofSeveral : raw);
		if (status == null) {
			return null;
		}
		List<Item> unsaid = checklists.items(turn.handover().id()).stream().filter(i -> i.status() == null).toList();
		if (ofSeveral != null && !unsaid.isEmpty()) {
			// "这两项都是现状" (#12, newcomer 6): the status of every item whose status nobody
			// said, never a new item
			Answer last = null;
			for (Item item : unsaid) {
				last = setStatus(turn.withDialog(turn.dialog().answered()), item.seq(), status);
			}
			String seqs = String.join(turn.texts().english() ? ", " : "、",
					unsaid.stream().map(i -> turn.texts().get("conv.drafting.statusAloneItem", i.seq())).toList());
			// and what comes next, as after one status (newcomer 20a, finding 3)
			return next.then(turn.withDialog(last.next()), null,
					Answer.say(turn.texts()
						.get("conv.drafting.statusOfSeveral", seqs, turn.texts().get("conv.itemStatus." + status)),
							last.next()));
		}
		if (unsaid.size() == 1) {
			return setStatus(turn.withDialog(turn.dialog().answered()), unsaid.get(0).seq(), status);
		}
		String said = turn.texts().get("conv.itemStatus." + status);
		if (unsaid.isEmpty()) {
			Integer focus = turn.dialog().item();
			return turn.say("conv.drafting.statusAloneNone", focus == null ? 1 : focus, said);
		}
		String names = String.join(turn.texts().english() ? ", " : "、",
				unsaid.stream().map(i -> turn.texts().get("conv.drafting.statusAloneItem", i.seq())).toList());
		return turn.say("conv.drafting.statusAloneWhich", names, unsaid.get(0).seq(), said);
	}

	/**
	 * A finished item, with when it was done: said in answer to the status question
	 * ("已经换完了，今年4月").
	 */
	Answer doneAt(Turn turn, int seq, dev.baton.bot.conversation.grammar.DoneWhen when) {
		Item item = checklist.setDone(turn.actor(), turn.handover().id(), seq, when.day(), when.month());
		return edited(turn, item);
	}

	/** The status of an item, said in answer to the question or by pressing the card. */
	Answer setStatus(Turn turn, int seq, ItemStatus status) {
		Item item = checklist.editItem(turn.actor(), turn.handover().id(), seq,
				new ItemDraft(null, null, status, null, null, null, null, null, status.unfinished()));
		return edited(turn, item);
	}

	/**
	 * "第N项已修改：…" with the item as it now stands, then what comes next (#12, newcomer 2:
	 * 第1项是现状 said nothing).
	 */
	private Answer edited(Turn turn, Item item) {
		Texts t = turn.texts();
		String reply = t.get("conv.item.edited", item.seq(),
				ItemLines.item(t, item, List.of(), notes.firstRecorded(turn.handover(), item.id())));
		return next.then(turn, item.seq(), Answer.say(reply, turn.dialog().onItem(item.seq())));
	}

	Answer edit(Turn turn, Command command, java.time.LocalDate today) {
		Integer seq = command.number() != null ? command.number() : turn.dialog().item();
		if (seq == null || command.field() == null) {
			// the examples name an item of the person's own checklist
			long h = turn.handover().id();
			return turn.say("conv.edit.how", examples.named(turn.texts(), h), examples.any(turn.texts(), h));
		}
		if (command.number() == null
				&& (command.field() == EditField.AMOUNT || command.field() == EditField.QUANTITY)) {
			return focusCorrected(turn, seq, command);
		}
		if (command.field() == EditField.DEADLINE && !command.clear() && command.date() == null) {
			HolidaySaid eve = HolidaySaid.in(command.value(), today);
			if (eve != null) {
				return holidayDeadline(turn, seq, eve, today);
			}
		}
		if (command.field() == EditField.STATUS && statusOf(command) != null
				&& (command.date() != null || command.hasText())) {
			return statusAndDeadline(turn, seq, statusOf(command), command, today);
		}
		if (command.clear()) {
			return corrections.clear(turn, seq, command.field());
		}
		if (command.field() == EditField.DONE_ON) {
			return doneOn(turn, seq, command.value(), today);
		}
		if (command.field() == EditField.SECTION) {
			return move(turn, seq, command.value());
		}
		ItemDraft change = switch (command.field()) {
			case TITLE -> ItemDraft.titled(turn.asWritten(command.value()));
			case DETAILS ->
				new ItemDraft(null, turn.asWritten(command.value()), null, null, null, null, null, null, null);
			case STATUS -> statusOf(command) == null ? null : new ItemDraft(null, null, statusOf(command), null, null,
					null, null, null, statusOf(command).unfinished());
			case AMOUNT -> command.amount() == null ? null : ItemDraft
				.titled(BareFigure.without(checklists.item(turn.handover().id(), seq).title(), command.amount()))
				.withAmount(command.amount());
			case QUANTITY -> command.quantity() == null || command.unit() == null ? null : ItemDraft
				.titled(BareFigure.without(checklists.item(turn.handover().id(), seq).title(), command.quantity()))
				.withQuantity(command.quantity(), command.unit());
			case COUNTERPARTY ->
				new ItemDraft(null, null, null, null, null, turn.asWritten(command.value()), null, null, null);
			case DEADLINE -> command.date() == null ? null
					: new ItemDraft(null, null, null, null, null, null, command.date(), null, null);
			case RESPONSIBLE ->
				new ItemDraft(null, null, null, null, null, null, null, turn.asWritten(command.value()), null);
			case DONE_ON, SECTION -> null; // above
		};
		if (change == null) {
			return turn.say("conv.edit.unreadable", command.value() == null ? "" : command.value());
		}
		Item item = checklist.editItem(turn.actor(), turn.handover().id(), seq, change);
		return edited(turn, item);
	}

	/**
	 * "不对，是46.5万" / "不是45.6万是46.5万" right after an item was recorded or shown (#12,
	 * newcomer 5, finding 3): the amount (or quantity) of the item in focus put right,
	 * the reply saying which item and what changed, old → new.
	 */
	private Answer focusCorrected(Turn turn, int seq, Command command) {
		Item before = checklists.item(turn.handover().id(), seq);
		boolean money = command.field() == EditField.AMOUNT;
		ItemDraft change = money ? ItemDraft.titled(null).withAmount(command.amount())
				: ItemDraft.titled(null).withQuantity(command.quantity(), command.unit());
		Item item = checklist.editItem(turn.actor(), turn.handover().id(), seq, change);
		Texts t = turn.texts();
		String none = t.get("conv.edit.focusNone");
		String was = money ? before.amount() == null ? none : Money.grouped(before.amount()) + t.get("conv.edit.yuan")
				: before.quantity() == null ? none : Quantity.format(before.quantity(), before.quantityUnit(), false);
		String now = money ? Money.grouped(item.amount()) + t.get("conv.edit.yuan")
				: Quantity.format(item.quantity(), item.quantityUnit(), false);
		String reply = t.get("conv.edit.focusChanged", seq, t.get("conv.field." + command.field()), was, now,
				ItemLines.item(t, item, List.of(), notes.firstRecorded(turn.handover(), item.id())));
		return next.then(turn, seq, Answer.say(reply, turn.dialog().onItem(seq)));
	}

	/**
	 * "第5项还没启动，明年春节前付清" (#12, newcomer 5, finding 4): the status said, and the deadline
	 * said with it (a date, or a holiday's eve found in the calendar's loaded notice; a
	 * year not loaded is asked as a date, the status set).
	 */
	private Answer statusAndDeadline(Turn turn, int seq, ItemStatus status, Command command,
			java.time.LocalDate today) {
		java.time.LocalDate due = command.date();
		HolidaySaid eve = due == null ? HolidaySaid.in(command.text(), today) : null;
		if (due == null && eve != null) {
			due = eves.day(eve, today);
		}
		// what is left said with it (还有1件在办, newcomer 6) goes to the item's 说明, after
		// what is there
		String remainder = due == null && eve == null && command.hasText() ? turn.asWritten(command.text()) : null;
		String details = null;
		if (remainder != null) {
			String had = checklists.item(turn.handover().id(), seq).details();
			details = had == null || had.isBlank() ? remainder : had + "；" + remainder;
		}
		Item item = checklist.editItem(turn.actor(), turn.handover().id(), seq, new ItemDraft(null, details, status,
				null, null, null, status.unfinished() ? due : null, null, status.unfinished()));
		Answer edited = edited(turn, item);
		if (due == null && eve != null) {
			return edited.followedBy(eves.ask(turn.texts(), seq, eve, today));
		}
		return edited;
	}

	/**
	 * 第5项期限改为明年春节前: the day before the holiday's first day, from the loaded notice; else
	 * asked as a date.
	 */
	private Answer holidayDeadline(Turn turn, int seq, HolidaySaid eve, java.time.LocalDate today) {
		java.time.LocalDate due = eves.day(eve, today);
		if (due == null) {
			checklists.item(turn.handover().id(), seq); // an item that is not there is
														// said so first
			return Answer.say(eves.ask(turn.texts(), seq, eve, today), turn.dialog().onItem(seq));
		}
		Item item = checklist.editItem(turn.actor(), turn.handover().id(), seq,
				new ItemDraft(null, null, null, null, null, null, due, null, null));
		return edited(turn, item);
	}

	/**
	 * 第10项完成时间改为2026-04-30 / 第10项是2026年4月完成的: when the item was done, a day or only the
	 * month said (no day made up), never the deadline; the item is done once said. A day
	 * still to come changes nothing and says how to set a deadline instead.
	 */
	private Answer doneOn(Turn turn, int seq, String value, java.time.LocalDate today) {
		dev.baton.bot.conversation.grammar.DoneWhen when = dev.baton.bot.conversation.grammar.DoneWhen.of(value, today);
		if (when == null) {
			return turn.say("conv.doneOn.unreadable", seq, value == null ? "" : value);
		}
		if (when.after(today)) {
			return turn.say("conv.doneOn.later", seq, value);
		}
		Item item = checklist.setDone(turn.actor(), turn.handover().id(), seq, when.day(), when.month());
		return edited(turn, item);
	}

	/**
	 * 第11项放错地方了，应该放到巡视巡察整改这部分 / 把第11项移到第4部分: the item goes to the section named (by its
	 * number or the words of its title), keeping its number; a section not named, not
	 * found, or named by words that fit several is asked about with the list of sections,
	 * and nothing moves.
	 */
	private Answer move(Turn turn, int seq, String named) {
		Texts t = turn.texts();
		List<Section> sections = checklists.sections(turn.handover().id());
		// an item that is not there is said so before anything is asked
		Item was = checklists.item(turn.handover().id(), seq);
		List<Section> found = named == null ? List.of() : SectionNames.find(sections, named);
		if (found.size() != 1) {
			String list = SectionList.of(t, sections);
			int example = sections.size() > 1 ? sections.get(1).position() : 1;
			return named == null ? turn.say("conv.move.which", seq, list, example)
					: turn.say("conv.move.notFound", seq, named, list, example);
		}
		Section to = found.get(0);
		// into an economic section, the counterparty its words name, as when recorded
		// there
		// (newcomer 21, finding 4)
		String party = to.economic() ? counterparty(was) : null;
		Item item = checklist.moveItem(turn.actor(), turn.handover().id(), seq, to.code(), party);
		String reply = t.get("conv.move.done", seq, to.position(), ItemLines.title(t, to),
				ItemLines.item(t, item, List.of(), notes.firstRecorded(turn.handover(), item.id())));
		if (to.defaultStatus() == null && item.status() != null && !item.status().unfinished()) {
			// into a section of work (未结事项): a fact on hand or a finished matter is no
			// unfinished work, so its status
			// is asked as that section asks it, with the card (#12, newcomer 5, finding
			// 6)
			return StatusQuestion.after(turn, item, Answer.say(reply, turn.dialog().onItem(seq)), t
				.get("conv.move.askStatus", seq, ItemLines.title(t, to), t.get("conv.itemStatus." + item.status())));
		}
		return next.then(turn, seq, Answer.say(reply, turn.dialog().onItem(seq)));
	}

	/** The counterparty an item's words name: its title, else the words as said. */
	private static String counterparty(Item item) {
		dev.baton.bot.conversation.grammar.Counterparty read = dev.baton.bot.conversation.grammar.Counterparty
			.standard();
		String party = read.in(item.title());
		return party != null || item.said() == null ? party : read.in(item.said());
	}

	/**
	 * Item {@code seq} of the handover, or null when there is none (deleted, never made).
	 */
	/**
	 * "不是2026年是2027年" (#12, newcomer 7): the year of the deadline of the item in focus
	 * put right, the day and month kept; null when the words are not that, or the item in
	 * focus has no deadline in the year said wrong.
	 */
	Answer yearPutRight(Turn turn, String raw, java.time.LocalDate today) {
		int[] years = dev.baton.bot.conversation.grammar.EntryTalk.yearPutRight(raw);
		Integer focus = turn.dialog().item();
		Item item = years == null || focus == null ? null : itemOrNull(turn, focus);
		if (item == null || item.deadline() == null || item.deadline().getYear() != years[0]) {
			return null;
		}
		java.time.LocalDate right = item.deadline().withYear(years[1]);
		return edit(turn,
				new Command(dev.baton.bot.conversation.grammar.Intent.EDIT, item.seq(), null, EditField.DEADLINE,
						right.toString(), null, right, null, null, null, false, raw, null, null, false, false, null),
				today);
	}

	Item itemOrNull(Turn turn, int seq) {
		return checklists.items(turn.handover().id()).stream().filter(i -> i.seq() == seq).findFirst().orElse(null);
	}

	/**
	 * 本部分无, or 其他这部分没有 / 第7部分无 naming a part (newcomer 24, finding 4): the part named is
	 * declared empty as 本部分无 does in it, the reply saying which and where the focus is
	 * now. A name that fits no part (其他 where no part is called so: the other parts, said
	 * of this one) is the part in focus; one that fits several, or no part and is no word
	 * for "the others", is asked about with the list, nothing declared.
	 */
	Answer noneInSection(Turn turn, String named) {
		if (named == null) {
			return noneInSection(turn);
		}
		List<Section> sections = checklists.sections(turn.handover().id());
		List<Section> found = SectionNames.find(sections, named);
		if (found.isEmpty() && dev.baton.bot.conversation.grammar.EntryTalk.others(named)) {
			return noneInSection(turn);
		}
		if (found.size() != 1) {
			return turn.say("conv.section.noneWhich", named, SectionList.of(turn.texts(), sections),
					sections.get(sections.size() - 1).position());
		}
		Section section = found.get(0);
		Turn there = turn.withDialog(turn.dialog().inSection(section.code()));
		if (checklists.items(turn.handover().id()).stream().anyMatch(i -> i.sectionId() == section.id())) {
			return next(there, true);
		}
		checklist.declareSectionEmpty(turn.actor(), turn.handover().id(), section.code());
		return moveOn(there, section, "conv.section.declaredNoneNamed", section.position());
	}

	/**
	 * A short message taken for a command, never an item; said of a part of the checklist
	 * (这部分 / 第7部分), the reply says how to declare a part empty, with the last part's
	 * number and name as the example (newcomer 24, finding 4).
	 */
	Answer commandLike(Turn turn, String raw) {
		if (!dev.baton.bot.conversation.grammar.EntryTalk.ofASection(raw)) {
			return turn.say("conv.drafting.commandLike", raw.strip());
		}
		List<Section> sections = checklists.sections(turn.handover().id());
		Section last = sections.get(sections.size() - 1);
		return turn.say("conv.drafting.commandLikeSection", raw.strip(), last.position(),
				ItemLines.title(turn.texts(), last));
	}

	Answer noneInSection(Turn turn) {
		Section section = current(turn);
		if (checklists.items(turn.handover().id()).stream().anyMatch(i -> i.sectionId() == section.id())) {
			// "其他没有" / "没了" in a section that has items: nothing more in it, so on to the
			// next (#12, newcomer 6)
			return next(turn, true);
		}
		checklist.declareSectionEmpty(turn.actor(), turn.handover().id(), section.code());
		return moveOn(turn, section, "conv.section.declaredNone");
	}

	/**
	 * The next section. While an item of this one has no status (#12, newcomer 4, finding
	 * 12) the section is not said to be filled: the reply names the item still to say
	 * (submitting waits on it).
	 */
	Answer next(Turn turn) {
		return next(turn, false);
	}

	/**
	 * The next section; after 本部分无 (or 以上部分都没有, 其他这部分没有) said of a section that has items
	 * ({@code saidNone}), the reply says that it was not declared empty because of its
	 * items, and how to delete one if it really has none, in place of saying it is filled
	 * (newcomer 25, finding 16).
	 */
	private Answer next(Turn turn, boolean saidNone) {
		Section section = current(turn);
		if (!section.declaredEmpty()
				&& checklists.items(turn.handover().id()).stream().noneMatch(i -> i.sectionId() == section.id())) {
			// nothing in it and not said to be empty (#12, newcomer 6, finding 11): it is
			// not "filled"; on to the next,
			// saying how to declare it (submitting asks for it again)
			List<Section> sections = checklists.sections(turn.handover().id());
			if (indexOf(sections, section) + 1 >= sections.size()) {
				return turn.say(turn.dialog().inSection(section.code()), "conv.section.emptyLast",
						ItemLines.title(turn.texts(), section));
			}
			return moveOn(turn, section, "conv.section.emptyNext");
		}
		List<Item> unsaid = checklists.items(turn.handover().id()).stream().filter(i -> i.status() == null).toList();
		if (unsaid.stream().anyMatch(i -> i.sectionId() == section.id())) {
			// every item still without a status, not only the first (#12, newcomer 13,
			// finding 2)
			Answer leaving = moveOn(turn, section, "conv.section.leavingUnsaid", unsaid.get(0).seq(),
					unsaid.get(0).title(), DraftingNext.named(turn.texts(), unsaid));
			return saidNone ? leaving.about(turn.texts().get(NOT_NONE, notNone(turn, section))) : leaving;
		}
		if (saidNone) {
			Object[] kept = notNone(turn, section);
			return moveOn(turn, section, FILLED_NOT_NONE, java.util.Arrays.copyOfRange(kept, 1, kept.length));
		}
		return moveOn(turn, section, "conv.section.leaving");
	}

	/**
	 * The arguments of {@link #NOT_NONE} and {@link #FILLED_NOT_NONE}: the section's
	 * title, how many items it has, their numbers, the first one's.
	 */
	private Object[] notNone(Turn turn, Section section) {
		List<Integer> seqs = checklists.items(turn.handover().id())
			.stream()
			.filter(i -> i.sectionId() == section.id())
			.map(Item::seq)
			.toList();
		return new Object[] { ItemLines.title(turn.texts(), section), seqs.size(), turn.texts().list(seqs),
				seqs.get(0) };
	}

	Answer back(Turn turn) {
		List<Section> sections = checklists.sections(turn.handover().id());
		Section section = current(turn);
		int at = indexOf(sections, section);
		Section previous = sections.get(Math.max(0, at - 1));
		return ask(turn, turn.dialog().inSection(previous.code()), previous, "conv.section.back");
	}

	/**
	 * Submits; while an item's status is unknown, says which and asks about the first
	 * with a card.
	 */
	Answer submit(Turn turn) {
		List<Item> unsaid = checklists.items(turn.handover().id()).stream().filter(i -> i.status() == null).toList();
		if (!unsaid.isEmpty() && turn.departing()) {
			String names = String.join(turn.texts().english() ? "; " : "、",
					unsaid.stream().map(i -> turn.texts().get("conv.item.named", i.seq(), i.title())).toList());
			return StatusQuestion.ask(turn, unsaid.get(0), turn.texts().get("conv.submit.statusUnknown", names));
		}
		List<Item> items = checklists.items(turn.handover().id());
		Section unfilled = checklists.sections(turn.handover().id())
			.stream()
			.filter(s -> !s.declaredEmpty() && items.stream().noneMatch(i -> i.sectionId() == s.id()))
			.findFirst()
			.orElse(null);
		if (unfilled != null && turn.departing()) {
			// a section neither filled nor said to be empty (#12, newcomer 6, finding
			// 11): say which, and that
			// "本部分无" now declares it (the focus moves there)
			// "现在填写的就是这一部分" only when it was already in focus; otherwise say the focus
			// moved there (np24, finding 3), so "本部分无" is not read as for the section
			// shown
			// before
			Section shown = current(turn);
			boolean there = shown != null && shown.code().equals(unfilled.code());
			return turn.say(turn.dialog().inSection(unfilled.code()),
					there ? "conv.submit.sectionUnfilled" : "conv.submit.sectionUnfilledMoved",
					ItemLines.title(turn.texts(), unfilled), unfilled.position());
		}
		checklist.submit(turn.actor(), turn.handover().id());
		return turn.say(turn.dialog().inSection(null), "conv.submitted");
	}

	/**
	 * The status a person set: what the grammar read (已完成 / 推进中 / 未启动), or 现状 said in the
	 * new value.
	 */
	private static ItemStatus statusOf(Command command) {
		if (command.status() != null) {
			return command.status();
		}
		return command.value() == null ? null : StatusQuestion.answer(command.value());
	}

	/**
	 * Where the departing official is: the section in focus, or the first still open in
	 * the record.
	 */
	Section current(Turn turn) {
		return next.current(turn);
	}

	/**
	 * Says where filling stands when the departing official comes back (or asks for
	 * help).
	 */
	Answer resume(Turn turn) {
		if (turn.handover().state() == HandoverState.NOTIFIED) {
			LocalDate due = turn.handover().checklistDue();
			return turn.say(pastDue.key(due, "conv.notice.pending"), pastDue.arguments(due, due.toString()));
		}
		Section section = current(turn);
		return ask(turn, turn.dialog().inSection(section.code()), section, "conv.section.resume");
	}

	/**
	 * The next section after {@code from}; the lead {@code key} takes the section's
	 * title, then {@code more}.
	 */
	private Answer moveOn(Turn turn, Section from, String key, Object... more) {
		List<Section> sections = checklists.sections(turn.handover().id());
		int at = indexOf(sections, from);
		String title = ItemLines.title(turn.texts(), from);
		Object[] arguments = new Object[more.length + 1];
		arguments[0] = title;
		System.arraycopy(more, 0, arguments, 1, more.length);
		if (at + 1 >= sections.size()) {
			return Answer.say(turn.texts().get(key, arguments) + "\n" + turn.texts().get("conv.section.last", title),
					turn.dialog().inSection(from.code()));
		}
		Section next = sections.get(at + 1);
		return ask(turn, turn.dialog().inSection(next.code()), next, key, arguments);
	}

	private Answer ask(Turn turn, DialogState next, Section section, String key, Object... arguments) {
		String lead = turn.texts().get(key, arguments);
		String prompts = section.prompts() == null || section.prompts().isBlank() ? ""
				: "\n" + turn.texts().get("conv.section.prompts", section.prompts());
		// the example fits the section's kind (a 党建 item is no building repair; newcomer
		// 9)
		String example = turn.texts()
			.orElse("conv.section.example." + section.code(), turn.texts().get("conv.section.example"));
		return Answer.say(lead + "\n"
				+ turn.texts()
					.get("conv.section.ask", section.position(), ItemLines.title(turn.texts(), section), example)
				+ prompts, next);
	}

	private static int indexOf(List<Section> sections, Section section) {
		for (int i = 0; i < sections.size(); i++) {
			if (sections.get(i).id() == section.id()) {
				return i;
			}
		}
		return 0;
	}

}
