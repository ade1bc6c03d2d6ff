package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.baton.bot.access.Subject;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * 帮助: where the person's handover stands, and only the commands they can use now: what
 * its open steps ask of them (签收 and filling for the departing official, confirming for
 * the successor, 通过/退回 for a reviewing department whose review is open, 裁定 for the ruling
 * department with a dispute waiting, 签字 for a signer who has not signed, 计划/进展 in
 * follow-up), what an organizer may do (发起交接; 更换接任人 before signing, 延期 and 取消 before
 * archiving, 公开交接 when the policy makes it public, 绑定本群), and what anyone may ask at any
 * time. In a group, only what a group takes.
 */
@Component
class HelpFlow {

	private final HandoverRecords records;

	private final StepActors stepActors;

	private final Focus focus;

	private final StatusFlow status;

	private final dev.baton.bot.checklist.Checklists checklists;

	private final dev.baton.bot.confirmation.Disputes disputes;

	private final dev.baton.bot.followup.FollowUpService followUp;

	private final Examples examples;

	private final ReviewRoster roster;

	private final WaitingSteps waitingSteps;

	private final ItemExamples itemExamples;

	private final Situations situations;

	private final PastDue pastDue;

	HelpFlow(HandoverRecords records, StepActors stepActors, Focus focus, StatusFlow status,
			dev.baton.bot.checklist.Checklists checklists, dev.baton.bot.confirmation.Disputes disputes,
			dev.baton.bot.followup.FollowUpService followUp, Examples examples, ReviewRoster roster,
			WaitingSteps waitingSteps, ItemExamples itemExamples, Situations situations, PastDue pastDue) {
		this.pastDue = pastDue;
		this.situations = situations;
		this.itemExamples = itemExamples;
		this.waitingSteps = waitingSteps;
		this.roster = roster;
		this.checklists = checklists;
		this.disputes = disputes;
		this.followUp = followUp;
		this.examples = examples;
		this.records = records;
		this.stepActors = stepActors;
		this.focus = focus;
		this.status = status;
	}

	Answer help(Turn turn) {
		Texts t = turn.texts();
		Handover h = turn.handover();
		String where;
		List<String> now = new ArrayList<>();
		if (h == null) {
			where = t.get(turn.actor().roles().isEmpty() ? "conv.help.nothing" : "conv.help.scope");
		}
		else {
			now = commands(turn, h);
			// a party's hint only while a step of theirs is open: never "请逐项确认" once
			// every item is (#12, talk13b: hints true for the reader's role and state)
			String general = t.get("conv.hint." + h.state());
			String hint = situations.owes(turn) ? t.orElse(hint(turn, h), general)
					: turn.departing() || turn.successor() ? t.get("conv.hint.nothingYours", general) : general;
			where = t.get("conv.help.focus", status.line(t, h)) + "\n" + hint + roster.line(t, h);
		}
		if (h != null && h.archiveSha256() != null) {
			// every party of an archived handover may ask for its files in chat (newcomer
			// 9)
			now.add(t.get("conv.help.cmd.document", h.id()));
		}
		if (turn.actor().roles().stream().anyMatch(r -> LedgerFlow.OVERSEEING.contains(r.role()))) {
			// whoever oversees a unit's handovers may have its ledger in chat (#15)
			now.add(t.get("conv.help.cmd.ledger"));
		}
		if (turn.actor().roles().stream().anyMatch(r -> r.role() == Role.ORGANIZER)) {
			// the example in the organizer's own names; group binding for the platforms
			// this instance has
			Examples.Opening e = examples.opening(turn.actor(), t);
			// none to name when every official is in a running handover of their unit:
			// said, not an example that would be refused (newcomer 22, finding 8)
			now.add(t.get(e.busy() ? "conv.help.cmd.open.busy" : "conv.help.cmd.open", e.unit(), e.departing(),
					e.successor()));
			now.addAll(t.groupBinding());
		}
		String can = now.isEmpty() ? "" : "\n\n" + t.get("conv.help.now") + "\n" + String.join("\n", now);
		String anytime = h == null ? t.get("conv.help.anytime.none") : t.get("conv.help.anytime",
				focus.count(turn.actor()) > 1 ? t.get("conv.help.switch") : "", itemExamples.anytime(t, h.id()));
		Answer answer = Answer.say(where + can + "\n\n" + anytime, turn.dialog());
		if (h != null && turn.departing() && h.state() == HandoverState.NOTIFIED) {
			String pending = pastDue.say(t, h.checklistDue(), "conv.notice.pending", h.checklistDue().toString());
			answer = answer
				.and(new OutboundMessage.Card(Cards.id("ack", h.id(), 0), t.get("conv.ack.cardTitle"), pending,
						List.of(new OutboundMessage.Button(t.get("conv.button.ack"), Cards.action("ack", h.id(), 0))),
						pending));
		}
		return answer;
	}

	/**
	 * In joint review: who reviews for each department and whether they have (otherwise
	 * "").
	 */
	String roster(Texts t, Handover h) {
		return roster.line(t, h);
	}

	/** In a group: what a group takes, and binding for organizers. */
	Answer inGroup(Turn turn) {
		boolean organizer = turn.actor().roles().stream().anyMatch(r -> r.role() == Role.ORGANIZER);
		return turn.say("conv.help.group", organizer ? turn.texts().get("conv.help.group.organizer") : "");
	}

	/**
	 * The commands the person can use now on the handover in focus, in the order of its
	 * process.
	 */
	private List<String> commands(Turn turn, Handover h) {
		Texts t = turn.texts();
		HandoverPolicy policy = records.policy(h);
		Subject subject = records.subject(h);
		Set<String> lines = new LinkedHashSet<>();
		for (WaitingStep s : waitingSteps.steps(h.id())) {
			if (!s.open() || !stepActors.acts(turn.actor(), s.kind(), s.subject(), subject, policy.disputeRuler())) {
				continue;
			}
			switch (s.kind()) {
				case NOTICE_RECEIPT -> lines.add(t.get("conv.help.cmd.ack"));
				case CHECKLIST -> {
					if (h.state() == HandoverState.DRAFTING) {
						// examples with an item of their own checklist (#12, newcomer 14,
						// finding 11)
						lines.add(t.get("conv.help.cmd.drafting", itemExamples.any(t, h.id())));
						if (h.reviewRound() > 0) {
							lines.add(t.get("conv.help.cmd.supplement", itemExamples.toSupplement(t, h.id())));
						}
						lines.add(t.get("conv.help.cmd.submit"));
					}
				}
				case REVIEW -> lines.add(t.get("conv.help.cmd.review", itemExamples.any(t, h.id())));
				case CONFIRMATION -> lines.add(t.get("conv.help.cmd.confirm", itemExamples.toConfirm(t, h.id())));
				case RULING -> lines.add(rule(t, h, s.subject().replaceFirst("^item:", "")));
				case SIGNING -> lines.add(t.get("conv.help.cmd.sign"));
				case PLAN -> lines.add(t.get("conv.help.cmd.plan"));
				case FOLLOW_UP_STEP -> {
					// the example is a step of the person's own plan, the first still
					// open (never a made-up 1.2)
					dev.baton.bot.followup.FollowUpStep first = followUp.steps(h.id())
						.stream()
						.filter(dev.baton.bot.followup.FollowUpStep::open)
						.findFirst()
						.orElse(null);
					if (first != null) {
						lines.add(t.get("conv.help.cmd.progress", first.label(), first.itemSeq(), first.seq()));
					}
				}
			}
		}
		boolean organizer = !turn.departing() && !turn.successor()
				&& turn.actor().holds(Role.ORGANIZER, null, h.unitPath());
		boolean running = !h.state().frozen() && h.state().active();
		if (organizer && running && h.state() != HandoverState.SIGNING) {
			lines.add(t.get("conv.help.cmd.change", h.id()));
		}
		if (organizer && running) {
			lines.add(t.get("conv.help.cmd.extend", h.id()));
		}
		if (organizer && !h.state().frozen()) {
			lines.add(t.get("conv.help.cmd.cancel", h.id()));
		}
		if (organizer && h.state().frozen() && policy.publicity()) {
			lines.add(t.get("conv.help.cmd.publish", h.id()));
		}
		return new ArrayList<>(lines);
	}

	/**
	 * 裁定 for one disputed item, its example of a correction in the item's own figure
	 * (应为121台 for computers).
	 */
	private String rule(Texts t, Handover h, String seq) {
		String example;
		try {
			dev.baton.bot.checklist.Item item = checklists.item(h.id(), Integer.parseInt(seq));
			String reason = disputes.forHandover(h.id())
				.stream()
				.filter(d -> d.itemId() == item.id())
				.map(dev.baton.bot.confirmation.Dispute::reason)
				.reduce((a, b) -> b)
				.orElse(null);
			example = dev.baton.bot.confirmation.RulingExample.figure(item, reason);
		}
		catch (RuntimeException ex) {
			example = "38.5万元";
		}
		return t.get("conv.help.cmd.rule", seq, example);
	}

	/**
	 * What the parties are asked now; everyone else reads where the handover stands
	 * (their commands say the rest).
	 */
	private static String hint(Turn turn, Handover h) {
		String part = turn.departing() ? "departing" : turn.successor() ? "successor" : "none";
		return "conv.hint." + h.state() + "." + part;
	}

}
