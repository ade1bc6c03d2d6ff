package dev.baton.bot.roster;

import java.time.Instant;
import java.util.List;

import dev.baton.bot.directory.IdentityBinding;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.RoleAssignment;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The roster import's bulk reads and writes of the directory tables: every list is read
 * with one statement per chunk (see {@link RosterImport#CHUNK}), and every write is a
 * multi-row statement, so a 10,000-row roster takes tens of statements, not tens of
 * thousands.
 */
@Mapper
interface RosterMapper {

	/** Serializes bulk writers of the directory (V19). */
	Integer lockDirectory();

	List<OrgUnit> allUnits();

	List<Official> officialsInUnits(@Param("unitIds") List<Long> unitIds);

	List<Official> officialsByMobiles(@Param("mobiles") List<String> mobiles);

	List<IdentityBinding> identitiesOf(@Param("officialIds") List<Long> officialIds);

	List<IdentityBinding> identitiesByUsers(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("userIds") List<String> userIds);

	List<RoleAssignment> rolesOf(@Param("officialIds") List<Long> officialIds);

	void insertUnits(@Param("units") List<NewUnit> units, @Param("createdAt") Instant createdAt);

	List<CodeId> unitIdsByCodes(@Param("codes") List<String> codes);

	void updateUnitPaths(@Param("units") List<CodeId> units);

	void updateUnitTypes(@Param("units") List<UnitType> units);

	Long maxOfficialId();

	/** Officials with an id above {@code after} in the units: the ones just written. */
	List<Official> officialsAfter(@Param("after") long after, @Param("unitIds") List<Long> unitIds);

	void insertOfficials(@Param("officials") List<NewOfficial> officials, @Param("createdAt") Instant createdAt);

	void updateOfficials(@Param("officials") List<OfficialUpdate> officials);

	void insertRoles(@Param("roles") List<NewRole> roles, @Param("createdAt") Instant createdAt);

	record NewUnit(Long parentId, String code, String name, String unitType, String path) {
	}

	/** A unit's id by its code, and (for {@link #updateUnitPaths}) its path. */
	record CodeId(String code, long id, String path) {
	}

	/** A unit's new type (单位类型). */
	record UnitType(long id, String unitType) {
	}

	record NewOfficial(String name, String post, long unitId, String mobile) {
	}

	/**
	 * The whole row as it will be: only officials whose post, unit, mobile or active flag
	 * changes are written.
	 */
	record OfficialUpdate(long id, String post, long unitId, String mobile, boolean active) {
	}

	/**
	 * {@code department} is '' for every role but a reviewer's (the column is part of the
	 * unique key).
	 */
	record NewRole(long officialId, String role, String department, long scopeUnitId) {
	}

}
