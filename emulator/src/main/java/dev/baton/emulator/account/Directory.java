package dev.baton.emulator.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The members and group chats one platform knows. Thread-safe. WeCom user ids are
 * case-insensitive (the platform lower-cases them in its answers), DingTalk's are not.
 */
public final class Directory {

	private final boolean caseInsensitive;

	private final Map<String, String> users = new ConcurrentHashMap<>();

	private final Map<String, Group> groups = new ConcurrentHashMap<>();

	private final Map<String, Department> departments = new ConcurrentHashMap<>();

	private final Map<String, Member> members = new ConcurrentHashMap<>();

	/**
	 * A group chat: its id (WeCom chatid, DingTalk openConversationId), its members and
	 * who created it.
	 */
	public record Group(String id, String name, List<String> members, String ownerApp) {
		public Group {
			members = List.copyOf(members);
		}
	}

	/**
	 * A department of the org chart. {@code parentId} is null for the root (DingTalk's
	 * dept 1, WeCom's party 1); {@code managers} are the user ids the platform lists as
	 * its managers (DingTalk dept_manager_userid_list, WeCom department_leader).
	 */
	public record Department(String id, String parentId, String name, long order, List<String> managers) {
		public Department {
			managers = List.copyOf(managers);
		}
	}

	/**
	 * What the platform knows of a member: name, mobile (null when not given), post
	 * title, the departments they are in, and whether they are active. A member is also a
	 * user ({@link #user(String)}).
	 */
	public record Member(String userId, String name, String mobile, String title, List<String> departmentIds,
			boolean active) {
		public Member {
			departmentIds = List.copyOf(departmentIds);
		}
	}

	public Directory(boolean caseInsensitive) {
		this.caseInsensitive = caseInsensitive;
	}

	private String key(String userId) {
		return caseInsensitive ? userId.toLowerCase(Locale.ROOT) : userId;
	}

	public void addUsers(Collection<String> userIds) {
		userIds.forEach(id -> users.put(key(id), id));
	}

	public void addUsers(String... userIds) {
		addUsers(List.of(userIds));
	}

	/**
	 * Adds {@code count} users named {@code prefix0001} ... and returns their ids in
	 * order.
	 */
	public List<String> addNumberedUsers(String prefix, int count) {
		List<String> ids = new ArrayList<>(count);
		for (int i = 1; i <= count; i++) {
			ids.add(String.format(Locale.ROOT, "%s%04d", prefix, i));
		}
		addUsers(ids);
		return ids;
	}

	public void removeUser(String userId) {
		users.remove(key(userId));
		members.remove(key(userId));
	}

	/** Adds or replaces a department. */
	public void putDepartment(Department department) {
		departments.put(department.id(), department);
	}

	public void removeDepartment(String id) {
		departments.remove(id);
	}

	public Optional<Department> department(String id) {
		return id == null ? Optional.empty() : Optional.ofNullable(departments.get(id));
	}

	/** Every department, in id order. */
	public List<Department> departments() {
		return departments.values().stream().sorted(java.util.Comparator.comparing(Department::id)).toList();
	}

	/** The departments directly below {@code parentId}, by order then id. */
	public List<Department> children(String parentId) {
		return departments.values()
			.stream()
			.filter(d -> java.util.Objects.equals(d.parentId(), parentId))
			.sorted(java.util.Comparator.comparingLong(Department::order).thenComparing(Department::id))
			.toList();
	}

	/** Adds or replaces a member; they become a user of the platform too. */
	public void putMember(Member member) {
		users.put(key(member.userId()), member.userId());
		members.put(key(member.userId()), member);
	}

	public Optional<Member> member(String userId) {
		return userId == null ? Optional.empty() : Optional.ofNullable(members.get(key(userId)));
	}

	/** The members directly in the department, in user id order. */
	public List<Member> membersOf(String departmentId) {
		return members.values()
			.stream()
			.filter(m -> m.departmentIds().contains(departmentId))
			.sorted(java.util.Comparator.comparing(Member::userId))
			.toList();
	}

	/** The member with this mobile number, if any. */
	public Optional<Member> memberByMobile(String mobile) {
		return members.values().stream().filter(m -> mobile != null && mobile.equals(m.mobile())).findFirst();
	}

	/** The canonical id of a known user, if the user exists. */
	public Optional<String> user(String userId) {
		return userId == null ? Optional.empty() : Optional.ofNullable(users.get(key(userId)));
	}

	public Set<String> users() {
		return Set.copyOf(users.values());
	}

	public void addGroup(Group group) {
		groups.put(group.id(), group);
	}

	/** Adds a group unless one with the id exists; true when added. */
	public boolean addGroupIfAbsent(Group group) {
		return groups.putIfAbsent(group.id(), group) == null;
	}

	public Optional<Group> group(String id) {
		return id == null ? Optional.empty() : Optional.ofNullable(groups.get(id));
	}

	public Collection<Group> groups() {
		return List.copyOf(groups.values());
	}

}
