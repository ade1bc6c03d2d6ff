package dev.baton.bot.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Baton's time in demo mode ({@code baton.demo=true}): the real clock plus however far
 * the demo's users have moved it forward from the console, so that deadlines pass,
 * reminders go out and steps turn yellow then red without waiting days (issue #17,
 * newcomer 20b finding 1). The moves are kept in {@code demo_clock_move} (V70), so a
 * restart keeps the time; the clock never goes back. Outside demo mode it is off: Baton's
 * time is the real time and nothing can move it.
 *
 * <p>
 * Only Baton's business time ({@link TimeSource}) moves: the console sessions' idle
 * expiry, the platforms' signature time windows and the job scheduler's triggers keep the
 * real clock.
 */
public class DemoClock {

	/** The farthest one move may go. */
	public static final Duration MOST = Duration.ofDays(366);

	private final Clock real;

	private final DemoClockMapper mapper;

	private final boolean on;

	private volatile Duration ahead;

	public DemoClock(Clock real, DemoClockMapper mapper, boolean on) {
		this.real = real;
		this.mapper = mapper;
		this.on = on;
	}

	/** Whether the demo's clock is on (demo mode). */
	public boolean on() {
		return on;
	}

	/** How far ahead of the real time Baton's time is (zero outside demo mode). */
	public Duration ahead() {
		if (!on) {
			return Duration.ZERO;
		}
		Duration known = ahead;
		if (known == null) {
			synchronized (this) {
				if (ahead == null) {
					ahead = Duration.ofMillis(mapper.totalForwardMs());
				}
				known = ahead;
			}
		}
		return known;
	}

	/** The real time, as the {@link Clock} bean tells it. */
	public Instant realNow() {
		return real.instant();
	}

	/**
	 * Moves Baton's time forward by {@code by} (at most {@link #MOST}), recorded with who
	 * moved it.
	 * @throws InvalidInputException when the demo's clock is off or {@code by} is not
	 * forward within the limit
	 */
	public synchronized Duration moveForward(long officialId, Duration by) {
		if (!on) {
			throw new InvalidInputException("console.demoClock.off", "the demo's clock moves only in demo mode");
		}
		if (by.isNegative() || by.isZero() || by.compareTo(MOST) > 0) {
			throw new InvalidInputException("console.demoClock.range", "a move forward of one hour to 366 days");
		}
		mapper.insert(real.instant(), officialId, by.toMillis());
		ahead = ahead().plus(by);
		return ahead;
	}

	/** The moves made, newest first. */
	public List<DemoClockMapper.Move> moves() {
		return on ? mapper.moves() : List.of();
	}

	/** Baton's time as a {@link Clock}: the real one shifted forward. */
	Clock clock() {
		return new Shifted();
	}

	private final class Shifted extends Clock {

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return real.instant().plus(ahead());
		}

	}

}
