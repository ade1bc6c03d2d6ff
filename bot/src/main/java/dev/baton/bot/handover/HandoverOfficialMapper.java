package dev.baton.bot.handover;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface HandoverOfficialMapper {

	/**
	 * Keeps the official's name and post for the handover, unless kept already; returns
	 * the rows written.
	 */
	int keep(@Param("handoverId") long handoverId, @Param("officialId") long officialId);

	/** Ordered by official id. */
	List<HandoverOfficial> of(@Param("handoverId") long handoverId);

}
