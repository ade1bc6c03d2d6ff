package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Actors;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * A question on a card that waits while the person types something else (#12, newcomer
 * 14, finding 12: the which-step card was never mentioned again): the reply to the first
 * other message ends with one line naming the card, how to answer it and how to let it
 * go. Once per card: a card is looked at on the first message after it only, and never
 * again whatever came of it; a short yes or no is taken for its answer and adds nothing.
 */
@Component
class OpenCards {

	private final ChatCardMapper mapper;

	private final CardOutcomes outcomes;

	private final HandoverRecords records;

	private final Actors actors;

	private final TimeSource time;

	OpenCards(ChatCardMapper mapper, CardOutcomes outcomes, HandoverRecords records, Actors actors, TimeSource time) {
		this.mapper = mapper;
		this.outcomes = outcomes;
		this.records = records;
		this.actors = actors;
		this.time = time;
	}

	/**
	 * The answer, ending with a line for each card of the person's, sent before this
	 * message on this account, whose question still waits.
	 * @param answering whether the message reads as a yes or a no (the answer to a card)
	 */
	Answer remind(long officialId, InboundEvent event, Answer answer, Texts texts, boolean answering) {
		if (!(event instanceof InboundEvent.Text) || event.conversation().isGroup()) {
			return answer;
		}
		List<String> lines = new ArrayList<>();
		for (ChatCardMapper.OpenCard card : mapper.unreminded(officialId, event.sender().platform().name(),
				event.sender().corpId(), event.sender().userId())) {
			if (mapper.remind(card.id(), time.now()) != 1 || answering) {
				continue;
			}
			Handover h = records.find(card.handoverId());
			if (card.reviewRound() != h.reviewRound() || outcomes.of(actors.of(officialId), h, card.kind(),
					card.itemSeq(), card.reviewRound(), texts) != null) {
				continue; // answered or overtaken: the card shows what came of it
			}
			// a card kept before its title was (V50) is named in general words (#12,
			// newcomer
			// 16: it was never said to wait)
			String title = card.title() != null ? card.title() : texts.get("conv.card.untitled");
			// a status unsaid blocks submission: never said to stay as recorded (newcomer
			// 21, finding 23)
			lines.add(texts.get("conv.card.stillOpen." + how(card.kind()), title, card.itemSeq()));
		}
		if (lines.isEmpty() || answer.messages().isEmpty()) {
			return answer;
		}
		List<OutboundMessage> out = new ArrayList<>(answer.messages());
		int last = out.size() - 1;
		String said = String.join("\n", lines);
		if (out.get(last) instanceof OutboundMessage.Text text) {
			out.set(last, new OutboundMessage.Text(text.text() + "\n" + said));
		}
		else {
			out.add(new OutboundMessage.Text(said));
		}
		return new Answer(out, answer.next(), answer.proposals());
	}

	/**
	 * What a card proposing words is (its kind) and the button that does them, by the
	 * intent of the words.
	 */
	private static final Map<Intent, String[]> PROPOSED = Map.of(Intent.DISPUTE, new String[] { "clarify", "disp" },
			Intent.RULE, new String[] { "rule", "rule" }, Intent.RETURN, new String[] { "review", "ret" }, Intent.EDIT,
			new String[] { "clarify", "fix" });

	/** The mark of a press made by typing a yes to the card's question. */
	static final String TYPED = "typed";

	/**
	 * The press a typed yes makes on the open card whose question it answers (#12, t19a:
	 * 「是的」 to the which-step card proposing one step; the resubmit card, the card asking
	 * whether words answer a reviewer's question, the card asking whether a stray message
	 * is an item): the card's own button, so a yes and a press take one path and the card
	 * then shows the outcome. Null when the proposal Baton waits a yes for is not a
	 * card's button this can press.
	 * @param dialog the dialog with the proposal the yes answers
	 */
	InboundEvent.CardAction yesTo(long officialId, InboundEvent.Text typed, DialogState dialog) {
		Long h = dialog.handoverId();
		Integer step = ProgressNote.proposedStep(dialog.proposedWords());
		String kind;
		String action;
		if (h != null && dialog.proposed() == Intent.PROGRESS && dialog.proposedItem() != null && step != null) {
			kind = "step";
			action = Cards.action("prog", h, dialog.proposedItem(), step);
		}
		else if (h != null && dialog.proposed() == Intent.SUBMIT) {
			kind = ResubmitCheck.RESUBMIT;
			action = Cards.action(ResubmitCheck.RESUBMIT, h, 0);
		}
		else if (h != null && dialog.proposed() == Intent.SUPPLEMENT && dialog.proposedItem() != null) {
			// 是对第6项提问的答复吗？ with one question open (newcomer 21, finding 10)
			kind = ReviewQuestionFlow.ANSWER;
			action = Cards.action(ReviewQuestionFlow.ANSWER, h, dialog.proposedItem());
		}
		else if (h != null && dialog.proposed() == Intent.ADD) {
			// 这条是要记为交接事项吗？ (newcomer 20, finding 4): 记为事项
			kind = StrayMessage.KIND;
			action = Cards.action(ReturnAnswerQuestion.NEW_ITEM, h, 0);
		}
		else if (h != null && PROPOSED.containsKey(dialog.proposed()) && dialog.proposedItem() != null) {
			// 对第7项有异议吗？ / 您是要裁定第12项…吗？ / 退回 / 改第3项…: the card proposing those words
			// (newcomer 23, finding 7: the action was taken, the card never showed it)
			kind = PROPOSED.get(dialog.proposed())[0];
			action = Cards.action(PROPOSED.get(dialog.proposed())[1], h, dialog.proposedItem());
		}
		else {
			return null;
		}
		ChatUser to = typed.sender();
		ChatCardMapper.LiveCard card = mapper.newest(officialId, to.platform().name(), to.corpId(), to.userId(), h,
				kind);
		if (card == null || PROPOSED.containsKey(dialog.proposed())
				&& !java.util.Objects.equals(card.proposal(), dialog.proposedWords())) {
			return null; // not the card whose words the yes answers
		}
		return new InboundEvent.CardAction(to, typed.conversation(), typed.at(), card.cardId(), action,
				Map.of(TYPED, "true"), card.responseCode());
	}

	/** Whether the press was made by typing a yes, not on the card. */
	static boolean typed(InboundEvent.CardAction pressed) {
		return pressed.params().containsKey(TYPED);
	}

	/**
	 * How the card is answered or let go, by what its kind's buttons do (a review card
	 * may propose a return, with 不是, or be 通过 / 退回: said for both).
	 */
	private static String how(String kind) {
		return switch (kind) {
			case "confirm" -> "confirm";
			case "ack" -> "ack";
			case "status" -> "status";
			case "split" -> "item";
			default -> "any";
		};
	}

}
