package dev.baton.bot.broadcast;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.calendar.WorkCalendar;
import org.quartz.CronExpression;
import org.springframework.stereotype.Component;

/**
 * When a broadcast will next send, as the scheduler fires it and {@link BroadcastService}
 * skips it: its cron read in its time zone from now on, a fire on a rest day of the work
 * calendar left out when it is for working days only; none while it is paused.
 */
@Component
public class NextRuns {

	/**
	 * Fires looked at before giving up (a cron of rest days only for a working-days
	 * broadcast sends nothing).
	 */
	private static final int LOOK_AHEAD = 1000;

	private final WorkCalendar calendar;

	private final TimeSource time;

	NextRuns(WorkCalendar calendar, TimeSource time) {
		this.calendar = calendar;
		this.time = time;
	}

	public List<Instant> of(Broadcast b, int count) {
		if (!b.enabled()) {
			return List.of();
		}
		CronExpression cron;
		try {
			cron = new CronExpression(b.cron());
		}
		catch (ParseException ex) {
			return List.of();
		}
		ZoneId zone = ZoneId.of(b.timeZone());
		cron.setTimeZone(TimeZone.getTimeZone(zone));
		List<Instant> runs = new ArrayList<>();
		Date at = Date.from(time.now());
		for (int i = 0; i < LOOK_AHEAD && runs.size() < count; i++) {
			at = cron.getNextValidTimeAfter(at);
			if (at == null) {
				break;
			}
			LocalDate day = LocalDate.ofInstant(at.toInstant(), zone);
			if (!b.workingDaysOnly() || calendar.isWorkingDay(day)) {
				runs.add(at.toInstant());
			}
		}
		return runs;
	}

}
