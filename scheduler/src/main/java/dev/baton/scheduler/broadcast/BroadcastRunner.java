package dev.baton.scheduler.broadcast;

import java.time.Instant;

/**
 * Sends one scheduled run of a broadcast; a run already sent (same broadcast, same fire
 * time) is not sent again.
 */
public interface BroadcastRunner {

	void run(long broadcastId, Instant scheduledFireTime);

}
