package dev.baton.bot.handover;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Period;

/**
 * What opening a handover would do, computed as {@link HandoverService#open} computes it:
 * the unit's policy, the checklist deadline and the receipt deadline the notice would
 * state, and who the notice would go to.
 *
 * @param checklistPeriod the policy's period for the checklist (10 calendar days, 7
 * working days…)
 * @param reviewers the officials of each reviewing department of the policy over the unit
 * (empty where vacant)
 * @param uncheckedYears years the deadlines fall in whose holiday notice is not loaded
 * (counted Monday to Friday)
 */
public record OpeningPreview(OrgUnit unit, Official departing, Official successor, HandoverReason reason,
		HandoverPolicy policy, Period checklistPeriod, LocalDate checklistDue, LocalDate receiptDue,
		Map<Department, List<Official>> reviewers, List<Integer> uncheckedYears) {

	public OpeningPreview {
		reviewers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reviewers));
		uncheckedYears = List.copyOf(uncheckedYears);
	}

}
