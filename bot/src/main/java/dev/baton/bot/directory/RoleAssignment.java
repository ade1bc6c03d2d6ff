package dev.baton.bot.directory;

/**
 * A role held over a scope. {@code department} is set for reviewers only;
 * {@code scopePath} is the path of the scope unit, or {@value #ROOT_PATH} for the root
 * scope ({@code scopeUnitId} null): every unit, held only by administrators.
 */
public record RoleAssignment(long id, long officialId, Role role, Department department, Long scopeUnitId,
		String scopePath) {

	/** The path of the root scope: every unit's path starts with it. */
	public static final String ROOT_PATH = "/";

	public boolean covers(String unitPath) {
		return unitPath.startsWith(scopePath);
	}

	/** Held over every unit. */
	public boolean root() {
		return scopeUnitId == null;
	}

}
