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
			@Param("urgedAt") Instant urgedAt, @Param("recipients") int recipients, @Param("note") String note);

	/** Every urge of the handovers, newest first, with the name of who urged. */
	List<Urge> forHandovers(@Param("ids") Collection<Long> handoverIds);

}
