package dev.baton.bot.discipline;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DisciplineMapper {

	/**
	 * For each handover: was its checklist ever returned in review, was a dispute ruled a
	 * correction.
	 */
	List<Facts> facts(@Param("ids") Collection<Long> handoverIds);

	record Facts(long handoverId, boolean returned, boolean corrected) {
	}

	/** The flags raised on these handovers, with when and why (none for none). */
	List<RaisedFlag> raised(@Param("ids") Collection<Long> handoverIds);

	/**
	 * Notes a flag raised; a flag the handover has already is refused by the primary key.
	 */
	int insert(@Param("f") RaisedFlag flag);

}
