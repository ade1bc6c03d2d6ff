package dev.baton.bot.conversation;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** Who is a party to a handover of a unit, so an example names others first. */
@Mapper
interface ExampleNamesMapper {

	/** The departing and incoming officials of every handover of the unit, any state. */
	@Select("SELECT departing_id FROM handover WHERE unit_id = #{unitId}"
			+ " UNION SELECT successor_id FROM handover WHERE unit_id = #{unitId}")
	List<Long> parties(long unitId);

}
