package dev.baton.bot.roster;

import dev.baton.bot.system.BatonException;

/**
 * The roster was read, but some of its rows cannot be imported: nothing was changed; the
 * report says why.
 */
public class RosterRefusedException extends BatonException {

	private final transient RosterReport report;

	RosterRefusedException(RosterReport report) {
		super("roster.refused", report.summary().refused() + " rows refused; nothing was imported",
				report.summary().refused(), firstRows(report));
		this.report = report;
	}

	public RosterReport report() {
		return report;
	}

	private static String firstRows(RosterReport report) {
		var refused = report.rows()
			.stream()
			.filter(r -> r.outcome() == RosterReport.Outcome.REFUSED)
			.map(r -> Integer.toString(r.row()))
			.toList();
		return String.join("、", refused.subList(0, Math.min(10, refused.size()))) + (refused.size() > 10 ? "…" : "");
	}

}
