package dev.baton.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulator's notion of now: the real clock plus an offset that tests move forward, so
 * that tokens expire, response codes age and rate windows slide without waiting.
 */
public final class EmulatorClock extends Clock {

	private final Clock base;

	private final AtomicLong offsetMillis = new AtomicLong();

	public EmulatorClock() {
		this(Clock.systemUTC());
	}

	public EmulatorClock(Clock base) {
		this.base = base;
	}

	/** Moves the emulator's time forward (never backwards). */
	public void advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("the emulator clock only moves forward: " + duration);
		}
		offsetMillis.addAndGet(duration.toMillis());
	}

	public long millis() {
		return base.millis() + offsetMillis.get();
	}

	@Override
	public Instant instant() {
		return Instant.ofEpochMilli(millis());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the emulator clock is always UTC");
	}

}
