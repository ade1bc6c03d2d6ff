package dev.baton.bot.directoryadmin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.delivery.ChatPlatforms;
import dev.baton.bot.directory.ChatIdentity;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Mobiles;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.OfficialQuery;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.ReviewerPostChanged;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directory.RoleAssignment;
import dev.baton.bot.directory.UnitNode;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.system.ConflictException;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.webchat.WebChat;
import dev.baton.integrations.chat.Platform;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as people administer it (REST, and any other way in that acts for a
 * person): units, officials, roles and chat accounts, each change checked against
 * {@link Access} and written to the audit log in the same transaction. The rules:
 * <ul>
 * <li>units (create below, rename, policy): administrators over the unit
 * ({@link Action#MANAGE_UNITS}); a top unit needs the root scope;</li>
 * <li>officials and their chat accounts: administrators and organizers over the
 * official's unit ({@link Action#MANAGE_DIRECTORY}), and over each scope of each role the
 * official holds, the administrator role counting as {@link Action#GRANT_ADMIN}: nobody
 * changes someone who holds more than they do;</li>
 * <li>a role over a scope: {@link Action#MANAGE_DIRECTORY} over that scope,
 * {@link Action#GRANT_ADMIN} for the administrator role: nobody grants a role wider than
 * their own scope. The root scope is for administrators only; the last active root
 * administrator is never deactivated or stripped of the role.</li>
 * </ul>
 */
@Service
public class DirectoryAdmin {

	static final int UNIT_CODE_MAX = 64;

	static final int UNIT_NAME_MAX = 128;

	static final int UNIT_TYPE_MAX = 32;

	static final int NAME_MAX = 64;

	static final int POST_MAX = 128;

	static final int USER_ID_MAX = 128;

	static final int CORP_ID_MAX = 64;

	/** The unit type when none is given. */
	public static final String DEFAULT_UNIT_TYPE = "UNIT";

	private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9_.-]{1," + UNIT_CODE_MAX + "}");

	private static final Pattern UNIT_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0," + (UNIT_TYPE_MAX - 1) + "}");

	private final Directory directory;

	private final Access access;

	private final AuditLog audit;

	private final Policies policies;

	private final ChatPlatforms platforms;

	private final ApplicationEventPublisher events;

	DirectoryAdmin(Directory directory, Access access, AuditLog audit, Policies policies, ChatPlatforms platforms,
			ApplicationEventPublisher events) {
		this.events = events;
		this.directory = directory;
		this.access = access;
		this.audit = audit;
		this.policies = policies;
		this.platforms = platforms;
	}

	// ------------------------------------------------------------------ units

	/**
	 * The trees of units the actor may see: every unit for a root administrator, else
	 * those below their scopes.
	 */
	public List<UnitNode> tree(Actor actor) {
		if (actor.isSystem() || access.allowed(actor, Action.VIEW_DIRECTORY, Subject.ROOT, null)) {
			return directory.unitTrees();
		}
		List<RoleAssignment> scopes = actor.roles()
			.stream()
			.filter(r -> access.allowed(actor, Action.VIEW_DIRECTORY, Subject.unit(r.scopePath()), null))
			.toList();
		List<String> tops = new ArrayList<>();
		List<Long> topIds = new ArrayList<>();
		scopes.stream().sorted(Comparator.comparingInt(r -> r.scopePath().length())).forEach(r -> {
			if (tops.stream().noneMatch(r.scopePath()::startsWith)) {
				tops.add(r.scopePath());
				topIds.add(r.scopeUnitId());
			}
		});
		return topIds.stream().sorted().map(directory::unitTree).toList();
	}

	/** The unit with the tree below it and the policy each follows. */
	public UnitNode unit(Actor actor, long unitId) {
		OrgUnit unit = directory.unit(unitId);
		access.require(actor, Action.VIEW_DIRECTORY, Subject.unit(unit.path()));
		return directory.unitTree(unitId);
	}

	/**
	 * @param parentId null for a top unit (root administrators only)
	 */
	@Transactional
	public OrgUnit createUnit(Actor actor, Long parentId, String code, String name, String unitType) {
		Subject where = parentId == null ? Subject.ROOT : Subject.unit(directory.unit(parentId).path());
		access.require(actor, Action.MANAGE_UNITS, where);
		String type = unitType == null || unitType.isBlank() ? DEFAULT_UNIT_TYPE : unitType.strip();
		if (code == null || !UNIT_CODE.matcher(code.strip()).matches()) {
			throw new InvalidInputException("directory.badUnitCode",
					"a unit code is 1 to 64 letters, digits, '.', '_' or '-'", UNIT_CODE_MAX);
		}
		if (!UNIT_TYPE.matcher(type).matches()) {
			throw new InvalidInputException("directory.badUnitType",
					"a unit type is 1 to 32 capital letters, digits or '_', starting with a letter", UNIT_TYPE_MAX);
		}
		OrgUnit unit = directory.createUnit(parentId, code.strip(), text(name, UNIT_NAME_MAX, "directory.badUnitName"),
				type);
		Map<String, Object> detail = unitDetail(unit);
		detail.put("parentId", parentId);
		detail.put("code", unit.code());
		detail.put("unitType", unit.unitType());
		audit.append(null, actor, "UNIT_CREATED", detail);
		return unit;
	}

	@Transactional
	public OrgUnit renameUnit(Actor actor, long unitId, String name) {
		OrgUnit before = manageUnit(actor, unitId);
		OrgUnit after = directory.renameUnit(unitId, text(name, UNIT_NAME_MAX, "directory.badUnitName"));
		if (!after.name().equals(before.name())) {
			Map<String, Object> detail = unitDetail(after);
			detail.put("from", before.name());
			audit.append(null, actor, "UNIT_RENAMED", detail);
		}
		return after;
	}

	/**
	 * The unit's type (单位类型: {@code TOWNSHIP}, {@code DEPARTMENT}…; #13, newcomer 4: 5),
	 * by its administrators; audited when it changes.
	 */
	@Transactional
	public OrgUnit setUnitType(Actor actor, long unitId, String unitType) {
		OrgUnit before = manageUnit(actor, unitId);
		String type = unitType == null ? "" : unitType.strip();
		if (!UNIT_TYPE.matcher(type).matches()) {
			throw new InvalidInputException("directory.badUnitType",
					"a unit type is 1 to 32 capital letters, digits or '_', starting with a letter", UNIT_TYPE_MAX);
		}
		if (type.equals(before.unitType())) {
			return before;
		}
		OrgUnit after = directory.setUnitType(unitId, type);
		Map<String, Object> detail = unitDetail(after);
		detail.put("from", before.unitType());
		detail.put("to", type);
		audit.append(null, actor, "UNIT_TYPE_SET", detail);
		return after;
	}

	/**
	 * The unit follows this policy (and so do the units below it that have none of their
	 * own).
	 */
	@Transactional
	public UnitNode setPolicy(Actor actor, long unitId, String policyCode) {
		OrgUnit before = manageUnit(actor, unitId);
		String code = policyCode == null ? "" : policyCode.strip();
		policies.byCode(code); // 404 error.notFound.policy
		if (!code.equals(before.policyCode())) {
			directory.assignPolicy(unitId, code);
			Map<String, Object> detail = unitDetail(before);
			detail.put("from", before.policyCode());
			detail.put("to", code);
			audit.append(null, actor, "UNIT_POLICY_SET", detail);
		}
		return directory.unitTree(unitId);
	}

	/**
	 * The unit inherits its policy again (from the nearest unit above that has one, else
	 * the default).
	 */
	@Transactional
	public UnitNode clearPolicy(Actor actor, long unitId) {
		OrgUnit before = manageUnit(actor, unitId);
		if (before.policyCode() != null) {
			directory.clearPolicy(unitId);
			Map<String, Object> detail = unitDetail(before);
			detail.put("from", before.policyCode());
			audit.append(null, actor, "UNIT_POLICY_CLEARED", detail);
		}
		return directory.unitTree(unitId);
	}

	private OrgUnit manageUnit(Actor actor, long unitId) {
		OrgUnit unit = directory.unit(unitId);
		access.require(actor, Action.MANAGE_UNITS, Subject.unit(unit.path()));
		return unit;
	}

	// ------------------------------------------------------------------ officials

	/** Officials of the unit and the units below it (see {@link OfficialQuery}). */
	public List<Official> officials(Actor actor, long unitId, String text, Boolean active, long after, int limit) {
		OrgUnit unit = directory.unit(unitId);
		access.require(actor, Action.VIEW_DIRECTORY, Subject.unit(unit.path()));
		return directory.officials(new OfficialQuery(unit.path(), text, active, after, limit));
	}

	/**
	 * One official with their unit, roles and chat accounts: for anyone who may see the
	 * unit, and for themselves.
	 */
	public OfficialRecord official(Actor actor, long officialId) {
		Official official = directory.official(officialId);
		OrgUnit unit = directory.unit(official.unitId());
		if (!actor.is(officialId)) {
			access.require(actor, Action.VIEW_DIRECTORY, Subject.unit(unit.path()));
		}
		return new OfficialRecord(official, unit, directory.rolesOf(officialId), directory.identitiesOf(officialId));
	}

	@Transactional
	public Official addOfficial(Actor actor, String name, String post, long unitId, String mobile) {
		OrgUnit unit = directory.unit(unitId);
		access.require(actor, Action.MANAGE_DIRECTORY, Subject.unit(unit.path()));
		Official added = directory.addOfficial(text(name, NAME_MAX, "directory.badName"),
				text(post, POST_MAX, "directory.badPost"), unitId, Mobiles.normalize(mobile));
		Map<String, Object> detail = officialDetail(added);
		detail.put("post", added.post());
		detail.put("unitId", unitId);
		detail.put("mobile", Mobiles.masked(added.mobile()));
		audit.append(null, actor, "OFFICIAL_ADDED", detail);
		return added;
	}

	/**
	 * Name, post, unit and mobile (null: unknown) as given; moving to another unit needs
	 * the right over both.
	 */
	@Transactional
	public Official updateOfficial(Actor actor, long officialId, String name, String post, long unitId, String mobile) {
		Official before = requireOver(actor, officialId, Action.MANAGE_DIRECTORY);
		OrgUnit to = directory.unit(unitId);
		access.require(actor, Action.MANAGE_DIRECTORY, Subject.unit(to.path()));
		Official after = directory.updateOfficial(officialId, text(name, NAME_MAX, "directory.badName"),
				text(post, POST_MAX, "directory.badPost"), unitId, Mobiles.normalize(mobile));
		Map<String, Object> changes = new LinkedHashMap<>();
		change(changes, "name", before.name(), after.name());
		change(changes, "post", before.post(), after.post());
		change(changes, "unitId", before.unitId(), after.unitId());
		change(changes, "mobile", Mobiles.masked(before.mobile()), Mobiles.masked(after.mobile()));
		if (!Objects.equals(before.mobile(), after.mobile()) && !changes.containsKey("mobile")) {
			changes.put("mobile", Map.of("changed", true)); // same mask, different number
		}
		if (!changes.isEmpty()) {
			Map<String, Object> detail = officialDetail(after);
			detail.put("changes", changes);
			audit.append(null, actor, "OFFICIAL_CHANGED", detail);
		}
		return after;
	}

	/**
	 * The official can no longer act in Baton; their records, roles and accounts stay (an
	 * official is never deleted). Deactivating an inactive official changes nothing.
	 */
	@Transactional
	public Official deactivate(Actor actor, long officialId) {
		Official official = requireOver(actor, officialId, Action.MANAGE_DIRECTORY);
		if (!official.active()) {
			return official;
		}
		if (isRootAdmin(officialId)) {
			keepOneRootAdmin(officialId);
		}
		directory.deactivate(officialId);
		audit.append(null, actor, "OFFICIAL_DEACTIVATED", officialDetail(official));
		return directory.official(officialId);
	}

	@Transactional
	public Official reactivate(Actor actor, long officialId) {
		Official official = requireOver(actor, officialId, Action.MANAGE_DIRECTORY);
		if (official.active()) {
			return official;
		}
		directory.reactivate(officialId);
		audit.append(null, actor, "OFFICIAL_REACTIVATED", officialDetail(official));
		return directory.official(officialId);
	}

	/**
	 * Whether the actor may act on this official by {@code action} (over their unit), and
	 * over every scope of every role they hold ({@link Action#GRANT_ADMIN} for the
	 * administrator role): for the directory's own changes, tokens issued for them, and
	 * any other way that changes a person (a roster import, a sync run for someone).
	 * @return the official
	 */
	public Official requireOver(Actor actor, long officialId, Action action) {
		return requireOver(actor, officialId, action,
				action == Action.MANAGE_TOKENS ? HeldRoleRefusal.Asked.TOKENS : HeldRoleRefusal.Asked.CHANGE, null,
				null, null);
	}

	/**
	 * As {@link #requireOver(Actor, long, Action)}; a role the official holds over a
	 * scope the actor may not manage is refused in terms of what was asked
	 * ({@link HeldRoleRefusal}), never as a refusal to grant that role (newcomer 25,
	 * finding 2).
	 */
	private Official requireOver(Actor actor, long officialId, Action action, HeldRoleRefusal.Asked asked, Role role,
			Department department, Long roleScopeUnitId) {
		Official official = directory.official(officialId);
		access.require(actor, action, Subject.unit(directory.unit(official.unitId()).path()));
		for (RoleAssignment held : directory.rolesOf(officialId)) {
			Action over = held.role() == Role.ADMIN ? Action.GRANT_ADMIN : Action.MANAGE_DIRECTORY;
			if (!access.allowed(actor, over, Subject.unit(held.scopePath()), null)) {
				throw HeldRoleRefusal.of(official, held, unitName(held.scopeUnitId()), asked, role, department,
						unitName(roleScopeUnitId));
			}
		}
		return official;
	}

	private String unitName(Long unitId) {
		return unitId == null ? null : directory.unit(unitId).name();
	}

	// ------------------------------------------------------------------ roles

	/**
	 * @param scopeUnitId the unit the role is held over, or null for the root scope
	 * (administrators only)
	 * @return the role, and whether this call assigned it (false: the official held it
	 * already)
	 */
	@Transactional
	public Assigned assignRole(Actor actor, long officialId, Role role, Department department, Long scopeUnitId) {
		if (role == null) {
			throw new InvalidInputException("directory.noRole", "which role?");
		}
		if (scopeUnitId == null && role != Role.ADMIN) {
			throw new InvalidInputException("directory.rootScopeAdminOnly",
					"only the administrator role is held over every unit");
		}
		if ((role == Role.REVIEWER) != (department != null)) {
			throw new InvalidInputException("directory.reviewerDepartment",
					"a reviewer role needs a department, and only a reviewer role has one");
		}
		Official official = requireOver(actor, officialId, Action.MANAGE_DIRECTORY, HeldRoleRefusal.Asked.ASSIGN, role,
				department, scopeUnitId);
		String scopePath = scopeUnitId == null ? Subject.ROOT_PATH : directory.unit(scopeUnitId).path();
		requireGrant(actor, role, scopePath);
		if (!official.active()) {
			throw new ConflictException("directory.officialInactive",
					official.name() + " is not active: reactivate them first", official.name());
		}
		RoleAssignment held = held(officialId, role, department, scopeUnitId);
		if (held != null) {
			return new Assigned(held, false);
		}
		if (scopeUnitId == null) {
			directory.assignRootAdmin(officialId);
		}
		else {
			directory.assignRole(officialId, role, department, scopeUnitId);
		}
		RoleAssignment assigned = held(officialId, role, department, scopeUnitId);
		audit.append(null, actor, "ROLE_ASSIGNED", roleDetail(official, assigned));
		if (role == Role.REVIEWER) {
			events.publishEvent(new ReviewerPostChanged(officialId, department, scopePath, true));
		}
		return new Assigned(assigned, true);
	}

	@Transactional
	public void removeRole(Actor actor, long officialId, long roleId) {
		RoleAssignment role = directory.role(roleId);
		if (role.officialId() != officialId) {
			throw new NotFoundException("role", roleId);
		}
		Official official = requireOver(actor, officialId, Action.MANAGE_DIRECTORY, HeldRoleRefusal.Asked.REMOVE,
				role.role(), role.department(), role.scopeUnitId());
		if (role.root() && role.role() == Role.ADMIN && official.active()) {
			keepOneRootAdmin(officialId);
		}
		directory.removeRole(roleId);
		audit.append(null, actor, "ROLE_REMOVED", roleDetail(official, role));
		if (role.role() == Role.REVIEWER && !role.root()) {
			events.publishEvent(new ReviewerPostChanged(officialId, role.department(), role.scopePath(), false));
		}
	}

	private void requireGrant(Actor actor, Role role, String scopePath) {
		access.require(actor, role == Role.ADMIN ? Action.GRANT_ADMIN : Action.MANAGE_DIRECTORY,
				Subject.unit(scopePath));
	}

	private RoleAssignment held(long officialId, Role role, Department department, Long scopeUnitId) {
		return directory.rolesOf(officialId)
			.stream()
			.filter(r -> r.role() == role && r.department() == department
					&& Objects.equals(r.scopeUnitId(), scopeUnitId))
			.findFirst()
			.orElse(null);
	}

	private boolean isRootAdmin(long officialId) {
		return directory.rolesOf(officialId).stream().anyMatch(r -> r.root() && r.role() == Role.ADMIN);
	}

	/**
	 * Refuses to take the root scope from its last active holder: nobody could do the
	 * global actions then.
	 */
	private void keepOneRootAdmin(long officialId) {
		List<Long> others = new ArrayList<>(directory.lockRootAdmins());
		others.remove(officialId);
		if (others.isEmpty()) {
			throw new ConflictException("directory.lastRootAdmin",
					"the last root administrator stays: make another one first");
		}
	}

	// ------------------------------------------------------------------ chat accounts

	/**
	 * Binds a chat account to the official. A web chat account ({@code WEB}) is in the
	 * corp {@value WebChat#CORP} with the official's id as its user id.
	 * @return the account, and whether this call bound it (false: it was bound to this
	 * official already)
	 * @throws ConflictException {@code directory.identityTaken} if it is bound to another
	 * official
	 */
	@Transactional
	public Bound bind(Actor actor, long officialId, Platform platform, String corpId, String userId) {
		Official official = requireOver(actor, officialId, Action.MANAGE_DIRECTORY);
		if (platform == null) {
			throw new InvalidInputException("directory.noPlatform", "which platform?");
		}
		String corp = text(corpId, CORP_ID_MAX, "directory.badCorpId");
		String user = text(userId, USER_ID_MAX, "directory.badUserId");
		if (corp.contains("|") || user.contains("|")) {
			throw new InvalidInputException("directory.badUserId", "no '|' in a corp or user id", USER_ID_MAX);
		}
		if (platform == Platform.WEB && !(WebChat.CORP.equals(corp) && user.equals(Long.toString(officialId)))) {
			throw new InvalidInputException("directory.webAccount",
					"a web chat account is corp " + WebChat.CORP + " and the official's id", WebChat.CORP, officialId);
		}
		requireApp(platform, corp);
		boolean already = directory.officialIdByIdentity(platform.name(), corp, user).isPresent();
		directory.bindIdentity(platform.name(), corp, user, officialId); // 409 if someone
																			// else holds
																			// it
		ChatIdentity identity = directory.identitiesOf(officialId)
			.stream()
			.filter(i -> i.platform().equals(platform.name()) && i.corpId().equals(corp) && i.userId().equals(user))
			.findFirst()
			.orElseThrow();
		if (!already) {
			audit.append(null, actor, "IDENTITY_BOUND", identityDetail(official, identity));
		}
		return new Bound(identity, !already);
	}

	@Transactional
	public void unbind(Actor actor, long officialId, long identityId) {
		ChatIdentity identity = directory.identity(identityId);
		if (identity.officialId() != officialId) {
			throw new NotFoundException("identity", identityId);
		}
		Official official = requireOver(actor, officialId, Action.MANAGE_DIRECTORY);
		directory.unbindIdentity(identityId);
		audit.append(null, actor, "IDENTITY_UNBOUND", identityDetail(official, identity));
	}

	// ------------------------------------------------------------------ helpers

	/**
	 * An account is bound only in a corp this instance has an app for: nothing could be
	 * sent to one elsewhere, and every notice to it would become a dead letter (newcomer
	 * 20b: 11). The refusal names the corps that are configured for the platform.
	 */
	private void requireApp(Platform platform, String corp) {
		if (platform == Platform.WEB || platforms.get(platform, corp) != null) {
			return;
		}
		List<String> corps = platforms.apps()
			.stream()
			.filter(a -> a.platform() == platform && a.corpId() != null)
			.map(ChatPlatforms.App::corpId)
			.toList();
		DefaultMessageSourceResolvable named = new DefaultMessageSourceResolvable(
				new String[] { "supervision.platform." + platform.name() }, platform.name());
		if (corps.isEmpty()) {
			throw new InvalidInputException("directory.noAppAtAll",
					"no " + platform + " app is configured, so no " + platform + " account can be bound", named, corp);
		}
		throw new InvalidInputException("directory.noApp", "no " + platform + " app is configured for corp " + corp
				+ "; the corps with one: " + String.join(", ", corps), named, corp, String.join(", ", corps));
	}

	private static String text(String value, int max, String key) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw new InvalidInputException(key, "1 to " + max + " characters", max);
		}
		return value.strip();
	}

	private static void change(Map<String, Object> changes, String field, Object from, Object to) {
		if (!Objects.equals(from, to)) {
			Map<String, Object> change = new LinkedHashMap<>();
			change.put("from", from);
			change.put("to", to);
			changes.put(field, change);
		}
	}

	private static Map<String, Object> unitDetail(OrgUnit unit) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("unitId", unit.id());
		detail.put("name", unit.name());
		return detail;
	}

	private static Map<String, Object> officialDetail(Official official) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("officialId", official.id());
		detail.put("name", official.name());
		return detail;
	}

	private static Map<String, Object> roleDetail(Official official, RoleAssignment role) {
		Map<String, Object> detail = officialDetail(official);
		detail.put("roleId", role.id());
		detail.put("role", role.role().name());
		detail.put("department", role.department() == null ? null : role.department().name());
		detail.put("scopeUnitId", role.scopeUnitId());
		detail.put("root", role.root());
		return detail;
	}

	private static Map<String, Object> identityDetail(Official official, ChatIdentity identity) {
		Map<String, Object> detail = officialDetail(official);
		detail.put("identityId", identity.id());
		detail.put("platform", identity.platform());
		detail.put("corpId", identity.corpId());
		detail.put("userId", identity.userId());
		return detail;
	}

	/** An official as the directory shows them. */
	public record OfficialRecord(Official official, OrgUnit unit, List<RoleAssignment> roles,
			List<ChatIdentity> identities) {
	}

	/** A role, and whether this call assigned it. */
	public record Assigned(RoleAssignment role, boolean created) {
	}

	/** A chat account, and whether this call bound it. */
	public record Bound(ChatIdentity identity, boolean created) {
	}

}
