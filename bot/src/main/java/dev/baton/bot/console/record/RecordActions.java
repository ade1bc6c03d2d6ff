package dev.baton.bot.console.record;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.console.urge.Urges;
import dev.baton.bot.handover.DeadlineExtensions;
import dev.baton.bot.handover.ExtensionCount;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverReviewers;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.SuccessorChanges;
import dev.baton.bot.policy.DeadlineUnit;
import dev.baton.bot.policy.Period;
import dev.baton.bot.signoff.Publicity;
import dev.baton.bot.system.BatonException;
import dev.baton.bot.system.InvalidInputException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actions on one handover's page, each through the same service chat and the REST API
 * use (so the same checks, audit and notices): 催办, 延期, change the successor, cancel, 公开.
 * Each comes back to the record with what was done, or with the refusal in the reader's
 * language (nothing changed). Refusals of who may (403) and of what does not exist (404)
 * are pages of their own.
 */
@Controller
class RecordActions {

	private final Urges urges;

	private final DeadlineExtensions extensions;

	private final SuccessorChanges successors;

	private final HandoverService handovers;

	private final Publicity publicity;

	private final PageTexts texts;

	private final HandoverRecords records;

	private final HandoverReviewers reviewers;

	RecordActions(Urges urges, DeadlineExtensions extensions, SuccessorChanges successors, HandoverService handovers,
			Publicity publicity, PageTexts texts, HandoverRecords records, HandoverReviewers reviewers) {
		this.records = records;
		this.reviewers = reviewers;
		this.urges = urges;
		this.extensions = extensions;
		this.successors = successors;
		this.handovers = handovers;
		this.publicity = publicity;
		this.texts = texts;
	}

	@PostMapping("/console/handovers/{id}/steps/{stepId}/urge")
	String urge(Actor actor, @PathVariable long id, @PathVariable long stepId,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(id, redirect, "steps", () -> {
			Urges.Urged urged = urges.urge(actor, id, stepId, note);
			return texts.text("supervision.urge.done", urged.recipients().size(), texts.time(urged.nextAllowedAt()));
		});
	}

	/**
	 * 延期: by {@code days} in {@code unit}, or {@code until} a day (the one filled in),
	 * for a reason; of one open step ({@code stepId}: 签收, a plan step…) or, without one,
	 * of the stage's steps together.
	 */
	@PostMapping("/console/handovers/{id}/extend")
	String extend(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer days,
			@RequestParam(required = false) DeadlineUnit unit, @RequestParam(required = false) String until,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Long stepId,
			RedirectAttributes redirect) {
		String page = act(id, redirect, "actions", () -> {
			DeadlineExtensions.Request request;
			boolean byDays = days != null;
			boolean byDay = until != null && !until.isBlank();
			if (byDays && byDay) {
				// newcomer 20b: both filled, one was silently taken; which one was meant
				// is
				// the organizer's to say
				throw new InvalidInputException("supervision.extend.both", "give the days or the day, not both",
						String.valueOf(days), until.strip());
			}
			if (byDay) {
				try {
					request = new DeadlineExtensions.Request(null, LocalDate.parse(until.strip()));
				}
				catch (DateTimeParseException ex) {
					throw new InvalidInputException("supervision.extend.badDay", "not a day: " + until, until);
				}
			}
			else if (days != null && days >= 1 && days <= 366 && unit != null) {
				request = new DeadlineExtensions.Request(new Period(days, unit), null);
			}
			else {
				throw new InvalidInputException("supervision.extend.how", "say how many days or until which day");
			}
			if (stepId == null) {
				DeadlineExtensions.Extension done = extensions.extend(actor, id, request, reason);
				return texts.text("supervision.extend.done", done.moved().get(0).to()) + counted(request, done.moved());
			}
			List<DeadlineExtensions.Moved> done = extensions.extendStep(actor, id, stepId, request, reason).moved();
			DeadlineExtensions.Moved moved = done.get(0);
			return texts.text("supervision.extend.stepDone", texts.step(moved.kind(), moved.subject()), moved.to())
					+ counted(request, done);
		});
		if (redirect.getFlashAttributes().containsKey("refusal")) {
			// refused: the form comes back as it was typed, to correct rather than type
			// again
			redirect.addFlashAttribute("typed", new ExtendTyped(days, unit, until, reason, stepId));
		}
		return page;
	}

	/** How a period was counted (newcomer 22, finding 11); nothing for 延至 a day. */
	private String counted(DeadlineExtensions.Request request, List<DeadlineExtensions.Moved> moved) {
		MessageSourceResolvable count = ExtensionCount.of(request.by(), moved);
		return count == null ? "" : texts.text(count.getCodes()[0], count.getArguments());
	}

	/** A refused 延期 form's fields as they were typed. */
	public record ExtendTyped(Integer days, DeadlineUnit unit, String until, String reason, Long stepId) {
	}

	@PostMapping("/console/handovers/{id}/cancel")
	String cancel(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "actions", () -> {
			handovers.cancel(actor, id, reason);
			return texts.text("supervision.cancel.done");
		});
	}

	@PostMapping("/console/handovers/{id}/successor")
	String changeSuccessor(Actor actor, @PathVariable long id, @RequestParam(required = false) Long successorId,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String reviewsToo,
			RedirectAttributes redirect) {
		if ("another".equals(reviewsToo)) {
			// 另选接任人 on the warning (newcomer 20b): the form again, open, the reason as
			// typed and the successor to choose anew; nothing changes
			redirect.addFlashAttribute(dev.baton.bot.console.TypedForm.NAME,
					java.util.Map.of("_action", "/console/handovers/" + id + "/successor", "reason",
							reason == null ? "" : reason, "successorId", ""));
			return "redirect:/console/handovers/" + id + "#successor-id";
		}
		if (successorId != null && !"confirmed".equals(reviewsToo)) {
			// newcomer 15: the new successor reviews this handover for a department;
			// said,
			// and asked again, before anything changes
			Handover h = handovers.get(actor, id);
			records.require(actor, Action.CHANGE_SUCCESSOR, h);
			List<String> warning = reviewers.successorReviews(h, successorId)
				.stream()
				.map(c -> c.sayOnConsoleAsNewSuccessor(texts::text))
				.toList();
			if (!warning.isEmpty()) {
				redirect.addFlashAttribute("successorWarning", warning);
				redirect.addFlashAttribute("successorTyped", new SuccessorTyped(successorId, reason));
				return "redirect:/console/handovers/" + id + "#successor-action";
			}
		}
		return act(id, redirect, "actions", () -> {
			if (successorId == null) {
				throw new InvalidInputException("supervision.successor.choose", "choose the new successor");
			}
			return texts.text("supervision.successor.done",
					handovers
						.brief(successors.change(actor, id, successorId, reason, "confirmed".equals(reviewsToo)).id())
						.successorName());
		});
	}

	/** A change of successor waiting for 仍然更换: what was chosen and typed. */
	public record SuccessorTyped(long successorId, String reason) {
	}

	@PostMapping("/console/handovers/{id}/publish")
	String publish(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "actions", () -> {
			publicity.publish(actor, id);
			return texts.text("supervision.publish.done");
		});
	}

	private String act(long id, RedirectAttributes redirect, String anchor,
			java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("done", action.get());
		}
		catch (dev.baton.bot.access.NotPermittedException | dev.baton.bot.system.NotFoundException ex) {
			throw ex; // a page of its own
		}
		catch (BatonException ex) {
			redirect.addFlashAttribute("refusal", texts.refusal(ex));
			dev.baton.bot.console.TypedForm.keep(redirect);
		}
		return "redirect:/console/handovers/" + id + "#" + anchor;
	}

}
