package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.Quantity;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.CommandParser;
import dev.baton.bot.conversation.grammar.DoneWhen;
import dev.baton.bot.conversation.grammar.EditField;
import dev.baton.bot.conversation.grammar.Grammar;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * A correction said right after an entry, naming only the field (#12, newcomer 16,
 * finding 3: 「不对，是10月份完成的」 right after item 2 was recorded): a change to the item just
 * recorded, read as if said of it (第2项是10月份完成的). When the words name the field
 * (不对，完成时间是10月份) it is done; when the field is only implied, Baton asks first with a card
 * (「把第2项的完成时间改为2026年10月吗？」 [改][不改]) whose yes, typed or pressed, changes it. The reply
 * shows what the value was first recorded as (原记为 …).
 */
@Component
class LastEntryFix {

	/** The fields a correction of the item just recorded may change. */
	private static final Set<EditField> FIELDS = EnumSet.of(EditField.DONE_ON, EditField.DEADLINE, EditField.AMOUNT,
			EditField.QUANTITY, EditField.TITLE);

	/** A field named, then "是" or the like before its value: read as 改为. */
	private static final Pattern FIELD_IS = Pattern.compile("^(\\S{2,4}?)(?:应该是|应当是|应是|应为|是)");

	private final CommandParser parser;

	private final DraftingFlow drafting;

	LastEntryFix(CommandParser parser, DraftingFlow drafting) {
		this.parser = parser;
		this.drafting = drafting;
	}

	/**
	 * The change the words after a no make to item {@code seq}, done or asked; null when
	 * they change none of its fields.
	 */
	Answer of(Turn turn, int seq, String words, LocalDate today) {
		if (words == null || words.isBlank()) {
			return null;
		}
		String said = words.strip();
		EditField named = Grammar.standard().leadingField(said);
		if (named != null) {
			said = FIELD_IS.matcher(said).replaceFirst("$1改为");
		}
		Command c = parser.parse("第" + seq + "项" + said, today);
		if (c.intent() != Intent.EDIT || c.number() == null || c.number() != seq || !FIELDS.contains(c.field())
				|| c.clear() || c.value() == null) {
			return null;
		}
		String value = value(turn.texts(), c, today);
		if (value == null) {
			return null;
		}
		if (named == c.field()) {
			return drafting.edit(turn, c, today);
		}
		Texts t = turn.texts();
		// words kept as written, so a yes stores them as typing them would (#12)
		String canonical = canonical(c, today);
		String proposed = "第" + seq + "项" + zhField(c.field()) + "改为"
				+ (canonical == null ? turn.asWritten(c.value()) : canonical);
		long h = turn.handover().id();
		String question = t.get("conv.itemFix.ask", seq, t.get("conv.field." + c.field()), value);
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id("clarify", h, seq), t.get("conv.clarify.title"),
				question,
				List.of(new OutboundMessage.Button(t.get("conv.itemFix.yes"), Cards.action("fix", h, seq)),
						new OutboundMessage.Button(t.get("conv.itemFix.no"), Cards.action("no", h, seq))),
				question + "\n" + t.get("conv.clarify.textFallback"));
		return Answer.proposing(card, proposed, turn.dialog().proposing(Intent.EDIT, seq, proposed));
	}

	/**
	 * The words after a no changed nothing: how to put the item just recorded right, with
	 * examples of the fields it has (newcomer 25, finding 7: a done item is shown its
	 * completion time, never a deadline or an amount it does not have). The title can
	 * always be changed; with no item in focus, a rename, a deadline and an amount.
	 */
	Answer nothingChanged(Turn turn, Integer focus) {
		int seq = focus == null ? 1 : focus;
		Item item = focus == null ? null : drafting.itemOrNull(turn, seq);
		Texts t = turn.texts();
		List<String> examples = new ArrayList<>();
		examples.add(t.get("conv.drafting.exampleTitle", seq));
		boolean done = item != null
				&& (item.status() == ItemStatus.DONE || item.doneOn() != null || item.doneIn() != null);
		if (done) {
			examples.add(t.get("conv.drafting.exampleDoneOn", seq));
		}
		if (item == null || item.deadline() != null || !done && item.status() != null && item.status().unfinished()) {
			examples.add(t.get("conv.drafting.exampleDeadline", seq));
		}
		if (item == null || item.amount() != null) {
			examples.add(t.get("conv.drafting.exampleAmount", seq));
		}
		if (item != null && item.quantity() != null && item.quantityUnit() != null) {
			examples.add(t.get("conv.drafting.exampleQuantity", seq,
					item.quantity().stripTrailingZeros().toPlainString() + item.quantityUnit()));
		}
		return turn.say("conv.drafting.noToLast", seq, String.join(t.english() ? ", " : "", examples));
	}

	/** The new value as the question shows it; null when it cannot be read. */
	private static String value(Texts t, Command c, LocalDate today) {
		return switch (c.field()) {
			case DONE_ON -> {
				DoneWhen when = DoneWhen.of(c.value(), today);
				yield when == null || when.after(today) ? null
						: ItemLines.done(t, new dev.baton.bot.checklist.DoneDate(when.day(), when.month()));
			}
			case DEADLINE -> c.date() == null ? null : c.date().toString();
			case AMOUNT -> c.amount() == null ? null : ItemLines.money(t, c.amount(), null);
			case QUANTITY ->
				c.quantity() == null || c.unit() == null ? null : Quantity.format(c.quantity(), c.unit(), t.english());
			default -> c.value();
		};
	}

	/** The new value as words the parser reads back exactly. */
	private static String canonical(Command c, LocalDate today) {
		return switch (c.field()) {
			case DONE_ON -> {
				DoneWhen when = DoneWhen.of(c.value(), today);
				yield when.day() != null ? when.day().toString()
						: when.month().getYear() + "年" + when.month().getMonthValue() + "月";
			}
			case DEADLINE -> c.date().toString();
			case AMOUNT -> c.amount().toPlainString() + "元";
			case QUANTITY -> c.quantity().toPlainString() + c.unit();
			default -> null; // the words as said
		};
	}

	private static String zhField(EditField field) {
		return switch (field) {
			case DONE_ON -> "完成时间";
			case DEADLINE -> "期限";
			case AMOUNT -> "金额";
			case QUANTITY -> "数量";
			default -> "名称";
		};
	}

}
