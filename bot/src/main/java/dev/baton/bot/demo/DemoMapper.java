package dev.baton.bot.demo;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * What the demo alone writes around the services: one demo handover (seeded in the past
 * through the services) under the urgent escalation policy and looked at by the sweep
 * now, so that a newcomer sees a step overdue and escalated at once. Never used outside
 * demo mode.
 */
@Mapper
interface DemoMapper {

	/** The handover escalated as {@code body} says. */
	void urgentEscalation(@Param("id") long id, @Param("escalation") String escalationBody);

	/** Its open checklist step, for the sweep to look at from {@code now}. */
	void lookAtChecklist(@Param("id") long id, @Param("now") Instant now);

}
