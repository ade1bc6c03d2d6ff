package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.access.Subject;
import dev.baton.bot.directory.Department;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenStep;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.system.TimeSource;
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

	TodoFlow(HandoverService handovers, StepActors stepActors, Policies policies, TimeSource time) {
		this.handovers = handovers;
		this.stepActors = stepActors;
		this.policies = policies;
		this.time = time;
	}

	Answer todo(Turn turn) {
		Texts t = turn.texts();
		LocalDate today = time.today();
		Long current = turn.handover() == null ? null : turn.handover().id();
		List<String> lines = new ArrayList<>();
		int mine = 0;
		for (OpenStep s : handovers.openStepsFor(turn.actor(), 500)) {
			Subject subject = new Subject(s.unitPath(), s.departingId(), s.successorId());
			Department ruler = s.rulingPolicy() == null ? null : policies.parse(s.rulingPolicy()).disputeRuler();
			if (!stepActors.acts(turn.actor(), s.kind(), s.subject(), subject, ruler)) {
				continue;
			}
			mine++;
			if (lines.size() >= SHOWN) {
				continue;
			}
			String what = NextStep.what(t, s);
			String late = today.isAfter(s.dueOn())
					? t.get("conv.todo.late", today.toEpochDay() - s.dueOn().toEpochDay()) : "";
			String send = NextStep.send(t, s);
			String first = current != null && current == s.handoverId() ? ""
					: t.get("conv.todo.switchFirst", s.handoverId());
			lines.add(t.get("conv.todo.line",
					t.get("conv.handover.tag", s.handoverId(), s.unitName(), s.departingName(), s.successorName()),
					what, s.dueOn().toString(), late, first + send));
		}
		if (mine == 0) {
			return turn.say("conv.todo.none");
		}
		String more = mine > lines.size() ? "\n" + t.get("conv.todo.more", mine - lines.size()) : "";
		return turn.say("conv.todo.list", mine, String.join("\n", lines) + more);
	}

}
