package dev.baton.bot.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.contacts.ContactDepartment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Platform departments as units. The app's root department is the configured unit; every
 * department below it is a unit below that one, created the first time it is seen (or,
 * when a unit of that name already sits under the parent unit with no department mapped
 * to it, that unit: the roster may have entered it first), renamed and moved with it. A
 * department the platform removed takes its unit with it only when nothing refers to the
 * unit; a unit with history (officials, handovers, roles, groups, child units…) is kept
 * and reported.
 */
@Component
class UnitTree {

	static final String UNIT_TYPE = "DEPARTMENT";

	private final Directory directory;

	private final SyncMapper mapper;

	private final TimeSource time;

	private final TransactionTemplate tx;

	UnitTree(Directory directory, SyncMapper mapper, TimeSource time, TransactionTemplate tx) {
		this.directory = directory;
		this.mapper = mapper;
		this.time = time;
		this.tx = tx;
	}

	/**
	 * The whole tree as the platform has it now: the root maps to {@code root}, every
	 * other department to a unit in step with it, and departments no longer there are
	 * removed. Departments come parents first.
	 * @return the unit of every department the platform listed
	 */
	Map<String, Long> reconcile(SyncSources.Source s, OrgUnit root, List<ContactDepartment> departments,
			SyncReport report) {
		Map<String, ContactDepartment> byId = new LinkedHashMap<>();
		departments.forEach(d -> byId.put(d.id(), d));
		// the root has no parent; a platform that names a parent above it (WeCom's 0)
		// lists it first all the same
		String rootId = departments.stream()
			.filter(d -> d.parentId() == null)
			.map(ContactDepartment::id)
			.findFirst()
			.orElse(departments.isEmpty() ? null : departments.get(0).id());
		Map<String, Long> units = new HashMap<>();
		for (ContactDepartment d : departments) {
			boolean top = d.parentId() == null || !byId.containsKey(d.parentId());
			if (d.id().equals(rootId)) {
				units.put(d.id(), mapRoot(s, root, d));
				continue;
			}
			Long parentUnit = top ? root.id() : units.get(d.parentId());
			units.put(d.id(), upsert(s, d, parentUnit == null ? root.id() : parentUnit, report));
		}
		List<SyncMapper.DepartmentRow> gone = mapper.findDepartments(s.platform().name(), s.corpId())
			.stream()
			.filter(r -> r.removedAt == null && !byId.containsKey(r.departmentId) && r.unitId != root.id())
			.sorted(Comparator.comparingInt((SyncMapper.DepartmentRow r) -> directory.unit(r.unitId).path().length())
				.reversed())
			.toList();
		gone.forEach(r -> removed(s, root, r.departmentId, report));
		return units;
	}

	/**
	 * The unit of a department, mapping it (and the departments above it) from what the
	 * platform says now when it is not mapped yet; empty when the platform does not know
	 * the department or it maps to no unit.
	 */
	Optional<Long> unitOf(SyncSources.Source s, OrgUnit root, String departmentId, SyncReport report) {
		return unitOf(s, root, departmentId, report, new HashSet<>());
	}

	private Optional<Long> unitOf(SyncSources.Source s, OrgUnit root, String departmentId, SyncReport report,
			Set<String> seen) {
		SyncMapper.DepartmentRow row = mapper.findDepartment(s.platform().name(), s.corpId(), departmentId);
		if (row != null && row.removedAt == null) {
			return Optional.of(row.unitId);
		}
		if (!seen.add(departmentId) || s.contacts() == null) {
			return Optional.empty();
		}
		Optional<ContactDepartment> d = s.contacts().department(departmentId);
		if (d.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(apply(s, root, d.get(), report, seen));
	}

	/**
	 * One department as the platform has it now (an org event): its unit created, renamed
	 * or moved.
	 */
	Long apply(SyncSources.Source s, OrgUnit root, ContactDepartment d, SyncReport report) {
		return apply(s, root, d, report, new HashSet<>(List.of(d.id())));
	}

	private Long apply(SyncSources.Source s, OrgUnit root, ContactDepartment d, SyncReport report, Set<String> seen) {
		SyncMapper.DepartmentRow known = mapper.findDepartment(s.platform().name(), s.corpId(), d.id());
		if (d.parentId() == null || known != null && known.unitId == root.id()) {
			return mapRoot(s, root, d);
		}
		Long parentUnit = unitOf(s, root, d.parentId(), report, seen).orElse(root.id());
		return upsert(s, d, parentUnit, report);
	}

	private long mapRoot(SyncSources.Source s, OrgUnit root, ContactDepartment d) {
		return tx.execute(status -> {
			SyncMapper.DepartmentRow row = mapper.findDepartment(s.platform().name(), s.corpId(), d.id());
			if (row == null) {
				row = row(s, d, root.id());
				mapper.insertDepartment(row);
			}
			else {
				row.unitId = root.id();
				row.name = d.name() == null ? row.name : d.name();
				row.removedAt = null;
				row.syncedAt = time.now();
				mapper.updateDepartment(row);
			}
			return root.id();
		});
	}

	private Long upsert(SyncSources.Source s, ContactDepartment d, long parentUnitId, SyncReport report) {
		String name = d.name() == null || d.name().isBlank() ? d.id() : d.name().strip();
		return tx.execute(status -> {
			SyncMapper.DepartmentRow row = mapper.findDepartment(s.platform().name(), s.corpId(), d.id());
			if (row != null) {
				OrgUnit unit = directory.unit(row.unitId);
				if (row.removedAt != null) {
					report.add(SyncReport.Kind.CHANGED, SyncReport.Subject.UNIT, d.id(), name, null, unit.id(),
							"sync.unit.restored");
				}
				if (!unit.name().equals(name)) {
					directory.renameUnit(unit.id(), name);
					report.add(SyncReport.Kind.CHANGED, SyncReport.Subject.UNIT, d.id(), name, null, unit.id(),
							"sync.unit.renamed", unit.name(), name);
				}
				if (!Objects.equals(unit.parentId(), parentUnitId)) {
					move(unit, parentUnitId, d, name, report);
				}
				row.parentDepartmentId = d.parentId();
				row.name = name;
				row.removedAt = null;
				row.syncedAt = time.now();
				mapper.updateDepartment(row);
				return unit.id();
			}
			OrgUnit unit = mapper.findUnmappedChildUnits(parentUnitId, name, s.platform().name(), s.corpId())
				.stream()
				.findFirst()
				.orElse(null);
			if (unit != null) {
				report.add(SyncReport.Kind.BOUND, SyncReport.Subject.UNIT, d.id(), name, null, unit.id(),
						"sync.unit.adopted", name);
			}
			else {
				String code = code(s, d.id());
				unit = directory.unitByCode(code)
					.orElseGet(() -> directory.createUnit(parentUnitId, code, name, UNIT_TYPE));
				report.add(SyncReport.Kind.CREATED, SyncReport.Subject.UNIT, d.id(), name, null, unit.id(),
						"sync.unit.created", name, directory.unit(parentUnitId).name());
			}
			mapper.insertDepartment(row(s, d, unit.id()));
			return unit.id();
		});
	}

	private void move(OrgUnit unit, long parentUnitId, ContactDepartment d, String name, SyncReport report) {
		OrgUnit parent = directory.unit(parentUnitId);
		if (parent.path().startsWith(unit.path())) {
			report.add(SyncReport.Kind.CONFLICT, SyncReport.Subject.UNIT, d.id(), name, null, unit.id(),
					"sync.unit.cycle", name, parent.name());
			return;
		}
		String from = unit.parentId() == null ? "" : directory.unit(unit.parentId()).name();
		mapper.moveUnit(unit.id(), parentUnitId);
		mapper.rewritePaths(unit.path(), parent.path() + unit.id() + "/");
		report.add(SyncReport.Kind.CHANGED, SyncReport.Subject.UNIT, d.id(), name, null, unit.id(), "sync.unit.moved",
				from, parent.name());
	}

	/**
	 * The platform removed the department: its unit goes when nothing refers to it, else
	 * it stays and is reported.
	 */
	void removed(SyncSources.Source s, OrgUnit root, String departmentId, SyncReport report) {
		Boolean deleted;
		try {
			deleted = tx.execute(status -> {
				SyncMapper.DepartmentRow row = mapper.findDepartment(s.platform().name(), s.corpId(), departmentId);
				if (row == null || row.removedAt != null || row.unitId == root.id()) {
					return null;
				}
				OrgUnit unit = directory.unit(row.unitId);
				if (mapper.unitReferences(unit.id()) > 0) {
					return false;
				}
				mapper.deleteDepartment(row.id);
				mapper.deleteUnit(unit.id());
				report.add(SyncReport.Kind.REMOVED, SyncReport.Subject.UNIT, departmentId, unit.name(), null, null,
						"sync.unit.removed", unit.name());
				return true;
			});
		}
		catch (DataIntegrityViolationException ex) {
			// something this release does not count refers to the unit: it stays
			deleted = false;
		}
		if (Boolean.FALSE.equals(deleted)) {
			tx.executeWithoutResult(status -> {
				SyncMapper.DepartmentRow row = mapper.findDepartment(s.platform().name(), s.corpId(), departmentId);
				OrgUnit unit = directory.unit(row.unitId);
				row.removedAt = time.now();
				row.syncedAt = time.now();
				mapper.updateDepartment(row);
				report.add(SyncReport.Kind.KEPT, SyncReport.Subject.UNIT, departmentId, unit.name(), null, unit.id(),
						"sync.unit.kept", unit.name());
			});
		}
	}

	private SyncMapper.DepartmentRow row(SyncSources.Source s, ContactDepartment d, long unitId) {
		SyncMapper.DepartmentRow row = new SyncMapper.DepartmentRow();
		row.platform = s.platform().name();
		row.corpId = s.corpId();
		row.departmentId = d.id();
		row.parentDepartmentId = d.parentId();
		row.unitId = unitId;
		row.name = d.name() == null || d.name().isBlank() ? d.id() : d.name().strip();
		row.syncedAt = time.now();
		return row;
	}

	/**
	 * {@code dingtalk-<corp>-<department>}, or a digest of it when that is longer than a
	 * unit code may be.
	 */
	static String code(SyncSources.Source s, String departmentId) {
		String code = s.platform().name().toLowerCase(Locale.ROOT) + "-" + s.corpId() + "-" + departmentId;
		if (code.length() <= 64) {
			return code;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
			return s.platform().name().toLowerCase(Locale.ROOT) + "-" + HexFormat.of().formatHex(digest, 0, 20);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
