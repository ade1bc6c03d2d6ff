package dev.baton.integrations.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessSharedStateTest extends SharedStateContract {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:00:00Z"));

	private final InProcessSharedState state = new InProcessSharedState(clock);

	@Override
	SharedState state() {
		return state;
	}

	@Override
	void elapse(Duration duration) {
		clock.advance(duration);
	}

	@Test
	void entriesExpireAfterTheirTimeToLive() {
		state.put("dialog", "x", Duration.ofMinutes(30));

		clock.advance(Duration.ofMinutes(29));
		assertThat(state.get("dialog")).contains("x");
		clock.advance(Duration.ofMinutes(1));
		assertThat(state.get("dialog")).isEmpty();
	}

	@Test
	void anExpiredKeyCanBeClaimedAgain() {
		assertThat(state.putIfAbsent("msg-1", "seen", Duration.ofSeconds(10))).isTrue();
		clock.advance(Duration.ofSeconds(10));

		assertThat(state.putIfAbsent("msg-1", "seen again", Duration.ofSeconds(10))).isTrue();
	}

	@Test
	void bucketRefillsEvenlyOverItsPeriod() {
		RateLimit sixPerMinute = new RateLimit(6, Duration.ofMinutes(1));
		for (int i = 0; i < 6; i++) {
			state.acquire("app", sixPerMinute, 1);
		}
		assertThat(state.acquire("app", sixPerMinute, 1)).isEqualTo(Duration.ofSeconds(10));

		clock.advance(Duration.ofSeconds(10));
		assertThat(state.acquire("app", sixPerMinute, 1)).isZero();
		assertThat(state.acquire("app", sixPerMinute, 1)).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void describesItself() {
		assertThat(state.describe()).isEqualTo("in-process");
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant start) {
			this.now = start;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
