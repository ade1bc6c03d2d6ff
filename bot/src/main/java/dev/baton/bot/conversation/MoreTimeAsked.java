package dev.baton.bot.conversation;

import java.util.regex.Pattern;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverState;
import org.springframework.stereotype.Component;

/**
 * A request for more time from someone who may not extend a deadline (newcomer 23,
 * finding 9: a signer's "我在外地学习，下周一回去再签可以吗" was not understood): only the organizer
 * extends, so the answer says so and names the handover's organizer, whom to ask. The
 * organizer's own 延期 is theirs to do (OrganizerFlow).
 */
@Component
class MoreTimeAsked {

	/**
	 * Asking for more time: 延期 / 推迟 / 晚几天 / 过几天再签 / 下周（一回去）再签 (on the folded message).
	 */
	private static final Pattern LATER = Pattern
		.compile("延期|延迟|延长|延后|推迟|宽限|缓[几两一]?[天日]|晚[几两一]?[天日]" + "|(?:过|等)[几两一三四五0-9]*[天日](?:再|以后)"
				+ "|(?:下周|下星期|下礼拜|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|明天|后天|回去|回来|以后|之后)"
				+ "[^,;。]{0,6}?再(?:签|交|办|填|提交|审|确认|看|弄)");

	/** Said as a question: 可以吗 / 能不能 / 行吗 / ？ */
	private static final Pattern ASKED = Pattern.compile("[?？]|吗|能不能|能否|可不可以|行不行");

	private final Access access;

	private final HandoverRecords records;

	private final Directory directory;

	MoreTimeAsked(Access access, HandoverRecords records, Directory directory) {
		this.access = access;
		this.records = records;
		this.directory = directory;
	}

	/**
	 * The answer naming the organizer, or null when the words ask for no more time, or
	 * the person may extend. The departing official filling the checklist is taken to ask
	 * only in a question (their words may be an item: 合同延期一年).
	 */
	Answer of(Turn turn, Command c) {
		Handover h = turn.handover();
		if (h == null || c.raw() == null || c.intent() != Intent.UNKNOWN && c.intent() != Intent.EXTEND_DEADLINE
				|| !h.state().active() || h.state().frozen()
				|| !dev.baton.bot.conversation.grammar.ItemsNamed.in(c.raw()).isEmpty()) {
			// after the archive the dates are the successor's own plan; words naming an
			// item (第5项工程延期了) are about that item
			return null;
		}
		String said = java.text.Normalizer.normalize(c.raw(), java.text.Normalizer.Form.NFKC);
		boolean filling = turn.departing()
				&& (h.state() == HandoverState.DRAFTING || h.state() == HandoverState.NOTIFIED);
		if (!LATER.matcher(said).find() || filling && !ASKED.matcher(said).find()
				|| access.allowed(turn.actor(), Action.EXTEND_DEADLINE, records.subject(h), null)) {
			return null;
		}
		return turn.say("conv.moreTime.organizer", h.id(), directory.official(h.organizerId()).name());
	}

}
