package dev.baton.bot.groups;

import java.time.Instant;
import java.util.List;

import dev.baton.integrations.chat.Platform;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UnitGroupMapper {

	List<UnitChatGroup> forUnit(@Param("unitId") long unitId);

	/** The unit's binding of this group, or null. */
	UnitChatGroup findBinding(@Param("unitId") long unitId, @Param("platform") Platform platform,
			@Param("corpId") String corpId, @Param("groupId") String groupId);

	UnitChatGroup find(@Param("id") long id);

	List<UnitChatGroup> forCorp(@Param("platform") Platform platform, @Param("corpId") String corpId);

	/**
	 * @return 0 when the unit already has this group (nothing changes)
	 */
	int insert(@Param("unitId") long unitId, @Param("platform") Platform platform, @Param("corpId") String corpId,
			@Param("groupId") String groupId, @Param("name") String name, @Param("boundBy") Long boundBy,
			@Param("at") Instant at);

	int delete(@Param("id") long id);

}
