package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.WaitingStep;

/**
 * 帮助, 我的交接, 进度, 清单, 第3项: what a person can see and do. Help is for where they are: the step their
 * handover waits on and their part in it. In a group only counts and progress are said, never an amount.
 */
class StatusFlow {

	private final Focus focus;

	private final Checklists checklists;

	private final HandoverRecords records;

	private final Directory directory;

	private final ItemNotes notes;

	StatusFlow(Focus focus, Checklists checklists, HandoverRecords records, Directory directory, ItemNotes notes) {
		this.notes = notes;
		this.focus = focus;
		this.checklists = checklists;
		this.records = records;
		this.directory = directory;
	}

	Answer help(Turn turn) {
		Texts t = turn.texts();
		Handover h = turn.handover();
		String where;
		if (h == null) {
			where = t.get(turn.actor().roles().isEmpty() ? "conv.help.nothing" : "conv.help.scope");
		}
		else {
			where = t.get("conv.help.focus", line(t, h)) + "\n" + t.orElse(hint(turn, h), t.get("conv.hint." + h.state()));
		}
		Answer answer = Answer.say(where + "\n\n" + t.get("conv.help.commands"), turn.dialog());
		if (h != null && turn.departing() && h.state() == HandoverState.NOTIFIED) {
			answer = answer.and(new dev.baton.integrations.chat.OutboundMessage.Card(Cards.id("ack", h.id(), 0),
					t.get("conv.ack.cardTitle"), t.get("conv.notice.pending", h.checklistDue().toString()),
					java.util.List.of(new dev.baton.integrations.chat.OutboundMessage.Button(t.get("conv.button.ack"),
							Cards.action("ack", h.id(), 0))),
					t.get("conv.notice.pending", h.checklistDue().toString())));
		}
		return answer;
	}

	private static String hint(Turn turn, Handover h) {
		String part = turn.departing() ? "departing" : turn.successor() ? "successor"
				: turn.actor().holds(Role.REVIEWER, null, h.unitPath()) ? "reviewer"
						: turn.actor().is(h.organizerId()) || turn.actor().holds(Role.ORGANIZER, null, h.unitPath())
								? "organizer" : "observer";
		return "conv.hint." + h.state() + "." + part;
	}

	Answer mine(Turn turn) {
		List<Handover> running = focus.visible(turn.actor());
		if (running.isEmpty()) {
			return turn.say("conv.mine.none");
		}
		List<String> lines = new ArrayList<>();
		for (Handover h : running.subList(0, Math.min(20, running.size()))) {
			lines.add(line(turn.texts(), h));
		}
		String more = running.size() > 20 ? "\n" + turn.texts().get("conv.mine.more", running.size() - 20) : "";
		return turn.say("conv.mine.list", running.size(), String.join("\n", lines) + more);
	}

	Answer status(Turn turn) {
		Handover h = turn.handover();
		Texts t = turn.texts();
		List<Item> items = checklists.items(h.id());
		long confirmed = items.stream().filter(i -> i.confirmation() == Confirmation.CONFIRMED
				|| i.confirmation() == Confirmation.RULED).count();
		List<String> waiting = new ArrayList<>();
		for (WaitingStep s : records.steps(h.id())) {
			if (s.open()) {
				String label = t.orElse("label." + s.kind().name(), s.kind().name());
				String subject = s.subject().isEmpty() ? "" : "（" + t.orElse("label." + s.subject(), s.subject()) + "）";
				String late = s.late(records.time().today(), records.time().zone()) ? t.get("conv.status.late") : "";
				waiting.add(t.get("conv.status.step", label + subject, s.dueOn().toString(), late));
			}
		}
		return turn.say("conv.status.summary", line(t, h), items.size(), confirmed,
				waiting.isEmpty() ? t.get("conv.status.nothingWaiting") : String.join("\n", waiting));
	}

	/** The whole checklist; a reviewer in joint review also gets a card to approve or return it. */
	Answer list(Turn turn) {
		Handover handover = turn.handover();
		long h = handover.id();
		Texts t = turn.texts();
		Answer answer = Answer.say(t.get("conv.list.head", line(t, handover)) + "\n\n"
				+ ItemLines.checklist(t, checklists.sections(h), checklists.items(h), notes.of(handover, t)), turn.dialog());
		if (handover.state() == HandoverState.IN_REVIEW && turn.actor().holds(Role.REVIEWER, null, handover.unitPath())) {
			answer = answer.and(new dev.baton.integrations.chat.OutboundMessage.Card(Cards.id("review", h, 0),
					t.get("conv.review.cardTitle"), t.get("conv.review.cardBody"),
					List.of(new dev.baton.integrations.chat.OutboundMessage.Button(t.get("conv.button.approve"),
							Cards.action("approve", h, 0)),
							new dev.baton.integrations.chat.OutboundMessage.Button(t.get("conv.button.return"),
									Cards.action("return", h, 0))),
					t.get("conv.hint.IN_REVIEW.reviewer")));
		}
		return answer;
	}

	String line(Texts t, Handover h) {
		return t.get("conv.handover.line", h.id(), directory.unit(h.unitId()).name(),
				directory.official(h.departingId()).name(), directory.official(h.successorId()).name(),
				t.get("conv.state." + h.state()));
	}

}
