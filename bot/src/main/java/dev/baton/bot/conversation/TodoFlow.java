package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.baton.bot.access.Subject;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenStep;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.calendar.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * 我的待办: across all the person's handovers, the open steps that wait on them (their own as
 * a party, their department's review or ruling, their signature), soonest due first, each
 * with its handover named, its due day, whether it is overdue, and what to send, preceded
 * by 切换 N when it is not the handover in focus.
 */
@Component
class TodoFlow {

	/** More than this many are counted, not listed. */
	static final int SHOWN = 30;

	private final HandoverService handovers;

	private final StepActors stepActors;

	private final Policies policies;

	private final TimeSource time;

	private final WorkCalendar calendar;

	TodoFlow(HandoverService handovers, StepActors stepActors, Policies policies, TimeSource time,
			WorkCalendar calendar) {
		this.handovers = handovers;
		this.stepActors = stepActors;
		this.policies = policies;
		this.time = time;
		this.calendar = calendar;
	}

	/**
	 * 我的待办 when a step waits on the person somewhere (newcomer 25, finding 8: said when
	 * words are not understood and nothing waits on them in the handover in focus); null
	 * when none does.
	 */
	Answer waiting(Turn turn) {
		return mine(turn).isEmpty() ? null : todo(turn);
	}

	/** The open steps that wait on the person, soonest due first. */
	private List<OpenStep> mine(Turn turn) {
		List<OpenStep> mine = new ArrayList<>();
		for (OpenStep s : handovers.openStepsFor(turn.actor(), 500)) {
			Subject subject = new Subject(s.unitPath(), s.departingId(), s.successorId());
			Department ruler = s.rulingPolicy() == null ? null : policies.parse(s.rulingPolicy()).disputeRuler();
			if (stepActors.acts(turn.actor(), s.kind(), s.subject(), subject, ruler)) {
				mine.add(s);
			}
		}
		return mine;
	}

	Answer todo(Turn turn) {
		Texts t = turn.texts();
		LocalDate today = time.today();
		Long current = turn.handover() == null ? null : turn.handover().id();
		List<String> lines = new ArrayList<>();
		Set<Long> owed = new HashSet<>();
		int mine = 0;
		for (OpenStep s : mine(turn)) {
			mine++;
			owed.add(s.stepId());
			if (lines.size() >= SHOWN) {
				continue;
			}
			String send = NextStep.send(t, s);
			String first = current != null && current == s.handoverId() ? ""
					: t.get("conv.todo.switchFirst", s.handoverId());
			lines.add(line(t, s, today, first + send));
		}
		List<String> escalated = escalated(turn, today, owed);
		if (mine == 0 && escalated.isEmpty()) {
			return turn.say("conv.todo.none");
		}
		String more = mine > lines.size() ? "\n" + t.get("conv.todo.more", mine - lines.size()) : "";
		if (escalated.isEmpty()) {
			return turn.say("conv.todo.list", mine, String.join("\n", lines) + more);
		}
		String watched = String.join("\n", escalated);
		if (mine == 0) {
			return turn.say("conv.todo.escalated", escalated.size(), watched);
		}
		return turn.say("conv.todo.listAndEscalated", mine, String.join("\n", lines) + more, escalated.size(), watched);
	}

	/**
	 * The steps an escalation told the person about (the organizer, a supervisor), not
	 * theirs to do, until done (newcomer 20b): each with how they can see it done.
	 */
	private List<String> escalated(Turn turn, LocalDate today, Set<Long> owed) {
		Texts t = turn.texts();
		List<String> lines = new ArrayList<>();
		for (OpenStep s : handovers.escalatedStepsFor(turn.actor(), SHOWN)) {
			if (owed.contains(s.stepId())) {
				continue;
			}
			boolean organizer = turn.actor().holds(Role.ORGANIZER, null, s.unitPath());
			lines.add(line(t, s, today, t
				.get(organizer ? "conv.todo.escalated.organizer" : "conv.todo.escalated.watcher", s.handoverId())));
		}
		return lines;
	}

	private String line(Texts t, OpenStep s, LocalDate today, String what) {
		String step = NextStep.what(t, s);
		// overdue in working days, as the dashboard, the record and the escalations count
		// it (newcomer 21, finding 16)
		String late = today.isAfter(s.dueOn()) ? t.get("conv.todo.late", calendar.workingDaysBetween(s.dueOn(), today))
				: "";
		return t.get("conv.todo.line",
				t.get("conv.handover.tag", s.handoverId(), s.unitName(), s.departingName(), s.successorName()), step,
				s.dueOn().toString(), late, what);
	}

}
