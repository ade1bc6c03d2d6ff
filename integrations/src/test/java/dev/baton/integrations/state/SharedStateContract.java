package dev.baton.integrations.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** What every {@link SharedState} must do; each implementation runs it. */
abstract class SharedStateContract {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	abstract SharedState state();

	/** Lets time pass for the state's clock (Redis's: real time). */
	void elapse(Duration duration) throws InterruptedException {
		Thread.sleep(duration.toMillis());
	}

	/** A key no other test of this JVM uses (the Redis server is shared). */
	static String key(String name) {
		return name + ":" + UUID.randomUUID();
	}

	@Test
	void getReturnsWhatPutStored() {
		String key = key("dialog");
		state().put(key, "{\"step\":\"填写经济事项\",\"emoji\":\"✅🙂\"}", MINUTE);

		assertThat(state().get(key)).contains("{\"step\":\"填写经济事项\",\"emoji\":\"✅🙂\"}");
	}

	@Test
	void putReplacesAndDeleteRemoves() {
		String key = key("token");
		state().put(key, "first", MINUTE);
		state().put(key, "second", MINUTE);

		assertThat(state().get(key)).contains("second");
		assertThat(state().delete(key)).isTrue();
		assertThat(state().get(key)).isEmpty();
		assertThat(state().delete(key)).isFalse();
	}

	@Test
	void putIfAbsentStoresOnlyTheFirst() {
		String key = key("dedup");

		assertThat(state().putIfAbsent(key, "a", MINUTE)).isTrue();
		assertThat(state().putIfAbsent(key, "b", MINUTE)).isFalse();
		assertThat(state().get(key)).contains("a");
	}

	@Test
	void putIfAbsentHasExactlyOneWinnerUnderContention() throws Exception {
		String key = key("dedup-race");
		int contenders = 16;
		ExecutorService pool = Executors.newFixedThreadPool(contenders);
		try {
			List<Callable<Boolean>> calls = new ArrayList<>();
			for (int i = 0; i < contenders; i++) {
				String value = "caller-" + i;
				calls.add(() -> state().putIfAbsent(key, value, MINUTE));
			}
			int winners = 0;
			for (Future<Boolean> result : pool.invokeAll(calls)) {
				winners += result.get() ? 1 : 0;
			}
			assertThat(winners).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void entriesNeedAPositiveTimeToLive() {
		assertThatIllegalArgumentException().isThrownBy(() -> state().put(key("x"), "v", Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> state().putIfAbsent(key("x"), "v", null));
	}

	@Test
	void bucketGrantsItsCapacityThenAsksToWait() {
		String bucket = key("wecom-app");
		RateLimit fivePerHour = new RateLimit(5, Duration.ofHours(1));

		for (int i = 0; i < 5; i++) {
			assertThat(state().acquire(bucket, fivePerHour, 1)).as("call %d", i + 1).isZero();
		}
		Duration wait = state().acquire(bucket, fivePerHour, 1);

		// one token comes back every 12 minutes
		assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(12));
	}

	@Test
	void bucketTakesSeveralPermitsAtOnceOrNone() {
		String bucket = key("dingtalk-batch");
		RateLimit twentyPerHour = new RateLimit(20, Duration.ofHours(1));

		assertThat(state().acquire(bucket, twentyPerHour, 15)).isZero();
		assertThat(state().acquire(bucket, twentyPerHour, 10)).isPositive();
		// the refused call took nothing: the five left are still there
		assertThat(state().acquire(bucket, twentyPerHour, 5)).isZero();
	}

	@Test
	void bucketsAreIndependent() {
		RateLimit onePerHour = new RateLimit(1, Duration.ofHours(1));
		String first = key("member-a");
		String second = key("member-b");

		assertThat(state().acquire(first, onePerHour, 1)).isZero();
		assertThat(state().acquire(second, onePerHour, 1)).isZero();
		assertThat(state().acquire(first, onePerHour, 1)).isPositive();
	}

	@Test
	void manyBucketsAtOnceAreEachDecidedAsAlone() {
		RateLimit twoPerHour = new RateLimit(2, Duration.ofHours(1));
		String spent = key("member-spent");
		String once = key("member-once");
		String fresh = key("member-fresh");
		state().acquire(spent, twoPerHour, 2);
		state().acquire(once, twoPerHour, 1);

		List<Duration> waits = state().acquireEach(List.of(spent, once, fresh, fresh, fresh), twoPerHour);

		// the spent bucket waits half an hour for its next token and nothing is taken
		// from it; a bucket named twice in one call gives its tokens in turn
		assertThat(waits).hasSize(5);
		assertThat(waits.get(0)).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(30).plusSeconds(1));
		assertThat(waits.subList(1, 4)).allMatch(Duration::isZero);
		assertThat(waits.get(4)).isPositive();
		assertThat(state().acquire(once, twoPerHour, 1)).isPositive();
		assertThat(state().acquireEach(List.of(), twoPerHour)).isEmpty();
	}

	@Test
	void aFanOutsBucketsAreAllAnswered() {
		RateLimit thirtyAMinute = new RateLimit(30, Duration.ofMinutes(1));
		String prefix = key("fan-out");
		List<String> buckets = new ArrayList<>();
		for (int i = 0; i < 2_500; i++) {
			buckets.add(prefix + ":" + i);
		}
		state().acquire(buckets.get(2_400), thirtyAMinute, 30);

		List<Duration> waits = state().acquireEach(buckets, thirtyAMinute);

		assertThat(waits).hasSize(2_500);
		assertThat(waits.get(2_400)).isPositive();
		assertThat(waits.stream().filter(Duration::isZero).count()).isEqualTo(2_499);
	}

	@Test
	void permitsOutsideTheCapacityAreRejected() {
		RateLimit limit = new RateLimit(3, Duration.ofSeconds(1));

		assertThatIllegalArgumentException().isThrownBy(() -> state().acquire(key("b"), limit, 4));
		assertThatIllegalArgumentException().isThrownBy(() -> state().acquire(key("b"), limit, 0));
	}

	@Test
	void aSlidingWindowGrantsItsWholeLimitAtOnceThenWaitsForTheOldestGrantToLeave() {
		String window = key("dingtalk-recipients");

		assertThat(state().acquireInWindow(window, 300, Duration.ofHours(1), 100)).isZero();
		assertThat(state().acquireInWindow(window, 300, Duration.ofHours(1), 200)).isZero();
		Duration wait = state().acquireInWindow(window, 300, Duration.ofHours(1), 100);

		// the first grant leaves the window an hour after it was made, and nothing was
		// taken meanwhile
		assertThat(wait).isGreaterThan(Duration.ofMinutes(59)).isLessThanOrEqualTo(Duration.ofHours(1).plusSeconds(1));
		assertThat(state().acquireInWindow(window, 300, Duration.ofHours(1), 1)).isPositive();
		assertThat(state().acquireInWindow(key("other"), 300, Duration.ofHours(1), 300)).isZero();
	}

	@Test
	void aSlidingWindowForgetsGrantsOlderThanItself() throws Exception {
		String window = key("short");
		assertThat(state().acquireInWindow(window, 2, Duration.ofMillis(200), 2)).isZero();
		assertThat(state().acquireInWindow(window, 2, Duration.ofMillis(200), 1)).isPositive()
			.isLessThanOrEqualTo(Duration.ofMillis(201));
		elapse(Duration.ofMillis(250));
		assertThat(state().acquireInWindow(window, 2, Duration.ofMillis(200), 2)).isZero();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> state().acquireInWindow(window, 2, Duration.ofSeconds(1), 3));
	}

	@Test
	void aGrantCountedAgainLeavesTheWindowAWindowAfterThatMoment() throws Exception {
		Duration twoSeconds = Duration.ofSeconds(2);
		String window = grantedThenCountedAgainAfter(twoSeconds, Duration.ofMillis(1500));
		elapse(Duration.ofMillis(1000));

		// 2.5 s after the grant, 1 s after it was counted again: still in the window
		assertThat(state().acquireInWindow(window, 2, twoSeconds, 1, "next")).isPositive()
			.isLessThanOrEqualTo(Duration.ofMillis(1001));
		elapse(Duration.ofMillis(1200));
		assertThat(state().acquireInWindow(window, 2, twoSeconds, 2, "after")).isZero();
	}

	@Test
	void aGrantCountedAgainAfterItLeftTheWindowCountsOnceMore() throws Exception {
		Duration oneSecond = Duration.ofSeconds(1);
		String window = grantedThenCountedAgainAfter(oneSecond, Duration.ofMillis(1200));

		assertThat(state().acquireInWindow(window, 2, oneSecond, 1, "next")).isPositive();
	}

	/** A window's whole limit (2) granted, then counted again {@code after} later. */
	private String grantedThenCountedAgainAfter(Duration window, Duration after) throws Exception {
		String key = key("recount");
		assertThat(state().acquireInWindow(key, 2, window, 2, "slow-call")).isZero();
		elapse(after);
		state().recountInWindow(key, "slow-call", 2, window);
		return key;
	}

}
