package dev.baton.bot.broadcast;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Role;

/**
 * What an administrator sets on a broadcast; {@code timeZone} null means Baton's zone.
 */
public record BroadcastDraft(String name, BroadcastKind kind, Long unitId, String cron, String timeZone,
		BroadcastTarget target, Role targetRole, Department targetDepartment, String message, boolean workingDaysOnly,
		boolean enabled) {
}
