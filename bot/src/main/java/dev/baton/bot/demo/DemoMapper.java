package dev.baton.bot.demo;

import java.time.Instant;
import java.time.LocalDate;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * What the demo alone writes around the services: one demo handover moved back in time,
 * so that a newcomer sees a step overdue and escalated at once. Never used outside demo
 * mode.
 */
@Mapper
interface DemoMapper {

	/**
	 * The handover as if opened on {@code openedOn}, its checklist due on {@code due},
	 * escalated as {@code body} says.
	 */
	void backdateHandover(@Param("id") long id, @Param("openedOn") LocalDate openedOn, @Param("due") LocalDate due,
			@Param("escalation") String escalationBody);

	/**
	 * Its 签收 step (done) likewise: started on the notice's day, due as the policy counts
	 * from it, done when the demo says it was acknowledged.
	 */
	void backdateReceipt(@Param("id") long id, @Param("startedOn") LocalDate startedOn, @Param("due") LocalDate due,
			@Param("doneAt") Instant doneAt);

	/** Its open checklist step likewise, for the sweep to look at now. */
	void backdateChecklist(@Param("id") long id, @Param("startedOn") LocalDate startedOn, @Param("due") LocalDate due,
			@Param("now") Instant now);

	/**
	 * Its notice, still waiting to be sent, with the checklist's due day said as
	 * {@code to} instead of {@code from} (the payload's JSON pair).
	 */
	void backdateNotice(@Param("id") long id, @Param("from") String from, @Param("to") String to);

}
