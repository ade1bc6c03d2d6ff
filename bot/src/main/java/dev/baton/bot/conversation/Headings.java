package dev.baton.bot.conversation;

import dev.baton.bot.access.Actor;
import dev.baton.bot.handover.HandoverService;
import org.springframework.stereotype.Component;

/**
 * The one rule for the line that heads a reply (【交接12 市统计局 陈离任→郑接任】): an answer about one
 * handover ({@link Answer#subject}) is headed by it when the person may see more than one
 * running handover, so nobody reads an answer about another handover than they meant;
 * answers about none or about all of them are left as they are. Applied once per turn to
 * whatever answered (a command, a card pressed, an organizer's answer to what Baton
 * asked, a file sent), so no flow heads its replies on its own and none is left unheaded
 * (newcomer 22, finding 14: "交接4的期限已延长" after the reason was asked had none).
 */
@Component
class Headings {

	private final Focus focus;

	private final HandoverService handovers;

	Headings(Focus focus, HandoverService handovers) {
		this.focus = focus;
		this.handovers = handovers;
	}

	Answer headed(Actor actor, Answer answer, Texts t) {
		if (answer.subject() == null || answer.subject() == Answer.ALL || answer.messages().isEmpty()
				|| focus.count(actor) < 2) {
			return answer;
		}
		String tag = Titles.tag(t, handovers.brief(answer.subject()));
		if (answer.messages().size() > 1
				&& answer.messages().get(0) instanceof dev.baton.integrations.chat.OutboundMessage.Text first
				&& first.text().equals(t.get("conv.notUnderstood"))) {
			// words not understood are about no handover: the help after them is
			// (newcomer 23, finding 1)
			return answer.about(1, tag);
		}
		return answer.about(tag);
	}

}
