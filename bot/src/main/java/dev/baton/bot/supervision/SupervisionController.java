package dev.baton.bot.supervision;

import java.util.Map;

import dev.baton.bot.access.Actor;
import dev.baton.bot.console.dashboard.Dashboard;
import dev.baton.bot.console.dashboard.DashboardQuery;
import dev.baton.bot.console.dashboard.DashboardView;
import dev.baton.bot.console.dashboard.Grade;
import dev.baton.bot.console.record.HandoverRecord;
import dev.baton.bot.console.record.RecordView;
import dev.baton.bot.console.urge.UrgeBody;
import dev.baton.bot.console.urge.Urges;
import dev.baton.bot.discipline.DisciplineFlag;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.signoff.Publicity;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's data as JSON for bearer tokens (#17), checked by {@code Access} as the
 * pages are (here, not in the console's package, whose advice answers refusals with
 * pages; nor in web's, which the console builds on): the 督办 dashboard, one handover's
 * whole record, 催办 (urge a step now) and 公开 (publish an archived handover's summary
 * again).
 */
@RestController
class SupervisionController {

	private final Dashboard dashboard;

	private final HandoverRecord records;

	private final Urges urges;

	private final Publicity publicity;

	SupervisionController(Dashboard dashboard, HandoverRecord records, Urges urges, Publicity publicity) {
		this.dashboard = dashboard;
		this.records = records;
		this.urges = urges;
		this.publicity = publicity;
	}

	/** The dashboard of the caller's scopes; every filter optional. */
	@GetMapping("/api/console/dashboard")
	DashboardView dashboard(Actor actor, @RequestParam(required = false) HandoverState state,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) Grade grade,
			@RequestParam(required = false) DisciplineFlag flag, @RequestParam(required = false) String name) {
		return dashboard.view(actor, new DashboardQuery(state, unitId, grade, flag, name));
	}

	@GetMapping("/api/console/handovers/{id}")
	RecordView record(Actor actor, @PathVariable long id) {
		return records.view(actor, id);
	}

	/**
	 * 催办: 200 with who was told and when the step may be urged again; 429 (Retry-After)
	 * inside the interval.
	 */
	@PostMapping("/api/handovers/{id}/steps/{stepId}/urge")
	Urges.Urged urge(Actor actor, @PathVariable long id, @PathVariable long stepId,
			@Valid @RequestBody(required = false) UrgeBody body) {
		return urges.urge(actor, id, stepId, body == null ? null : body.note());
	}

	/**
	 * 公开: the public summary of an archived handover to its unit's groups again, as 公开交接
	 * N in chat.
	 */
	@PostMapping("/api/handovers/{id}/publish")
	ResponseEntity<Map<String, Object>> publish(Actor actor, @PathVariable long id) {
		publicity.publish(actor, id);
		return ResponseEntity.ok(Map.of("handoverId", id, "published", true));
	}

}
