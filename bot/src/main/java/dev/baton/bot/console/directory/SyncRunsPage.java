package dev.baton.bot.console.directory;

import java.util.List;

import dev.baton.bot.access.Actor;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.sync.SyncReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /console/directory/sync}: the directory sync's runs, newest first, and one run's
 * report line by line, read through the same {@link SyncReports} as
 * {@code GET /api/directory/sync/runs}: administrators see the runs of the units they
 * administer.
 */
@Controller
class SyncRunsPage {

	static final int PAGE = 50;

	private final SyncReports reports;

	private final PageTexts texts;

	SyncRunsPage(SyncReports reports, PageTexts texts) {
		this.reports = reports;
		this.texts = texts;
	}

	@GetMapping("/console/directory/sync")
	String runs(Actor actor, @RequestParam(required = false) Long before, Model model) {
		List<SyncReports.RunView> runs = reports.list(actor, before, PAGE);
		model.addAttribute("runs", runs);
		model.addAttribute("next", runs.size() == PAGE ? runs.get(runs.size() - 1).id() : null);
		model.addAttribute("fmt", texts);
		return "console/directory/sync-runs";
	}

	@GetMapping("/console/directory/sync/runs/{runId}")
	String run(Actor actor, @PathVariable long runId, Model model) {
		model.addAttribute("run", reports.one(actor, runId));
		model.addAttribute("fmt", texts);
		return "console/directory/sync-run";
	}

}
