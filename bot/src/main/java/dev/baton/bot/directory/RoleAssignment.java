package dev.baton.bot.directory;

/**
 * A role held over a scope. {@code department} is set for reviewers only; {@code scopePath} is the path of the
 * scope unit.
 */
public record RoleAssignment(long id, long officialId, Role role, Department department, long scopeUnitId,
		String scopePath) {

	public boolean covers(String unitPath) {
		return unitPath.startsWith(scopePath);
	}

}
