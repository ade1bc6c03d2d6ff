package dev.baton.bot.access;

import java.util.List;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directory.RoleAssignment;

/**
 * Who is acting: an official with the roles they hold, or Baton itself ({@link #SYSTEM}:
 * demo data, the scheduler).
 */
public record Actor(Long officialId, String name, List<RoleAssignment> roles) {

	public static final Actor SYSTEM = new Actor(null, "Baton", List.of());

	public Actor {
		roles = List.copyOf(roles);
	}

	public boolean isSystem() {
		return officialId == null;
	}

	public boolean is(Long official) {
		return officialId != null && officialId.equals(official);
	}

	/**
	 * Holds the role (for reviewers: in the department) over a scope covering the unit.
	 */
	public boolean holds(Role role, Department department, String unitPath) {
		return roles.stream()
			.anyMatch(r -> r.role() == role && (department == null || department == r.department())
					&& r.covers(unitPath));
	}

}
