package dev.baton.bot.sync;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.access.Subject;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Role;
import dev.baton.bot.system.ConflictException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.contacts.ContactDepartment;
import dev.baton.integrations.contacts.ContactUser;
import dev.baton.integrations.state.SharedState;
import dev.baton.scheduler.sync.DirectoryReconciliation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A reconciliation run of one source: the platform's departments become units
 * ({@link UnitTree}), its members officials ({@link MemberSync}), and the bound officials
 * under the synced unit whom the platform no longer lists are deactivated
 * ({@link Departures}) — only when every read succeeded, so a failed read never looks
 * like a departure. Each change is its own transaction; the run's report is kept
 * ({@link SyncRuns}). One run of a source at a time, across instances; an org event waits
 * its turn the same way. Runs by hand (REST), at night (Quartz) or for one event.
 */
@Service
public class DirectorySync implements DirectoryReconciliation {

	/** Longer than any run; a crashed instance's lock lapses after it. */
	static final Duration LOCK = Duration.ofMinutes(30);

	private static final Logger log = LoggerFactory.getLogger(DirectorySync.class);

	private final SyncSources sources;

	private final Directory directory;

	private final UnitTree units;

	private final MemberSync members;

	private final Departures departures;

	private final SyncRuns runs;

	private final SyncMapper mapper;

	private final SharedState state;

	private final Access access;

	DirectorySync(SyncSources sources, Directory directory, UnitTree units, MemberSync members, Departures departures,
			SyncRuns runs, SyncMapper mapper, SharedState state, Access access) {
		this.sources = sources;
		this.directory = directory;
		this.units = units;
		this.members = members;
		this.departures = departures;
		this.runs = runs;
		this.mapper = mapper;
		this.state = state;
		this.access = access;
	}

	/**
	 * {@code POST /api/directory/sync/{platform}/{name}}: a run now, for an administrator
	 * over the synced unit.
	 */
	public SyncRun runNow(Actor actor, String platformName, String name) {
		SyncSources.Source s = SyncSources.platform(platformName)
			.flatMap(p -> sources.named(p, name))
			.orElseThrow(() -> new NotFoundException("syncSource", platformName + "/" + name));
		Optional<OrgUnit> unit = directory.unitByCode(s.unitCode());
		if (unit.isPresent()) {
			access.require(actor, Action.SYNC_DIRECTORY, new Subject(unit.get().path(), -1, -1));
		}
		else if (!actor.isSystem() && actor.roles().stream().noneMatch(r -> r.role() == Role.ADMIN)) {
			// the unit is missing (the run reports it): any administrator may see that
			throw new NotPermittedException(Action.SYNC_DIRECTORY, null);
		}
		return run(s, SyncRuns.Trigger.MANUAL, actor.officialId())
			.orElseThrow(() -> new ConflictException("sync.running", "a run of " + name + " is under way", name));
	}

	/**
	 * The nightly job: every source in turn; a failing one is reported in its run and
	 * does not stop the others.
	 */
	@Override
	public void reconcileAll() {
		for (SyncSources.Source s : sources.all()) {
			try {
				run(s, SyncRuns.Trigger.NIGHTLY, null).ifPresentOrElse(
						r -> log.info("Nightly sync of {}: {}", s.name(), r),
						() -> log.info("Nightly sync of {} skipped: a run is under way", s.name()));
			}
			catch (RuntimeException ex) {
				log.error("Nightly sync of {} failed", s.name(), ex);
			}
		}
	}

	/** A reconciliation run; empty when another run of the source holds the lock. */
	Optional<SyncRun> run(SyncSources.Source s, SyncRuns.Trigger trigger, Long requestedBy) {
		String lock = lockKey(s.platform(), s.corpId());
		if (!state.putIfAbsent(lock, "run", LOCK)) {
			return Optional.empty();
		}
		try {
			SyncMapper.RunRow run = runs.start(s, trigger, requestedBy, null, null);
			SyncReport report = new SyncReport();
			OrgUnit root = null;
			String outcome;
			try {
				root = directory.unitByCode(s.unitCode()).orElse(null);
				outcome = root == null ? noRoot(s, report)
						: s.contacts() == null ? noContacts(s, report) : reconcile(s, root, report);
			}
			catch (RuntimeException ex) {
				log.error("The sync of {} failed", s.name(), ex);
				report.add(SyncReport.Kind.FAILED, SyncReport.Subject.DEPARTMENT, null, null, null, null,
						"sync.failed.unexpected");
				outcome = "FAILED";
			}
			return Optional.of(runs.finish(run, root == null ? null : root.id(), outcome, report));
		}
		finally {
			state.delete(lock);
		}
	}

	static String lockKey(Platform platform, String corpId) {
		return "sync-lock:" + platform + ":" + corpId;
	}

	private static String noRoot(SyncSources.Source s, SyncReport report) {
		report.add(SyncReport.Kind.FAILED, SyncReport.Subject.UNIT, null, null, null, null, "sync.failed.noUnit",
				s.unitCode());
		return "FAILED";
	}

	private static String noContacts(SyncSources.Source s, SyncReport report) {
		report.add(SyncReport.Kind.FAILED, SyncReport.Subject.DEPARTMENT, null, null, null, null,
				"sync.failed.noContacts", s.platform().name(), s.corpId());
		return "FAILED";
	}

	private String reconcile(SyncSources.Source s, OrgUnit root, SyncReport report) {
		List<ContactDepartment> departments;
		try {
			departments = read(s.contacts()::departments);
		}
		catch (PlatformException ex) {
			report.failed(SyncReport.Subject.DEPARTMENT, null, null, "sync.failed.departments", ex);
			return "FAILED";
		}
		Map<String, Long> unitOfDepartment = units.reconcile(s, root, departments, report);

		Map<String, ContactUser> listed = new LinkedHashMap<>();
		for (ContactDepartment d : departments) {
			try {
				for (ContactUser u : read(() -> s.contacts().members(d.id()))) {
					listed.merge(u.userId(), u, (a, b) -> a);
				}
			}
			catch (PlatformException ex) {
				report.failed(SyncReport.Subject.DEPARTMENT, d.id(), d.name(), "sync.failed.members", ex);
			}
		}
		Map<String, ContactUser> unmatched = new LinkedHashMap<>();
		Map<String, Long> unitOfUser = new LinkedHashMap<>();
		for (ContactUser user : listed.values()) {
			if (!user.active()) {
				departures.left(s, user.userId(), report);
				continue;
			}
			Long unitId = user.departmentIds()
				.stream()
				.map(unitOfDepartment::get)
				.filter(java.util.Objects::nonNull)
				.findFirst()
				.orElse(null);
			unitOfUser.put(user.userId(), unitId);
			if (!members.match(s, root, user, unitId, report)) {
				unmatched.put(user.userId(), user);
			}
		}
		members.lookUpByMobile(s, root, unmatched, unitOfUser, report, true);
		for (ContactUser user : unmatched.values()) {
			members.createOrReport(s, user, unitOfUser.get(user.userId()), report);
		}
		if (report.isIncomplete()) {
			return "PARTIAL";
		}
		for (SyncMapper.BoundOfficial b : mapper.findBoundUnder(s.platform().name(), s.corpId(), root.path())) {
			ContactUser user = listed.get(b.userId());
			if (user == null || !user.active()) {
				departures.left(s, b.userId(), report);
			}
		}
		return "DONE";
	}

	/**
	 * A read, tried twice more a second apart when the platform is busy or throttling
	 * (its own advice).
	 */
	private static <T> T read(Supplier<T> call) {
		for (int attempt = 1;; attempt++) {
			try {
				return call.get();
			}
			catch (PlatformException ex) {
				if (!ex.isTransient() || attempt == 3) {
					throw ex;
				}
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

}
