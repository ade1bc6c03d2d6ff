package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.access.Actor;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverFilter;
import dev.baton.bot.handover.HandoverService;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * A message not understood that names a party of a running handover other than the one in
 * focus (newcomer 24, findings 9 and 11: "刘志远那个…" was answered with help about 交接4 of
 * 周红): the reply says whose handover the name is of and how to name it, in place of the
 * help about the one in focus, so nothing reads as about a handover the message did not
 * name (the help without a handover would say none is running). A message that names
 * nobody, or a party of the one in focus, keeps the help of the one in focus.
 */
@Component
class NamedElsewhere {

	private final HandoverService handovers;

	NamedElsewhere(HandoverService handovers) {
		this.handovers = handovers;
	}

	Answer of(Actor actor, Handover focus, String said, Answer answer, Texts t) {
		if (focus == null || said == null || answer.messages().isEmpty()
				|| !(answer.messages().get(0) instanceof OutboundMessage.Text first)
				|| !first.text().equals(t.get("conv.notUnderstood"))) {
			return answer;
		}
		List<HandoverBrief> named = HandoverNamed.among(said,
				handovers.list(actor, HandoverFilter.running(HandoverFilter.MAX_LIMIT)), HandoverNamed::parties);
		if (named.isEmpty() || named.stream().anyMatch(b -> b.id() == focus.id())) {
			return answer;
		}
		String name = HandoverNamed.longestName(said, HandoverNamed.parties(named.get(0)));
		String lines = String.join("\n", named.stream().map(b -> "· " + Titles.line(t, b)).toList());
		String says = first.text() + "\n"
				+ t.get("conv.notUnderstood.namedElsewhere", name, lines, focus.id(), named.get(0).id());
		return Answer.say(says, answer.next());
	}

}
