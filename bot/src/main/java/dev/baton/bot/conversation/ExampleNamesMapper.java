package dev.baton.bot.conversation;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** Who is a party to a handover of a unit, so an example names others first. */
@Mapper
interface ExampleNamesMapper {

	/**
	 * The departing and incoming officials of every handover of the unit, any state, each
	 * with whether a handover of theirs is still before archiving: one a new handover of
	 * the unit may clash with (as opening reads it).
	 */
	@Select("SELECT official_id, MAX(running) AS running FROM (" + "SELECT departing_id AS official_id, " + RUNNING
			+ " AS running FROM handover WHERE unit_id = #{unitId}" + " UNION ALL SELECT successor_id, " + RUNNING
			+ " FROM handover WHERE unit_id = #{unitId}" + ") p GROUP BY official_id")
	List<Party> parties(long unitId);

	/** Before archiving, as the clash check of opening reads it. */
	String RUNNING = "state NOT IN ('ARCHIVED', 'FOLLOW_UP', 'CLOSED', 'CANCELLED')";

	/**
	 * An official of a handover of the unit; {@code running}: of one not yet archived.
	 */
	record Party(long officialId, boolean running) {
	}

}
