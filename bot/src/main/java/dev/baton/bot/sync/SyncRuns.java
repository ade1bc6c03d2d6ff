package dev.baton.bot.sync;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A run's row and report: opened when the run starts, its counts and lines written when
 * it ends.
 */
@Component
class SyncRuns {

	private final SyncMapper mapper;

	private final TimeSource time;

	private final TransactionTemplate tx;

	SyncRuns(SyncMapper mapper, TimeSource time, TransactionTemplate tx) {
		this.mapper = mapper;
		this.time = time;
		this.tx = tx;
	}

	enum Trigger {

		MANUAL, NIGHTLY, EVENT

	}

	SyncMapper.RunRow start(SyncSources.Source s, Trigger trigger, Long requestedBy, String eventType,
			String eventKey) {
		SyncMapper.RunRow run = new SyncMapper.RunRow();
		run.platform = s.platform().name();
		run.corpId = s.corpId();
		run.source = s.name();
		run.triggerKind = trigger.name();
		run.eventType = eventType;
		run.eventKey = eventKey;
		run.requestedBy = requestedBy;
		run.outcome = "RUNNING";
		run.startedAt = time.now();
		tx.executeWithoutResult(status -> mapper.insertRun(run));
		return run;
	}

	SyncRun finish(SyncMapper.RunRow run, Long unitId, String outcome, SyncReport report) {
		run.unitId = unitId;
		run.outcome = outcome;
		run.finishedAt = time.now();
		run.created = report.count(SyncReport.Kind.CREATED);
		run.changed = changedThings(report);
		run.bound = report.count(SyncReport.Kind.BOUND);
		run.deactivated = report.count(SyncReport.Kind.DEACTIVATED);
		run.unmatched = report.count(SyncReport.Kind.UNMATCHED);
		run.conflicts = report.count(SyncReport.Kind.CONFLICT);
		run.failed = report.count(SyncReport.Kind.FAILED);
		tx.executeWithoutResult(status -> {
			mapper.finishRun(run);
			List<SyncReport.Entry> entries = report.entries();
			for (int from = 0; from < entries.size(); from += 500) {
				mapper.insertEntries(run.id, entries.subList(from, Math.min(entries.size(), from + 500)));
			}
		});
		return mapper.findRun(run.id);
	}

	/**
	 * Officials and units changed (a change of name and post to one official counts
	 * once), and those removed.
	 */
	private static int changedThings(SyncReport report) {
		Set<String> things = new HashSet<>();
		for (SyncReport.Entry e : report.entries()) {
			if (e.kind() == SyncReport.Kind.CHANGED || e.kind() == SyncReport.Kind.REMOVED
					|| e.kind() == SyncReport.Kind.KEPT) {
				things.add(e.subject() + ":" + (e.officialId() != null ? e.officialId() : e.platformRef()));
			}
		}
		return things.size();
	}

}
