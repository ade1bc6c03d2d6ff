package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.PlanStep;

/**
 * The successor's plan for an unfinished item, given in one message ("计划 1 2026-12-31 完成验收；2027-01-29 结清工程款":
 * one step per part, each with its date), and progress on the steps, numbered 1, 2, … in the order they were
 * planned ("进展 2 已完成 工程款已结清").
 */
class FollowUpFlow {

	private final FollowUpService followUp;

	private final Checklists checklists;

	private final BiFunction<String, LocalDate, Command> parse;

	FollowUpFlow(FollowUpService followUp, Checklists checklists, BiFunction<String, LocalDate, Command> parse) {
		this.followUp = followUp;
		this.checklists = checklists;
		this.parse = parse;
	}

	Answer plan(Turn turn, Command command, LocalDate today) {
		long h = turn.handover().id();
		if (command.number() == null) {
			List<String> open = checklists.items(h)
				.stream()
				.filter(Item::unfinished)
				.filter(i -> followUp.steps(h).stream().noneMatch(s -> s.itemSeq() == i.seq()))
				.map(i -> turn.texts().get("conv.plan.openItem", i.seq(), i.title()))
				.toList();
			return open.isEmpty() ? turn.say("conv.plan.nothingOpen")
					: turn.say("conv.plan.how", String.join("\n", open));
		}
		List<PlanStep> steps = new ArrayList<>();
		String rest = command.value() == null ? "" : command.value();
		for (String part : rest.split("[；;\\n]")) {
			if (part.isBlank()) {
				continue;
			}
			Command step = parse.apply("计划 " + command.number() + " " + part.strip(), today);
			steps.add(new PlanStep(step.text() == null ? part.strip() : step.text(), step.date()));
		}
		if (steps.isEmpty() && command.date() != null) {
			steps.add(new PlanStep(rest, command.date()));
		}
		List<FollowUpStep> planned = followUp.submitPlan(turn.actor(), h, command.number(), steps);
		return turn.say("conv.plan.done", command.number(), lines(turn, planned));
	}

	Answer progress(Turn turn, Command command) {
		long h = turn.handover().id();
		List<FollowUpStep> steps = followUp.steps(h);
		if (command.number() == null || command.number() < 1 || command.number() > steps.size()) {
			return steps.isEmpty() ? turn.say("conv.progress.noPlan") : turn.say("conv.progress.how", lines(turn, steps));
		}
		FollowUpStep step = steps.get(command.number() - 1);
		followUp.reportProgress(turn.actor(), h, step.id(), command.text(), null, command.finished());
		return turn.say(command.finished() ? "conv.progress.completed" : "conv.progress.noted", command.number());
	}

	private static String lines(Turn turn, List<FollowUpStep> steps) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			FollowUpStep s = steps.get(i);
			out.add(turn.texts().get(s.completedAt() == null ? "conv.plan.step" : "conv.plan.stepDone", i + 1,
					s.itemSeq(), s.description(), s.dueOn() == null ? "" : s.dueOn().toString()));
		}
		return String.join("\n", out);
	}

}
