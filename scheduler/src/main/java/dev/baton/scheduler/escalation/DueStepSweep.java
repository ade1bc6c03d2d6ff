package dev.baton.scheduler.escalation;

/**
 * Sends whatever reminders and escalation levels are due now, for every instance of Baton
 * at once: implementations must be safe to run concurrently and must send each stage of
 * each step at most once.
 */
public interface DueStepSweep {

	SweepOutcome sweepDue();

}
