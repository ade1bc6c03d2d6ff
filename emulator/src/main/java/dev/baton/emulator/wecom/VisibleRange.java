package dev.baton.emulator.wecom;

import dev.baton.emulator.account.Directory;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An app's visible range (可见范围): departments, each with everything below it, and single
 * members. WeCom's root department is 1; {@link #EVERYONE} is the root.
 */
record VisibleRange(Set<String> departmentIds, Set<String> userIds) {

	static final String ROOT = "1";

	static final VisibleRange EVERYONE = new VisibleRange(Set.of(ROOT), Set.of());

	/** The department or one above it is in the range. */
	boolean covers(Directory directory, String departmentId) {
		Set<String> seen = new HashSet<>();
		String current = departmentId;
		while (current != null && seen.add(current)) {
			if (departmentIds.contains(current)) {
				return true;
			}
			current = directory.department(current).map(Directory.Department::parentId).orElse(null);
		}
		return false;
	}

	/** The member is named in the range or is in a department it covers. */
	boolean covers(Directory directory, Directory.Member member) {
		return userIds.contains(member.userId()) || member.departmentIds().stream().anyMatch(d -> covers(directory, d));
	}

	boolean coversMember(Directory directory, String userId) {
		Optional<Directory.Member> member = directory.member(userId);
		return member.isPresent() && covers(directory, member.get());
	}
}
