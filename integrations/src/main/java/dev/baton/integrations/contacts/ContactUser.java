package dev.baton.integrations.contacts;

import java.util.List;
import java.util.Objects;

/**
 * A member as the platform gives them. {@code name}, {@code mobile} and {@code title} are
 * null where the platform does not let the app read them; {@code active} is false for a
 * member the platform shows as disabled.
 */
public record ContactUser(String userId, String name, String mobile, String title, List<String> departmentIds,
		boolean active) {

	public ContactUser {
		Objects.requireNonNull(userId, "userId");
		departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
	}

}
