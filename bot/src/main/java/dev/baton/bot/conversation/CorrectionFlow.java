package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import dev.baton.bot.checklist.ChecklistUndo;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.ClearableField;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemCorrections;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.Supplement;
import dev.baton.bot.checklist.Undone;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.EditField;
import org.springframework.stereotype.Component;
import dev.baton.bot.conversation.grammar.CommandParser;

/**
 * The departing official puts entries right while drafting: 撤销 (the last entry), 删除第N项,
 * 第N项金额改为无 (a field emptied), 第N项不是金额，是面积 (the number is a quantity: its unit re-read
 * from the item's title, or asked), 第N项补充：… (words kept on the item, the answer to a
 * return; a file sent next goes to the same item), and the answers to the questions about
 * an item's status and unit.
 */
@Component
class CorrectionFlow {

	/** A reply that is only a unit ("亩", "单位是公顷"). */
	private static final Pattern UNIT_ONLY = Pattern
		.compile("^(?:单位(?:是|为)?|是|按)?\\s*([^\\d\\s,，.。:：;；]{1,16}?)\\s*[。.!！]?$");

	/** Names of what is measured, which are not units. */
	private static final Pattern MEASURES = Pattern.compile("面积|数量|人数|长度|重量|体积|个数|规模|数目|户数|总数");

	private final ItemCorrections corrections;

	private final ChecklistUndo undo;

	private final Checklists checklists;

	private final BiFunction<String, LocalDate, Command> parse;

	private final dev.baton.bot.review.ReviewService reviews;

	/**
	 * The item named at the start of an answer, and the separators after it: "第11项，是…".
	 */
	private static final Pattern NAMED_ITEM = Pattern
		.compile("^\\s*第?\\s*(?:[0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})\\s*(?:项|条)\\s*[:：,，;；。.\\s]*");

	private final ItemNotes notes;

	private final DraftingNext next;

	CorrectionFlow(ItemCorrections corrections, ChecklistUndo undo, Checklists checklists,
			dev.baton.bot.review.ReviewService reviews, CommandParser parser, ItemNotes notes, DraftingNext next) {
		this.next = next;
		this.notes = notes;
		this.reviews = reviews;
		this.corrections = corrections;
		this.undo = undo;
		this.checklists = checklists;
		this.parse = parser::parse;
	}

	/**
	 * 撤销 takes back the entry the person's last message made, or the entry whose item
	 * Baton still asks about (its status card open), and says which (#12, newcomer 7,
	 * finding 2). When their last message made none (a stray 好的, a second 撤销, a dialog
	 * lost), nothing is taken back unasked: Baton says so, names the last entry there is,
	 * and asks whether to take that back ([撤销它][不是]); a yes (or 撤销 said with the number
	 * the question named) takes it back.
	 */
	Answer undo(Turn turn, Command c) {
		dev.baton.bot.checklist.Undone.Last last = undo.last(turn.actor(), turn.handover().id());
		Item lastItem = last.entry().item();
		int seq = lastItem == null ? 0 : lastItem.seq();
		boolean madeByLast = turn.dialog().entry() != null && turn.dialog().entry() == last.entryId();
		boolean named = c != null && c.number() != null && c.number() == seq;
		// Baton still asks about the item that entry recorded (its status, whether it is
		// two): the talk is still on it
		boolean stillAsked = seq != 0 && turn.dialog().item() != null && turn.dialog().item() == seq
				&& (turn.dialog().pending() == DialogState.Pending.ITEM_STATUS
						|| turn.dialog().pending() == DialogState.Pending.ITEM_SPLIT);
		if (!madeByLast && !named && !stillAsked) {
			Texts t = turn.texts();
			String what = what(t, last.entry());
			long h = turn.handover().id();
			String question = t.get("conv.undo.askOlder", what);
			dev.baton.integrations.chat.OutboundMessage.Card card = new dev.baton.integrations.chat.OutboundMessage.Card(
					Cards.id("clarify", h, seq), t.get("conv.clarify.title"), question,
					java.util.List.of(
							new dev.baton.integrations.chat.OutboundMessage.Button(t.get("conv.undo.button"),
									Cards.action("undo", h, seq)),
							new dev.baton.integrations.chat.OutboundMessage.Button(t.get("conv.button.no"),
									Cards.action("no", h, seq))),
					question + "\n" + t.get("conv.clarify.textFallback"));
			return new Answer(java.util.List.of(card),
					turn.dialog().clarifying(dev.baton.bot.conversation.grammar.Intent.UNDO, seq));
		}
		return undo(turn);
	}

	/** What an entry was, in words: 添加第5项“…” / 对第5项的修改 / “…”部分无事项的声明. */
	private static String what(Texts t, Undone entry) {
		Item item = entry.item();
		return switch (entry.what()) {
			case "EMPTY" -> t.get("conv.undo.what.EMPTY", ItemLines.title(t, entry.section()));
			case "EVIDENCE" -> t.get("conv.undo.what.EVIDENCE", item.seq(), entry.label());
			default -> t.get("conv.undo.what." + entry.what(), item.seq(), item.title());
		};
	}

	private Answer undo(Turn turn) {
		Undone done = undo.undo(turn.actor(), turn.handover().id());
		Texts t = turn.texts();
		Item item = done.item();
		return switch (done.what()) {
			// after a return the next step is 重新送审 (#12, newcomer 6, finding 12), not
			// more items
			case "ADD" -> turn.handover().reviewRound() > 0
					? turn.say(turn.dialog().onItem(null), "conv.undo.addedAfterReturn", item.seq(), item.title())
					: turn.say(turn.dialog().onItem(null), "conv.undo.added", item.seq(), item.title());
			case "EMPTY" -> turn.say(turn.dialog().inSection(done.section().code()), "conv.undo.empty",
					ItemLines.title(t, done.section()));
			// the others end with what comes next (#12, newcomer 3, finding 22)
			case "EDIT" -> next.then(turn, item.seq(),
					turn.say(turn.dialog().onItem(item.seq()), "conv.undo.edited", item.seq(), block(turn, item)));
			case "MOVE" -> next.then(turn, item.seq(), turn.say(turn.dialog().onItem(item.seq()), "conv.undo.moved",
					item.seq(), done.section().position(), ItemLines.title(t, done.section())));
			case "DELETE" -> next.then(turn, item.seq(),
					turn.say(turn.dialog().onItem(item.seq()), "conv.undo.deleted", item.seq(), item.title()));
			case "SUPPLEMENT" -> next.then(turn, item.seq(),
					turn.say(turn.dialog().onItem(item.seq()), "conv.undo.supplement", item.seq()));
			default -> next.then(turn, item.seq(),
					turn.say(turn.dialog().onItem(item.seq()), "conv.undo.evidence", done.label(), item.seq()));
		};
	}

	Answer delete(Turn turn, Command c) {
		if (!c.hasNumber()) {
			return turn.say("conv.delete.how");
		}
		Item item = corrections.delete(turn.actor(), turn.handover().id(), c.number());
		DialogState next = turn.dialog().item() != null && turn.dialog().item() == item.seq()
				? turn.dialog().onItem(null) : turn.dialog();
		return this.next.then(turn, null, turn.say(next, "conv.delete.done", item.seq(), item.title()));
	}

	Answer supplement(Turn turn, Command c) {
		Integer seq = c.hasNumber() ? c.number() : turn.dialog().item();
		if (seq == null) {
			return turn.say("conv.supplement.how");
		}
		if (!c.hasText()) {
			return turn.say("conv.supplement.noText", seq);
		}
		Supplement s = corrections.supplement(turn.actor(), turn.handover().id(), seq, turn.asWritten(c.text()));
		Item item = checklists.item(turn.handover().id(), seq);
		// 提交 before anything was submitted, 重新送审 after a return (#12, newcomer 3, finding
		// 21)
		return next.then(turn, seq, turn.say(turn.dialog().onItem(seq), "conv.supplement.done", seq, item.title(),
				s.body(), turn.texts().evidence("conv.supplement.evidence", seq)));
	}

	/**
	 * "第11项，是梅溪村8.2万、里洋村4.4万…" after a return that commented on item 11: the words after
	 * the item answer the comment, a supplement to it. Null when the latest return said
	 * nothing on that item, or nothing follows the item.
	 */
	Answer answerOnReturned(Turn turn, int seq, String raw) {
		long h = turn.handover().id();
		Item item = checklists.items(h).stream().filter(i -> i.seq() == seq).findFirst().orElse(null);
		if (item == null || reviews.latestReturnComments(h).stream().noneMatch(c -> c.itemId() == item.id())) {
			return null;
		}
		String words = NAMED_ITEM.matcher(raw).replaceFirst("").strip();
		if (words.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return null;
		}
		Supplement s = corrections.supplement(turn.actor(), h, seq, turn.asWritten(words));
		return next.then(turn, seq, turn.say(turn.dialog().onItem(seq), "conv.supplement.done", seq, item.title(),
				s.body(), turn.texts().evidence("conv.supplement.evidence", seq)));
	}

	/** 第9项金额改为无 / 第10项金额删除: the field emptied (a title or a status is never emptied). */
	Answer clear(Turn turn, int seq, EditField field) {
		ClearableField clearable = switch (field) {
			case AMOUNT -> ClearableField.AMOUNT;
			case QUANTITY -> ClearableField.QUANTITY;
			case DEADLINE -> ClearableField.DEADLINE;
			case COUNTERPARTY -> ClearableField.COUNTERPARTY;
			case RESPONSIBLE -> ClearableField.RESPONSIBLE;
			case DETAILS -> ClearableField.DETAILS;
			case DONE_ON -> ClearableField.DONE_ON;
			case TITLE, STATUS, SECTION -> null;
		};
		if (clearable == null) {
			return turn.say("conv.clear.notAllowed", seq, turn.texts().get("conv.field." + field));
		}
		Item item = corrections.clearField(turn.actor(), turn.handover().id(), seq, clearable);
		return next.then(turn, seq, turn.say(turn.dialog().onItem(seq), "conv.clear.done", seq,
				turn.texts().get("conv.field." + field), block(turn, item)));
	}

	/**
	 * 第1项不是金额，是面积: the number becomes a quantity. Its unit is what the person wrote in
	 * this message ("是29.22万亩") or in the item's title ("森林面积29.22万亩"); if neither says
	 * it, Baton asks.
	 */
	Answer notMoney(Turn turn, Command c, LocalDate today) {
		Integer seq = c.hasNumber() ? c.number() : turn.dialog().item();
		if (seq == null) {
			return turn.say("conv.notMoney.how");
		}
		Item item = checklists.item(turn.handover().id(), seq);
		if (item.amount() == null) {
			return turn.say(turn.dialog().onItem(seq), "conv.notMoney.noAmount", seq, block(turn, item));
		}
		if (c.quantity() != null && c.unit() != null) {
			return moved(turn, seq, c.quantity(), c.unit());
		}
		Command title = parse.apply("添加 " + (item.said() != null ? item.said() : item.title()), today);
		if (title.quantity() != null && title.unit() != null) {
			return moved(turn, seq, title.quantity(), title.unit());
		}
		return turn.say(turn.dialog().asking(DialogState.Pending.ITEM_UNIT, seq), "conv.notMoney.askUnit", seq,
				item.amount().toPlainString());
	}

	/**
	 * The answer to "what unit?": a quantity with its unit ("29.22万亩"), or only a unit
	 * ("亩"); else not an answer.
	 */
	Answer unitAnswer(Turn turn, int seq, Command c) {
		if (c.quantity() != null && c.unit() != null) {
			return moved(turn.withDialog(turn.dialog().answered()), seq, c.quantity(), c.unit());
		}
		var m = UNIT_ONLY.matcher(c.raw() == null ? "" : c.raw().strip());
		if (!m.matches()) {
			return null;
		}
		String unit = m.group(1);
		if (MEASURES.matcher(unit).matches()) {
			// "面积" names what is measured, not the unit: the question stays open
			return turn.say("conv.notMoney.unitNotMeasure", unit, seq);
		}
		// the stored number already holds the 万 or 亿 the person wrote ("29.22万亩" →
		// 292200): "万亩" means 亩
		String plain = unit.length() > 1 && (unit.startsWith("万") || unit.startsWith("亿")) ? unit.substring(1) : unit;
		return moved(turn.withDialog(turn.dialog().answered()), seq, null, plain);
	}

	/**
	 * The answer to "what is its status?": one of the card's words; anything more is not
	 * the answer. A few words about how far it has got that name no status ("快完了", "还在弄")
	 * answer it all the same, in words Baton cannot take for one: asked again, never
	 * recorded as an item (#12, newcomer 3).
	 */
	Answer statusAnswer(Turn turn, int seq, Command c, DraftingFlow drafting, LocalDate today) {
		if (c.number() != null && c.number() != seq) {
			// said of another item ("第1项推进中" while item 2 is asked about): not this
			// question's answer (newcomer 5)
			return null;
		}
		ItemStatus status = StatusQuestion.answer(c.raw());
		if (status == null) {
			Answer inWords = statusInWords(turn, seq, c, drafting, today);
			if (inWords != null) {
				return inWords;
			}
			String said = c.raw() == null ? "" : c.raw().strip();
			return said.codePointCount(0, said.length()) <= 6 && HOW_FAR.matcher(said).find()
					? turn.say("conv.status.notAnAnswer", seq) : null;
		}
		return drafting.setStatus(turn.withDialog(turn.dialog().answered()), seq, status);
	}

	/**
	 * The question answered in words (#12, newcomer 13, finding 1): "已经换完了，今年4月" is done,
	 * in April; "推进中，明年3月底前" is under way with that deadline, read as "第N项推进中，明年3月底前"
	 * would be. Null when the words are no such answer.
	 */
	private Answer statusInWords(Turn turn, int seq, Command c, DraftingFlow drafting, LocalDate today) {
		if (c.raw() == null || dev.baton.bot.conversation.grammar.EntryTalk.itemNamed(c.raw()) != null) {
			return null;
		}
		Turn answered = turn.withDialog(turn.dialog().answered());
		dev.baton.bot.conversation.grammar.StatusAnswer said = dev.baton.bot.conversation.grammar.StatusAnswer
			.read(c.raw(), today);
		if (said != null) {
			return said.when() == null ? drafting.setStatus(answered, seq, said.status())
					: drafting.doneAt(answered, seq, said.when());
		}
		Command ofItem = parse.apply("第" + seq + "项" + c.raw().strip(), today);
		boolean statusSaid = ofItem.intent() == dev.baton.bot.conversation.grammar.Intent.EDIT
				&& ofItem.number() != null && ofItem.number() == seq
				&& (ofItem.field() == dev.baton.bot.conversation.grammar.EditField.STATUS
						|| ofItem.field() == dev.baton.bot.conversation.grammar.EditField.DONE_ON);
		return statusSaid ? drafting.edit(answered, ofItem, today) : null;
	}

	/** Words of how far work has got, in a reply too short to be an item of its own. */
	private static final Pattern HOW_FAR = Pattern.compile("完|做|办|弄|推进|开始|启动|进行|动工|开工");

	/** The item as it stands, a value corrected since first recorded saying so. */
	private String block(Turn turn, Item item) {
		return ItemLines.item(turn.texts(), item, java.util.List.of(), notes.firstRecorded(turn.handover(), item.id()));
	}

	private Answer moved(Turn turn, int seq, java.math.BigDecimal quantity, String unit) {
		Item item = corrections.amountIsQuantity(turn.actor(), turn.handover().id(), seq, quantity, unit);
		return next.then(turn, seq, turn.say(turn.dialog().onItem(seq), "conv.notMoney.done", seq, block(turn, item)));
	}

}
