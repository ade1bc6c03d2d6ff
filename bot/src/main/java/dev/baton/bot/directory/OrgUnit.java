package dev.baton.bot.directory;

/**
 * A unit in the org tree. {@code path} lists the ids from the root, {@code /1/4/9/}; a
 * scope at a unit covers every unit whose path starts with it. {@code policyCode} is null
 * where the unit inherits its parent's policy.
 */
public record OrgUnit(long id, Long parentId, String code, String name, String unitType, String path,
		String policyCode) {

	public boolean covers(String otherPath) {
		return otherPath.startsWith(path);
	}

}
