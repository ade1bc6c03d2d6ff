package dev.baton.bot.broadcast;

import java.time.ZoneId;
import java.util.Set;

import dev.baton.scheduler.broadcast.BroadcastJob;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps one Quartz job and cron trigger per enabled broadcast in the clustered store.
 * Changes made through {@link BroadcastAdmin} are scheduled in the same transaction as
 * the row (Spring's job store joins it); at start-up the store is brought in line with
 * the table (e.g. after a migration seeded a broadcast).
 */
@Component
class BroadcastTriggers {

	private static final Logger log = LoggerFactory.getLogger(BroadcastTriggers.class);

	private final Scheduler scheduler;

	private final BroadcastMapper mapper;

	BroadcastTriggers(Scheduler scheduler, BroadcastMapper mapper) {
		this.scheduler = scheduler;
		this.mapper = mapper;
	}

	void schedule(Broadcast b) {
		try {
			if (!b.enabled()) {
				unschedule(b.id());
				return;
			}
			scheduler.scheduleJob(BroadcastJob.detail(b.id(), b.name()),
					Set.of(BroadcastJob.trigger(b.id(), b.cron(), ZoneId.of(b.timeZone()))), true);
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Could not schedule broadcast " + b.id(), ex);
		}
	}

	void unschedule(long broadcastId) {
		try {
			scheduler.deleteJob(BroadcastJob.jobKey(broadcastId));
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Could not unschedule broadcast " + broadcastId, ex);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void syncAtStartUp() throws SchedulerException {
		Set<JobKey> stale = new java.util.HashSet<>(
				scheduler.getJobKeys(GroupMatcher.jobGroupEquals(BroadcastJob.GROUP)));
		for (Broadcast b : mapper.all()) {
			stale.remove(BroadcastJob.jobKey(b.id()));
			schedule(b);
		}
		for (JobKey key : stale) {
			scheduler.deleteJob(key);
		}
		log.info("Broadcasts scheduled: {}", mapper.all().stream().filter(Broadcast::enabled).count());
	}

}
