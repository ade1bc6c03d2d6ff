package dev.baton.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.access.InactiveActorException;
import dev.baton.bot.conversation.grammar.AsWritten;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.CommandParser;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.sync.UnboundPeople;
import dev.baton.bot.system.BatonException;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.InboundListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

/**
 * The conversation layer: every verified, de-duplicated message or card press becomes one
 * turn. The speaker is found by their bound chat account, the message read by the
 * grammar, the handover in focus found from the record, and the flow for their part
 * answers. Every refusal the domain gives (who may act, what is missing, a wrong state)
 * is said in the reader's words with what to do next, and changes nothing; an unexpected
 * failure says so plainly. In a group only help, 我的交接 and 进度 are answered (counts and
 * progress, never an amount), and an organizer's 绑定本群 / 解绑本群: the rest is for 1:1. A
 * person who may see more than one running handover finds every reply about one headed by
 * its name.
 */
class Conversation implements InboundListener {

	/** Longer messages are refused whole, not cut: the person is asked to split them. */
	static final int MAX_TEXT_CHARS = 2000;

	private static final Set<Intent> IN_GROUPS = Set.of(Intent.HELP, Intent.MINE, Intent.STATUS);

	/** Commands whose number names a handover (切换 12, 进度 12, 取消 12 理由, 公开交接 12). */
	private static final Set<Intent> NAMING = Set.of(Intent.SWITCH, Intent.STATUS, Intent.CANCEL, Intent.PUBLISH,
			Intent.CHANGE_SUCCESSOR, Intent.EXTEND_DEADLINE, Intent.DOCUMENT);

	/** Of those, the ones that also take a handover that has closed. */
	private static final Set<Intent> ENDED_TOO = Set.of(Intent.STATUS, Intent.PUBLISH, Intent.DOCUMENT);

	/**
	 * Replies about all of the person's handovers, which no one handover's name may head.
	 * (帮助, 进度, 清单 and 切换 name theirs in their first line too, but are headed like every
	 * reply about one handover: #12 newcomer 3.)
	 */
	private static final Set<Intent> NAMED_ALREADY = Set.of(Intent.MINE, Intent.TODO);

	private static final Logger log = LoggerFactory.getLogger(Conversation.class);

	private final Directory directory;

	private final Actors actors;

	private final Focus focus;

	private final Router router;

	private final DialogStore dialogs;

	private final ChatReplies replies;

	private final MessageSource messages;

	private final TimeSource time;

	private final CommandParser parser;

	private final CardPresses presses;

	private final AttachmentFlow attachments;

	private final GroupBindingFlow groupBinding;

	private final LiveCards liveCards;

	private final HelpFlow help;

	private final UnboundPeople unbound;

	private final OrganizerFlow organizers;

	private final dev.baton.bot.system.Savepoints savepoints;

	private final org.springframework.transaction.support.TransactionTemplate tx;

	private final dev.baton.bot.checklist.ChecklistUndo undo;

	private final OwedElsewhere elsewhere;

	private final CardsLeftBehind leftBehind;

	private final dev.baton.bot.followup.FollowUpService followUpService;

	private final HandoverNamed handoverNamed;

	private final OpenCards openCards;

	private final Headings headings;

	private final NamedElsewhere namedElsewhere;

	Conversation(Directory directory, Actors actors, Focus focus, Router router, DialogStore dialogs,
			ChatReplies replies, MessageSource messages, TimeSource time, CommandParser parser, CardPresses presses,
			AttachmentFlow attachments, GroupBindingFlow groupBinding, HelpFlow help, LiveCards liveCards,
			UnboundPeople unbound, OrganizerFlow organizers, dev.baton.bot.system.Savepoints savepoints,
			org.springframework.transaction.PlatformTransactionManager transactions,
			dev.baton.bot.checklist.ChecklistUndo undo, dev.baton.bot.followup.FollowUpService followUpService,
			OwedElsewhere elsewhere, CardsLeftBehind leftBehind, HandoverNamed handoverNamed, OpenCards openCards,
			Headings headings, NamedElsewhere namedElsewhere) {
		this.headings = headings;
		this.namedElsewhere = namedElsewhere;
		this.openCards = openCards;
		this.handoverNamed = handoverNamed;
		this.leftBehind = leftBehind;
		this.elsewhere = elsewhere;
		this.undo = undo;
		this.followUpService = followUpService;
		this.savepoints = savepoints;
		this.tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.unbound = unbound;
		this.organizers = organizers;
		this.liveCards = liveCards;
		this.help = help;
		this.directory = directory;
		this.actors = actors;
		this.focus = focus;
		this.router = router;
		this.dialogs = dialogs;
		this.replies = replies;
		this.messages = messages;
		this.time = time;
		this.parser = parser;
		this.presses = presses;
		this.attachments = attachments;
		this.groupBinding = groupBinding;
	}

	@Override
	public void onEvent(InboundEvent event) {
		// what the turn acts on is settled by the turn, after its own cards (#12)
		ActionsElsewhere.turn(() -> turn(event));
	}

	private void turn(InboundEvent event) {
		Optional<Directory.BoundAccount> account = directory.boundAccount(event.sender().platform().name(),
				event.sender().corpId(), event.sender().userId());
		// the language chosen for the account (V64: "English" / "中文", the web chat's
		// switch) over what the dialog remembers
		DialogState loaded = dialogs.load(event.sender());
		DialogState dialog = account.map(Directory.BoundAccount::english).map(loaded::inEnglish).orElse(loaded);
		Texts texts = new Texts(messages, dialog.english()).on(event.sender().platform(), replies.configured());
		Optional<Long> official = account.map(Directory.BoundAccount::officialId);
		if (official.isEmpty()) {
			// matched by the platform's account and the official's mobile, or told whom
			// to contact
			UnboundPeople.Outcome outcome = unbound.arrived(event.sender());
			if (outcome.officialId() == null) {
				replies.send(event, List.of(new dev.baton.integrations.chat.OutboundMessage.Text(
						texts.get(outcome.messageKey(), outcome.args().toArray()))), null);
				return;
			}
			official = Optional.of(outcome.officialId());
		}
		Answer answer;
		long mark = undo.mark(); // which entry this turn makes, if any: 撤销 takes back
									// only that one unasked
		long reportMark = followUpService.mark(); // and which progress report, for the
													// successor's 撤销
		try {
			Actor actor = actors.of(official.get());
			// the domain's writes under a savepoint: a refusal caught on the way undoes
			// them, the answer stands (#14)
			answer = savepoints.attempt(() -> act(actor, event, dialog, texts));
		}
		catch (InactiveActorException ex) {
			answer = Answer.say(texts.get("conv.inactive"), dialog);
		}
		catch (BatonException ex) {
			answer = Answer.say(texts.of(ex) + "\n" + texts.get("conv.refusal.next"), dialog.answered());
		}
		catch (RuntimeException ex) {
			if (dev.baton.bot.inbox.InboxTurn.active() || dev.baton.bot.system.TransientFailures.isTransient(ex)) {
				// the inbox rolls the whole turn back and tries it again: a deadlock or a
				// lost connection unseen, any
				// other failure with backoff until, at the last attempt, the person is
				// told (#14)
				throw ex;
			}
			log.error("Turn {} failed", event.dedupKey(), ex);
			answer = Answer.say(texts.get("conv.failed"), dialog);
		}
		Long madeNow = answer.next().handoverId() == null ? null : undo.madeSince(answer.next().handoverId(), mark);
		Long reportedNow = answer.next().handoverId() == null ? null
				: followUpService.reportedSince(answer.next().handoverId(), reportMark, official.get());
		answer = new Answer(answer.messages(), answer.next().made(madeNow).reported(reportedNow), answer.proposals());
		saveDialog(event, answer.next());
		Answer said = answer;
		long to = official.get();
		boolean answering = event instanceof InboundEvent.Text typed && answers(typed.text());
		// a no typed to Baton's question answers its open cards, as a press of 不是 would
		// (newcomer 20a, finding 10)
		Long declinedIn = event instanceof InboundEvent.Text typedNo && !event.conversation().isGroup()
				&& dialog.pending() == DialogState.Pending.CLARIFY && typedNo.text() != null
				&& parser.declines(typedNo.text()) ? dialog.handoverId() : null;
		// the answer, its cards kept and the card updates it causes commit together (with
		// the turn, when the inbox
		// runs it in a transaction): the reply lane's sender then finds each card it
		// sends kept, to write back to it
		tx.executeWithoutResult(status -> {
			// a question whose card waits above is not asked again with another card: one
			// line says it waits
			// a card asked before and still open is said once, at the end (#12, newcomer
			// 14, finding 12)
			Answer once = openCards.remind(to, event, liveCards.notAgain(to, event, said, texts), texts, answering);
			List<ChatReplies.Sent> sent = replies.send(event, once.messages(), to);
			try {
				// one action, one outcome: cards whose action the record shows as taken
				// are updated, new ones kept
				liveCards.settle(said.next().handoverId());
				for (Long acted : ActionsElsewhere.actedInTurn()) {
					if (!acted.equals(said.next().handoverId())) {
						liveCards.settle(acted);
					}
				}
				if (declinedIn != null) {
					liveCards.declined(to, event.sender(), declinedIn);
				}
				liveCards.sent(to, event, sent, said.next().english(), said.proposals());
				// an organizer's cards, kept by their draft: each shows how the draft
				// ended
				// (newcomer 23, finding 13)
				organizers.cardsSent(to, event, sent, said.next().english());
			}
			catch (RuntimeException ex) {
				if (dev.baton.bot.system.TransientFailures.isTransient(ex)) {
					throw ex;
				}
				log.warn("Turn {}: the cards of the handover could not be brought up to date", event.dedupKey(), ex);
			}
		});
	}

	/**
	 * What the person was told, and how the dialog stands: kept once the turn commits (a
	 * turn tried again starts clean).
	 */
	private void saveDialog(InboundEvent event, DialogState next) {
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
			org.springframework.transaction.support.TransactionSynchronizationManager
				.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCommit() {
						try {
							dialogs.save(event.sender(), next);
						}
						catch (RuntimeException ex) {
							// the turn has committed (the inbox row is done, the answer
							// is on its way): a dialog
							// state that cannot be kept now is not a failed turn, which
							// would be handled again
							log.warn("Turn {}: the dialog state could not be kept: {}", event.dedupKey(),
									ex.toString());
						}
					}
				});
		}
		else {
			dialogs.save(event.sender(), next);
		}
	}

	/**
	 * What the turn answers, headed by the one handover it is about ({@link Headings}).
	 */
	private Answer act(Actor actor, InboundEvent event, DialogState dialog, Texts texts) {
		return headings.headed(actor, answer(actor, event, dialog, texts), texts);
	}

	private Answer answer(Actor actor, InboundEvent event, DialogState dialog, Texts texts) {
		if (event instanceof InboundEvent.Text text) {
			return onText(actor, text, dialog, texts);
		}
		if (event instanceof InboundEvent.Attachment attachment) {
			return attachments.onAttachment(actor, attachment, dialog, texts);
		}
		if (OrganizerFlow.owns(((InboundEvent.CardAction) event).action())) {
			return organizers.onPress(actor, (InboundEvent.CardAction) event, dialog, texts, replies);
		}
		return pressed(actor, (InboundEvent.CardAction) event, dialog, texts);
	}

	/** A card button pressed, or a typed yes taken for the button it answers. */
	private Answer pressed(Actor actor, InboundEvent.CardAction press, DialogState dialog, Texts texts) {
		return presses.onPress(actor, press, dialog, texts, (turn, command) -> named(actor, turn.handover(),
				command.intent(), router.route(turn, command, time.today()), texts), focus);
	}

	/**
	 * The card asking which handover the message is about keeps the message itself: as
	 * written, so the handover picked stores it as typing it there would (#12).
	 */
	private static Answer keptAsWritten(Answer ask, String said) {
		java.util.Map<String, String> kept = new java.util.HashMap<>();
		ask.proposals().forEach((card, words) -> kept.put(card, AsWritten.span(said, words)));
		return new Answer(ask.messages(), ask.next(), kept);
	}

	private Answer onText(Actor actor, InboundEvent.Text text, DialogState dialog, Texts texts) {
		String said = text.text() == null ? "" : text.text();
		if (said.codePointCount(0, said.length()) > MAX_TEXT_CHARS) {
			return Answer.say(texts.get("conv.tooLong", MAX_TEXT_CHARS), dialog);
		}
		Command command = parser.parse(said, time.today());
		if (dialog.pending() == DialogState.Pending.CLARIFY && parser.declines(said)) {
			// "不是，我问问而已" / "不用了，留着吧" to a [是][不是] question: a no, whatever words follow
			// (newcomer 8, finding 1)
			command = new Command(Intent.DISPUTE, null, null, null, null, null, null, null, null, null, false, said);
		}
		if (dialog.proposedWords() != null && Reading.yes(command) && command.number() == null) {
			// a yes to the which-step card presses the card's own button: one path for a
			// press and a yes, and the card shows the outcome (#12, t19a)
			InboundEvent.CardAction yes = actor.officialId() == null || text.conversation().isGroup() ? null
					: openCards.yesTo(actor.officialId(), text, dialog);
			if (yes != null) {
				return pressed(actor, yes, dialog.answered(), texts);
			}
			if (dialog.proposed() == Intent.PROGRESS) {
				return Answer.say(texts.get("conv.card.proposalLost"), dialog.answered());
			}
			// a yes to "您是要裁定第12项“予以更正”吗？确认请回复：裁定 12 更正 …": those words, said for certain
			command = parser.parse(dialog.proposedWords(), time.today());
			// the words kept as written: stored as typing them would store them (#12)
			said = dialog.proposedWords();
			dialog = dialog.answered();
		}
		DialogState language = language(command, dialog);
		if (language != null) {
			// kept for the account: its replies and notices from now on (c19a)
			directory.setEnglish(text.sender().platform().name(), text.sender().corpId(), text.sender().userId(),
					language.english());
			Texts now = new Texts(messages, language.english()).on(text.sender().platform(), replies.configured());
			return Answer.say(now.get("conv.language"), language);
		}
		if (command.intent() == Intent.BIND_GROUP || command.intent() == Intent.UNBIND_GROUP) {
			return groupBinding.answer(actor, text, command, dialog, texts);
		}
		if (text.conversation().isGroup() && command.intent() == Intent.LEDGER) {
			// the ledger names people and discipline flags: never into a group (#15)
			return Answer.say(texts.get("conv.ledger.group"), dialog);
		}
		if (text.conversation().isGroup() && !IN_GROUPS.contains(command.intent())) {
			return Answer.say(texts.get("conv.group.only"), dialog);
		}
		if (text.conversation().isGroup() && command.intent() == Intent.HELP) {
			return help.inGroup(new Turn(actor, null, dialog, texts));
		}
		if (!text.conversation().isGroup()) {
			// "统计局那个交接现在到哪一步了" / "马军那个交接给他延3天吧": the handover named by its unit's
			// short name or a party's name (#12, newcomer 14, finding 8; newcomer 23,
			// findings 8 and 16), before a question waiting takes the words as its answer
			HandoverNamed.Named named = handoverNamed.find(actor, command, said, time.today(), texts);
			if (named != null && named.reply() != null) {
				return Answer.say(named.reply(), dialog);
			}
			if (named != null) {
				command = named.command();
			}
		}
		if (!text.conversation().isGroup()) {
			// 发起交接, and an organizer's answer to what Baton asked for it or for 更换接任人 /
			// 取消交接 / 延期 (#13)
			Answer organizer = organizers.onText(actor, command, said, dialog, texts);
			if (organizer != null) {
				return organizer;
			}
		}
		DialogState focused = dialog;
		Handover h;
		if (command.hasNumber() && NAMING.contains(command.intent())) {
			// only a handover the person named is refused; 进度 and 公开交接 also take one that
			// has closed
			h = focus.named(actor, command.number(), ENDED_TOO.contains(command.intent()));
			if (h == null) {
				return Answer.say(texts.get("conv.switch.unknown", command.number()), dialog);
			}
			if (dialog.handoverId() == null || dialog.handoverId() != h.id()) {
				focused = dialog.focus(h.id()).onItem(null).inSection(null);
			}
		}
		else {
			// one that ended since is replaced by the record's choice
			h = focus.of(actor, dialog);
			long was = dialog.handoverId() == null ? -1 : dialog.handoverId();
			focused = h == null ? dialog.focus(null)
					: h.id() == was ? dialog : dialog.focus(h.id()).onItem(null).inSection(null);
		}
		Handover movedFrom = null;
		Handover movedTo = null;
		if (!text.conversation().isGroup()) {
			// "通过" while the handover in focus has nothing waiting on them: the one where
			// it waits (newcomer 10)
			OwedElsewhere.Choice choice = elsewhere.of(actor, command, h, focused, texts);
			if (choice.ask() != null) {
				return keptAsWritten(choice.ask(), said);
			}
			if (choice.moved() != null) {
				movedFrom = h;
				movedTo = choice.moved();
				h = choice.moved();
				focused = dialog.focus(h.id()).onItem(null).inSection(null);
			}
		}
		if (!text.conversation().isGroup()) {
			// 「水务局这个我看了，没问题」: the handover named by its unit (full or short name) or a
			// party, the words read as said without the name (newcomer 20a, finding 6)
			command = elsewhere.withoutName(command, h, time.today());
		}
		Answer answer;
		try {
			Turn turn = new Turn(actor, h, focused, texts, said);
			answer = text.conversation().isGroup() && command.intent() == Intent.STATUS ? router.statusInGroup(turn)
					: router.route(turn, command, time.today());
		}
		catch (BatonException ex) {
			answer = Answer.say(texts.of(ex) + "\n" + texts.get("conv.refusal.next"), focused.answered());
		}
		if (movedTo != null && !answer.messages().isEmpty()) {
			boolean card = answer.messages()
				.stream()
				.anyMatch(m -> m instanceof dev.baton.integrations.chat.OutboundMessage.Card);
			// "请在卡片上确认。" points to a card from plain text: never on the card itself, only
			// on its plain-text fallback (newcomer 21, finding 23)
			boolean cardFirst = answer.messages().get(0) instanceof dev.baton.integrations.chat.OutboundMessage.Card;
			String moved = elsewhere.movedLine(actor, texts, movedFrom, movedTo, card && !cardFirst);
			String fallback = cardFirst ? elsewhere.movedLine(actor, texts, movedFrom, movedTo, card) : moved;
			if (moved != null || fallback != null) {
				answer = answer.about(moved, fallback);
			}
		}
		if (command.intent() == Intent.SWITCH && h != null && dialog.handoverId() != null
				&& dialog.handoverId() != h.id() && !answer.messages().isEmpty()) {
			// a card left waiting where they were is said, and one waiting where they
			// come back is recalled (#12, newcomer 11)
			String left = leftBehind.leaving(official(actor), dialog.handoverId(), texts);
			String back = leftBehind.returning(official(actor), h.id(), texts);
			for (String line : java.util.Arrays.asList(left, back)) {
				if (line != null) {
					answer = answer.and(new dev.baton.integrations.chat.OutboundMessage.Text(line));
				}
			}
		}
		// not understood, naming a party of another handover: said, and no help about
		// this
		// one (newcomer 24, findings 9 and 11)
		return namedElsewhere.of(actor, h, said, named(actor, h, command.intent(), answer, texts), texts);
	}

	/** Whether the words read as a yes or a no: the answer to a card's question. */
	private boolean answers(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		Command c = parser.parse(text, time.today());
		boolean no = (c.intent() == Intent.DISPUTE || c.intent() == Intent.RETURN) && !c.hasText();
		return Reading.yes(c) || no || parser.declines(text);
	}

	private static long official(Actor actor) {
		return actor.officialId() == null ? 0 : actor.officialId();
	}

	/**
	 * A reply to a command is about the handover it acted on, which {@link Headings}
	 * names first (帮助, 进度, 清单 and 切换 too, as the README says), unless the flow that
	 * answered said which one; replies about all of them (我的交接, 我的待办) are about none.
	 */
	Answer named(Actor actor, Handover h, Intent intent, Answer answer, Texts texts) {
		if (h == null || NAMED_ALREADY.contains(intent)) {
			return answer;
		}
		return answer.on(h.id());
	}

	/** "English" / "中文" switch the language of the replies. */
	private static DialogState language(Command command, DialogState dialog) {
		String raw = command.raw() == null ? "" : command.raw().strip().toLowerCase(java.util.Locale.ROOT);
		if (raw.equals("english") || raw.equals("英文")) {
			return dialog.inEnglish(true);
		}
		if (raw.equals("中文") || raw.equals("chinese")) {
			return dialog.inEnglish(false);
		}
		return null;
	}

}
