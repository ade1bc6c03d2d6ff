package dev.baton.bot.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.baton.bot.system.ConflictException;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The org tree, officials, their chat identities and roles. Writes here are
 * administration without checks or audit: what acts for a person goes through
 * {@link dev.baton.bot.directoryadmin.DirectoryAdmin} (which checks {@code Access} and
 * writes the audit log), or checks and audits itself; demo data and tests run as Baton
 * itself.
 */
@Service
public class Directory {

	/** The policy a unit uses when neither it nor any ancestor names one. */
	public static final String DEFAULT_POLICY = "default";

	private final DirectoryMapper mapper;

	private final TimeSource time;

	Directory(DirectoryMapper mapper, TimeSource time) {
		this.mapper = mapper;
		this.time = time;
	}

	@Transactional
	public OrgUnit createUnit(Long parentId, String code, String name, String unitType) {
		String parentPath = parentId == null ? "/" : unit(parentId).path();
		DirectoryMapper.UnitRow row = new DirectoryMapper.UnitRow();
		row.parentId = parentId;
		row.code = code;
		row.name = name;
		row.unitType = unitType;
		row.path = parentPath; // completed with the generated id below
		row.createdAt = time.now();
		try {
			mapper.insertUnit(row);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("directory.unitCodeTaken", "unit code " + code + " is taken", code);
		}
		mapper.updateUnitPath(row.id, parentPath + row.id + "/");
		return unit(row.id);
	}

	@Transactional
	public void assignPolicy(long unitId, String policyCode) {
		if (mapper.updateUnitPolicy(unitId, policyCode) == 0) {
			throw new NotFoundException("unit", unitId);
		}
	}

	public OrgUnit unit(long id) {
		OrgUnit unit = mapper.findUnit(id);
		if (unit == null) {
			throw new NotFoundException("unit", id);
		}
		return unit;
	}

	/** Units with exactly this name (names repeat across the tree: 办公室, 财政局…). */
	public List<OrgUnit> unitsNamed(String name) {
		return mapper.findUnitsByName(name);
	}

	public Optional<OrgUnit> unitByCode(String code) {
		return Optional.ofNullable(mapper.findUnitByCode(code));
	}

	/**
	 * The policy of the unit: its own, or the nearest ancestor's, or
	 * {@link #DEFAULT_POLICY}.
	 */
	public String policyCodeFor(long unitId) {
		return mapper.findUnitsOnPath(ids(unit(unitId).path()))
			.stream()
			.filter(u -> u.policyCode() != null)
			.max(Comparator.comparingInt(u -> u.path().length()))
			.map(OrgUnit::policyCode)
			.orElse(DEFAULT_POLICY);
	}

	/**
	 * The unit follows its parent's policy again (or {@link #DEFAULT_POLICY} at the top).
	 */
	@Transactional
	public void clearPolicy(long unitId) {
		assignPolicy(unitId, null);
	}

	@Transactional
	public OrgUnit renameUnit(long unitId, String name) {
		if (mapper.renameUnit(unitId, name) == 0) {
			throw new NotFoundException("unit", unitId);
		}
		return unit(unitId);
	}

	public OrgUnit setUnitType(long unitId, String unitType) {
		if (mapper.setUnitType(unitId, unitType) == 0) {
			throw new NotFoundException("unit", unitId);
		}
		return unit(unitId);
	}

	/** The units without a parent, by id. */
	public List<OrgUnit> topUnits() {
		return mapper.findTopUnits();
	}

	/** The unit and every unit below it, parents before their children. */
	public List<OrgUnit> unitsUnder(long unitId) {
		return mapper.findUnitsUnder(unit(unitId).path());
	}

	/** The tree below the unit (the unit included), each with the policy it follows. */
	public UnitNode unitTree(long unitId) {
		OrgUnit top = unit(unitId);
		return node(top, childrenByParent(mapper.findUnitsUnder(top.path())), inheritedPolicy(top));
	}

	/** Every unit, as the trees below the top units. */
	public List<UnitNode> unitTrees() {
		List<OrgUnit> all = mapper.findUnitsUnder("/");
		Map<Long, List<OrgUnit>> children = childrenByParent(all);
		return all.stream()
			.filter(u -> u.parentId() == null)
			.map(u -> node(u, children, new PolicySource(DEFAULT_POLICY, null)))
			.toList();
	}

	/** What the unit would follow without a policy of its own. */
	private PolicySource inheritedPolicy(OrgUnit unit) {
		if (unit.parentId() == null) {
			return new PolicySource(DEFAULT_POLICY, null);
		}
		List<Long> ancestors = ids(unit(unit.parentId()).path());
		return mapper.findUnitsOnPath(ancestors)
			.stream()
			.filter(u -> u.policyCode() != null)
			.max(Comparator.comparingInt(u -> u.path().length()))
			.map(u -> new PolicySource(u.policyCode(), u.id()))
			.orElse(new PolicySource(DEFAULT_POLICY, null));
	}

	private static List<Long> ids(String path) {
		return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
	}

	private static Map<Long, List<OrgUnit>> childrenByParent(List<OrgUnit> units) {
		Map<Long, List<OrgUnit>> children = new HashMap<>();
		for (OrgUnit u : units) {
			if (u.parentId() != null) {
				children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
			}
		}
		return children;
	}

	private static UnitNode node(OrgUnit unit, Map<Long, List<OrgUnit>> children, PolicySource inherited) {
		PolicySource own = unit.policyCode() != null ? new PolicySource(unit.policyCode(), unit.id()) : inherited;
		List<UnitNode> below = children.getOrDefault(unit.id(), List.of())
			.stream()
			.map(c -> node(c, children, own))
			.toList();
		return new UnitNode(unit, own.code(), own.unitId(), below);
	}

	/** A policy and the unit that set it (null: nobody, the default). */
	private record PolicySource(String code, Long unitId) {
	}

	@Transactional
	public Official addOfficial(String name, String post, long unitId) {
		return addOfficial(name, post, unitId, null);
	}

	/**
	 * @param mobile the official's mobile number, or null when unknown
	 */
	@Transactional
	public Official addOfficial(String name, String post, long unitId, String mobile) {
		unit(unitId);
		DirectoryMapper.OfficialRow row = new DirectoryMapper.OfficialRow();
		row.name = name;
		row.post = post;
		row.unitId = unitId;
		row.mobile = mobile;
		row.createdAt = time.now();
		mapper.insertOfficial(row);
		return official(row.id);
	}

	public Official official(long id) {
		Official official = mapper.findOfficial(id);
		if (official == null) {
			throw new NotFoundException("official", id);
		}
		return official;
	}

	/**
	 * Officials (active or not) with this mobile number: the key for matching a platform
	 * account by mobile.
	 */
	public List<Official> officialsByMobile(String mobile) {
		return mapper.findOfficialsByMobile(mobile);
	}

	/**
	 * The official leaves the directory's active list: they can no longer act, and get no
	 * new roles or cases.
	 */
	@Transactional
	public void deactivate(long officialId) {
		if (mapper.setActive(officialId, false) == 0) {
			throw new NotFoundException("official", officialId);
		}
	}

	/** The official is active again, with the roles and accounts they had. */
	@Transactional
	public void reactivate(long officialId) {
		if (mapper.setActive(officialId, true) == 0) {
			throw new NotFoundException("official", officialId);
		}
	}

	/**
	 * Changes what the directory says about an official; their history (handovers,
	 * signatures, audit rows) keeps the official's id and is not rewritten.
	 * @param mobile the new mobile number, or null when unknown
	 */
	@Transactional
	public Official updateOfficial(long officialId, String name, String post, long unitId, String mobile) {
		official(officialId);
		unit(unitId);
		mapper.updateOfficial(officialId, name, post, unitId, mobile);
		return official(officialId);
	}

	/** Officials in the unit and below, matching the query, by id. */
	public List<Official> officials(OfficialQuery query) {
		String text = query.text() == null || query.text().isBlank() ? null : likePattern(query.text().strip());
		return mapper.searchOfficials(query.unitPath(), text, query.active(), query.after(),
				Math.max(1, Math.min(query.limit(), OfficialQuery.MAX_LIMIT)));
	}

	/** {@code %text%} with LIKE's own wildcards taken literally. */
	private static String likePattern(String text) {
		return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
	}

	/** Every official in the unit and the units below it. */
	public List<Official> officialsUnder(long unitId) {
		return mapper.findOfficials(unit(unitId).path());
	}

	/**
	 * Binds a chat account to an official; one official may be bound on several
	 * platforms.
	 */
	@Transactional
	public void bindIdentity(String platform, String corpId, String userId, long officialId) {
		official(officialId);
		Optional<Long> bound = officialIdByIdentity(platform, corpId, userId);
		if (bound.isPresent()) {
			if (bound.get() == officialId) {
				return;
			}
			throw new ConflictException("directory.identityTaken",
					"the " + platform + " account " + userId + " is bound to another official", platform, userId);
		}
		try {
			mapper.insertIdentity(platform, corpId, userId, officialId, time.now());
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("directory.identityTaken",
					"the " + platform + " account " + userId + " was bound at the same moment", platform, userId);
		}
	}

	/** The chat accounts bound to the official, by id. */
	public List<ChatIdentity> identitiesOf(long officialId) {
		return mapper.findIdentitiesOf(officialId);
	}

	public ChatIdentity identity(long identityId) {
		ChatIdentity identity = mapper.findIdentity(identityId);
		if (identity == null) {
			throw new NotFoundException("identity", identityId);
		}
		return identity;
	}

	/**
	 * The account is no longer bound: what it says reaches nobody until it is bound
	 * again.
	 */
	@Transactional
	public void unbindIdentity(long identityId) {
		if (mapper.deleteIdentity(identityId) == 0) {
			throw new NotFoundException("identity", identityId);
		}
	}

	public Optional<Long> officialIdByIdentity(String platform, String corpId, String userId) {
		return Optional.ofNullable(mapper.findOfficialIdByIdentity(platform, corpId, userId));
	}

	/**
	 * A chat account's official, and the language its owner chose for Baton to write to
	 * it in ({@code english}: null until chosen, Chinese).
	 */
	public record BoundAccount(long officialId, Boolean english) {
	}

	/** The official bound to the chat account, with the language chosen for it (V64). */
	public Optional<BoundAccount> boundAccount(String platform, String corpId, String userId) {
		return Optional.ofNullable(mapper.findBoundAccount(platform, corpId, userId));
	}

	/**
	 * The language Baton writes to the chat account in from now on, replies and notices
	 * (sending "English" / "中文", or the web chat's switch); messages already sent stay as
	 * they were.
	 * @return whether the account is bound (nothing is written for one that is not)
	 */
	@Transactional
	public boolean setEnglish(String platform, String corpId, String userId, boolean english) {
		return mapper.setIdentityEnglish(platform, corpId, userId, english) > 0;
	}

	/** Active officials with an account in the corp on the platform, by id. */
	public List<Official> officialsBoundOn(String platform, String corpId) {
		return mapper.findOfficialsBoundOn(platform, corpId);
	}

	@Transactional
	public void assignRole(long officialId, Role role, Department department, long scopeUnitId) {
		if ((role == Role.REVIEWER) != (department != null)) {
			throw new InvalidInputException("directory.reviewerDepartment",
					"a reviewer role needs a department, and only a reviewer role has one");
		}
		official(officialId);
		unit(scopeUnitId);
		try {
			mapper.insertRole(officialId, role, department == null ? "" : department.name(), scopeUnitId, time.now());
		}
		catch (DuplicateKeyException ex) {
			// already held: assigning twice changes nothing
		}
	}

	/**
	 * Makes the official an administrator over every unit (the root scope: the holiday
	 * calendar, the platform check, the audit chain, broadcasts to every unit, and the
	 * whole directory). Assigning it twice changes nothing.
	 */
	@Transactional
	public RoleAssignment assignRootAdmin(long officialId) {
		if (mapper.lockOfficial(officialId) == null) {
			throw new NotFoundException("official", officialId);
		}
		return rolesOf(officialId).stream()
			.filter(r -> r.root() && r.role() == Role.ADMIN)
			.findFirst()
			.orElseGet(() -> {
				mapper.insertRootRole(officialId, Role.ADMIN, time.now());
				return rolesOf(officialId).stream()
					.filter(r -> r.root() && r.role() == Role.ADMIN)
					.findFirst()
					.orElseThrow();
			});
	}

	public RoleAssignment role(long roleId) {
		RoleAssignment role = mapper.findRole(roleId);
		if (role == null) {
			throw new NotFoundException("role", roleId);
		}
		return role;
	}

	@Transactional
	public void removeRole(long roleId) {
		if (mapper.deleteRole(roleId) == 0) {
			throw new NotFoundException("role", roleId);
		}
	}

	/** The active root administrators, by id. */
	public List<Long> rootAdmins() {
		return mapper.findRootAdmins();
	}

	/**
	 * As {@link #rootAdmins()}, holding their role rows until the caller's transaction
	 * ends, so that two removals at once cannot both take the last one away.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public List<Long> lockRootAdmins() {
		mapper.lockRootAdminRows();
		return mapper.findRootAdmins();
	}

	public List<RoleAssignment> rolesOf(long officialId) {
		return mapper.findRoles(officialId);
	}

	/**
	 * Active officials holding the role anywhere (for system-wide notices to
	 * administrators).
	 */
	public List<Long> holdersAnywhere(Role role) {
		return mapper.findHoldersAnywhere(role);
	}

	/**
	 * Active officials holding the role (and department) over a scope that covers the
	 * unit, nearest first.
	 */
	public List<Long> holders(Role role, Department department, long unitId) {
		return holdersOver(role, department, unit(unitId).path());
	}

	/** As {@link #holders(Role, Department, long)}, for a unit known by its path. */
	public List<Long> holdersOver(Role role, Department department, String unitPath) {
		return new ArrayList<>(mapper.findHolders(role, department == null ? "" : department.name(), unitPath));
	}

	/**
	 * {@link #bindIdentity} for many accounts at once (the roster import), with the same
	 * rules: an account already bound to its official is left as it is, one bound to
	 * another official is refused and nothing is bound. Reads and writes in chunks of a
	 * few hundred, so binding thousands is a few statements.
	 * @return how many accounts were newly bound
	 */
	@Transactional
	public int bindIdentities(List<IdentityBinding> bindings) {
		java.util.Map<List<String>, List<IdentityBinding>> byCorp = new java.util.LinkedHashMap<>();
		bindings.forEach(b -> byCorp.computeIfAbsent(List.of(b.platform(), b.corpId()), k -> new ArrayList<>()).add(b));
		List<IdentityBinding> fresh = new ArrayList<>();
		for (List<IdentityBinding> corp : byCorp.values()) {
			String platform = corp.get(0).platform();
			String corpId = corp.get(0).corpId();
			java.util.Map<String, Long> bound = new java.util.HashMap<>();
			for (List<IdentityBinding> chunk : chunks(corp)) {
				mapper.findIdentitiesByUsers(platform, corpId, chunk.stream().map(IdentityBinding::userId).toList())
					.forEach(b -> bound.put(b.userId().toLowerCase(java.util.Locale.ROOT), b.officialId()));
			}
			for (IdentityBinding binding : corp) {
				// as the unique key compares them: without regard to letter case
				String key = binding.userId().toLowerCase(java.util.Locale.ROOT);
				Long holder = bound.get(key);
				if (holder == null) {
					fresh.add(binding);
					bound.put(key, binding.officialId());
				}
				else if (holder != binding.officialId()) {
					throw new ConflictException("directory.identityTaken",
							"the " + platform + " account " + binding.userId() + " is bound to another official",
							platform, binding.userId());
				}
			}
		}
		java.time.Instant now = time.now();
		for (List<IdentityBinding> chunk : chunks(fresh)) {
			mapper.insertIdentities(chunk, now);
		}
		return fresh.size();
	}

	private static <T> List<List<T>> chunks(List<T> items) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < items.size(); i += 500) {
			chunks.add(items.subList(i, Math.min(items.size(), i + 500)));
		}
		return chunks;
	}

}
