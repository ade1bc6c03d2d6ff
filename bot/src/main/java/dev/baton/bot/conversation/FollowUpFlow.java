package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import dev.baton.bot.calendar.CalendarCoverage;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.Quantity;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.PlanStep;
import dev.baton.bot.followup.Progress;

/**
 * The successor's plan for an unfinished item, given in one message ("计划 4 2026-12-31 完成验收；2027-01-29 结清工程款":
 * one step per part, each with its date), and progress on the steps. A step is named the same everywhere, by its
 * item and its place in the item's plan: "4.2" is item 4's second step, in the plan reply, in 进展 and in reminders,
 * and "进展 4.2 已完成 …" reads it back. "进展 1 …" with one number is taken only when exactly one open step fits it
 * (item 1's only open step, or the one step 1 there is); otherwise Baton asks which, listing them, and records
 * nothing. A date in a year whose holiday notice is not loaded is said to be unchecked where it is set.
 */
class FollowUpFlow {

	private final FollowUpService followUp;

	private final Checklists checklists;

	private final Disputes disputes;

	private final CalendarCoverage calendar;

	private final BiFunction<String, LocalDate, Command> parse;

	FollowUpFlow(FollowUpService followUp, Checklists checklists, Disputes disputes, CalendarCoverage calendar,
			BiFunction<String, LocalDate, Command> parse) {
		this.followUp = followUp;
		this.checklists = checklists;
		this.disputes = disputes;
		this.calendar = calendar;
		this.parse = parse;
	}

	Answer plan(Turn turn, Command command, LocalDate today) {
		long h = turn.handover().id();
		if (command.number() == null) {
			List<FollowUpStep> planned = followUp.steps(h);
			List<Dispute> ruled = disputes.forHandover(h);
			List<Item> unplanned = checklists.items(h)
				.stream()
				.filter(Item::unfinished)
				.filter(i -> planned.stream().noneMatch(s -> s.itemSeq() == i.seq()))
				.toList();
			List<String> open = unplanned.stream()
				.map(i -> turn.texts().get("conv.plan.openItem", i.seq(), i.title(), amount(turn.texts(), i, ruled)))
				.toList();
			// the example names an item that really needs a plan
			return open.isEmpty() ? turn.say("conv.plan.nothingOpen")
					: turn.say("conv.plan.how", String.join("\n", open), unplanned.get(0).seq());
		}
		List<PlanStep> steps = new ArrayList<>();
		String rest = command.value() == null ? "" : command.value();
		for (String part : parts(rest, today)) {
			if (part.isBlank()) {
				continue;
			}
			Command step = parse.apply("计划 " + command.number() + " " + part.strip(), today);
			steps.add(new PlanStep(step.text() == null ? part.strip() : step.text(), step.date()));
		}
		if (steps.isEmpty() && command.date() != null) {
			steps.add(new PlanStep(rest, command.date()));
		}
		List<LocalDate> earlier = followUp.steps(h).stream().map(FollowUpStep::dueOn).toList();
		List<FollowUpStep> planned = followUp.submitPlan(turn.actor(), h, command.number(), steps);
		String reply = turn.texts().get("conv.plan.done", command.number(), lines(turn, planned, List.of()),
				planned.get(0).label());
		return Answer.say(reply + restDays(turn, planned)
				+ unchecked(turn, planned.stream().map(FollowUpStep::dueOn).toList(), earlier), turn.dialog());
	}

	/**
	 * The steps of a plan as written: parts between "；" (or lines); without either, parts between commas where each
	 * part has a date of its own ("2027年3月31日前完成系统联调，6月30日前组织验收": two steps). A comma inside a step
	 * without a date of its own stays in that step.
	 */
	private List<String> parts(String rest, LocalDate today) {
		if (rest.matches("(?s).*[；;\\n].*")) {
			return List.of(rest.split("[；;\\n]"));
		}
		List<String> out = new ArrayList<>();
		for (String piece : rest.split("[，,]")) {
			boolean dated = parse.apply("计划 1 " + piece.strip(), today).date() != null;
			if (dated || out.isEmpty()) {
				out.add(piece);
			}
			else {
				out.set(out.size() - 1, out.get(out.size() - 1) + "，" + piece);
			}
		}
		return out;
	}

	Answer progress(Turn turn, Command command) {
		long h = turn.handover().id();
		List<FollowUpStep> steps = followUp.steps(h);
		if (steps.isEmpty()) {
			return turn.say("conv.progress.noPlan");
		}
		Integer item = command.number();
		Integer step = command.step();
		if (item == null) {
			return overview(turn, steps);
		}
		List<FollowUpStep> fits = step != null
				? steps.stream().filter(s -> s.itemSeq() == item && s.seq() == step).toList()
				: steps.stream().filter(FollowUpStep::open).filter(s -> s.itemSeq() == item || s.seq() == item).toList();
		String named = step != null ? FollowUpStep.label(item, step) : item.toString();
		if (fits.isEmpty() && step == null) {
			// "进展 1" about a step that is done already: said so, not that there is none
			List<FollowUpStep> done = steps.stream().filter(s -> s.itemSeq() == item || s.seq() == item).toList();
			fits = done.size() == 1 ? done : fits;
		}
		if (fits.isEmpty()) {
			return turn.say("conv.progress.noSuchStep", named, lines(turn, steps, List.of()));
		}
		if (fits.size() > 1) {
			// "进展 1" when item 1 has a step and some item has a step 1: ask, record nothing
			return turn.say("conv.progress.which", named, fits.get(0).label(), lines(turn, fits, List.of()));
		}
		FollowUpStep target = fits.get(0);
		if (!target.open()) {
			return turn.say("conv.progress.stepDone", target.label());
		}
		// "进展 4.2 已完成" with nothing more is a note of its own
		String note = command.hasText() ? command.text()
				: command.finished() ? turn.texts().get("conv.progress.doneNote") : null;
		if (note == null) {
			return turn.say("conv.progress.noteNeeded", target.label());
		}
		followUp.reportProgress(turn.actor(), h, target.id(), note, null, command.finished());
		return turn.say(command.finished() ? "conv.progress.completed" : "conv.progress.noted", target.label(),
				target.itemSeq(), target.seq(), target.description());
	}

	/** Every step with its label, due day and latest progress; the successor is told how to report. */
	private Answer overview(Turn turn, List<FollowUpStep> steps) {
		String all = lines(turn, steps, followUp.progress(turn.handover().id()));
		FollowUpStep first = steps.stream().filter(FollowUpStep::open).findFirst().orElse(steps.get(0));
		// the successor reads the same plan as anyone, then how to report on it (not as a question they got wrong)
		return turn.successor() ? turn.say("conv.progress.listHow", all, first.label())
				: turn.say("conv.progress.list", all);
	}

	private static String lines(Turn turn, List<FollowUpStep> steps, List<Progress> progress) {
		Map<Long, Progress> latest = progress.stream()
			.collect(Collectors.toMap(Progress::stepId, p -> p, (a, b) -> b.id() > a.id() ? b : a));
		List<String> out = new ArrayList<>();
		for (FollowUpStep s : steps) {
			String line = turn.texts().get(s.open() ? "conv.plan.step" : "conv.plan.stepDone", s.label(), s.itemSeq(),
					s.seq(), s.description(), s.dueOn() == null ? "" : s.dueOn().toString());
			Progress last = latest.get(s.id());
			if (last != null) {
				line = line + turn.texts().get("conv.plan.stepLatest", last.note());
			}
			out.add(line);
		}
		return String.join("\n", out);
	}

	/** The item's amount or quantity as it stands, with the departing side's statement where audit corrected it. */
	private static String amount(Texts t, Item item, List<Dispute> ruled) {
		Dispute correction = ruled.stream()
			.filter(d -> d.itemId() == item.id() && (d.changedAmount() || d.changedQuantity()))
			.reduce((a, b) -> b)
			.orElse(null);
		String value = item.amount() != null ? ItemLines.money(t, item.amount(), item.currency())
				: item.quantity() != null ? Quantity.format(item.quantity(), item.quantityUnit(), t.english()) : null;
		if (correction != null && value != null) {
			String stated = correction.changedAmount()
					? correction.originalAmount() == null ? t.get("conv.item.noAmount")
							: ItemLines.money(t, correction.originalAmount(), correction.originalCurrency())
					: correction.originalQuantity() == null ? t.get("conv.item.noQuantity")
							: Quantity.format(correction.originalQuantity(), correction.originalQuantityUnit(), t.english());
			return t.get("conv.plan.openItemCorrected", value, stated);
		}
		return value == null ? "" : t.get("conv.plan.openItemAmount", value);
	}

	/** A step due on a Saturday, a Sunday or a public holiday is said so where it is set. */
	private String restDays(Turn turn, List<FollowUpStep> planned) {
		Texts t = turn.texts();
		StringBuilder out = new StringBuilder();
		for (FollowUpStep s : planned) {
			CalendarCoverage.RestDay rest = s.dueOn() == null ? null : calendar.restDay(s.dueOn());
			if (rest == null) {
				continue;
			}
			String why = rest.holiday() != null ? rest.holiday()
					: rest.fixedHoliday() != null ? t.get("conv.plan.holiday." + rest.fixedHoliday())
							: t.get("conv.plan.weekday." + rest.weekday().name());
			out.append("\n").append(t.get("conv.plan.restDay", s.label(), s.dueOn().toString(), why));
		}
		return out.toString();
	}

	/**
	 * A due day in a year without a holiday notice cannot be checked: said where it is set, in full the first time
	 * the successor sets a day in that year, briefly after that (earlier steps already fell in it).
	 */
	private String unchecked(Turn turn, List<LocalDate> days, List<LocalDate> earlier) {
		List<Integer> years = calendar.unloadedYears(days);
		if (years.isEmpty()) {
			return "";
		}
		boolean toldBefore = years.stream()
			.allMatch(y -> earlier.stream().anyMatch(d -> d != null && d.getYear() == y));
		String dates = days.stream()
			.filter(d -> d != null && years.contains(d.getYear()))
			.map(LocalDate::toString)
			.distinct()
			.collect(Collectors.joining("、"));
		String listed = years.stream().map(String::valueOf).collect(Collectors.joining("、"));
		return "\n" + turn.texts().get(toldBefore ? "conv.plan.calendarStillUnloaded" : "conv.plan.calendarUnloaded",
				listed, dates);
	}

}
