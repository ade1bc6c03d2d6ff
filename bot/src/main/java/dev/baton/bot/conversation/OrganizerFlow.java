package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.conversation.grammar.AsWritten;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.conversation.grammar.OrganizerTalk;
import dev.baton.bot.conversation.grammar.OtherHandover;
import dev.baton.bot.conversation.grammar.ReasonCorrection;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Person;
import dev.baton.bot.handover.DeadlineExtensions;
import dev.baton.bot.handover.ExtensionCount;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverReviewers;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.NoticeReason;
import dev.baton.bot.handover.SuccessorCandidates;
import dev.baton.bot.handover.SuccessorChanges;
import dev.baton.bot.policy.DeadlineUnit;
import dev.baton.bot.policy.Period;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.system.BatonException;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Organizers act in chat (#13): 发起交接 (see {@link OpeningFlow}), 更换接任人, 取消交接 and 延期, each
 * with what it needs asked for one at a time when it is missing (the new successor, the
 * reason, how much later). What was said so far is an {@link OrganizerDraft} (kept a
 * day); the organizer's next message answers what Baton asked unless it is a question of
 * its own (帮助, 进度, 我的交接…: the question waits) or drops it (取消, 算了, 不是). Nothing changes
 * before the last answer, and then only through the services the REST API uses, so every
 * check and refusal is the same.
 */
@Component
class OrganizerFlow {

	/** The button keys of organizers' cards: {@code org:<draft token>:<choice>}. */
	static final String KEY_PREFIX = "org:";

	/**
	 * What may be asked while a draft waits, without dropping it or being taken as the
	 * answer.
	 */
	private static final Set<Intent> LOOKUPS = EnumSet.of(Intent.HELP, Intent.MINE, Intent.LIST, Intent.SHOW,
			Intent.STATUS, Intent.SWITCH, Intent.TODO, Intent.BIND_GROUP, Intent.UNBIND_GROUP, Intent.PUBLISH);

	/**
	 * What a button of an organizer's card may say: 确认, 取消, the n-th offered, a reason;
	 * anything else is stale.
	 */
	private static final Pattern CHOICE = Pattern
		.compile("yes|no|p[1-6]|r(?:TRANSFER|REMOVAL|RESIGNATION|RETIREMENT|OTHER)");

	private static final Pattern PICK = Pattern.compile("^\\s*(?:第\\s*)?([1-6一二三四五六])\\s*(?:个|位|项|号|条)?\\s*$");

	private final OrganizerDrafts drafts;

	private final OpeningFlow opening;

	private final Names names;

	private final OrganizerTalk talk;

	private final SuccessorChanges successors;

	private final DeadlineExtensions extensions;

	private final HandoverService handovers;

	private final HandoverRecords records;

	private final Directory directory;

	private final Access access;

	private final TimeSource time;

	private final dev.baton.bot.conversation.grammar.CommandParser parser;

	private final ReviewerGrant reviewerGrant;

	private final HandoverReviewers reviewers;

	private final SuccessorCandidates candidates;

	private final Focus focus;

	private final OrganizerCards cards;

	OrganizerFlow(OrganizerDrafts drafts, OpeningFlow opening, Names names, OrganizerTalk talk,
			SuccessorChanges successors, DeadlineExtensions extensions, HandoverService handovers,
			HandoverRecords records, Directory directory, Access access, TimeSource time,
			dev.baton.bot.conversation.grammar.CommandParser parser, ReviewerGrant reviewerGrant,
			HandoverReviewers reviewers, SuccessorCandidates candidates, Focus focus, OrganizerCards cards) {
		this.focus = focus;
		this.cards = cards;
		this.candidates = candidates;
		this.reviewers = reviewers;
		this.reviewerGrant = reviewerGrant;
		this.parser = parser;
		this.drafts = drafts;
		this.opening = opening;
		this.names = names;
		this.talk = talk;
		this.successors = successors;
		this.extensions = extensions;
		this.handovers = handovers;
		this.records = records;
		this.directory = directory;
		this.access = access;
		this.time = time;
	}

	// ------------------------------------------------------------------ the
	// conversation's hooks

	/**
	 * 发起交接, or the answer to what Baton asked an organizer; null when the message is for
	 * the other flows (no draft waits, or the message is a question or a command of its
	 * own).
	 */
	Answer onText(Actor actor, Command c, String raw, DialogState dialog, Texts t) {
		if (actor.isSystem()) {
			return null;
		}
		long me = actor.officialId();
		ReviewerGrant.Said grant = ReviewerGrant.read(raw);
		if (grant != null) {
			OrganizerDraft d = OpeningFlow.scopes(actor).isEmpty() ? null : drafts.load(me);
			// 「财政部门审核人增加 张三」: granted as the console grants it, over the unit of the
			// handover being opened (its card shown again) or in focus (#12, newcomer 11)
			Handover focus = dialog.handoverId() == null ? null : records.find(dialog.handoverId());
			boolean cardWaits = d != null && d.kind() == OrganizerDraft.Kind.OPEN
					&& d.asking() == OrganizerDraft.Slot.CONFIRM;
			String said;
			try {
				ReviewerGrant.Outcome granted = reviewerGrant.grant(actor, grant, ReviewerGrant.unitOf(d, focus), t);
				said = granted.words() + (!cardWaits ? "" : "\n"
						+ t.get(granted.inPlace() ? "conv.reviewerGrant.cardUpdated" : "conv.reviewerGrant.cardWaits"));
			}
			catch (BatonException refused) {
				if (!cardWaits) {
					throw refused;
				}
				// the card still waits, its warning still true (newcomer 25, finding 2)
				said = t.of(refused) + "\n" + t.get("conv.reviewerGrant.cardWaits");
			}
			if (cardWaits) {
				OpeningFlow.Reply again = opening.again(actor, d, t);
				return reply(me, d, new OpeningFlow.Reply(ReviewerGrant.with(said, again.messages()), again.draft(),
						again.opened()), dialog);
			}
			return Answer.say(said, dialog);
		}
		if (OpeningFlow.scopes(actor).isEmpty()) {
			return null; // only organizers have drafts (one who no longer is: theirs
							// lapses unused)
		}
		if (c.intent() == Intent.OPEN_HANDOVER) {
			// a new 发起交接 drops the draft that waited: its cards say so
			OrganizerDraft waiting = drafts.load(me);
			Answer started = reply(me, null, opening.start(actor, c, raw, t), dialog);
			if (waiting != null) {
				cards.ended(waiting.token(), OrganizerCards.Ended.DROPPED, waiting.handoverId());
			}
			return started;
		}
		OrganizerDraft d = drafts.load(me);
		if (d == null) {
			return null;
		}
		if (d.kind() != OrganizerDraft.Kind.OPEN && OtherHandover.in(raw) != null) {
			// "不是这个，是交接5": the same question about the handover named (newcomer 23,
			// finding 15)
			return another(actor, d, OtherHandover.in(raw), dialog, t);
		}
		ReasonCorrection reason = d.kind() == OrganizerDraft.Kind.OPEN ? ReasonCorrection.of(raw, talk) : null;
		if (reason != null) {
			// "原因改为其他" / "原因不对，不是调动，是…" before 确认 (newcomer 23, finding 2)
			return reply(me, d, opening.reasonCorrected(actor, d, reason, t), dialog);
		}
		if (drops(c) || declines(c, raw)) {
			drafts.save(me, null);
			cards.ended(d.token(), OrganizerCards.Ended.DROPPED, d.handoverId());
			return Answer.say(t.get("conv.org.dropped." + d.kind()), dialog).on(d.handoverId());
		}
		boolean ownCommand = LOOKUPS.contains(c.intent()) || c.intent() == Intent.CANCEL
				|| (c.intent() == Intent.EXTEND_DEADLINE || c.intent() == Intent.CHANGE_SUCCESSOR)
						&& c.number() != null;
		if (ownCommand && !(d.kind() == OrganizerDraft.Kind.OPEN && c.intent() == Intent.CHANGE_SUCCESSOR
				&& c.number() == null)) {
			if (!LOOKUPS.contains(c.intent())) {
				drafts.save(me, null); // another action said in full: it is done instead
				cards.ended(d.token(), OrganizerCards.Ended.DROPPED, d.handoverId());
			}
			return null;
		}
		if (d.kind() == OrganizerDraft.Kind.OPEN) {
			return reply(me, d, opening.answer(actor, d, c, raw, t), dialog);
		}
		try {
			// about the handover the draft is for, as the command that began it was
			// (newcomer 22, finding 14)
			return answer(actor, d, c, raw, dialog, t).on(d.handoverId());
		}
		catch (BatonException refused) {
			return refusal(d, refused, dialog, t);
		}
	}

	/** The organizer's cards just sent: kept by their draft (OrganizerCards). */
	void cardsSent(long officialId, InboundEvent to, List<ChatReplies.Sent> sent, boolean english) {
		cards.sent(officialId, to, sent, english);
	}

	/** Whether a pressed button is one of an organizer's cards. */
	static boolean owns(String action) {
		return action != null && action.startsWith(KEY_PREFIX);
	}

	/**
	 * A button of an organizer's card: the draft it belongs to goes on, or the card is
	 * stale and nothing is done.
	 */
	Answer onPress(Actor actor, InboundEvent.CardAction pressed, DialogState dialog, Texts t, ChatReplies replies) {
		String[] parts = pressed.action().substring(KEY_PREFIX.length()).split(":", 2);
		OrganizerDraft d = actor.isSystem() ? null : drafts.load(actor.officialId());
		if (parts.length < 2 || d == null || !d.token().equals(parts[0]) || !CHOICE.matcher(parts[1]).matches()) {
			// what came of the card's draft, when known (newcomer 23, finding 13)
			java.util.Optional<OrganizerCards.Outcome> ended = cards.outcome(parts[0]);
			if (ended.isPresent()) {
				replies.updateCard(pressed, OrganizerCards.onCard(ended.get(), t));
				return Answer.say(OrganizerCards.said(ended.get(), t), dialog);
			}
			if (cards.lapsed(parts[0])) {
				replies.updateCard(pressed, t.get("conv.org.card.lapsed"));
				return Answer.say(t.get("conv.org.stale.lapsed"), dialog);
			}
			replies.updateCard(pressed, t.get("conv.org.card.stale"));
			return Answer.say(t.get("conv.org.stale"), dialog);
		}
		long me = actor.officialId();
		String choice = parts[1];
		if (choice.equals("no")) {
			drafts.save(me, null);
			cards.ended(d.token(), OrganizerCards.Ended.DROPPED, d.handoverId());
			replies.updateCard(pressed, t.get("conv.org.card.dropped"));
			return Answer.say(t.get("conv.org.dropped." + d.kind()), dialog).on(d.handoverId());
		}
		Answer answer;
		try {
			if (d.kind() == OrganizerDraft.Kind.OPEN) {
				answer = reply(me, d, opening.pressed(actor, d, choice, t), dialog);
			}
			else if (choice.equals("yes") && d.kind() == OrganizerDraft.Kind.CHANGE_SUCCESSOR
					&& d.asking() == OrganizerDraft.Slot.CONFIRM) {
				answer = proceed(actor, d, dialog, t); // 仍然更换, after the conflict was
														// said
			}
			else if (choice.startsWith("p") && d.asking() == OrganizerDraft.Slot.SUCCESSOR
					&& Integer.parseInt(choice.substring(1)) <= d.choices().size()) {
				long id = d.choices().get(Integer.parseInt(choice.substring(1)) - 1);
				answer = proceed(actor, d.successor(id).asking(null, List.of()), dialog, t);
			}
			else {
				answer = Answer.say(t.get("conv.org.stale"), dialog);
			}
		}
		catch (BatonException refused) {
			if (d.handoverId() == null) {
				throw refused; // an opening's refusal, said by the conversation
			}
			return refusal(d, refused, dialog, t);
		}
		// a draft the press ended shows how it ended (已发起交接N), as its other cards do
		replies.updateCard(pressed,
				cards.outcome(d.token()).map(o -> OrganizerCards.onCard(o, t)).orElse(outcome(choice, d, t)));
		return answer.on(d.handoverId());
	}

	/**
	 * A refusal to what was answered for a draft, said as the conversation says any (with
	 * what to do next), about the draft's handover.
	 */
	private static Answer refusal(OrganizerDraft d, BatonException refused, DialogState dialog, Texts t) {
		return Answer.say(t.of(refused) + "\n" + t.get("conv.refusal.next"), dialog.answered()).on(d.handoverId());
	}

	/** What the pressed card shows in place of its buttons. */
	private String outcome(String choice, OrganizerDraft d, Texts t) {
		if (choice.equals("yes")) {
			return t.get("conv.org.card.confirmed");
		}
		if (choice.startsWith("r")) {
			return t.get("conv.org.card.reason", t.get("conv.org.reason." + choice.substring(1)));
		}
		if (choice.startsWith("p")) {
			int n = Integer.parseInt(choice.substring(1));
			if (n >= 1 && n <= d.choices().size()) {
				long id = d.choices().get(n - 1);
				String name = d.asking() == OrganizerDraft.Slot.UNIT ? directory.unit(id).name()
						: directory.official(id).name();
				return t.get("conv.org.card.chosen", name);
			}
		}
		return t.get("conv.org.card.stale");
	}

	// ------------------------------------------------------------------ 更换接任人, 取消交接, 延期
	// (from the Router)

	/** 更换接任人 [N] [姓名] [理由]: on the handover named or in focus. */
	Answer change(Turn turn, Command c) {
		Handover h = turn.handover();
		access.require(turn.actor(), Action.CHANGE_SUCCESSOR, records.subject(h));
		h.requireSuccessorChangeable();
		OrganizerDraft d = OrganizerDraft.of(OrganizerDraft.Kind.CHANGE_SUCCESSOR, h.id())
			.why(turn.asWritten(c.text()));
		if (c.value() != null) {
			return named(turn.actor(), d, c.value(), turn.dialog(), turn.texts());
		}
		return proceed(turn.actor(), d, turn.dialog(), turn.texts());
	}

	/**
	 * 取消交接 [N] [理由] / 取消 N 理由: with a reason it is done; naming the handover without one,
	 * the reason is asked; a plain 取消 says how.
	 */
	Answer cancel(Turn turn, Command c) {
		Handover h = turn.handover();
		if (c.hasText()) {
			handovers.cancel(turn.actor(), h.id(), turn.asWritten(c.text()));
			drafts.save(turn.actor().officialId(), null);
			return turn.say(turn.dialog().focus(null), "conv.cancel.done", h.id());
		}
		String raw = c.raw() == null ? "" : c.raw();
		if (c.number() == null && !raw.contains("交接") && !raw.toLowerCase(java.util.Locale.ROOT).contains("handover")) {
			return turn.say("conv.cancel.how", h.id());
		}
		access.require(turn.actor(), Action.CANCEL_HANDOVER, records.subject(h));
		h.requireCancellable();
		return proceed(turn.actor(), OrganizerDraft.of(OrganizerDraft.Kind.CANCEL, h.id()), turn.dialog(),
				turn.texts());
	}

	/** 延期 [N] [5天 / 3个工作日 / 至12月20日] [理由]. */
	Answer extend(Turn turn, Command c) {
		Handover h = turn.handover();
		// the step named in the sentence (签收期限延到…), else the deadlines pressing now
		WaitingStepKind step = c.value() == null ? null : WaitingStepKind.valueOf(c.value());
		deadlines(turn.actor(), h.id(), step); // who may, and whether there is a deadline
												// to move now
		OrganizerDraft d = OrganizerDraft.of(OrganizerDraft.Kind.EXTEND, h.id())
			.why(turn.asWritten(c.text()))
			.later(c.quantity() == null ? null : c.quantity().intValue(), c.unit(), c.date())
			.about(partyNamed(h, turn.written()))
			.step(step);
		return proceed(turn.actor(), d, turn.dialog(), turn.texts());
	}

	/**
	 * The one party of the handover the message names (刘志远那个交接给他延3天…), whom a leading 他/她
	 * of the reason refers to in the notices (newcomer 24, finding 10); null when it
	 * names neither or both.
	 */
	private Long partyNamed(Handover h, String written) {
		if (written == null) {
			return null;
		}
		boolean departing = written.contains(directory.official(h.departingId()).name());
		boolean successor = written.contains(directory.official(h.successorId()).name());
		return departing == successor ? null : departing ? h.departingId() : h.successorId();
	}

	/**
	 * The draft moved to another handover the organizer names instead of the one asked
	 * about, with what was said so far (how much later, the reason), checked as the
	 * command said for it would be; then what is still missing is asked of it.
	 */
	private Answer another(Actor actor, OrganizerDraft d, long number, DialogState dialog, Texts t) {
		Handover h = focus.named(actor, number, true);
		if (h == null) {
			return Answer.say(t.get("conv.switch.unknown", number), dialog);
		}
		DialogState focused = dialog.focus(h.id()).onItem(null).inSection(null);
		try {
			switch (d.kind()) {
				case EXTEND -> deadlines(actor, h.id(), d.step());
				case CANCEL -> {
					access.require(actor, Action.CANCEL_HANDOVER, records.subject(h));
					h.requireCancellable();
				}
				case CHANGE_SUCCESSOR -> {
					access.require(actor, Action.CHANGE_SUCCESSOR, records.subject(h));
					h.requireSuccessorChangeable();
				}
				default -> {
				}
			}
		}
		catch (BatonException refused) {
			drafts.save(actor.officialId(), null);
			return Answer.say(t.of(refused) + "\n" + t.get("conv.refusal.next"), focused);
		}
		OrganizerDraft moved = OrganizerDraft.of(d.kind(), h.id())
			.why(d.why())
			.later(d.days(), d.dayUnit(), d.until())
			.step(d.step());
		return proceed(actor, moved, focused, t);
	}

	/** The answer to what Baton asked for a change, a cancellation or an extension. */
	private Answer answer(Actor actor, OrganizerDraft d, Command c, String raw, DialogState dialog, Texts t) {
		OrganizerDraft.Slot asking = d.asking() == null ? OrganizerDraft.Slot.WHY : d.asking();
		switch (asking) {
			case SUCCESSOR -> {
				Integer pick = pick(raw, d.choices().size());
				if (pick != null) {
					return proceed(actor, d.successor(d.choices().get(pick - 1)).asking(null, List.of()), dialog, t);
				}
				// "张三，理由…" as the answer, or the command said again ("更换接任人 张三 …")
				Command said = c.intent() == Intent.CHANGE_SUCCESSOR ? c : talk.successorSaid(raw);
				OrganizerDraft withWhy = d.why() == null && said.text() != null
						? d.why(AsWritten.span(raw, said.text())) : d;
				return said.value() == null ? proceed(actor, withWhy, dialog, t)
						: named(actor, withWhy, said.value(), dialog, t);
			}
			case CONFIRM -> {
				// the new successor reviews this handover: 确认 changes anyway, a name
				// chooses another, anything else asks again
				if (Reading.yes(c)) {
					return proceed(actor, d, dialog, t);
				}
				Command said = c.intent() == Intent.CHANGE_SUCCESSOR ? c : talk.successorSaid(raw);
				if (said.value() != null
						&& names.official(said.value(), candidates.scopes(actor, records.find(d.handoverId()).unitId()))
							.any()) {
					return named(actor, d.successor(null).asking(null, List.of()), said.value(), dialog, t);
				}
				return say(actor, d, t.get("conv.org.change.conflictAgain", directory.official(d.successorId()).name()),
						dialog);
			}
			case EXTENSION -> {
				Command later = talk.extensionAlone(raw, time.today());
				if (later == null) {
					return say(actor, d,
							t.get("conv.org.extend.notUnderstood", raw.strip()) + "\n" + extensionQuestion(actor, d, t),
							dialog);
				}
				OrganizerDraft next = d.later(later.quantity() == null ? null : later.quantity().intValue(),
						later.unit(), later.date());
				if (later.value() != null) {
					next = next.step(WaitingStepKind.valueOf(later.value()));
				}
				if (next.why() == null && later.text() != null) {
					next = next.why(AsWritten.span(raw, later.text()));
				}
				return proceed(actor, next.asking(null, List.of()), dialog, t);
			}
			default -> {
				String why = OrganizerTalk.reasonOf(raw);
				if (why == null || Reading.yes(c)) {
					return proceed(actor, d, dialog, t);
				}
				return proceed(actor, d.why(AsWritten.span(raw, why)).asking(null, List.of()), dialog, t);
			}
		}
	}

	/**
	 * The new successor by the name said, looked up where the console's list and the REST
	 * API take one from ({@link SuccessorCandidates}: the handover's unit and below, and
	 * the units the organizer governs): one person of the handover's unit goes on; one of
	 * another unit (a transfer) is offered on the card that names their unit; several, or
	 * nobody, are asked about.
	 */
	private Answer named(Actor actor, OrganizerDraft d, String name, DialogState dialog, Texts t) {
		Handover h = records.find(d.handoverId());
		Names.Lookup lookup = names.official(name, candidates.scopes(actor, h.unitId()));
		boolean transfer = lookup.one() && !lookup.people().get(0).unitPath().startsWith(h.unitPath());
		if (lookup.one() && !transfer) {
			return proceed(actor, d.successor(lookup.people().get(0).id()).asking(null, List.of()), dialog, t);
		}
		List<Person> offered = (lookup.people().isEmpty() ? lookup.close() : lookup.people()).stream()
			.limit(Names.OFFERED)
			.toList();
		String unit = directory.unit(h.unitId()).name();
		if (offered.isEmpty()) {
			return say(actor, d.asking(OrganizerDraft.Slot.SUCCESSOR, List.of()),
					t.get("conv.org.change.notFound", lookup.name(), unit), dialog);
		}
		String head = lookup.people().isEmpty() ? t.get("conv.org.change.like", lookup.name(), unit)
				: transfer ? t.get("conv.org.change.transfer", offered.get(0).name(), unit, offered.get(0).unitName())
						: t.get("conv.org.change.many", lookup.name(), lookup.people().size(), unit);
		OrganizerDraft asking = d.asking(OrganizerDraft.Slot.SUCCESSOR, offered.stream().map(Person::id).toList());
		List<String> lines = new ArrayList<>();
		List<OutboundMessage.Button> buttons = new ArrayList<>();
		for (int i = 0; i < offered.size(); i++) {
			Person p = offered.get(i);
			lines.add((i + 1) + ". " + t.get("conv.org.person", p.name(), p.post(), p.unitName()));
			buttons.add(new OutboundMessage.Button(t.get("conv.org.personButton", i + 1, p.name(), p.post()),
					OpeningFlow.key(asking, "p" + (i + 1))));
		}
		String body = head + "\n" + String.join("\n", lines);
		drafts.save(actor.officialId(), asking);
		return new Answer(List.of(new OutboundMessage.Card(OpeningFlow.cardId(asking),
				t.get("conv.org.open.nameTitle", t.get("conv.org.role.SUCCESSOR")), body, buttons,
				body + "\n" + t.get("conv.org.pickFallback"))), dialog);
	}

	/** Asks for what is still missing, or does it once nothing is. */
	private Answer proceed(Actor actor, OrganizerDraft d, DialogState dialog, Texts t) {
		long h = d.handoverId();
		try {
			return switch (d.kind()) {
				case CHANGE_SUCCESSOR -> {
					if (d.successorId() == null) {
						yield say(actor, d.asking(OrganizerDraft.Slot.SUCCESSOR, List.of()),
								t.get("conv.org.change.who", h, current(h)), dialog);
					}
					if (d.why() == null) {
						yield say(actor, d.asking(OrganizerDraft.Slot.WHY, List.of()),
								t.get("conv.org.change.why", h, directory.official(d.successorId()).name()), dialog);
					}
					boolean conflictConfirmed = d.asking() == OrganizerDraft.Slot.CONFIRM;
					if (!conflictConfirmed) {
						Answer asked = askAboutConflict(actor, d, dialog, t);
						if (asked != null) {
							yield asked;
						}
					}
					String old = directory.official(records.find(h).successorId()).name();
					Handover changed = successors.change(actor, h, d.successorId(), d.why(), conflictConfirmed);
					drafts.save(actor.officialId(), null);
					cards.ended(d.token(), OrganizerCards.Ended.DONE, h);
					String now = directory.official(changed.successorId()).name();
					yield Answer.say(t.get("conv.org.change.done", h, old, now,
							directory.official(changed.departingId()).name()), dialog.focus(h));
				}
				case CANCEL -> {
					if (d.why() == null) {
						yield say(actor, d.asking(OrganizerDraft.Slot.WHY, List.of()),
								t.get("conv.org.cancel.why", h, current(h)), dialog);
					}
					handovers.cancel(actor, h, d.why());
					drafts.save(actor.officialId(), null);
					cards.ended(d.token(), OrganizerCards.Ended.DONE, h);
					yield Answer.say(t.get("conv.cancel.done", h), dialog.focus(null));
				}
				case EXTEND -> {
					if (!d.extensionSaid()) {
						yield say(actor, d.asking(OrganizerDraft.Slot.EXTENSION, List.of()),
								extensionQuestion(actor, d, t), dialog);
					}
					if (d.why() == null) {
						yield say(actor, d.asking(OrganizerDraft.Slot.WHY, List.of()), t.get("conv.org.extend.why", h),
								dialog);
					}
					DeadlineExtensions.Request request = d.until() != null
							? new DeadlineExtensions.Request(null, d.until()) : new DeadlineExtensions.Request(
									new Period(d.days(), DeadlineUnit.valueOf(d.dayUnit())), null);
					DeadlineExtensions.Extension done = d.step() == null
							? extensions.extendPressing(actor, h, request, d.why(), d.about())
							: extensions.extendStepsOf(actor, h, d.step(), request, d.why(), d.about());
					drafts.save(actor.officialId(), null);
					cards.ended(d.token(), OrganizerCards.Ended.DONE, h);
					yield Answer.say(
							extended(h, done.moved(), t) + counted(request.by(), done.moved(), t) + reasonAsTold(d, t),
							dialog.focus(h));
				}
				case OPEN -> Answer.say(t.get("conv.org.stale"), dialog);
			};
		}
		catch (BatonException refused) {
			String key = refused.messageKey();
			if (d.kind() == OrganizerDraft.Kind.EXTEND && key.startsWith("handover.extension.")
					&& !key.equals("handover.extension.nothingOpen") && !key.equals("handover.extension.stepNotOpen")) {
				// too far, not later, or past: the same question again, with the refusal
				OrganizerDraft again = d.later(null, null, null).asking(OrganizerDraft.Slot.EXTENSION, List.of());
				return say(actor, again, t.of(refused) + "\n" + extensionQuestion(actor, again, t), dialog);
			}
			if (d.kind() == OrganizerDraft.Kind.CHANGE_SUCCESSOR && (key.equals("handover.partyOutsideUnit")
					|| key.equals("handover.sameParty") || key.equals("handover.successorChange.same")
					|| key.equals("handover.swappedOpen") || key.equals("handover.inactiveOfficial"))) {
				OrganizerDraft again = d.successor(null).asking(OrganizerDraft.Slot.SUCCESSOR, List.of());
				return say(actor, again, t.of(refused) + "\n" + t.get("conv.org.change.who", h, current(h)), dialog);
			}
			drafts.save(actor.officialId(), null);
			throw refused;
		}
	}

	/**
	 * A new successor who reviews this handover for a department (fixc15a, console5b):
	 * the conflict said as the console's check page says it, and asked before anything
	 * changes (仍然更换 / another name / 取消); null when there is none.
	 */
	private Answer askAboutConflict(Actor actor, OrganizerDraft d, DialogState dialog, Texts t) {
		List<String> conflicts = reviewers.successorReviews(records.find(d.handoverId()), d.successorId())
			.stream()
			.map(c -> c.sayAsNewSuccessor(t::get))
			.toList();
		if (conflicts.isEmpty()) {
			return null;
		}
		OrganizerDraft asking = d.asking(OrganizerDraft.Slot.CONFIRM, List.of());
		drafts.save(actor.officialId(), asking);
		String body = t.get("conv.org.change.conflict", Long.toString(d.handoverId()),
				directory.official(d.successorId()).name(), d.why(), String.join("\n", conflicts));
		return new Answer(List.of(new OutboundMessage.Card(OpeningFlow.cardId(asking),
				t.get("conv.org.change.conflictTitle"), body,
				List.of(new OutboundMessage.Button(t.get("conv.org.change.anyway"), OpeningFlow.key(asking, "yes")),
						new OutboundMessage.Button(t.get("conv.button.cancel"), OpeningFlow.key(asking, "no"))),
				body)), dialog);
	}

	/** "延长多久？" with the deadlines that would move and how far each may go. */
	private String extensionQuestion(Actor actor, OrganizerDraft d, Texts t) {
		List<String> lines = new ArrayList<>();
		for (DeadlineExtensions.Deadline dl : deadlines(actor, d.handoverId(), d.step())) {
			String what = Titles.step(t, dl.kind(), dl.subject(), null, null, null);
			String line = t.get("conv.org.extend.deadline", what, dl.dueOn().toString(), dl.latest().toString());
			if (!lines.contains(line)) {
				lines.add(line);
			}
		}
		return t.get("conv.org.extend.howLong", d.handoverId(), String.join("\n", lines));
	}

	/**
	 * The deadlines 延期 moves: those of the step named (签收期限), or those pressing now.
	 */
	private List<DeadlineExtensions.Deadline> deadlines(Actor actor, long handoverId, WaitingStepKind step) {
		return step == null ? extensions.pressing(actor, handoverId) : extensions.ofStep(actor, handoverId, step);
	}

	/**
	 * What 延期 moved: the step by name (签收交接通知书, 第5项 步骤1…), from and to which day, each
	 * when several moved.
	 */
	private static String extended(long h, List<DeadlineExtensions.Moved> moved, Texts t) {
		if (moved.size() == 1) {
			DeadlineExtensions.Moved m = moved.get(0);
			return t.get("conv.org.extend.done", h, Titles.step(t, m.kind(), m.subject(), null, null, null),
					m.from().toString(), m.to().toString(), m.latest().toString());
		}
		List<String> lines = new ArrayList<>();
		for (DeadlineExtensions.Moved m : moved) {
			lines.add(t.get("conv.org.extend.movedStep", Titles.step(t, m.kind(), m.subject(), null, null, null),
					m.from().toString(), m.to().toString(), m.latest().toString()));
		}
		return t.get("conv.org.extend.moved", h, String.join("\n", lines));
	}

	/**
	 * How the notices word the reason when they read a leading 他/她 as the party the
	 * handover was named by (newcomer 25, finding 12: the organizer saw "您去区里报到了" in 钱芳's
	 * notice and took it for a misquote): said to the organizer on its own line, with the
	 * record keeping his words; nothing when the notices show the words as typed.
	 */
	private String reasonAsTold(OrganizerDraft d, Texts t) {
		if (d.about() == null || d.why() == null) {
			return "";
		}
		String name = directory.official(d.about()).name();
		java.util.Map<String, Object> toParty = NoticeReason.of(d.why(), d.about(), name).forReader(d.about());
		if (!"YOU".equals(toParty.get("reasonAs"))) {
			return "";
		}
		return "\n" + t.get("conv.org.extend.reasonAsTold", name, toParty.get("reasonRest"));
	}

	/** How a period was counted, on its own line (nothing for 延至 a day). */
	static String counted(Period by, List<DeadlineExtensions.Moved> moved, Texts t) {
		MessageSourceResolvable count = ExtensionCount.of(by, moved);
		return count == null ? "" : "\n" + t.get(count.getCodes()[0], count.getArguments());
	}

	/** The handover as organizers name it: 陈清忠 → 方福彬, 武夷山市上梅乡. */
	private String current(long handoverId) {
		var brief = handovers.brief(handoverId);
		return brief.unitName() + " " + brief.departingName() + " → " + brief.successorName();
	}

	private Answer say(Actor actor, OrganizerDraft d, String text, DialogState dialog) {
		drafts.save(actor.officialId(), d);
		return Answer.say(text, dialog);
	}

	private Answer reply(long me, OrganizerDraft before, OpeningFlow.Reply r, DialogState dialog) {
		drafts.save(me, r.draft());
		if (before != null && r.opened() != null) {
			cards.ended(before.token(), OrganizerCards.Ended.OPENED, r.opened());
		}
		DialogState next = r.opened() == null ? dialog : dialog.focus(r.opened()).onItem(null).inSection(null);
		return new Answer(r.messages(), next);
	}

	/** 取消 / 算了 / 不是 / 不用了 alone: the question is dropped and nothing is done. */
	private static boolean drops(Command c) {
		return c.intent() == Intent.CANCEL && c.number() == null && !c.hasText()
				|| c.intent() == Intent.DISPUTE && !c.hasText() && c.number() == null;
	}

	/**
	 * "不是，我问问而已" / "不用了，先放一放" / "算了吧": a no to the organizer's card, whatever words
	 * follow, as the reviewers' cards read it (#12, talk10); not "接任人改为张三", which changes
	 * the draft instead.
	 */
	private boolean declines(Command c, String raw) {
		return c.intent() != Intent.CHANGE_SUCCESSOR && c.intent() != Intent.OPEN_HANDOVER && parser.declines(raw);
	}

	private static Integer pick(String raw, int offered) {
		if (raw == null || offered == 0) {
			return null;
		}
		Matcher m = PICK.matcher(raw);
		if (!m.matches()) {
			return null;
		}
		String g = m.group(1);
		int n = Character.isDigit(g.charAt(0)) ? Integer.parseInt(g) : "一二三四五六".indexOf(g) + 1;
		return n >= 1 && n <= offered ? n : null;
	}

}
