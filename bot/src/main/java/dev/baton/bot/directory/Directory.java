package dev.baton.bot.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The org tree, officials, their chat identities and roles. Writes here are administration: callers check the
 * actor may administer the directory (the admin console, demo data and tests run as Baton itself).
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

	/** The policy of the unit: its own, or the nearest ancestor's, or {@link #DEFAULT_POLICY}. */
	public String policyCodeFor(long unitId) {
		List<Long> ids = Arrays.stream(unit(unitId).path().split("/"))
			.filter(s -> !s.isEmpty())
			.map(Long::valueOf)
			.toList();
		return mapper.findUnitsOnPath(ids)
			.stream()
			.filter(u -> u.policyCode() != null)
			.max(Comparator.comparingInt(u -> u.path().length()))
			.map(OrgUnit::policyCode)
			.orElse(DEFAULT_POLICY);
	}

	@Transactional
	public Official addOfficial(String name, String post, long unitId) {
		return addOfficial(name, post, unitId, null);
	}

	/** @param mobile the official's mobile number, or null when unknown */
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

	/** Officials (active or not) with this mobile number: the key for matching a platform account by mobile. */
	public List<Official> officialsByMobile(String mobile) {
		return mapper.findOfficialsByMobile(mobile);
	}

	/** The official leaves the directory's active list: they can no longer act, and get no new roles or cases. */
	@Transactional
	public void deactivate(long officialId) {
		if (mapper.deactivate(officialId) == 0) {
			throw new NotFoundException("official", officialId);
		}
	}

	/** Every official in the unit and the units below it. */
	public List<Official> officialsUnder(long unitId) {
		return mapper.findOfficials(unit(unitId).path());
	}

	/** Binds a chat account to an official; one official may be bound on several platforms. */
	@Transactional
	public void bindIdentity(String platform, String corpId, String userId, long officialId) {
		official(officialId);
		Optional<Long> bound = officialIdByIdentity(platform, corpId, userId);
		if (bound.isPresent()) {
			if (bound.get() == officialId) {
				return;
			}
			throw new InvalidInputException("directory.identityTaken",
					"the " + platform + " account " + userId + " is bound to another official", platform, userId);
		}
		mapper.insertIdentity(platform, corpId, userId, officialId, time.now());
	}

	public Optional<Long> officialIdByIdentity(String platform, String corpId, String userId) {
		return Optional.ofNullable(mapper.findOfficialIdByIdentity(platform, corpId, userId));
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

	public List<RoleAssignment> rolesOf(long officialId) {
		return mapper.findRoles(officialId);
	}

	/** Active officials holding the role anywhere (for system-wide notices to administrators). */
	public List<Long> holdersAnywhere(Role role) {
		return mapper.findHoldersAnywhere(role);
	}

	/** Active officials holding the role (and department) over a scope that covers the unit, nearest first. */
	public List<Long> holders(Role role, Department department, long unitId) {
		return holdersOver(role, department, unit(unitId).path());
	}

	/** As {@link #holders(Role, Department, long)}, for a unit known by its path. */
	public List<Long> holdersOver(Role role, Department department, String unitPath) {
		return new ArrayList<>(mapper.findHolders(role, department == null ? "" : department.name(), unitPath));
	}


	/**
	 * {@link #bindIdentity} for many accounts at once (the roster import), with the same rules: an account already
	 * bound to its official is left as it is, one bound to another official is refused and nothing is bound. Reads
	 * and writes in chunks of a few hundred, so binding thousands is a few statements.
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
					throw new InvalidInputException("directory.identityTaken", "the " + platform + " account "
							+ binding.userId() + " is bound to another official", platform, binding.userId());
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
