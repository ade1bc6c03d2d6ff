package dev.baton.bot.broadcast;

import java.time.Instant;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Role;

/**
 * A scheduled message: a Quartz cron expression read in {@code timeZone}, what it sends
 * and to whom.
 *
 * @param unitId the units it is about (and below), or null for every unit
 * @param workingDaysOnly a run on a rest day of the work calendar is skipped
 */
public record Broadcast(long id, String name, BroadcastKind kind, Long unitId, String cron, String timeZone,
		BroadcastTarget target, Role targetRole, Department targetDepartment, String message, boolean workingDaysOnly,
		boolean enabled, Instant createdAt, Instant updatedAt) {
}
