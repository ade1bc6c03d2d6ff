package dev.baton.bot.directory;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DirectoryMapper {

	void insertUnit(@Param("unit") UnitRow unit);

	void updateUnitPath(@Param("id") long id, @Param("path") String path);

	int updateUnitPolicy(@Param("id") long id, @Param("policyCode") String policyCode);

	int renameUnit(@Param("id") long id, @Param("name") String name);

	int setUnitType(@Param("id") long id, @Param("unitType") String unitType);

	OrgUnit findUnit(long id);

	List<OrgUnit> findTopUnits();

	/** The units whose path starts with this one, parents first. */
	List<OrgUnit> findUnitsUnder(@Param("path") String path);

	OrgUnit findUnitByCode(String code);

	List<OrgUnit> findUnitsByName(String name);

	List<OrgUnit> findUnitsOnPath(@Param("ids") List<Long> ids);

	void insertOfficial(@Param("official") OfficialRow official);

	Official findOfficial(long id);

	int setActive(@Param("id") long id, @Param("active") boolean active);

	int updateOfficial(@Param("id") long id, @Param("name") String name, @Param("post") String post,
			@Param("unitId") long unitId, @Param("mobile") String mobile);

	/** Locks the official's row until the transaction ends; null if there is none. */
	Long lockOfficial(long id);

	List<Official> searchOfficials(@Param("unitPath") String unitPath, @Param("text") String text,
			@Param("active") Boolean active, @Param("after") long after, @Param("limit") int limit);

	List<Official> findOfficialsByMobile(String mobile);

	List<Official> findOfficials(@Param("unitPath") String unitPath);

	int insertIdentity(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("userId") String userId, @Param("officialId") long officialId, @Param("boundAt") Instant boundAt);

	Long findOfficialIdByIdentity(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("userId") String userId);

	List<ChatIdentity> findIdentitiesOf(long officialId);

	Directory.BoundAccount findBoundAccount(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("userId") String userId);

	int setIdentityEnglish(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("userId") String userId, @Param("english") boolean english);

	ChatIdentity findIdentity(long id);

	int deleteIdentity(long id);

	List<Official> findOfficialsBoundOn(@Param("platform") String platform, @Param("corpId") String corpId);

	int insertRole(@Param("officialId") long officialId, @Param("role") Role role,
			@Param("department") String department, @Param("scopeUnitId") long scopeUnitId,
			@Param("createdAt") Instant createdAt);

	int insertRootRole(@Param("officialId") long officialId, @Param("role") Role role,
			@Param("createdAt") Instant createdAt);

	List<RoleAssignment> findRoles(long officialId);

	RoleAssignment findRole(long id);

	int deleteRole(long id);

	List<Long> findRootAdmins();

	List<Long> lockRootAdminRows();

	List<Long> findHolders(@Param("role") Role role, @Param("department") String department,
			@Param("unitPath") String unitPath);

	List<Long> findHoldersAnywhere(@Param("role") Role role);

	List<IdentityBinding> findIdentitiesByUsers(@Param("platform") String platform, @Param("corpId") String corpId,
			@Param("userIds") List<String> userIds);

	void insertIdentities(@Param("bindings") List<IdentityBinding> bindings, @Param("boundAt") Instant boundAt);

	/** Insert parameters with the generated key written back. */
	class UnitRow {

		public Long id;

		public Long parentId;

		public String code;

		public String name;

		public String unitType;

		public String path;

		public Instant createdAt;

	}

	/** Insert parameters with the generated key written back. */
	class OfficialRow {

		public Long id;

		public String name;

		public String post;

		public long unitId;

		public String mobile;

		public Instant createdAt;

	}

}
