package dev.baton.bot.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.directory.OrgUnit;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The directory sync's own tables (V20), and the writes to units the directory service
 * has no method for (move a unit with the units below it, remove a unit nothing refers
 * to).
 */
@Mapper
interface SyncMapper {

	// ------------------------------------------------------------------ departments and
	// units

	DepartmentRow findDepartment(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("departmentId") String departmentId);

	List<DepartmentRow> findDepartments(@Param("platform") String platform, @Param("corpId") String corpId);

	void insertDepartment(@Param("row") DepartmentRow row);

	void updateDepartment(@Param("row") DepartmentRow row);

	void deleteDepartment(long id);

	/**
	 * Units directly below the parent with this name that no department of this corp maps
	 * to.
	 */
	List<OrgUnit> findUnmappedChildUnits(@Param("parentId") long parentId, @Param("name") String name,
			@Param("platform") String platform, @Param("corpId") String corpId);

	int moveUnit(@Param("id") long id, @Param("parentId") long parentId);

	int rewritePaths(@Param("oldPath") String oldPath, @Param("newPath") String newPath);

	/**
	 * Rows anywhere that refer to the unit: officials, child units, roles, handovers,
	 * groups, broadcasts, outbox.
	 */
	long unitReferences(long unitId);

	int deleteUnit(long id);

	// ------------------------------------------------------------------ members and
	// officials

	MemberRow findMember(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("userId") String userId);

	int insertMember(@Param("platform") String platform, @Param("corpId") String corpId, @Param("userId") String userId,
			@Param("officialId") long officialId, @Param("createdBySync") boolean createdBySync,
			@Param("at") Instant at);

	int updateMember(@Param("platform") String platform, @Param("corpId") String corpId, @Param("userId") String userId,
			@Param("officialId") long officialId, @Param("at") Instant at);

	/** The account an official has on the platform and corp, if any. */
	String findUserIdOf(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("officialId") long officialId);

	/**
	 * Active officials in the units under {@code unitPath} with an account on the
	 * platform and corp.
	 */
	List<BoundOfficial> findBoundUnder(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("unitPath") String unitPath);

	/**
	 * Active officials under {@code unitPath} with a mobile and no account on the
	 * platform and corp.
	 */
	List<dev.baton.bot.directory.Official> findUnboundWithMobile(@Param("platform") String platform,
			@Param("corpId") String corpId, @Param("unitPath") String unitPath);

	int renameIdentity(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("oldUserId") String oldUserId, @Param("newUserId") String newUserId);

	/**
	 * Open waiting steps of running handovers the official is a party to or organizes.
	 */
	List<PartyStep> findOpenStepsOf(long officialId);

	// ------------------------------------------------------------------ runs

	void insertRun(@Param("run") RunRow run);

	int finishRun(@Param("run") RunRow run);

	void insertEntries(@Param("runId") long runId, @Param("entries") List<SyncReport.Entry> entries);

	SyncRun findRun(long id);

	/**
	 * Newest first, {@code limit} of them, before the id {@code before} when given; only
	 * the runs whose unit is under one of {@code scopePaths} (null: every run), and runs
	 * with no unit when {@code withoutUnit}.
	 */
	List<SyncRun> findRuns(@Param("scopePaths") List<String> scopePaths, @Param("withoutUnit") boolean withoutUnit,
			@Param("before") Long before, @Param("limit") int limit);

	List<EntryRow> findEntries(long runId);

	// ------------------------------------------------------------------ events and
	// unbound people

	int insertEvent(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("eventKey") String eventKey, @Param("at") Instant at);

	int deleteEvent(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("eventKey") String eventKey);

	int insertUnboundAttempt(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("userId") String userId, @Param("day") LocalDate day, @Param("unitId") Long unitId,
			@Param("at") Instant at);

	// ------------------------------------------------------------------ rows

	class DepartmentRow {

		public Long id;

		public String platform;

		public String corpId;

		public String departmentId;

		public String parentDepartmentId;

		public long unitId;

		public String name;

		public Instant syncedAt;

		public Instant removedAt;

	}

	record MemberRow(String userId, long officialId, boolean createdBySync) {
	}

	record BoundOfficial(String userId, long officialId) {
	}

	record PartyStep(long stepId, String kind, String subject, LocalDate dueOn, long handoverId, String unitName,
			String unitPath, long departingId, String departingName, long successorId, String successorName,
			long organizerId) {
	}

	record EntryRow(long id, String kind, String subject, String platformRef, String name, Long officialId, Long unitId,
			String reason, String args, String code, String platformMessage) {
	}

	class RunRow {

		public Long id;

		public String platform;

		public String corpId;

		public String source;

		public Long unitId;

		public String triggerKind;

		public String eventType;

		public String eventKey;

		public Long requestedBy;

		public String outcome;

		public Instant startedAt;

		public Instant finishedAt;

		public int created;

		public int changed;

		public int bound;

		public int deactivated;

		public int unmatched;

		public int conflicts;

		public int failed;

	}

}
