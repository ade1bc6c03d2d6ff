package dev.baton.integrations.contacts;

import java.util.List;
import java.util.Objects;

/**
 * A department as the platform gives it. {@code parentId} is null for the root;
 * {@code managerUserIds} are the members the platform lists as its managers (empty when
 * it gives none).
 */
public record ContactDepartment(String id, String parentId, String name, List<String> managerUserIds) {

	public ContactDepartment {
		Objects.requireNonNull(id, "id");
		managerUserIds = managerUserIds == null ? List.of() : List.copyOf(managerUserIds);
	}

}
