package dev.baton.bot.conversation;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.EditField;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.directory.Department;
import dev.baton.bot.handover.HandoverState;

/**
 * What a read message means for the person who says it, now (#12 findings 10 and 11). The
 * same words mean different things to different people: a reviewer's 没问题 in joint review
 * approves the list, the successor's 好的 confirms the item shown to them, the departing
 * official's 收到 before signing for the notice is probably a 签收 (asked, not done). A yes,
 * a no and the confirming words said by someone whose turn it is not are answered with
 * where things stand for them, never with another role's refusal. A reading that is only
 * a guess is asked about, with buttons, before anything is done; a yes or no to that
 * question answers it. Pure: no record is read or written here.
 */
final class Reading {

	/** The words whose meaning depends on who says them and when. */
	private static final Set<Intent> YES_AND_NO = EnumSet.of(Intent.CONFIRM, Intent.CONFIRM_ALL, Intent.DISPUTE,
			Intent.APPROVE, Intent.RETURN, Intent.ACKNOWLEDGE);

	private static final Set<Intent> YES = EnumSet.of(Intent.CONFIRM, Intent.CONFIRM_ALL, Intent.APPROVE,
			Intent.ACKNOWLEDGE);

	/**
	 * Questions whose answer is whatever the person writes next: the words are not read
	 * for their meaning.
	 */
	private static final Set<DialogState.Pending> FREE_TEXT = EnumSet.of(DialogState.Pending.DISPUTE_REASON,
			DialogState.Pending.RETURN_COMMENT, DialogState.Pending.CORRECTION_NOTE);

	private Reading() {
	}

	/** The speaker's part in the handover in focus. */
	enum Part {

		DEPARTING, SUCCESSOR,
		/** holds a reviewing department over the unit */
		REVIEWER,
		/** a reviewer of the department whose ruling on disputes is final (审计) */
		RULER, ORGANIZER, OTHER

	}

	/**
	 * The speaker now.
	 *
	 * @param part their part in the handover in focus
	 * @param department for a reviewer or ruler: the department they review for, else
	 * null
	 * @param state the handover's state, or null when no handover is in focus
	 * @param pending the question Baton waits an answer to
	 * @param proposed for {@link DialogState.Pending#CLARIFY}: what Baton asked whether
	 * they meant
	 * @param proposedItem the item of {@code proposed}, or null
	 * @param shown the item last shown to them (the successor confirming), or null
	 */
	record Situation(Part part, Department department, HandoverState state, DialogState.Pending pending,
			Intent proposed, Integer proposedItem, Integer shown) {

		Situation {
			pending = pending == null ? DialogState.Pending.NONE : pending;
		}

		Situation lapsed() {
			return new Situation(part, department, state, DialogState.Pending.NONE, null, null, shown);
		}

	}

	/** What to do with the message. */
	sealed interface Outcome permits Act, Ask, Tell, Show, Declined, Which {

	}

	/**
	 * The words name items other than the one in focus, and which they mean cannot be
	 * read (#12, newcomer 7, finding 1: "第1项和第4项金额都不对" with item 2's card shown): asked,
	 * one item at a time; nothing is done.
	 *
	 * @param intent what they said of them
	 * @param items the items named, in the order said
	 */
	record Which(Intent intent, java.util.List<Integer> items) implements Outcome {
	}

	/** Do this: the command as read, or as it means for this person now. */
	record Act(Command command) implements Outcome {
	}

	/** Ask first ("您是要确认第3项吗？" with [确认][不是]): nothing is done until they say yes. */
	record Ask(Intent intent, Integer number) implements Outcome {
	}

	/**
	 * Say where things stand for them; nothing is done.
	 *
	 * @param theirTurn whether the handover waits on them (then what they can do), or on
	 * others (then that they have nothing to do now)
	 */
	record Tell(boolean theirTurn) implements Outcome {
	}

	/**
	 * Show the successor the item to confirm: a yes counts only for an item put to them.
	 */
	record Show() implements Outcome {
	}

	/** They answered no to Baton's question: nothing is done. */
	record Declined() implements Outcome {
	}

	static Outcome of(Command c, Situation s) {
		if (s.pending() == DialogState.Pending.CLARIFY) {
			if (yes(c) && (c.number() == null || Objects.equals(c.number(), s.proposedItem()))) {
				return new Act(proposal(s.proposed(), s.proposedItem(), c.raw()));
			}
			if (no(c) || c.intent() == Intent.CANCEL) {
				return new Declined();
			}
			return of(c, s.lapsed()); // something else: the question lapses, the message
										// is read on its own
		}
		if (c.tentative() && (c.intent() == Intent.PLAN || c.intent() == Intent.PROGRESS)) {
			// a plan or progress read from the words alone ("第3项护岸工程：2027年3月31日前…",
			// "护岸砌筑那一步干完了") is
			// one only when the successor says it once archived; for anyone else, or
			// before, it is words as said
			boolean followingUp = s.part() == Part.SUCCESSOR
					&& (s.state() == HandoverState.ARCHIVED || s.state() == HandoverState.FOLLOW_UP);
			c = followingUp ? certain(c) : unread(c);
		}
		if (s.state() == null || FREE_TEXT.contains(s.pending())) {
			return new Act(c); // no handover; or Baton waits for free text (a reason, a
								// comment), which flows take
		}
		if (c.intent() == Intent.SUBMIT && s.part() != Part.DEPARTING) {
			return new Tell(false); // the departing official submits; no one else is
									// refused for it as if they might
		}
		boolean unseen = s.part() == Part.SUCCESSOR && s.state() == HandoverState.CONFIRMING && s.shown() == null;
		boolean reviewer = s.part() == Part.REVIEWER || s.part() == Part.RULER;
		boolean reviewWord = c.intent() == Intent.APPROVE || c.intent() == Intent.RETURN;
		if (reviewer && reviewWord && s.state() != HandoverState.IN_REVIEW) {
			return new Act(c); // a reviewer's own word out of review: their flow says
								// what came of their review
		}
		java.util.List<Integer> elsewhere = elsewhere(c, s);
		if (!elsewhere.isEmpty() && FROM_FOCUS.contains(c.intent())
				&& (s.part() == Part.DEPARTING && s.state() == HandoverState.DRAFTING
						|| s.part() == Part.SUCCESSOR && s.state() == HandoverState.CONFIRMING)) {
			// an item number said beats the item in focus: never taken for the focus's
			// unasked (newcomer 7, finding 1)
			return new Which(c.intent(), elsewhere);
		}
		if (!YES_AND_NO.contains(c.intent())) {
			boolean idle = c.intent() == Intent.UNKNOWN || c.intent() == Intent.NEXT || c.intent() == Intent.SKIP;
			java.util.List<Integer> named = c.intent() == Intent.UNKNOWN && c.raw() != null
					? dev.baton.bot.conversation.grammar.ItemsNamed.in(c.raw()) : java.util.List.of();
			if (unseen && named.size() > 1) {
				// "第1项和第2项都不对" before any item was put to them (#12, newcomer 8, finding
				// 5): nothing is filed, and
				// they are told to take the items one at a time, with the example
				return new Which(Intent.DISPUTE, named);
			}
			return unseen && idle ? new Show() : new Act(c);
		}
		return switch (s.state()) {
			case NOTIFIED -> notified(c, s);
			case DRAFTING -> drafting(c, s);
			case IN_REVIEW -> inReview(c, s);
			case CONFIRMING -> confirming(c, s);
			case SIGNING -> signing(c, s);
			case ARCHIVED, FOLLOW_UP -> new Tell(s.part() == Part.SUCCESSOR);
			case CLOSED, CANCELLED -> new Tell(false);
		};
	}

	/**
	 * What takes its item from the focus when the words name none (the card shown, the
	 * item just recorded).
	 */
	private static final Set<Intent> FROM_FOCUS = EnumSet.of(Intent.CONFIRM, Intent.APPROVE, Intent.DISPUTE,
			Intent.SUPPLEMENT, Intent.EDIT);

	/**
	 * The items the words name when the command took none: those that are not the one in
	 * focus, else none.
	 */
	static java.util.List<Integer> elsewhere(Command c, Situation s) {
		if (c.raw() == null) {
			return java.util.List.of();
		}
		java.util.List<Integer> named = dev.baton.bot.conversation.grammar.ItemsNamed.in(c.raw());
		if (c.number() != null) {
			// "第1项和第2项都不对" (#12, newcomer 8, finding 5): several items named to a yes or
			// a no, taken as one of them
			boolean yesOrNo = c.intent() == Intent.DISPUTE || c.intent() == Intent.CONFIRM
					|| c.intent() == Intent.APPROVE;
			return yesOrNo && named.size() > 1 ? named : java.util.List.of();
		}
		return named.isEmpty() || named.size() == 1 && named.get(0).equals(s.shown()) ? java.util.List.of() : named;
	}

	private static Outcome notified(Command c, Situation s) {
		if (s.part() != Part.DEPARTING) {
			return new Tell(false);
		}
		if (c.intent() == Intent.ACKNOWLEDGE) {
			return c.tentative() ? new Ask(Intent.ACKNOWLEDGE, null) : new Act(c);
		}
		// 收到 / 好的 to the notice is probably a 签收: asked, never taken for one
		return YES.contains(c.intent()) ? new Ask(Intent.ACKNOWLEDGE, null) : new Tell(true);
	}

	private static Outcome drafting(Command c, Situation s) {
		if (s.part() != Part.DEPARTING) {
			return new Tell(false);
		}
		if (c.intent() == Intent.DISPUTE && c.number() != null && c.text() != null && (c.amount() != null
				|| c.quantity() != null && c.unit() != null || c.date() != null && c.field() == EditField.DEADLINE)) {
			// "第3项不对，是83.2万" (#12, newcomer 7, finding 1): the item said, whatever is in
			// focus, put right
			return new Act(edit(c, c.number()));
		}
		if (c.intent() == Intent.DISPUTE && c.number() == null && s.shown() != null
				&& (c.amount() != null || c.quantity() != null && c.unit() != null)) {
			// "不对，是46.5万" right after an item was recorded or shown: its figure put right
			// (#12, newcomer 5, finding 3);
			// the item is the one in focus, which the flow names in its reply with the
			// old and new figure
			boolean money = c.amount() != null;
			return new Act(new Command(Intent.EDIT, null, null, money ? EditField.AMOUNT : EditField.QUANTITY, c.text(),
					c.amount(), null, null, null, null, false, c.raw(), money ? null : c.quantity(),
					money ? null : c.unit(), false, false, null));
		}
		if (c.intent() == Intent.DISPUTE && c.number() == null && s.shown() != null && c.field() == EditField.DEADLINE
				&& c.date() != null) {
			// "期限不对，是明年年底，2027年12月31日" right after an item (#12, newcomer 6, finding 2):
			// its deadline
			return new Act(new Command(Intent.EDIT, null, null, EditField.DEADLINE, c.value(), null, c.date(), null,
					null, null, false, c.raw(), null, null, false, false, null));
		}
		return c.intent() == Intent.ACKNOWLEDGE ? new Act(c) : new Tell(true);
	}

	/**
	 * A no with the right figure or deadline, as the edit it means for item {@code seq}.
	 */
	private static Command edit(Command c, Integer seq) {
		if (c.field() == EditField.DEADLINE && c.date() != null) {
			return new Command(Intent.EDIT, seq, null, EditField.DEADLINE, c.value(), null, c.date(), null, null, null,
					false, c.raw(), null, null, false, false, null);
		}
		boolean money = c.amount() != null;
		return new Command(Intent.EDIT, seq, null, money ? EditField.AMOUNT : EditField.QUANTITY, c.text(), c.amount(),
				null, null, null, null, false, c.raw(), money ? null : c.quantity(), money ? null : c.unit(), false,
				false, null);
	}

	private static Outcome inReview(Command c, Situation s) {
		if (s.part() != Part.REVIEWER && s.part() != Part.RULER) {
			return new Tell(false);
		}
		return switch (c.intent()) {
			// the list is reviewed whole: a yes to one item ("第3项没问题") is asked about
			case APPROVE, CONFIRM, CONFIRM_ALL -> c.tentative() || c.number() != null ? new Ask(Intent.APPROVE, null)
					: new Act(command(Intent.APPROVE, null, c.intent() == Intent.APPROVE ? c.text() : null, c));
			case DISPUTE, RETURN -> new Act(command(Intent.RETURN, c.number(), c.text(), c)); // the
																								// comment
																								// is
																								// asked
			default -> new Tell(true);
		};
	}

	private static Outcome confirming(Command c, Situation s) {
		if (s.part() == Part.RULER) {
			return new Tell(true); // what there is for them is a ruling: 裁定 …
		}
		if (s.part() != Part.SUCCESSOR) {
			return new Tell(false);
		}
		Integer item = c.number() != null ? c.number() : s.shown();
		return switch (c.intent()) {
			case CONFIRM_ALL -> c.tentative() ? new Ask(Intent.CONFIRM_ALL, null) : new Act(c);
			// 第2到第6项都没问题: the range as said (newcomer 23, finding 6)
			case CONFIRM, APPROVE -> c.intent() == Intent.CONFIRM && c.step() != null ? new Act(c) : item == null
					? new Show()
					: c.tentative() ? new Ask(Intent.CONFIRM, item) : new Act(command(Intent.CONFIRM, item, null, c));
			case DISPUTE -> item == null ? new Show() : new Act(command(Intent.DISPUTE, item, c.text(), c));
			default -> new Tell(true);
		};
	}

	private static Outcome signing(Command c, Situation s) {
		if (s.part() == Part.OTHER) {
			return new Tell(false);
		}
		return YES.contains(c.intent()) && c.number() == null ? new Ask(Intent.SIGN, null) : new Tell(true);
	}

	/** A plain yes (是的 / 对 / 确认 / 👍), to a question Baton asked. */
	static boolean yes(Command c) {
		return YES.contains(c.intent()) || c.intent() == Intent.SIGN && c.code() == null && !c.hasText();
	}

	private static boolean no(Command c) {
		return (c.intent() == Intent.DISPUTE || c.intent() == Intent.RETURN) && !c.hasText();
	}

	/** The proposal, done: as if said in so many words. */
	static Command proposal(Intent intent, Integer number, String raw) {
		return new Command(intent, number, null, null, null, null, null, null, null, null, false, raw);
	}

	/** The same reading, no longer a guess. */
	private static Command certain(Command c) {
		return new Command(c.intent(), c.number(), c.text(), c.field(), c.value(), c.amount(), c.date(), c.status(),
				c.ruling(), c.code(), c.finished(), c.raw(), c.quantity(), c.unit(), c.clear(), false, c.step());
	}

	/**
	 * Words read as nothing in particular: a plan's are the message itself, progress
	 * keeps its note.
	 */
	private static Command unread(Command c) {
		String text = c.intent() == Intent.PLAN ? c.raw() : c.text();
		return new Command(Intent.UNKNOWN, null, text, null, null, c.amount(), null, null, null, null, false, c.raw(),
				c.quantity(), c.unit(), false, false, null);
	}

	private static Command command(Intent intent, Integer number, String text, Command said) {
		return new Command(intent, number, text, null, null, said.amount(), null, null, null, null, false, said.raw(),
				said.quantity(), said.unit(), false, false, null);
	}

}
