package dev.baton.bot.web;

import java.net.URI;
import java.util.List;

import dev.baton.bot.access.Actor;
import dev.baton.bot.handover.DeadlineExtensions;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverFilter;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.SuccessorChanges;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organizer's REST API for handovers: open, list and filter, view one in full,
 * cancel, change the successor, extend a deadline. Who may do what is the domain's
 * decision ({@link HandoverService}); this class only translates HTTP.
 */
@RestController
@RequestMapping("/api/handovers")
class HandoverController {

	private final HandoverService handovers;

	private final HandoverViews views;

	private final SuccessorChanges successors;

	private final DeadlineExtensions extensions;

	HandoverController(HandoverService handovers, HandoverViews views, SuccessorChanges successors,
			DeadlineExtensions extensions) {
		this.handovers = handovers;
		this.views = views;
		this.successors = successors;
		this.extensions = extensions;
	}

	@PostMapping
	ResponseEntity<HandoverSummary> open(Actor actor, @Valid @RequestBody OpenHandoverBody body) {
		Handover opened = handovers.open(actor, body.toRequest());
		return ResponseEntity.created(URI.create("/api/handovers/" + opened.id())).body(views.summary(actor, opened));
	}

	/**
	 * The handovers the caller may see, newest first, a page at a time ({@code limit},
	 * default 100, at most 500; the next page is {@code before=<last id>}).
	 * {@code unitId} includes the units below it; {@code overdue=true} keeps those with a
	 * waiting step past its due day, {@code overdue=false} those without.
	 */
	@GetMapping
	List<HandoverSummary> list(Actor actor, @RequestParam(required = false) HandoverState state,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "100") @Min(1) @Max(HandoverFilter.MAX_LIMIT) int limit) {
		HandoverFilter filter = new HandoverFilter(state, unitId, overdue, before, limit);
		return views.summaries(actor, handovers.list(actor, filter));
	}

	@GetMapping("/{id}")
	HandoverView view(Actor actor, @PathVariable long id) {
		return views.view(actor, handovers.get(actor, id));
	}

	@PostMapping("/{id}/cancel")
	HandoverSummary cancel(Actor actor, @PathVariable long id, @Valid @RequestBody CancelBody body) {
		return views.summary(actor, handovers.cancel(actor, id, body.reason()));
	}

	/**
	 * 更换接任人: another successor before sign-off; the old and the new are told. One who
	 * reviews the handover for a department only with {@code confirmConflict: true}.
	 */
	@PostMapping("/{id}/successor")
	HandoverSummary changeSuccessor(Actor actor, @PathVariable long id, @Valid @RequestBody ChangeSuccessorBody body) {
		return views.summary(actor, successors.change(actor, id, body.successorId(), body.reason(),
				Boolean.TRUE.equals(body.confirmConflict())));
	}

	/**
	 * 延期: the deadline of the stage the handover is in, later, within its policy's cap.
	 */
	@PostMapping("/{id}/extend")
	HandoverSummary extend(Actor actor, @PathVariable long id, @Valid @RequestBody ExtendBody body) {
		return views.summary(actor, extensions.extend(actor, id, body.toRequest(), body.reason()).handover());
	}

}
