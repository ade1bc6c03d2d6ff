package dev.baton.bench;

import java.time.Duration;
import java.util.List;

import dev.baton.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seconds-long smoke of the P3 broadcast and R3 injected-failure harness
 * ({@link BroadcastBenchmark}): a few hundred recipients per platform, once as is and
 * once with 20% of the calls refused transiently; everyone known is reached exactly once,
 * nothing is silently dropped, and the only dead letters are people the platforms do not
 * know.
 */
class BroadcastHarnessSmokeTest {

	@Test
	void aBroadcastUnderTheDocumentedLimitsReachesEveryoneOnceWithoutAThrottle() {
		List<BroadcastBenchmark.PlatformResult> results = BroadcastBenchmark.run(TestDatabase.get(), 300, 0, false,
				Duration.ofSeconds(90));

		for (BroadcastBenchmark.PlatformResult result : results) {
			assertThat(result.throttleRefusals()).as(result.platform()).isZero();
			settledExactlyOnce(result);
		}
	}

	@Test
	void withOneCallInFiveRefusedTransientlyEveryoneIsStillReachedOnceAndOnlyTheUnknownAreDeadLetters() {
		List<BroadcastBenchmark.PlatformResult> results = BroadcastBenchmark.run(TestDatabase.get(), 300, 0.2, false,
				Duration.ofSeconds(120));

		results.forEach(BroadcastHarnessSmokeTest::settledExactlyOnce);
		assertThat(results.stream().mapToLong(BroadcastBenchmark.PlatformResult::injected).sum())
			.as("refusals were injected")
			.isPositive();
	}

	private static void settledExactlyOnce(BroadcastBenchmark.PlatformResult result) {
		assertThat(result.pending()).as(result.platform()).isZero();
		assertThat(result.exactlyOnceProblems()).as(result.platform()).isEmpty();
		assertThat(result.silentDrops()).as(result.platform()).isZero();
		assertThat(result.sent()).as(result.platform()).isEqualTo(300 + unknownTakenAsSent(result));
		assertThat(result.dead()).as(result.platform())
			.isEqualTo(BroadcastBenchmark.UNKNOWN - unknownTakenAsSent(result));
	}

	/**
	 * WeCom names the users it does not know (invaliduser): dead letters. DingTalk's work
	 * notification answers success and drops them (only getsendresult would tell), so
	 * Baton records them as sent.
	 */
	private static int unknownTakenAsSent(BroadcastBenchmark.PlatformResult result) {
		return result.platform().equals("DINGTALK") ? BroadcastBenchmark.UNKNOWN : 0;
	}

}
