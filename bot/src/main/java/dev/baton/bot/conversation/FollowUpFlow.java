package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.baton.bot.calendar.CalendarCoverage;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.Quantity;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.conversation.grammar.HolidaySaid;
import dev.baton.bot.conversation.grammar.StepWords;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.PlanStep;
import dev.baton.bot.followup.Progress;
import org.springframework.stereotype.Component;
import dev.baton.bot.conversation.grammar.CommandParser;

/**
 * The successor's plan for an unfinished item, given in one message ("计划 4 2026-12-31
 * 完成验收；2027-01-29 结清工程款": one step per part, each with its date), and progress on the
 * steps. A step is named the same everywhere, by its item and its place in the item's
 * plan: "4.2" is item 4's second step, in the plan reply, in 进展 and in reminders, and "进展
 * 4.2 已完成 …" reads it back. "进展 1 …" with one number is taken only when exactly one open
 * step fits it (item 1's only open step, or the one step 1 there is); otherwise Baton
 * asks which, listing them, and records nothing. A date in a year whose holiday notice is
 * not loaded is said to be unchecked where it is set.
 */
@Component
class FollowUpFlow {

	private final FollowUpService followUp;

	private final Checklists checklists;

	private final Disputes disputes;

	private final CalendarCoverage calendar;

	private final BiFunction<String, LocalDate, Command> parse;

	private final HolidayEves eves;

	private final NextStep next;

	private final LiveCards cards;

	FollowUpFlow(FollowUpService followUp, Checklists checklists, Disputes disputes, CalendarCoverage calendar,
			CommandParser parser, LiveCards cards, NextStep next) {
		this.cards = cards;
		this.next = next;
		this.eves = new HolidayEves(calendar);
		this.followUp = followUp;
		this.checklists = checklists;
		this.disputes = disputes;
		this.calendar = calendar;
		this.parse = parser::parse;
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
		Answer otherItem = nameMismatch(turn, command);
		if (otherItem != null) {
			return otherItem;
		}
		List<PlanStep> steps = new ArrayList<>();
		String rest = command.value() == null ? "" : command.value();
		List<String> parts = parts(rest, today).stream().filter(p -> !p.isBlank()).toList();
		// a step said as a verb alone takes what it is about only when it is the whole
		// plan
		// (印刷费：明年1月15日前付清 → 印刷费付清); among several steps the words naming the item
		// stay out of them, as said (第3项运维费：12月底前跟信达把账对清；明年1月29日前付清 → 付清,
		// newcomer 24, finding 14)
		String subject = parts.size() == 1 ? subject(turn, command) : null;
		for (String part : parts) {
			Command step = parse.apply("计划 " + command.number() + " " + part.strip(), today);
			String words = step.text() == null ? part.strip() : step.text();
			LocalDate due = step.date();
			if (due == null) {
				// "春节前把工程款付清" (#12, newcomer 6, finding 13): the holiday's eve from the
				// loaded notice, or said why not
				HolidaySaid eve = HolidaySaid.in(part.strip(), today);
				if (eve == null) {
					// the plan is kept: a reply with the day records it (newcomer 24,
					// finding
					// 13)
					return turn.say(asking(turn, command, part.strip(), part.strip()), "conv.plan.stepUndated",
							command.number(), part.strip());
				}
				words = part.strip().replace(eve.words(), "").replaceFirst("^[\\s,，:：]+", "").strip();
				due = eves.day(eve, today);
				if (due == null) {
					int year = eve.year() != null ? eve.year() : today.getYear() + 1;
					return turn.say(asking(turn, command, part.strip(), words), "conv.plan.eveUnknown",
							command.number(), part.strip(), eve.words(), String.valueOf(year), eve.name(), words);
				}
			}
			steps.add(new PlanStep(StepSubject.with(turn.asWritten(words), subject), due));
		}
		if (steps.isEmpty() && command.date() != null) {
			steps.add(new PlanStep(turn.asWritten(rest), command.date()));
		}
		List<LocalDate> earlier = followUp.steps(h).stream().map(FollowUpStep::dueOn).toList();
		List<FollowUpStep> planned = followUp.submitPlan(turn.actor(), h, command.number(), steps);
		// the example of a progress report is in the first step's own words (#12,
		// newcomer 6, finding 15)
		String reply = turn.texts()
			.get("conv.plan.done", command.number(), lines(turn, planned, List.of()), planned.get(0).label(),
					example(planned.get(0).description()));
		return Answer.say(reply + restDays(turn, planned)
				+ unchecked(turn, planned.stream().map(FollowUpStep::dueOn).toList(), earlier), turn.dialog());
	}

	/**
	 * The plan refused for {@code step}, whose day could not be read, kept with the
	 * question: the whole message as written, the step and its words as written.
	 */
	private static DialogState asking(Turn turn, Command command, String step, String words) {
		String plan = turn.written() != null ? turn.written() : command.raw();
		String stepWritten = turn.asWritten(step);
		if (plan == null || stepWritten == null || !plan.contains(stepWritten)) {
			return turn.dialog();
		}
		return turn.dialog()
			.askingDate(command.number(), new DialogState.UndatedStep(plan, stepWritten, turn.asWritten(words)));
	}

	/**
	 * The answer to a plan refused for one step's day (newcomer 24, finding 13:
	 * "那就明年1月29日前付清" after "明年春节前付清" could not be read): a reply with a day, with or
	 * without 那就 / 改成 and with or without the step's words, is that step; the whole plan
	 * is then read again and recorded. Null when the reply gives no day, or is a message
	 * of its own (one naming an item, such as the plan said again): the question lapses.
	 */
	Answer stepDated(Turn turn, Command c, LocalDate today) {
		DialogState.UndatedStep asked = turn.dialog().undated();
		Turn answered = turn.withDialog(turn.dialog().answered());
		if (c.intent() == Intent.CANCEL && !c.hasNumber() && !c.hasText()) {
			return answered.say("conv.pending.dropped");
		}
		Integer seq = turn.dialog().item();
		String typed = turn.written() != null ? turn.written() : c.raw();
		if (asked == null || seq == null || typed == null || c.hasNumber()) {
			return null;
		}
		String said = ANSWER_TAIL.matcher(ANSWER_LEAD.matcher(typed.strip()).replaceFirst("")).replaceFirst("").strip();
		if (said.isEmpty()) {
			return null;
		}
		Command step = parse.apply("计划 " + seq + " " + said, today);
		HolidaySaid eve = step.date() == null ? HolidaySaid.in(said, today) : null;
		if (step.date() == null && eve == null) {
			return null;
		}
		String normalized = dev.baton.bot.conversation.grammar.AsWritten.normalized(said).strip();
		boolean dayOnly = step.date() != null
				? step.text() == null || step.text().isBlank() || step.text().strip().equals(normalized)
				: eve.words().equals(normalized);
		String replaced = dayOnly ? said + " " + asked.words() : said;
		String plan = asked.plan()
			.replaceFirst(Pattern.quote(asked.step()), Matcher.quoteReplacement(replaced.strip()));
		Command again = parse.apply(plan, today);
		if (again.intent() != Intent.PLAN || !seq.equals(again.number())) {
			return null;
		}
		return plan(new Turn(turn.actor(), turn.handover(), answered.dialog(), turn.texts(), plan), again, today);
	}

	/** What may come before the day in a short answer: 那就, 就, 改成, 那改为… */
	private static final Pattern ANSWER_LEAD = Pattern
		.compile("^(?:那么|那)?\\s*(?:就)?\\s*(?:改成|改为|改到|定在|定为|写成)?\\s*[,，:：]?\\s*");

	/** What may end a short answer: 吧, 就行, punctuation. */
	private static final Pattern ANSWER_TAIL = Pattern
		.compile("[\\s,，。.!！~～]*(?:吧|好了|就行了?|就可以了?|可以吗|行吗)?[\\s,，。.!！~～]*$");

	/**
	 * "第1项护岸工程：2027年3月31日前…": the words before the steps name the item, and when they
	 * name another item than the number the plan is not recorded (a plan on the wrong
	 * item is worse than none); the reply names the item numbered so, and the unfinished
	 * item the words name when there is exactly one. Null when they fit, or there are
	 * none (计划 3 …).
	 */
	/**
	 * What the plan's steps are about: the words naming the item before the steps
	 * (第10项印刷费：… → 印刷费), else the item's title.
	 */
	private String subject(Turn turn, Command command) {
		Matcher m = NAMED.matcher(command.raw() == null ? "" : command.raw());
		return m.find() ? m.group(1).strip() : checklists.item(turn.handover().id(), command.number()).title();
	}

	private Answer nameMismatch(Turn turn, Command command) {
		Matcher m = NAMED.matcher(command.raw() == null ? "" : command.raw());
		if (!m.find()) {
			return null;
		}
		String named = m.group(1).strip();
		Item item = checklists.item(turn.handover().id(), command.number());
		if (StepWords.names(named, item.title()) || StepWords.names(named, item.said())) {
			return null;
		}
		String reply = turn.texts().get("conv.plan.nameMismatch", item.seq(), item.title(), named);
		List<Item> meant = checklists.items(turn.handover().id())
			.stream()
			.filter(Item::unfinished)
			.filter(i -> StepWords.names(named, i.title()) || StepWords.names(named, i.said()))
			.toList();
		if (meant.size() == 1) {
			reply = reply + turn.texts().get("conv.plan.nameMeant", named, meant.get(0).seq(), meant.get(0).title());
		}
		return Answer.say(reply, turn.dialog());
	}

	/**
	 * A plan said without 计划: the item, a few words naming it, a separator, then the
	 * steps.
	 */
	private static final Pattern NAMED = Pattern.compile("^\\s*(?:关于)?\\s*第\\s*(?:[0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})"
			+ "\\s*(?:项|条)\\s*([^0-9,，:：;；。、\\s][^0-9,，:：;；。、]{0,19}?)\\s*[,，:：;；。]");

	/**
	 * The steps of a plan as written: parts between "；" (or lines); without either, parts
	 * between commas where each part has a date of its own
	 * ("2027年3月31日前完成系统联调，6月30日前组织验收": two steps). A comma inside a step without a date
	 * of its own stays in that step.
	 */
	private List<String> parts(String rest, LocalDate today) {
		if (rest.matches("(?s).*[；;\\n].*")) {
			return List.of(rest.split("[；;\\n]"));
		}
		List<String> out = new ArrayList<>();
		for (String piece : rest.split("[，,]")) {
			HolidaySaid eve = HolidaySaid.in(piece.strip(), today);
			boolean dated = parse.apply("计划 1 " + piece.strip(), today).date() != null
					|| eve != null && piece.strip().startsWith(eve.words());
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
		if (item == null && command.value() != null) {
			// "护岸砌筑那一步已经干完了": the step named by its words
			// the card quotes the whole sentence, not the words that named the step (#12,
			// newcomer 16, finding 8)
			Answer named = inWords(turn, steps, command.value(), said(command), command.text(), command.finished());
			return named != null ? named : turn.say("conv.progress.noStepNamed", command.value(),
					lines(turn, steps.stream().filter(FollowUpStep::open).toList(), List.of()));
		}
		if (item == null) {
			return overview(turn, steps);
		}
		// "第1步已经办完了" (#12, newcomer 14): the first step of an item, never item 1's
		// other steps
		boolean stepOnly = step == null && command.raw() != null && STEP_ONLY.matcher(command.raw()).lookingAt();
		java.util.function.Predicate<FollowUpStep> fitting = s -> stepOnly ? s.seq() == item
				: s.itemSeq() == item || s.seq() == item;
		List<FollowUpStep> fits = step != null
				? steps.stream().filter(s -> s.itemSeq() == item && s.seq() == step).toList()
				: steps.stream().filter(FollowUpStep::open).filter(fitting).toList();
		String named = step != null ? FollowUpStep.label(item, step)
				: stepOnly ? turn.texts().get("conv.progress.stepOnly", item) : item.toString();
		if (fits.isEmpty() && step == null) {
			// "进展 1" about a step that is done already: said so, not that there is none
			List<FollowUpStep> done = steps.stream().filter(fitting).toList();
			fits = done.size() == 1 ? done : fits;
		}
		if (fits.isEmpty()) {
			return turn.say("conv.progress.noSuchStep", named, lines(turn, steps, List.of()));
		}
		if (fits.size() > 1) {
			// "进展 1" when item 1 has a step and some item has a step 1: ask, record
			// nothing
			return turn.say("conv.progress.which", named, fits.get(0).label(), lines(turn, fits, List.of()));
		}
		FollowUpStep target = fits.get(0);
		if (!target.open()) {
			// "不对，2.1还没完成，只完成了八成": the step recorded as done is not; reopened with these
			// words (#12 newcomer 3)
			String said = command.hasText() ? turn.asWritten(command.text()) : null;
			if (said != null && StepWords.notDone(command.text())) {
				followUp.reopen(turn.actor(), turn.handover().id(), target.id(), said);
				return next.after(turn, turn.say("conv.progress.reopened", target.label(), target.itemSeq(),
						target.seq(), target.description(), said));
			}
			return turn.say("conv.progress.stepDone", target.label());
		}
		// "进展 4.2 已完成" with nothing more is a note of its own
		String note = command.hasText() ? command.text()
				: command.finished() ? turn.texts().get("conv.progress.doneNote") : null;
		if (note == null) {
			return turn.say("conv.progress.noteNeeded", target.label());
		}
		return report(turn, target, note, command.finished());
	}

	/** "第1步…", "进展 第2步…": a step's place in its item, no item named. */
	private static final Pattern STEP_ONLY = Pattern
		.compile("^\\s*(?:进展\\s*)?第\\s*(?:[0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})\\s*步");

	private Answer report(Turn turn, FollowUpStep target, String note, boolean finished) {
		followUp.reportProgress(turn.actor(), turn.handover().id(), target.id(), turn.asWritten(note), null, finished);
		return turn.say(finished ? "conv.progress.completed" : "conv.progress.noted", target.label(), target.itemSeq(),
				target.seq(), target.description());
	}

	/**
	 * Progress said with the words of a step instead of its number (#12, newcomers 2 and
	 * 3): recorded on the open step the words name (its own words win outright; see
	 * {@link StepChoice}); when they could be several, Baton asks which with a button
	 * each (the note kept with the card) and records nothing; null when they name none.
	 */
	Answer inWords(Turn turn, String words, String note, boolean finished) {
		List<FollowUpStep> steps = followUp.steps(turn.handover().id());
		return steps.isEmpty() ? null : inWords(turn, steps, words, words, note, finished);
	}

	/** The person's sentence as typed, for a question quoting it. */
	private static String said(Command command) {
		return command.raw() == null || command.raw().isBlank() ? command.value() : command.raw().strip();
	}

	private Answer inWords(Turn turn, List<FollowUpStep> steps, String words, String said, String note,
			boolean finished) {
		List<FollowUpStep> open = steps.stream().filter(FollowUpStep::open).toList();
		List<FollowUpStep> done = steps.stream().filter(s -> !s.open()).toList();
		// "第2项的合同已经签了": only that item's steps; if its words name none of them, they are
		// asked about
		List<Integer> items = ReturnComments.named(words);
		if (items.size() == 1) {
			open = open.stream().filter(s -> s.itemSeq() == items.get(0)).toList();
		}
		StepChoice.Choice choice = StepChoice.of(open, done, words);
		if (choice.clear()) {
			// 「补偿协议今天和村民签了」: the step's own verb with 了 is a done report (newcomer 18)
			FollowUpStep step = choice.steps().get(0);
			return report(turn, step, note, finished || StepVerbDone.said(step.description(), words));
		}
		if (!choice.steps().isEmpty()) {
			// unsure which: asked with the done card when the words say every step's verb
			// done
			boolean verbDone = choice.steps().stream().allMatch(s -> StepVerbDone.said(s.description(), words));
			return ask(turn, choice.steps(), said, note, finished || verbDone);
		}
		// the item's steps, when the words name the item but none of its steps
		return items.size() == 1 && !open.isEmpty() ? ask(turn, open, said, note, finished) : null;
	}

	/**
	 * "是哪一步的进展？" with a button per step (the note kept with the card): nothing is
	 * recorded until one is pressed.
	 */
	private Answer ask(Turn turn, List<FollowUpStep> fits, String words, String note, boolean finished) {
		Texts t = turn.texts();
		// one step that may be meant is asked as one (#12, newcomer 6, finding 15), not
		// as "one of these"
		// said done (#12, newcomer 14, finding 2): the card says so, and the step chosen
		// is
		// recorded as done
		String key = fits.size() == 1 ? "conv.progress.whichByWordsOne" : "conv.progress.whichByWords";
		String question = t.get(finished ? key + "Done" : key, words, lines(turn, fits, List.of()));
		if (fits.size() > 5) { // a card holds six buttons: the steps are listed, the
								// person writes the number
			return Answer.say(question + "\n" + t.get("conv.progress.whichFallback", fits.get(0).label()),
					turn.dialog());
		}
		long h = turn.handover().id();
		List<OutboundMessage.Button> buttons = new ArrayList<>();
		for (FollowUpStep s : fits) {
			buttons
				.add(new OutboundMessage.Button(t.get("conv.progress.whichButton", s.label(), shortly(s.description())),
						Cards.action("prog", h, s.itemSeq(), s.seq())));
		}
		buttons.add(new OutboundMessage.Button(t.get("conv.progress.noneOfThem"), Cards.action("no", h, 0)));
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id("step", h, 0),
				t.get(finished ? "conv.progress.whichTitleDone" : "conv.progress.whichTitle"), question, buttons,
				question + "\n" + t.get("conv.progress.whichFallback", fits.get(0).label()));
		// kept as written: the step pressed stores the note as typing it would (#12)
		ProgressNote kept = ProgressNote.of(turn.asWritten(note), finished);
		// one step proposed: a typed yes (是的) chooses it, as its button does (#12,
		// newcomer 16, finding 6)
		DialogState next = fits.size() == 1
				? turn.dialog()
					.proposing(Intent.PROGRESS, fits.get(0).itemSeq(), ProgressNote.proposing(fits.get(0).seq(), kept))
				: turn.dialog();
		return Answer.proposing(card, kept.kept(), next);
	}

	/**
	 * 撤销 by the successor once archived (#12 newcomer 3): the progress report their last
	 * message recorded is taken back (a step it completed is open again); the words said
	 * stay in the audit log and the organizer is told. When their last message recorded
	 * none (#12, newcomer 8, finding 7: Baton asked which step it was), nothing older is
	 * taken back: Baton says so, and the question it asked is dropped (its card shows
	 * that, a press does nothing).
	 */
	Answer undo(Turn turn) {
		long h = turn.handover().id();
		Long last = turn.dialog().reported();
		FollowUpService.Withdrawn done = last == null ? null : followUp.withdraw(turn.actor(), h, last);
		if (done == null) {
			String hint = turn.texts().get("conv.hint." + turn.handover().state() + ".successor");
			boolean asked = cards.openItems(h, "step").contains(0);
			if (asked) {
				cards.answered(h, "step", 0, turn.texts().get("conv.progress.questionDropped"));
			}
			long by = turn.actor().officialId() == null ? 0 : turn.actor().officialId();
			boolean anyStanding = followUp.progress(h).stream().anyMatch(p -> p.reportedBy() == by);
			String key = asked ? "conv.progress.nothingLastAsked"
					: anyStanding ? "conv.progress.nothingLast" : "conv.progress.nothingToWithdraw";
			return Answer.say(turn.texts().get(key, hint), turn.dialog().answered());
		}
		FollowUpStep s = done.step();
		// what comes next, as after every reply that ends a flow (newcomer 20a, finding
		// 14)
		return next.after(turn, turn.say(done.reopened() ? "conv.progress.withdrawnDone" : "conv.progress.withdrawn",
				s.label(), s.itemSeq(), s.seq(), s.description(), done.progress().note()));
	}

	/**
	 * "步骤3.1的期限改成12月18日" / "3.1改到12月18日" / "步骤3.1改为：…" (#12 newcomer 3): the step of the
	 * successor's plan changed, with what it was; a day on a weekend or in a year whose
	 * holidays are not loaded is said as in a plan.
	 */
	Answer editStep(Turn turn, Command command) {
		long h = turn.handover().id();
		List<FollowUpStep> steps = followUp.steps(h);
		String label = FollowUpStep.label(command.number(), command.step());
		FollowUpStep target = steps.stream().filter(s -> s.label().equals(label)).findFirst().orElse(null);
		if (target == null) {
			return steps.isEmpty() ? turn.say("conv.progress.noPlan")
					: turn.say("conv.plan.noSuchStepToChange", label, lines(turn, steps, List.of()));
		}
		boolean due = command.field() == dev.baton.bot.conversation.grammar.EditField.DEADLINE;
		if (due && command.date() == null) {
			return turn.say("conv.plan.changeHow", label);
		}
		if (due ? command.date().equals(target.dueOn()) : target.description().equals(command.text())) {
			// nothing would change: said so, nothing recorded and nobody told
			return turn.say("conv.plan.stepUnchanged", label, target.description(), target.dueOn().toString());
		}
		List<LocalDate> earlier = steps.stream().filter(s -> s.id() != target.id()).map(FollowUpStep::dueOn).toList();
		FollowUpStep changed = followUp.changeStep(turn.actor(), h, target.id(), due ? command.date() : null,
				due ? null : turn.asWritten(command.text()));
		String reply = due
				? turn.texts()
					.get("conv.plan.dueChanged", changed.label(), changed.itemSeq(), changed.seq(),
							changed.description(), target.dueOn().toString(), changed.dueOn().toString())
				: turn.texts()
					.get("conv.plan.stepReworded", changed.label(), changed.itemSeq(), changed.seq(),
							target.description(), changed.description(), changed.dueOn().toString());
		return next.after(turn,
				Answer.say(due
						? reply + restDays(turn, List.of(changed)) + unchecked(turn, List.of(changed.dueOn()), earlier)
						: reply, turn.dialog()));
	}

	/** A step's words on a button: the first twelve characters. */
	/**
	 * The step's words in the plan reply's example of a progress report: whole up to 24
	 * characters, else cut at the last clause boundary within them, never mid-word
	 * (newcomer 16, finding 13: 「入党手…」); whole when there is no boundary.
	 */
	static String example(String description) {
		// words in Latin letters are longer than characters (newcomer 20a, finding 13:
		// "finish the remaining 12…" cut "12 km"); a space in them ends a word, no clause
		boolean latin = description.chars()
			.filter(c -> c < 128 && Character.isLetter(c))
			.count() > description.codePoints().filter(Character::isIdeographic).count();
		int limit = latin ? 60 : 24;
		if (description.codePointCount(0, description.length()) <= limit) {
			return description;
		}
		String head = description.substring(0, description.offsetByCodePoints(0, limit));
		String boundaries = latin ? "，、；：,;:" : "，、；：,;: ";
		int cut = -1;
		for (int i = head.length() - 1; i > 0; i--) {
			if (boundaries.indexOf(head.charAt(i)) >= 0) {
				cut = i;
				break;
			}
		}
		return cut < 0 ? description : head.substring(0, cut) + "…";
	}

	private static String shortly(String description) {
		return description.codePointCount(0, description.length()) <= 12 ? description
				: description.substring(0, description.offsetByCodePoints(0, 12)) + "…";
	}

	/**
	 * Every step with its label, due day and latest progress; the successor is told how
	 * to report.
	 */
	private Answer overview(Turn turn, List<FollowUpStep> steps) {
		String all = lines(turn, steps, followUp.progress(turn.handover().id()));
		FollowUpStep first = steps.stream().filter(FollowUpStep::open).findFirst().orElse(steps.get(0));
		// the successor reads the same plan as anyone, then how to report on it (not as a
		// question they got wrong)
		return turn.successor() ? turn.say("conv.progress.listHow", all, first.label())
				: turn.say("conv.progress.list", all);
	}

	private static String lines(Turn turn, List<FollowUpStep> steps, List<Progress> progress) {
		Map<Long, Progress> latest = progress.stream()
			.collect(Collectors.toMap(Progress::stepId, p -> p, (a, b) -> b.id() > a.id() ? b : a));
		List<String> out = new ArrayList<>();
		for (FollowUpStep s : steps) {
			String line = turn.texts()
				.get(s.open() ? "conv.plan.step" : "conv.plan.stepDone", s.label(), s.itemSeq(), s.seq(),
						s.description(), s.dueOn() == null ? "" : s.dueOn().toString());
			Progress last = latest.get(s.id());
			if (last != null) {
				line = line + turn.texts().get("conv.plan.stepLatest", last.note());
			}
			out.add(line);
		}
		return String.join("\n", out);
	}

	/**
	 * The item's amount or quantity as it stands, with the departing side's statement
	 * where audit corrected it.
	 */
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
					: correction.originalQuantity() == null ? t.get("conv.item.noQuantity") : Quantity
						.format(correction.originalQuantity(), correction.originalQuantityUnit(), t.english());
			return t.get("conv.plan.openItemCorrected", value, stated);
		}
		return value == null ? "" : t.get("conv.plan.openItemAmount", value);
	}

	/**
	 * A step due on a Saturday, a Sunday or a public holiday is said so where it is set.
	 */
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
	 * A due day in a year without a holiday notice cannot be checked: said where it is
	 * set, in full the first time the successor sets a day in that year, briefly after
	 * that (earlier steps already fell in it).
	 */
	private String unchecked(Turn turn, List<LocalDate> days, List<LocalDate> earlier) {
		List<Integer> years = calendar.unloadedYears(days);
		if (years.isEmpty()) {
			return "";
		}
		boolean toldBefore = years.stream()
			.allMatch(y -> earlier.stream().anyMatch(d -> d != null && d.getYear() == y));
		String dates = turn.texts()
			.list(days.stream()
				.filter(d -> d != null && years.contains(d.getYear()))
				.map(LocalDate::toString)
				.distinct()
				.toList());
		String listed = turn.texts().list(years);
		if (toldBefore) {
			return "\n" + turn.texts().get("conv.plan.calendarStillUnloaded", listed, dates);
		}
		// who loads the year: the successor, when asked to (newcomer 25, finding 15)
		String whoLoads = turn.texts().get(CalendarCoverage.whoLoads(calendar.asksToLoad(turn.actor().officialId())));
		return "\n" + turn.texts().get("conv.plan.calendarUnloaded", listed, dates, whoLoads);
	}

}
