package dev.baton.bot.conversation;

import java.util.List;
import java.util.regex.Pattern;

import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.Intent;

/**
 * A reviewer's doubt about numbered items, said without 退回 (#12, newcomer 11: 赵刚 wrote
 * "第1项和第2项好像是同一笔钱，重复了吧？请说明一下" and was told he was not understood): the items it names,
 * when its words doubt or ask (好像, 重复, 是否, 请说明, 核实, 不对, 有问题 …). Such words most likely
 * mean a return with them as its comment; Baton asks first, with a card, and does nothing
 * until the reviewer says yes.
 */
final class ReviewDoubts {

	/** Words that doubt, question or ask for an explanation. */
	private static final Pattern DOUBT = Pattern.compile("好像|似乎|重复|是否|是不是|请说明|说明一下|解释|核实|核对|核查|不对|有问题|有误|不符|对不上|不一致"
			+ "|搞错|弄错|存疑|疑问|不清楚|不明确|[?？]|吗[了的呀啊吧]*[。.!！]*$");

	/** Words that say it outright: a return or a dispute said as one is read as such. */
	private static final Pattern SAID_AS_COMMAND = Pattern.compile("^\\s*(?:退回|驳回|打回|异议|return|dispute)");

	/**
	 * A return said as a clause of its own anywhere ("有问题，退回。第2项…"): the reviewer asked
	 * for it, no card asks again.
	 */
	private static final Pattern RETURN_CLAUSE = Pattern
		.compile("(?:^|[，,。.；;！!\\s])(?:退回|驳回|打回)(?:修改)?(?:[，,。.；;！!：:\\s]|$)");

	private ReviewDoubts() {
	}

	/**
	 * The items the words doubt, in the order named; empty when they name none, doubt
	 * nothing, or are a command of their own (退回 …, 通过, 确认 3).
	 */
	static List<Integer> items(Command c) {
		// a bare no the grammar reads ("第2项有问题") has its comment asked, which says it is
		// a return; a no with words ("第6项…金额和合同对不上吧", newcomer 20a, finding 5) is a
		// doubt like any other, never a return unasked
		boolean objection = c != null && c.intent() == Intent.DISPUTE && c.hasText();
		if (c == null || c.raw() == null || c.intent() != Intent.UNKNOWN && !objection) {
			return List.of();
		}
		String raw = c.raw().strip();
		if (SAID_AS_COMMAND.matcher(raw).find() || objection && RETURN_CLAUSE.matcher(raw).find()
				|| !objection && !DOUBT.matcher(raw).find()) {
			return List.of();
		}
		return ReturnComments.named(raw);
	}

}
