package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.directory.Role;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.Progress;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.scheduler.calendar.WorkCalendar;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Component;

/**
 * 我的交接, 进度, 清单, 第3项: what a person can see. 进度 says in words what the handover waits for
 * (the step, whose it is, until when, overdue or not) and, once archived, every step of
 * the follow-up plans with its progress, numbered as people type them (第4项 步骤2). In a
 * group only counts and progress are said, never an amount.
 */
@Component
class StatusFlow {

	/** Handovers per page of 我的交接 ("我的交接 2" is the next page). */
	static final int PAGE = 20;

	private final Focus focus;

	private final Checklists checklists;

	private final HandoverService handovers;

	private final FollowUpService followUp;

	private final ItemNotes notes;

	private final TimeSource time;

	private final WaitingSteps waitingSteps;

	private final ReturnedLines returned;

	private final WorkCalendar calendar;

	private final ReviewRoster roster;

	StatusFlow(Focus focus, Checklists checklists, HandoverService handovers, FollowUpService followUp, ItemNotes notes,
			TimeSource time, WaitingSteps waitingSteps, ReturnedLines returned, WorkCalendar calendar,
			ReviewRoster roster) {
		this.roster = roster;
		this.calendar = calendar;
		this.returned = returned;
		this.waitingSteps = waitingSteps;
		this.time = time;
		this.notes = notes;
		this.focus = focus;
		this.checklists = checklists;
		this.handovers = handovers;
		this.followUp = followUp;
	}

	/**
	 * 我的交接 (page 1) or 我的交接 N: the running handovers the person may see, newest first,
	 * the current one marked.
	 */
	Answer mine(Turn turn, Integer page) {
		int p = page == null || page < 1 ? 1 : page;
		long total = focus.count(turn.actor());
		if (total == 0) {
			return turn.say("conv.mine.none");
		}
		int from = (p - 1) * PAGE;
		if (from >= total) {
			return turn.say("conv.mine.noPage", p, (total + PAGE - 1) / PAGE);
		}
		List<HandoverBrief> shown = handovers.list(turn.actor(), dev.baton.bot.handover.HandoverFilter.running(PAGE),
				from);
		Long current = turn.handover() == null ? null : turn.handover().id();
		List<String> lines = new ArrayList<>();
		for (HandoverBrief h : shown) {
			String mark = current != null && current == h.id() ? turn.texts().get("conv.mine.current") : "";
			lines.add("· " + Titles.line(turn.texts(), h) + mark);
		}
		long after = total - from - shown.size();
		String more = after > 0 ? "\n" + turn.texts().get("conv.mine.more", after, p + 1) : "";
		return turn.say("conv.mine.list", total, String.join("\n", lines) + more);
	}

	/** 进度: where the handover in focus stands, in words. */
	Answer status(Turn turn) {
		return status(turn, false);
	}

	/**
	 * 进度 in a group: the same steps and counts, but no words of the plan or of progress
	 * reports (they may name an amount), only how many steps are done.
	 */
	Answer status(Turn turn, boolean group) {
		Handover h = turn.handover();
		Texts t = turn.texts();
		List<Item> items = checklists.items(h.id());
		long confirmed = items.stream()
			.filter(i -> i.confirmation() == Confirmation.CONFIRMED || i.confirmation() == Confirmation.RULED)
			.count();
		boolean following = h.state().frozen(); // archived: the follow-up plan is what
												// follows
		List<FollowUpStep> plan = following ? followUp.steps(h.id()) : List.of();
		Map<String, FollowUpStep> bySubject = new HashMap<>();
		for (FollowUpStep s : plan) {
			bySubject.put("step:" + s.id(), s);
			bySubject.put(s.itemSeq() + "." + s.seq(), s);
		}
		LocalDate today = time.today();
		List<String> waiting = new ArrayList<>();
		List<WaitingStep> open = new ArrayList<>(
				waitingSteps.steps(h.id()).stream().filter(WaitingStep::open).toList());
		// follow-up steps in item.step order, after the handover's own steps
		open.sort(java.util.Comparator.comparingInt((WaitingStep s) -> followUpOrder(bySubject.get(s.subject()))));
		boolean stepsBelow = false;
		for (WaitingStep s : open) {
			if (following && !group && s.kind() == WaitingStepKind.FOLLOW_UP_STEP) {
				// said once, under 推进计划 below, with its progress
				stepsBelow = true;
				continue;
			}
			FollowUpStep f = s.kind() == WaitingStepKind.FOLLOW_UP_STEP ? bySubject.get(s.subject()) : null;
			String label = Titles.step(t, s.kind(), s.subject(), f == null ? null : f.itemSeq(),
					f == null ? null : f.seq(), f == null || group ? null : f.description());
			String late = late(t, s.dueOn(), today);
			if (s.kind() == WaitingStepKind.REVIEW) {
				// nobody left to review: said, not left to look as if it waited on
				// someone
				late += roster.nobodyCanReview(t, h, dev.baton.bot.directory.Department.valueOf(s.subject()));
			}
			waiting.add(t.get("conv.status.step", label, s.dueOn().toString(), late));
		}
		if (stepsBelow) {
			waiting.add(t.get("conv.status.stepsBelow"));
		}
		String text = t.get("conv.status.summary", line(t, h), items.size(), confirmed,
				waiting.isEmpty() ? t.get("conv.status.nothingWaiting") : String.join("\n", waiting));
		String back = group ? "" : returned.of(turn);
		if (!back.isEmpty()) {
			// after a return: by whom, on which items, and what to do (#12, newcomer 14,
			// finding 10)
			text += "\n" + back;
		}
		if (following && group) {
			text += "\n" + t.get("conv.status.planCounts", plan.size(),
					plan.stream().filter(s -> s.completedAt() != null).count());
		}
		else if (following) {
			text += "\n" + t.get("conv.status.plan", planLines(t, h, items, plan, today));
		}
		return Answer.say(text, turn.dialog());
	}

	/**
	 * Every unfinished item's plan steps with their progress, and the unfinished items
	 * not yet planned.
	 */
	private String planLines(Texts t, Handover h, List<Item> items, List<FollowUpStep> plan, LocalDate today) {
		Map<Long, Progress> latest = new HashMap<>();
		for (Progress p : followUp.progress(h.id())) {
			// the latest report; two in the same instant: the one written last
			latest.merge(p.stepId(), p, (a, b) -> b.reportedAt().isAfter(a.reportedAt())
					|| b.reportedAt().equals(a.reportedAt()) && b.id() > a.id() ? b : a);
		}
		List<String> lines = new ArrayList<>();
		for (Item item : items) {
			if (!item.unfinished()) {
				continue;
			}
			List<FollowUpStep> steps = plan.stream().filter(s -> s.itemSeq() == item.seq()).toList();
			if (steps.isEmpty()) {
				lines.add(t.get("conv.status.unplanned", item.seq(), item.title()));
			}
			for (FollowUpStep s : steps) {
				Progress p = latest.get(s.id());
				String state;
				if (s.completedAt() != null) {
					// the words it was reported done with are part of the record
					// (newcomer 2: they were left out)
					state = p == null || p.note() == null || p.note().isBlank()
							? t.get("conv.status.stepDone", date(s.completedAt()))
							: t.get("conv.status.stepDoneNote", date(s.completedAt()), p.note());
				}
				else if (p != null) {
					state = t.get("conv.status.stepProgress", date(p.reportedAt()), p.note())
							+ late(t, s.dueOn(), today);
				}
				else {
					state = t.get("conv.status.stepNoProgress") + late(t, s.dueOn(), today);
				}
				lines.add(t.get("conv.status.planStep",
						Titles.step(t, WaitingStepKind.FOLLOW_UP_STEP, "", s.itemSeq(), s.seq(), s.description()),
						s.dueOn().toString(), state));
			}
		}
		return lines.isEmpty() ? t.get("conv.status.nothingWaiting") : String.join("\n", lines);
	}

	/**
	 * "overdue 2 working days" past {@code due}, counted as 我的待办 counts it (newcomer 22,
	 * finding 15: 进度 said only 已逾期); "" until then.
	 */
	private String late(Texts t, LocalDate due, LocalDate today) {
		return today.isAfter(due) ? t.get("conv.todo.late", calendar.workingDaysBetween(due, today)) : "";
	}

	private static int followUpOrder(FollowUpStep step) {
		return step == null ? 0 : step.itemSeq() * 10_000 + step.seq();
	}

	private String date(java.time.Instant at) {
		return LocalDate.ofInstant(at, time.zone()).toString();
	}

	/**
	 * The whole checklist; a reviewer in joint review also gets a card to approve or
	 * return it.
	 */
	Answer list(Turn turn) {
		Handover handover = turn.handover();
		long h = handover.id();
		Texts t = turn.texts();
		Answer answer = Answer.say(
				t.get("conv.list.head", line(t, handover)) + "\n\n"
						+ ItemLines.checklist(t, checklists.sections(h), checklists.items(h), notes.of(handover, t),
								notes.firstRecorded(handover))
						+ ItemLines.withdrawn(t, checklists.withdrawnItems(h)),
				turn.dialog());
		if (handover.state() == HandoverState.IN_REVIEW
				&& turn.actor().holds(Role.REVIEWER, null, handover.unitPath())) {
			answer = answer.and(new OutboundMessage.Card(Cards.id("review", h, 0), t.get("conv.review.cardTitle"),
					t.get("conv.review.cardBody"),
					List.of(new OutboundMessage.Button(t.get("conv.button.approve"), Cards.action("approve", h, 0)),
							new OutboundMessage.Button(t.get("conv.button.return"), Cards.action("return", h, 0))),
					// sent right after the checklist: its text asks for no other 清单 (#13,
					// newcomer 4: 20)
					t.get("conv.review.cardFallback")));
		}
		return answer;
	}

	String line(Texts t, Handover h) {
		return Titles.line(t, handovers.brief(h.id()));
	}

}
