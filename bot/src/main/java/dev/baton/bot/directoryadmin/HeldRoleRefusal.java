package dev.baton.bot.directoryadmin;

import dev.baton.bot.access.Action;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directory.RoleAssignment;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The actor may act over the official's unit, but the official holds a role over a scope
 * the actor may not manage (an administrator, an organizer over a wider unit): nobody
 * changes someone who holds more than they do. Said in terms of what was asked (newcomer
 * 25, finding 2: 「财政部门审核人增加 吴强」, 吴强 the administrator over every unit, was answered about
 * granting the administrator role): 不能把吴强设为石嘴山市的财政部门审核人：吴强是管辖全部单位的系统管理员，…. Still a
 * {@link NotPermittedException} (403 in the API, the console's refusal page).
 */
public final class HeldRoleRefusal extends NotPermittedException {

	/** What was asked about the official. */
	public enum Asked {

		/** A role granted to them: the role and its scope are said. */
		ASSIGN,
		/** A role of theirs taken back: the role and its scope are said. */
		REMOVE,
		/** Their name, post, unit, state or chat accounts changed. */
		CHANGE,
		/** Their API tokens issued, listed or revoked. */
		TOKENS

	}

	private HeldRoleRefusal(Action action, Asked asked, String english, Object... arguments) {
		super(action, "access.heldRole." + asked.name(), english, arguments);
	}

	/**
	 * @param held the role the official holds over a scope the actor may not manage
	 * @param heldScope the name of that scope's unit, or null for every unit
	 * @param asked what was asked
	 * @param role the role granted or taken back (ASSIGN, REMOVE), else null
	 * @param roleScope the name of its scope's unit, null for every unit
	 */
	static HeldRoleRefusal of(Official official, RoleAssignment held, String heldScope, Asked asked, Role role,
			Department department, String roleScope) {
		Action action = held.role() == Role.ADMIN ? Action.GRANT_ADMIN : Action.MANAGE_DIRECTORY;
		Object scope = scope(heldScope);
		Object who = heldScope == null ? resolvable("access.heldRole.who.rootAdmin") : resolvable(
				held.role() == Role.ADMIN ? "access.heldRole.who.admin" : "access.heldRole.who.directory", heldScope);
		Object asking = role == null ? "" : roleName(role, department);
		return new HeldRoleRefusal(action, asked,
				asked + " refused: " + official.name() + " holds " + held.role() + " over " + held.scopePath()
						+ ", which the actor may not manage",
				official.name(), roleName(held.role(), held.department()), scope, who, asking,
				role == null ? "" : scope(roleScope));
	}

	private static Object scope(String unitName) {
		return unitName == null ? resolvable("access.heldRole.everyUnit") : unitName;
	}

	private static Object roleName(Role role, Department department) {
		return department == null ? resolvable("access.heldRole.role." + role.name())
				: resolvable("access.heldRole.role.REVIEWER", resolvable("label." + department.name()));
	}

	private static DefaultMessageSourceResolvable resolvable(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments, key);
	}

}
