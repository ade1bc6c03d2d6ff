package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.signoff.Publicity;
import dev.baton.bot.handover.HandoverState;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * Sends a read message to the flow that handles it, in context: the same words mean
 * different things to the departing official filling in, the successor confirming, and a
 * reviewer ("同意" approves a review but confirms an item; "下一个" moves to the next section
 * or the next item). A question Baton asked takes the next free text as its answer.
 * Anything else gets help for where the person is.
 */
@Component
class Router {

	/**
	 * What a person may say while Baton waits for an answer without it being taken as the
	 * answer.
	 */
	private static final java.util.Set<Intent> ESCAPES = java.util.EnumSet.of(Intent.HELP, Intent.MINE, Intent.LIST,
			Intent.STATUS, Intent.SWITCH, Intent.SIGN, Intent.SUBMIT, Intent.CONFIRM_ALL, Intent.TODO);

	private final HelpFlow help;

	private final StatusFlow status;

	private final TodoFlow todo;

	private final DraftingFlow drafting;

	private final ConfirmFlow confirming;

	private final ReviewFlow review;

	private final SignFlow signing;

	private final FollowUpFlow followUp;

	private final CorrectionFlow corrections;

	private final HandoverService handovers;

	private final Publicity publicity;

	private final Situations situations;

	private final OrganizerFlow organizers;

	private final DocumentFlow documents;

	private final LedgerFlow ledger;

	private final dev.baton.bot.conversation.grammar.CommandParser parser;

	private final ReturnFlagLine returnFlag;

	private final DoneTakenBack takenBack;

	private final LastEntryFix lastEntry;

	private final ReturnAnswerQuestion returnAnswers;

	private final ResubmitCheck resubmits;

	private final ReviewQuestionFlow questions;

	private final MoreTimeAsked moreTime;

	Router(HelpFlow help, StatusFlow status, TodoFlow todo, DraftingFlow drafting, ConfirmFlow confirming,
			ReviewFlow review, SignFlow signing, FollowUpFlow followUp, HandoverService handovers, Publicity publicity,
			CorrectionFlow corrections, Situations situations, OrganizerFlow organizers, DocumentFlow documents,
			dev.baton.bot.conversation.grammar.CommandParser parser, LedgerFlow ledger, ReturnFlagLine returnFlag,
			DoneTakenBack takenBack, LastEntryFix lastEntry, ReturnAnswerQuestion returnAnswers,
			ResubmitCheck resubmits, ReviewQuestionFlow questions, MoreTimeAsked moreTime) {
		this.moreTime = moreTime;
		this.takenBack = takenBack;
		this.lastEntry = lastEntry;
		this.questions = questions;
		this.resubmits = resubmits;
		this.returnAnswers = returnAnswers;
		this.returnFlag = returnFlag;
		this.ledger = ledger;
		this.parser = parser;
		this.documents = documents;
		this.organizers = organizers;
		this.publicity = publicity;
		this.corrections = corrections;
		this.help = help;
		this.situations = situations;
		this.status = status;
		this.todo = todo;
		this.drafting = drafting;
		this.confirming = confirming;
		this.review = review;
		this.signing = signing;
		this.followUp = followUp;
		this.handovers = handovers;
	}

	Answer route(Turn turn, Command c, LocalDate today) {
		Intent intent = c.intent();
		if (intent == Intent.HELP) {
			return help.help(turn);
		}
		if (intent == Intent.MINE) {
			return status.mine(turn, c.number());
		}
		if (intent == Intent.TODO) {
			return todo.todo(turn);
		}
		if (intent == Intent.LEDGER) {
			// about the units one oversees, not about a handover (#15)
			return ledger.send(turn);
		}
		if (intent == Intent.OPEN_HANDOVER && turn.handover() == null) {
			return opening(turn);
		}
		if (turn.handover() == null) {
			return help.help(turn);
		}
		if (intent == Intent.DOCUMENT) {
			return documents.send(turn, c.raw());
		}
		if (turn.dialog().pending() == DialogState.Pending.STEP_DATE) {
			// the day asked for a plan's step: the plan recorded with it; anything else
			// lets the question lapse (newcomer 24, finding 13)
			Answer dated = followUp.stepDated(turn, c, today);
			if (dated != null) {
				return dated;
			}
			turn = turn.withDialog(turn.dialog().answered());
		}
		// the departing official's answer to a reviewer's question asked without a return
		// (t19a)
		Answer answering = questions.answerInPassing(turn, c);
		if (answering != null) {
			return answering;
		}
		// "下周一回去再签可以吗" from one who may not extend: whom to ask (newcomer 23, finding 9)
		Answer later = moreTime.of(turn, c);
		if (later != null) {
			return later;
		}
		// what the words mean for this person now (a reviewer's 没问题 approves; a guess is
		// asked about first)
		Reading.Situation situation = situations.of(turn);
		if (turn.dialog().pending() == DialogState.Pending.NONE
				|| turn.dialog().pending() == DialogState.Pending.CLARIFY) {
			// a reviewer's doubt about numbered items, said without 退回 (#12, newcomer
			// 11):
			// a return with those words, asked with a card first, never done unasked
			Answer mixed = returnAmongFine(turn, c, situation);
			if (mixed != null) {
				return mixed;
			}
			Answer doubt = ReviewDoubts.items(c).isEmpty() ? null : returnInPassing(turn, c, situation);
			if (doubt != null) {
				return doubt;
			}
		}
		if (turn.dialog().pending() == DialogState.Pending.NONE
				|| turn.dialog().pending() == DialogState.Pending.CLARIFY) {
			// 「第5项跟实际不一样，…」: an objection naming one item is a dispute of THAT item,
			// whatever
			// item is shown and before any is (#12, newcomer 18)
			Answer objection = c.raw() != null && c.number() == null
					&& dev.baton.bot.conversation.grammar.ItemsNamed.in(c.raw()).size() == 1
							? Objections.ask(turn, c.raw()) : null;
			if (objection != null) {
				return objection;
			}
			// 「第2项我问了财务，欠款实际是36万，不是38万」: a figure other than the one recorded
			// (newcomer 25, finding 5)
			Turn now = turn;
			Answer figure = Objections.otherFigure(now, c, seq -> confirming.item(now, seq));
			if (figure != null) {
				return figure;
			}
		}
		if (turn.dialog().pending() == DialogState.Pending.NONE && c.intent() == Intent.CONFIRM
				&& dev.baton.bot.conversation.grammar.Grammar.standard().acknowledges(c.raw())
				&& (situation.part() == Reading.Part.REVIEWER || situation.part() == Reading.Part.RULER)
				&& turn.handover().state() == HandoverState.IN_REVIEW) {
			// 「好的，清楚了」 to an answer forwarded to a reviewer (newcomer 25,
			// finding 6): what waits on them, never an approval
			return situations.owes(turn) ? turn.say("conv.acknowledged.review", turn.handover().reviewRound())
					: tell(turn, situation, new Reading.Tell(false));
		}
		Reading.Outcome meant = Reading.of(c, situation);
		DialogState asked = turn.dialog();
		if (turn.dialog().pending() == DialogState.Pending.CLARIFY) {
			turn = turn.withDialog(turn.dialog().answered()); // answered, or lapsed by
																// another message
		}
		if (meant instanceof Reading.Ask ask) {
			return clarify(turn, ask);
		}
		if (meant instanceof Reading.Tell tell) {
			if (tell.theirTurn() && situation.part() == Reading.Part.DEPARTING
					&& turn.handover().state() == HandoverState.DRAFTING && c.intent() == Intent.DISPUTE) {
				// "不对，我是要改名字，不是改期限" (#12, newcomer 6, finding 4): a no to what Baton just
				// did; 撤销 puts it back
				Integer focus = turn.dialog().item();
				// 「不对，是10月份完成的」 right after an entry (newcomer 16, finding 3): a field of
				// the item just recorded, put right (asked first when the field is a
				// guess)
				Answer fixed = focus == null ? null : lastEntry.of(turn, focus, c.text(), today);
				return fixed != null ? fixed : lastEntry.nothingChanged(turn, focus);
			}
			if (tell.theirTurn() && situation.part() == Reading.Part.SUCCESSOR && c.intent() == Intent.DISPUTE) {
				// 「不对，运维费还没付，刚才说错了」 (newcomer 16, finding 7): a done report taken back
				Answer back = takenBack.of(turn, c.raw(), true);
				if (back != null) {
					return back;
				}
			}
			return tell(turn, situation, tell);
		}
		if (meant instanceof Reading.Which which) {
			return which(turn, which);
		}
		if (meant instanceof Reading.Show) {
			return confirming.showFirst(turn);
		}
		if (meant instanceof Reading.Declined) {
			return declined(turn, asked, situation);
		}
		c = ((Reading.Act) meant).command();
		intent = c.intent();
		HandoverState state = turn.handover().state();
		if (turn.dialog().pending() != DialogState.Pending.NONE) {
			Answer answered = answerPending(turn, c, today);
			if (answered != null) {
				return answered;
			}
		}
		boolean confirmingNow = state == HandoverState.CONFIRMING && turn.successor();
		boolean draftingNow = (state == HandoverState.DRAFTING || state == HandoverState.NOTIFIED) && turn.departing();
		return switch (intent) {
			case STATUS, SWITCH -> status.status(turn);
			case LIST -> confirmingNow ? confirming.withFirst(turn, status.list(turn)) : status.list(turn);
			case SHOW ->
				c.hasNumber() ? confirming.show(turn, null, confirming.item(turn, c.number())) : status.list(turn);
			case ACKNOWLEDGE -> drafting.acknowledge(turn);
			case ADD -> c.hasText() ? drafting.add(turn, c, c.text(), today) : turn.say("conv.add.how");
			case EDIT -> c.step() != null ? followUp.editStep(turn, c) : drafting.edit(turn, c, today);
			// a drafting reply only while drafting (#12, newcomer 8, finding 2: "本部分无"
			// right after 提交 was told a
			// section was filled and to fill the next): before the notice is signed for,
			// and after submitting, where
			// things stand instead
			case NONE_IN_SECTION ->
				state == HandoverState.DRAFTING && turn.departing() ? drafting.noneInSection(turn, c.text())
						: state == HandoverState.NOTIFIED && turn.departing() ? drafting.resume(turn)
								: turn.departing() ? tell(turn, situation, new Reading.Tell(false)) : help.help(turn);
			case SUBMIT -> submit(turn, c);
			case CONFIRM -> c.step() != null ? confirming.confirmRange(turn, c.number(), c.step())
					: confirming.confirm(turn, c.number());
			case CONFIRM_ALL -> confirming.confirmAll(turn);
			case DISPUTE -> confirming.dispute(turn, c.number(), c.text());
			case APPROVE -> confirmingNow ? confirming.confirm(turn, c.number()) : review.approve(turn, c.text());
			case RETURN -> review.returnChecklist(turn, c.number(), c.text());
			case RULE -> c.tentative() ? askRuling(turn, c.hasText() ? turn.asWritten(c.text()) : null, c)
					: review.rule(turn, c);
			case SIGN -> signing.sign(turn, c.code());
			case PLAN -> followUp.plan(turn, c, today);
			case PROGRESS -> followUp.progress(turn, c);
			case CANCEL -> organizers.cancel(turn, c);
			// organizers' actions (#13); the departing official's own words while filling
			// stay an item of the list
			case CHANGE_SUCCESSOR -> organizers.change(turn, c);
			case EXTEND_DEADLINE -> draftingNow && !c.hasNumber()
					? unknown(turn, Command.unknown(c.raw()), true, today, situation) : organizers.extend(turn, c);
			case OPEN_HANDOVER ->
				draftingNow ? unknown(turn, Command.unknown(c.raw()), true, today, situation) : opening(turn);
			case PUBLISH -> publish(turn);
			case NEXT, SKIP ->
				draftingNow ? state == HandoverState.DRAFTING ? drafting.next(turn) : drafting.resume(turn)
						: confirmingNow ? confirming.skip(turn) : help.help(turn);
			case BACK -> draftingNow && state == HandoverState.DRAFTING ? drafting.back(turn)
					: draftingNow ? drafting.resume(turn) : help.help(turn);
			case UNKNOWN -> unknown(turn, c, draftingNow, today, situation);
			case DOCUMENT -> documents.send(turn, c.raw());
			case LEDGER -> ledger.send(turn);
			case HELP, MINE, TODO, BIND_GROUP, UNBIND_GROUP -> help.help(turn); // group
																				// binding:
																				// see
																				// GroupBindingFlow
			case UNDO -> undo(turn, c);
			case DELETE -> corrections.delete(turn, c);
			case SUPPLEMENT -> corrections.supplement(turn, c);
			case NOT_MONEY -> corrections.notMoney(turn, c, today);
		};
	}

	/**
	 * 提交 / 重新送审: after a return with items added since, asked first with a card (t19a).
	 */
	private Answer submit(Turn turn, Command c) {
		Answer ask = resubmits.askFirst(turn, c);
		return ask != null ? ask : drafting.submit(turn);
	}

	/** 进度 said in a group: counts and steps, no words of the plan or of progress. */
	Answer statusInGroup(Turn turn) {
		return turn.handover() == null ? help.help(turn) : status.status(turn, true);
	}

	/**
	 * A free text while filling a section is the next item of it; otherwise help for
	 * where they are.
	 */
	private Answer unknown(Turn turn, Command c, boolean draftingNow, LocalDate today, Reading.Situation situation) {
		if (draftingNow && turn.handover().state() == HandoverState.DRAFTING && c.hasText()) {
			// a message about an item already there, an answer, a correction or a
			// question is never a new item: it is
			// taken as what it is, or Baton says how to say it (#12, newcomer 3, findings
			// 8 and 9)
			Integer item = dev.baton.bot.conversation.grammar.EntryTalk.itemNamed(c.raw());
			if (turn.handover().reviewRound() > 0 && item == null && parser.resubmits(c.raw())) {
				// "财政那边好像是误退的，我没什么要改的，重新送审" after a return (#12, newcomer 8, finding 3):
				// asked whether to
				// submit again, never an item
				return clarify(turn, new Reading.Ask(Intent.SUBMIT, null));
			}
			Answer year = drafting.yearPutRight(turn, c.raw(), today);
			if (year != null) {
				return year;
			}
			Answer split = drafting.twoFiguresLapsed(turn, c.raw());
			if (split != null) {
				return split;
			}
			if (item != null) {
				Answer answered = corrections.answerOnReturned(turn, item, c.raw());
				return answered != null ? answered : turn.say("conv.drafting.notAnItem", item, ownExample(turn, item));
			}
			if (dev.baton.bot.conversation.grammar.EntryTalk.asks(c.raw())) {
				return turn.say("conv.drafting.notAnItemQuestion");
			}
			if (dev.baton.bot.conversation.grammar.EntryTalk.correcting(c.raw())) {
				return turn.say("conv.drafting.notAnItemCorrection");
			}
			Answer status = drafting.statusAlone(turn, c.raw());
			if (status != null) {
				return status;
			}
			if (dev.baton.bot.conversation.grammar.EntryTalk.commandLike(c.raw())) {
				// asked about with the card of the question still open kept below it
				// (#12, newcomer 6, left over)
				// of a part of the checklist, it says how to declare a part empty
				// (newcomer 24,
				// finding 4)
				return StatusQuestion.keptOpen(turn, drafting::itemOrNull, drafting.commandLike(turn, c.raw()));
			}
			// after a return, words that may answer a returned item are asked about,
			// never
			// taken for a new item at once (#12, newcomer 16, finding 1)
			Command asItem = c.intent() == Intent.ADD ? c : parser.parse("添加 " + c.text(), today);
			// 「小李，明天上午的会改到三楼会议室」 (newcomer 20, finding 4): a message for someone else
			Answer stray = StrayMessage.askIfStray(turn, c.raw(), asItem);
			if (stray != null) {
				return stray;
			}
			Answer answering = returnAnswers.askIfAnswer(turn, c.text(), asItem);
			if (answering != null) {
				return answering;
			}
			return drafting.add(turn, c, c.text(), today);
		}
		if (draftingNow) {
			return drafting.resume(turn);
		}
		HandoverState state = turn.handover().state();
		Answer ruling = rulingInPassing(turn, c, situation);
		if (ruling != null) {
			return ruling;
		}
		Answer back = takenBack.of(turn, c.raw(), false); // 「刚才说错了，运维费还没付」
		if (back != null) {
			return back;
		}
		if (turn.successor() && (state == HandoverState.ARCHIVED || state == HandoverState.FOLLOW_UP) && c.raw() != null
				&& !ASKS.matcher(c.raw()).find()) {
			// "设备安装调试已经做完了", "结余资金上缴申请已经报给财政局了": progress on the open step its words name
			// (asked
			// when they could be several); done only when the words say so, never
			// "完成了八成，预计…能全部完成"
			Answer progress = followUp.inWords(turn, c.raw(), c.text() != null ? c.text() : c.raw(),
					dev.baton.bot.conversation.grammar.StepWords.finished(c.raw()));
			if (progress != null) {
				return progress;
			}
		}
		// 「第9项这条看不懂，这不是一个交接事项」: the successor's objection, asked as a dispute (#12,
		// newcomer 16, finding 5)
		Answer objection = Objections.ask(turn, c.raw());
		if (objection != null) {
			return objection;
		}
		Answer returning = returnInPassing(turn, c, situation);
		if (returning != null) {
			return returning;
		}
		Answer waiting = situations.owes(turn) ? null : todo.waiting(turn);
		if (waiting != null) {
			// nothing waits on them in the handover in focus (one archived): what
			// waits elsewhere, as 我的待办 says it, not help about this one
			// (newcomer 25, finding 8)
			return Answer.say(turn.texts().get("conv.notUnderstood"), waiting.next())
				.and(waiting.messages().get(0))
				.aboutAll();
		}
		Answer helped = help.help(turn);
		return Answer.say(turn.texts().get("conv.notUnderstood"), helped.next()).and(helped.messages().get(0));
	}

	/**
	 * The first example of how to change an item, in the item's own field and unit (#12,
	 * newcomer 6, finding 9): a count of 件 is changed in 件, never in 平方米; an amount in 元.
	 */
	private String ownExample(Turn turn, int seq) {
		dev.baton.bot.checklist.Item item = drafting.itemOrNull(turn, seq);
		if (item != null && item.quantity() != null && item.quantityUnit() != null) {
			return turn.texts()
				.get("conv.drafting.exampleQuantity", seq,
						item.quantity().stripTrailingZeros().toPlainString() + item.quantityUnit());
		}
		return turn.texts().get("conv.drafting.exampleAmount", seq);
	}

	/** A question, not a report: "结余资金上缴了吗？" */
	private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile("[?？]|吗[了的呀啊吧]*$|什么|怎么|是否|有没有");

	/**
	 * 撤销 is the departing official's while filling in, and the successor's for their last
	 * progress report once archived (#12 newcomer 3); anyone else has nothing to take
	 * back and is told so with where things stand, never with another role's refusal.
	 */
	private Answer undo(Turn turn, Command c) {
		HandoverState state = turn.handover().state();
		if (turn.successor() && (state == HandoverState.ARCHIVED || state == HandoverState.FOLLOW_UP)) {
			return followUp.undo(turn);
		}
		if (turn.departing()) {
			return corrections.undo(turn, c);
		}
		Texts t = turn.texts();
		String part = turn.successor() ? "successor" : "none";
		return turn.say("conv.undo.nothingYours",
				t.orElse("conv.hint." + state + "." + part, t.get("conv.hint." + state)));
	}

	/**
	 * A reviewer in joint review who writes about items without 退回
	 * ("第16项和第9项好像是同一笔钱，重复了吧？请说明一下", #12 newcomer 3) most likely wants them explained,
	 * which only a return brings: asked with a card showing the comment each named item
	 * would get (a return ends the round for every department), nothing done until they
	 * say yes. Null when they are no reviewer in review, or the message names no item of
	 * the checklist.
	 */
	private Answer returnInPassing(Turn turn, Command c, Reading.Situation situation) {
		boolean reviewing = situation.part() == Reading.Part.REVIEWER || situation.part() == Reading.Part.RULER;
		if (!reviewing || turn.handover().state() != HandoverState.IN_REVIEW || c.raw() == null) {
			return null;
		}
		java.util.List<Integer> named = ReturnComments.named(c.raw());
		if (named.isEmpty()) {
			return null;
		}
		for (int seq : named) {
			try {
				confirming.item(turn, seq);
			}
			catch (dev.baton.bot.system.BatonException ex) {
				return null; // an item the checklist does not have: not a comment on it
			}
		}
		if (ReturnSaid.atEnd(c.raw())) {
			// the words said return themselves (第6项余额要附银行对账单，先退回去, newcomer 23,
			// finding 5): a return, with what else was said as its comment; no card asks
			// again
			return review.returnChecklist(turn, null, c.raw());
		}
		Texts t = turn.texts();
		// the card keeps the words as written, so a yes stores them as typing them would
		// (#12)
		String words = (t.english() ? "return " : "退回 ") + turn.asWritten(c.raw());
		return returnCard(turn, named, c.raw(), words, "");
	}

	/**
	 * A reviewer's message that says some items are fine and returns others (newcomer 24,
	 * finding 5: "第2到第5项都没问题，第1项退回，请说明…"): read clause by clause, the items said fine are
	 * not returned and their words are no comment; the card asks about the return of the
	 * others, with only the words that explain it, and says which items it leaves. Null
	 * when no clause says items are fine, or the rest names no item of the checklist.
	 */
	private Answer returnAmongFine(Turn turn, Command c, Reading.Situation situation) {
		boolean reviewing = situation.part() == Reading.Part.REVIEWER || situation.part() == Reading.Part.RULER;
		if (!reviewing || turn.handover().state() != HandoverState.IN_REVIEW || c.raw() == null) {
			return null;
		}
		ReviewClauses read = ReviewClauses.of(c.raw(), parser::fine);
		java.util.List<Integer> named = ReturnComments.named(read.rest());
		if (!read.anyFine() || named.isEmpty()) {
			return null;
		}
		for (int seq : named) {
			try {
				confirming.item(turn, seq);
			}
			catch (dev.baton.bot.system.BatonException ex) {
				return null;
			}
		}
		ReturnComments comments = ReturnComments.of(null, read.rest()).as(turn::asWritten);
		if (comments.items().isEmpty() && comments.general().isBlank()) {
			return review.returnChecklist(turn, named.get(0), null); // the reason is
																		// asked
		}
		Texts t = turn.texts();
		java.util.List<String> said = new java.util.ArrayList<>();
		java.util.List<String> shown = new java.util.ArrayList<>();
		if (!comments.general().isBlank()) {
			said.add(comments.general());
			shown.add(comments.general());
		}
		comments.items().forEach((seq, words) -> {
			said.add("第" + seq + "项 " + words); // read again by the grammar, as
												// ReturnComments reads items
			if (!shown.contains(words)) {
				shown.add(words);
			}
		});
		java.util.List<String> fine = new java.util.ArrayList<>();
		for (dev.baton.bot.conversation.grammar.ItemsSaidFine.Fine f : read.fine()) {
			fine.add(f.rest() ? t.get("conv.review.notReturned.rest")
					: f.range() ? t.get("conv.review.notReturned.range", f.from(), f.to())
							: t.list(f.items().stream().map(n -> t.get("conv.step.item", n)).toList()));
		}
		String words = (t.english() ? "return " : "退回 ") + String.join("；", said);
		return returnCard(turn, named, String.join("；", shown), words, t.get("conv.review.notReturned", t.list(fine)));
	}

	/**
	 * The card that asks whether the reviewer means a return of {@code named} with
	 * {@code comment}; {@code words} are kept with it and read again on 退回.
	 */
	private Answer returnCard(Turn turn, java.util.List<Integer> named, String comment, String words, String before) {
		Texts t = turn.texts();
		String items = t.list(named.stream().map(n -> t.get("conv.step.item", n)).toList());
		long h = turn.handover().id();
		// what the return will record (交接不清), said before they confirm (#12, newcomer 14,
		// finding 13)
		String question = before + t.get("conv.review.askReturn", items, comment, returnFlag.line(t, h)) + "\n"
				+ t.get("conv.reviewQuestion.offer");
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id("review", h, 0), t.get("conv.clarify.title"),
				question,
				List.of(new OutboundMessage.Button(t.get("conv.review.returnButton"),
						Cards.action("ret", h, named.get(0))), ReviewQuestionFlow.askButton(t, h, named.get(0)),
						new OutboundMessage.Button(t.get("conv.button.no"), Cards.action("no", h, 0))),
				question + "\n" + t.get("conv.clarify.textFallback"));
		return Answer.proposing(card, words, turn.dialog().proposing(Intent.RETURN, named.get(0), words));
	}

	private Answer answerPending(Turn turn, Command c, LocalDate today) {
		if (c.intent() == Intent.CANCEL && !c.hasNumber() && !c.hasText()) {
			return turn.dialog().pending() == DialogState.Pending.ITEM_STATUS
					? turn.say(turn.dialog().answered(), "conv.status.later", turn.dialog().item())
					: turn.say(turn.dialog().answered(), "conv.pending.dropped");
		}
		if (ESCAPES.contains(c.intent()) || c.raw() == null || c.raw().isBlank()) {
			return null; // a command of its own: the question waits
		}
		Integer item = turn.dialog().item();
		Answer elsewhere = reasonElsewhere(turn, c, item);
		if (elsewhere != null) {
			return elsewhere;
		}
		return switch (turn.dialog().pending()) {
			case DISPUTE_REASON -> confirming.dispute(turn.withDialog(turn.dialog().answered()), item, c.raw());
			case RETURN_COMMENT -> review.returnAnswered(turn.withDialog(turn.dialog().answered()), item, c.raw());
			case CORRECTION_NOTE -> review.ruled(turn.withDialog(turn.dialog().answered()), item,
					dev.baton.bot.confirmation.Ruling.CORRECTED, c.raw(), review.correction(c));
			// a reply that is not the answer (the next item, a command) is taken as
			// itself; the question stays open
			case ITEM_STATUS -> item != null ? corrections.statusAnswer(turn, item, c, drafting, today) : null;
			case ITEM_UNIT -> (c.intent() == Intent.UNKNOWN || c.quantity() != null) && item != null
					? corrections.unitAnswer(turn, item, c) : null;
			case ITEM_SPLIT -> item != null ? drafting.twoFiguresAnswer(turn, item, c.raw()) : null;
			case NONE, CLARIFY, STEP_DATE -> null; // a clarifying question is settled by
													// Reading
			// before this
		};
	}

	/**
	 * The reason asked for item {@code item} names another item (#12, newcomer 7, finding
	 * 1: "第4项金额不对…" typed after 有异议 on item 2): never filed against the item asked about
	 * unasked. One item named: asked with a card whether it is a dispute of that item,
	 * the words as its reason; several: which, one at a time. Null when the words name no
	 * other item, or Baton asked no reason.
	 */
	private Answer reasonElsewhere(Turn turn, Command c, Integer item) {
		boolean ruling = turn.dialog().pending() == DialogState.Pending.CORRECTION_NOTE;
		if (turn.dialog().pending() != DialogState.Pending.DISPUTE_REASON && !ruling || item == null) {
			return null;
		}
		java.util.List<Integer> named = dev.baton.bot.conversation.grammar.ItemsNamed.in(c.raw());
		if (named.isEmpty() || named.equals(List.of(item))) {
			return null;
		}
		Turn answered = turn.withDialog(turn.dialog().answered());
		if (named.size() > 1) {
			return which(answered, new Reading.Which(ruling ? Intent.RULE : Intent.DISPUTE, named));
		}
		Texts t = answered.texts();
		int seq = named.get(0);
		if (ruling) {
			// the note asked for correcting item {item} is about another: a correction of
			// that one, asked first
			return askRuling(answered, turn.asWritten(c.raw().strip()),
					new Command(Intent.RULE, seq, c.raw().strip(), null, null, c.amount(), null, null,
							dev.baton.bot.confirmation.Ruling.CORRECTED, null, false, c.raw(), c.quantity(), c.unit(),
							false, true, null));
		}
		String words = (t.english() ? "dispute " : "异议 ") + seq + " " + turn.asWritten(c.raw().strip());
		long h = turn.handover().id();
		String question = t.get("conv.dispute.askOther", item, seq, c.raw().strip());
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id("clarify", h, seq), t.get("conv.clarify.title"),
				question,
				List.of(new OutboundMessage.Button(t.get("conv.button.yes"), Cards.action("disp", h, seq)),
						new OutboundMessage.Button(t.get("conv.button.no"), Cards.action("no", h, seq))),
				question + "\n" + t.get("conv.clarify.textFallback"));
		return Answer.proposing(card, words, answered.dialog().proposing(Intent.DISPUTE, seq, words));
	}

	/**
	 * The words named items other than the one in focus: which, one at a time; nothing is
	 * done.
	 */
	private Answer which(Turn turn, Reading.Which which) {
		Texts t = turn.texts();
		String items = String.join(t.english() ? ", " : "、",
				which.items().stream().map(n -> t.get("conv.step.item", n)).toList());
		String example = t.get("conv.which.example." + switch (which.intent()) {
			case CONFIRM, APPROVE -> "CONFIRM";
			case RULE -> "RULE";
			case SUPPLEMENT -> "SUPPLEMENT";
			case EDIT -> "EDIT";
			default -> "DISPUTE";
		}, which.items().get(0));
		Integer focus = turn.dialog().item();
		return focus == null ? turn.say("conv.which", items, example)
				: turn.say("conv.which.focus", items, focus, example);
	}

	/**
	 * "您是要确认第3项吗？" with [确认][不是]: the buttons are the proposal itself and a no, so they
	 * work without the dialog.
	 */
	private Answer clarify(Turn turn, Reading.Ask ask) {
		Texts t = turn.texts();
		long h = turn.handover().id();
		int item = ask.number() == null ? 0 : ask.number();
		String question = t.get("conv.clarify." + ask.intent().name(), item);
		String verb = switch (ask.intent()) {
			case CONFIRM -> "confirm";
			case CONFIRM_ALL -> "confirmall";
			case APPROVE -> "approve";
			case ACKNOWLEDGE -> "ack";
			case UNDO -> "undo";
			case SUBMIT -> "submit";
			default -> "sign";
		};
		// the card is of the kind of what it proposes, so it shows the outcome however
		// the action is taken (CardOutcomes)
		String kind = switch (ask.intent()) {
			case CONFIRM -> "confirm";
			case APPROVE -> "review";
			case ACKNOWLEDGE -> "ack";
			case CONFIRM_ALL -> "confirmall";
			case SUBMIT -> "submit";
			case SIGN -> "sign";
			default -> "clarify";
		};
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id(kind, h, item), t.get("conv.clarify.title"),
				question,
				List.of(new OutboundMessage.Button(t.get("conv.button.yes"), Cards.action(verb, h, item)),
						new OutboundMessage.Button(t.get("conv.button.no"), Cards.action("no", h, item))),
				question + "\n" + t.get("conv.clarify.textFallback"));
		return new Answer(List.of(card), turn.dialog().clarifying(ask.intent(), ask.number()));
	}

	/**
	 * Where things stand for this person: what they can do now, or that it waits on
	 * others. Nothing is done.
	 */
	private Answer tell(Turn turn, Reading.Situation situation, Reading.Tell tell) {
		Texts t = turn.texts();
		HandoverState state = turn.handover().state();
		String general = t.get("conv.hint." + state) + help.roster(t, turn.handover());
		boolean owes = situations.owes(turn);
		if (tell.theirTurn() && !owes && situation.part() == Reading.Part.RULER && state == HandoverState.CONFIRMING) {
			return turn.say("conv.reading.noRuling", turn.handover().id(), t.get("conv.state." + state),
					t.get("conv.hint." + state));
		}
		if (!tell.theirTurn() || !owes) {
			// what another role does, or what they have done already, is never hinted
			// (#12, talk13b)
			return turn.say("conv.reading.waiting", turn.handover().id(), t.get("conv.state." + state), general);
		}
		String part = switch (situation.part()) {
			case DEPARTING -> "departing";
			case SUCCESSOR -> "successor";
			case REVIEWER, RULER -> "reviewer";
			case ORGANIZER -> "organizer";
			case OTHER -> "observer";
		};
		String what = situation.part() == Reading.Part.RULER && state == HandoverState.CONFIRMING
				? t.get("conv.reading.ruling") : t.orElse("conv.hint." + state + "." + part, general);
		return turn.say("conv.reading.theirTurn", turn.handover().id(), t.get("conv.state." + state), what);
	}

	/**
	 * A no to Baton's question: nothing done, said so, with what the person can do now
	 * (#12, newcomer 8, findings 1 and 8). A reviewer's words about an item that were
	 * offered as a return ("第2项期限写到2028年，是不是太长了？") are not recorded: how to return with
	 * them, or approve, is said.
	 */
	Answer declined(Turn turn, DialogState asked, Reading.Situation situation) {
		Texts t = turn.texts();
		if (asked.proposed() == Intent.RETURN && asked.proposedItem() != null && asked.proposedItem() > 0
				&& turn.handover().state() == HandoverState.IN_REVIEW) {
			return turn.say("conv.clarify.declinedReturn", t.get("conv.step.item", asked.proposedItem()));
		}
		HandoverState state = turn.handover().state();
		String part = switch (situation.part()) {
			case DEPARTING -> "departing";
			case SUCCESSOR -> "successor";
			case REVIEWER, RULER -> "reviewer";
			case ORGANIZER -> "organizer";
			case OTHER -> "observer";
		};
		String what = !situations.owes(turn) ? t.get("conv.hint.nothingYours", t.get("conv.hint." + state))
				: situation.part() == Reading.Part.RULER && state == HandoverState.CONFIRMING
						? t.get("conv.reading.ruling")
						: t.orElse("conv.hint." + state + "." + part, t.get("conv.hint." + state));
		return turn.say("conv.clarify.declined", what);
	}

	/** The item named at the start of a message, and the separators after it: "第2项，…". */
	private static final java.util.regex.Pattern NAMED_ITEM = java.util.regex.Pattern
		.compile("^\\s*第?\\s*(?:[0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})\\s*(?:项|条)\\s*[:：,，;；。.\\s]*");

	/**
	 * The ruling department, while a dispute waits, names the disputed item and gives a
	 * figure in words Baton cannot read ("第2项应该按审计的来，金额38.2万"): most likely a correction,
	 * so it is asked about with the ruling card, as any guessed ruling; nothing is done.
	 * Null otherwise.
	 */
	private Answer rulingInPassing(Turn turn, Command c, Reading.Situation situation) {
		Integer seq = c.raw() == null ? null : dev.baton.bot.conversation.grammar.EntryTalk.itemNamed(c.raw());
		if (situation.part() != Reading.Part.RULER || turn.handover().state() != HandoverState.CONFIRMING || seq == null
				|| c.amount() == null && c.quantity() == null) {
			return null;
		}
		dev.baton.bot.checklist.Item item;
		try {
			item = confirming.item(turn, seq);
		}
		catch (dev.baton.bot.system.BatonException ex) {
			return null;
		}
		if (item.confirmation() != dev.baton.bot.checklist.Confirmation.DISPUTED) {
			return null;
		}
		// #12, newcomer 4: the ruling reads as one ("金额应为3,566,200.00元"), the words as
		// said kept after it as its note
		String said = NAMED_ITEM.matcher(c.raw()).replaceFirst("").strip();
		String figure = (c.amount() != null ? "金额应为" + dev.baton.bot.checklist.Money.grouped(c.amount()) + "元"
				: "数量应为" + dev.baton.bot.checklist.Quantity.format(c.quantity(), c.unit(), false)) + "；";
		String words = figure + said;
		return askRuling(turn, figure + turn.asWritten(said),
				new Command(Intent.RULE, seq, words, null, null, c.amount(), null, null,
						dev.baton.bot.confirmation.Ruling.CORRECTED, null, false, c.raw(), c.quantity(), c.unit(),
						false, true, null));
	}

	/**
	 * "第16项…按38.5万元更正" / "第16项维持原陈述": a ruling is final, so Baton asks first, with the
	 * [确认][不是] card every clarifying question has, showing the exact words that rule;
	 * nothing is done. The card keeps those words, so a press of 确认 rules exactly them on
	 * every platform (a typed yes does too while the question is open). {@code note} is
	 * the ruling's words as written (#12), kept so.
	 */
	private Answer askRuling(Turn turn, String note, Command c) {
		if (c.number() == null || c.ruling() == null) {
			return turn.say("conv.rule.how");
		}
		boolean upheld = c.ruling() == dev.baton.bot.confirmation.Ruling.UPHELD;
		Texts t = turn.texts();
		String words = (t.english() ? "rule " : "裁定 ") + c.number() + " "
				+ (t.english() ? upheld ? "upheld" : "corrected" : upheld ? "维持" : "更正")
				+ (note != null && !note.isEmpty() ? " " + note : "");
		long h = turn.handover().id();
		String question = t.get("conv.rule.askFirst", c.number(), t.get("label." + c.ruling().name()), words,
				review.titleOf(h, c.number())) + review.willWrite(t, turn.handover().id(), c);
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id("rule", h, c.number()),
				t.get("conv.clarify.title"), question,
				List.of(new OutboundMessage.Button(t.get("conv.button.yes"), Cards.action("rule", h, c.number())),
						new OutboundMessage.Button(t.get("conv.button.no"), Cards.action("no", h, c.number()))),
				question + "\n" + t.get("conv.clarify.textFallback"));
		return Answer.proposing(card, words, turn.dialog().proposing(Intent.RULE, c.number(), words));
	}

	/**
	 * 公开交接 N: the public summary of an archived handover to its unit's groups
	 * (organizers, administrators).
	 */
	private Answer publish(Turn turn) {
		try {
			publicity.publish(turn.actor(), turn.handover().id());
		}
		catch (dev.baton.bot.system.InvalidInputException ex) {
			if (!ex.messageKey().equals("publicity.noGroup")) {
				throw ex;
			}
			// how to bind one, for the platforms this instance has (#13, newcomer 4: 19)
			return turn.say("conv.publish.noGroup", String.join("\n", turn.texts().groupBinding()),
					turn.handover().id());
		}
		return turn.say("conv.publish.done", turn.handover().id());
	}

	/**
	 * 发起交接 said by someone who is no organizer (organizers' is taken before routing, see
	 * OrganizerFlow).
	 */
	private Answer opening(Turn turn) {
		throw new dev.baton.bot.access.NotPermittedException(dev.baton.bot.access.Action.OPEN_HANDOVER, null);
	}

}
