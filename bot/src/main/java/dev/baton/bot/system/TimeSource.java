package dev.baton.bot.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * "Now" and "today" for Baton: instants to the millisecond (what the database keeps),
 * dates in the units' time zone ({@code baton.zone}, Asia/Shanghai by default). Tests
 * replace the clock.
 */
public class TimeSource {

	private final Clock clock;

	private final ZoneId zone;

	public TimeSource(Clock clock, ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	public Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	public ZoneId zone() {
		return zone;
	}

}
