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

	/**
	 * "Now" on this thread while {@link #asOf} runs: the demo's seeded history, written
	 * through the real services at the times its story says (issue #17).
	 */
	private final ThreadLocal<Instant> storyNow = new ThreadLocal<>();

	public Instant now() {
		return instant().truncatedTo(ChronoUnit.MILLIS);
	}

	public LocalDate today() {
		return LocalDate.ofInstant(instant(), zone);
	}

	/**
	 * Runs {@code work} on this thread as if it were {@code at} (never later than now):
	 * what it writes (audit rows, steps, notices) carries that time, as it would have had
	 * the work been done then. Other threads keep the clock's time. For the demo's seeded
	 * history only.
	 */
	public <T> T asOf(Instant at, java.util.function.Supplier<T> work) {
		if (at.isAfter(clock.instant())) {
			throw new IllegalArgumentException("a seeded history cannot happen after now: " + at);
		}
		Instant before = storyNow.get();
		storyNow.set(at);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				storyNow.remove();
			}
			else {
				storyNow.set(before);
			}
		}
	}

	private Instant instant() {
		Instant story = storyNow.get();
		return story != null ? story : clock.instant();
	}

	public ZoneId zone() {
		return zone;
	}

}
