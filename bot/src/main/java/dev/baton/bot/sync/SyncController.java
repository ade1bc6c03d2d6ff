package dev.baton.bot.sync;

import java.net.URI;
import java.util.List;

import dev.baton.bot.access.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory sync over REST: run a source now, list the runs, read one run's report.
 * Administrators over the synced unit (root administrators over all).
 */
@RestController
@RequestMapping("/api/directory/sync")
class SyncController {

	private final DirectorySync sync;

	private final SyncReports reports;

	SyncController(DirectorySync sync, SyncReports reports) {
		this.sync = sync;
		this.reports = reports;
	}

	/**
	 * A reconciliation run now; {@code 201} with its report once it has run, {@code 409}
	 * while another runs.
	 */
	@PostMapping("/{platform}/{source}")
	ResponseEntity<SyncReports.RunView> run(Actor actor, @PathVariable String platform, @PathVariable String source) {
		SyncRun run = sync.runNow(actor, platform, source);
		return ResponseEntity.created(URI.create("/api/directory/sync/runs/" + run.id()))
			.body(reports.one(actor, run.id()));
	}

	/** Newest first; the next page is {@code before=<last id>}. */
	@GetMapping("/runs")
	List<SyncReports.RunView> runs(Actor actor, @RequestParam(required = false) Long before,
			@RequestParam(required = false) Integer limit) {
		return reports.list(actor, before, limit);
	}

	@GetMapping("/runs/{id}")
	SyncReports.RunView run(Actor actor, @PathVariable long id) {
		return reports.one(actor, id);
	}

}
