package dev.baton.emulator.wecom;

import dev.baton.emulator.account.Directory;
import dev.baton.emulator.http.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contact APIs' shared rules: what each caller may read (an app: its visible range,
 * details included; the contact-sync helper: ids of everyone, no details since
 * 2022-08-15) and how members and departments look on the wire.
 */
final class ContactViews {

	private final WeComPlatform platform;

	ContactViews(WeComPlatform platform) {
		this.platform = platform;
	}

	Directory directory() {
		return platform.directory();
	}

	/**
	 * The detail APIs (user/get, department/list, department/get) serve apps only: the
	 * helper is refused from any IP it had not used before 2022-08-15, which is every IP
	 * a deployment of Baton has.
	 */
	void requireApp(WeComCaller caller) {
		if (caller.isContactSync()) {
			throw WeComErrors.of(WeComErrors.CONTACT_SYNC_FORBIDDEN, "api forbidden for contact assistant");
		}
	}

	boolean sees(WeComCaller caller, Directory.Member member) {
		return caller.isContactSync() || platform.visibleRange(caller.id()).covers(directory(), member);
	}

	boolean sees(WeComCaller caller, Directory.Department department) {
		return caller.isContactSync() || platform.visibleRange(caller.id()).covers(directory(), department.id());
	}

	/**
	 * The department and everything below it that the caller sees, each parent before its
	 * children.
	 */
	List<Directory.Department> subtree(WeComCaller caller, String rootId) {
		List<Directory.Department> result = new ArrayList<>();
		List<Directory.Department> start = rootId == null ? directory().departments()
			.stream()
			.filter(d -> d.parentId() == null || directory().department(d.parentId()).isEmpty())
			.toList() : directory().department(rootId).map(List::of).orElse(List.of());
		for (Directory.Department department : start) {
			walk(caller, department, result);
		}
		return result;
	}

	private void walk(WeComCaller caller, Directory.Department department, List<Directory.Department> result) {
		if (sees(caller, department)) {
			result.add(department);
		}
		for (Directory.Department child : directory().children(department.id())) {
			walk(caller, child, result);
		}
	}

	/**
	 * A department as department/list and department/get give it (leaders: only those the
	 * app sees).
	 */
	ObjectNode department(WeComCaller caller, Directory.Department department) {
		ObjectNode node = idNode(department);
		node.put("name", department.name());
		node.put("name_en", "");
		ArrayNode leaders = node.putArray("department_leader");
		department.managers()
			.stream()
			.filter(id -> directory().member(id).map(m -> sees(caller, m)).orElse(false))
			.forEach(leaders::add);
		return node;
	}

	/** A department as department/simplelist gives it: id, parentid, order. */
	ObjectNode idNode(Directory.Department department) {
		ObjectNode node = Json.object();
		node.put("id", number(department.id()));
		node.put("parentid", department.parentId() == null ? 0 : number(department.parentId()));
		node.put("order", department.order());
		return node;
	}

	/**
	 * A member as user/get gives it to an app: name, departments it sees (with order and
	 * is_leader_in_dept), position, status; mobile, gender, email, avatar and address
	 * only for an app created before 2022-06-20.
	 */
	ObjectNode member(WeComCaller caller, Directory.Member member, ObjectNode node) {
		node.put("userid", member.userId());
		node.put("name", member.name());
		List<String> departments = member.departmentIds()
			.stream()
			.filter(d -> directory().department(d).map(dep -> sees(caller, dep)).orElse(false))
			.toList();
		ArrayNode ids = node.putArray("department");
		ArrayNode order = node.putArray("order");
		ArrayNode leader = node.putArray("is_leader_in_dept");
		for (String d : departments) {
			ids.add(number(d));
			order.add(0);
			boolean leads = directory().department(d)
				.map(dep -> dep.managers().contains(member.userId()))
				.orElse(false);
			leader.add(leads ? 1 : 0);
		}
		if (!departments.isEmpty()) {
			node.put("main_department", number(departments.get(0)));
		}
		node.put("position", member.title() == null ? "" : member.title());
		node.put("status", member.active() ? 1 : 2);
		node.put("enable", member.active() ? 1 : 0);
		if (caller.app() != null && platform.seesSensitiveFields(caller.app().id())) {
			node.put("mobile", member.mobile() == null ? "" : member.mobile());
			node.put("gender", "0");
			node.put("email", "");
			node.put("avatar", "");
			node.put("address", "");
		}
		return node;
	}

	/**
	 * WeCom's department ids are 32-bit integers; the emulator's directory keeps them as
	 * text.
	 */
	static long number(String departmentId) {
		try {
			return Long.parseLong(departmentId);
		}
		catch (NumberFormatException e) {
			throw new IllegalStateException("a WeCom department id is a number, not " + departmentId, e);
		}
	}

}
