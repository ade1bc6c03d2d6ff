package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.review.ReviewComment;
import dev.baton.bot.review.ReviewQuestions;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * 只提问（不退回） in chat (#12, newcomer 16, 2b). A reviewer's words about an item offered as a
 * return (「第6项运维费合同是哪年签的？」) may be sent as a question instead: to the departing official,
 * naming the item; the review stays open and no flag is raised. While a question is open,
 * the departing official's 「第6项补充：…」 answers it, and free words are asked about with a
 * card (这是对第6项提问的答复吗？); the answer is kept on the item and sent back to the reviewer who
 * asked.
 */
@Component
class ReviewQuestionFlow {

	/** 只提问（不退回） on the card that offers a return; its item is the first named. */
	static final String ASK = "askq";

	/** 记为第N项答复 on the card asking whether free words answer a question. */
	static final String ANSWER = "ansq";

	private final ReviewQuestions questions;

	private final ReviewFlow review;

	private final Checklists checklists;

	ReviewQuestionFlow(ReviewQuestions questions, ReviewFlow review, Checklists checklists) {
		this.questions = questions;
		this.review = review;
		this.checklists = checklists;
	}

	/** The button offered beside 退回 on a reviewer's words about items. */
	static OutboundMessage.Button askButton(Texts t, long handoverId, int firstItem) {
		return new OutboundMessage.Button(t.get("conv.reviewQuestion.button"),
				Cards.action(ASK, handoverId, firstItem));
	}

	/**
	 * The reviewer's words, kept with the card as a return's ("退回 …"), sent as a question
	 * on the items they name.
	 */
	Answer ask(Turn turn, String proposal) {
		String words = proposal.replaceFirst("^(?:退回|return)\\s+", "").strip();
		Map<Integer, String> asked = new java.util.TreeMap<>(
				ReturnComments.of(null, words).as(turn::asWritten).items());
		if (asked.isEmpty()) {
			for (int seq : ReturnComments.named(words)) {
				asked.put(seq, turn.asWritten(words));
			}
		}
		Handover h = turn.handover();
		questions.ask(turn.actor(), h.id(), review.department(turn), asked);
		Texts t = turn.texts();
		List<String> lines = new ArrayList<>();
		for (Map.Entry<Integer, String> q : asked.entrySet()) {
			lines.add(t.get("conv.reviewQuestion.line", q.getKey(), checklists.item(h.id(), q.getKey()).title(),
					q.getValue()));
		}
		return turn.say(turn.dialog().answered(), "conv.reviewQuestion.sent", String.join("\n", lines));
	}

	/**
	 * The departing official's words while a question of the review is open: 第6项补充：…
	 * answers the question on item 6; free words are asked about with a card. Null
	 * otherwise.
	 */
	Answer answerInPassing(Turn turn, Command c) {
		Handover h = turn.handover();
		if (h == null || !turn.departing() || h.state() != HandoverState.IN_REVIEW) {
			return null;
		}
		Map<Integer, ReviewComment> open = questions.open(h);
		if (open.isEmpty()) {
			return null;
		}
		if (c.intent() == Intent.SUPPLEMENT && c.hasNumber() && open.containsKey(c.number()) && c.hasText()) {
			return answer(turn, c.number(), c.text());
		}
		if ((c.intent() != Intent.UNKNOWN && c.intent() != Intent.ADD) || c.raw() == null || c.raw().isBlank()) {
			return null;
		}
		Texts t = turn.texts();
		String words = turn.asWritten(c.raw().strip());
		List<Integer> seqs = new ArrayList<>(open.keySet());
		String named = String.join(t.english() ? ", " : "、",
				seqs.stream().map(n -> t.get("conv.returnAnswer.item", n)).toList());
		String question = t.get("conv.questionAnswer.ask", named, words);
		List<OutboundMessage.Button> buttons = new ArrayList<>();
		for (int seq : seqs) {
			buttons.add(new OutboundMessage.Button(t.get("conv.questionAnswer.button", seq),
					Cards.action(ANSWER, h.id(), seq)));
		}
		buttons.add(new OutboundMessage.Button(t.get("conv.returnAnswer.drop"),
				Cards.action(ReturnAnswerQuestion.DROP, h.id(), 0)));
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id(ANSWER, h.id(), seqs.get(0)),
				t.get("conv.questionAnswer.title", named), question, buttons,
				question + "\n" + t.get("conv.questionAnswer.textFallback", seqs.get(0), words));
		// one question open: the card proposes one action, and a typed yes (是的 / 对 / 好的)
		// presses its button (newcomer 21, finding 10: 「是的」 was read as asking for a
		// status and the answer was lost); the words it stands for, should the card be
		// gone
		DialogState next = seqs.size() != 1 ? turn.dialog()
				: turn.dialog().proposing(Intent.SUPPLEMENT, seqs.get(0), supplement(seqs.get(0), words));
		return new Answer(List.of(card), next, Map.of(card.cardId(), words));
	}

	/**
	 * The words that answer the question on item {@code seq}, as typed (read by the
	 * grammar, never shown).
	 */
	static String supplement(int seq, String words) {
		return "第" + seq + "项补充：" + words;
	}

	/** The answer kept on item {@code seq} and sent to the reviewer who asked. */
	Answer answer(Turn turn, int seq, String words) {
		ReviewQuestions.Answered answered = questions.answer(turn.actor(), turn.handover().id(), seq,
				turn.asWritten(words));
		Texts t = turn.texts();
		String who = String.join(t.english() ? ", " : "、",
				answered.questions().stream().map(q -> t.get("label." + q.department().name())).distinct().toList());
		return turn.say(turn.dialog().onItem(seq), "conv.questionAnswer.done", seq,
				checklists.item(turn.handover().id(), seq).title(), answered.answer().body(), who);
	}

}
