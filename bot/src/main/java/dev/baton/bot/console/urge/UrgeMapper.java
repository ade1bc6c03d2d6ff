package dev.baton.bot.console.urge;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UrgeMapper {

	/** When the step was last urged, or null. */
	Instant lastUrgedAt(long stepId);

	void insert(@Param("stepId") long stepId, @Param("handoverId") long handoverId, @Param("urgedBy") long urgedBy,
			@Param("urgedAt") Instant urgedAt, @Param("recipients") int recipients, @Param("note") String note,
			@Param("holder") IdHolder holder);

	/** One person an urge was sent to, and their part in the step (V52). */
	void insertRecipient(@Param("urgeId") long urgeId, @Param("officialId") long officialId,
			@Param("role") String role);

	/** Every urge of the handovers, newest first, with the name of who urged. */
	List<Row> forHandovers(@Param("ids") Collection<Long> handoverIds);

	/** The people these urges were sent to, with their names. */
	List<Urge.Recipient> recipientsOf(@Param("ids") Collection<Long> urgeIds);

	/** A step_urge row with the name of who urged. */
	record Row(long id, long stepId, long handoverId, long urgedBy, String urgedByName, Instant urgedAt, int recipients,
			String note) {
	}

	/** The id of a row just inserted. */
	class IdHolder {

		public long id;

	}

}
