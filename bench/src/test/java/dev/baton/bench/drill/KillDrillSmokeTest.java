package dev.baton.bench.drill;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.baton.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short run of the R1 drill ({@link KillDrill}): Baton in a JVM of its own killed with
 * {@code kill -9} during an inbound burst, started again, and every acknowledged message
 * handled once with its answer delivered once; then killed during a fan-out, started
 * again, and everyone reached once. Leases are shortened to seconds so that what the dead
 * instance held is taken up again within the test (the drill itself runs with the
 * defaults). In the burst, the killed instance only takes callbacks in (its inbox workers
 * are off): an answer being sent when the process dies may go out twice (DingTalk's reply
 * channels have no de-duplication; BENCHMARKS.md, R1), which the drill measures and this
 * smoke must not flake on.
 */
class KillDrillSmokeTest {

	private static final Map<String, String> SHORT_LEASES = Map.of("baton.delivery.lease-seconds", "5",
			"baton.inbox.lease", "5s");

	@Test
	void killedDuringAFanOutAndDuringABurstNothingIsLostOrDuplicated() {
		try (Rig rig = Rig.open(TestDatabase.get(), "baton_smoke_r1", 11, Path.of("target", "smoke-r1"),
				SHORT_LEASES)) {
			// the first Baton only takes callbacks in (its inbox workers are off):
			// killed, nothing of it is half-sent
			rig.startBot(Map.of("baton.inbox.worker", "false"));
			KillDrill drill = KillDrill.on(rig, 11);

			List<KillDrill.BurstTrial> burst = drill.burst(1, 60, KillDrill::print);

			KillDrill.BurstTrial b = burst.get(0);
			assertThat(b.acceptedAtKill()).as("killed in the middle of the burst").isBetween(1, 59);
			assertThat(b.noAnswer()).as("tries cut by the kill or refused while Baton was down").isPositive();
			assertThat(b.acknowledged()).isEqualTo(60);
			assertThat(b.replies().problems()).isEmpty();
			assertThat(b.replies().lost()).isZero();
			assertThat(b.replies().duplicated()).isZero();
			assertThat(b.inboxRows()).isEqualTo(60);
			assertThat(b.inboxNotDone()).isZero();
			assertThat(b.otherStatus()).isZero();
			assertThat(b.deadReplies()).isZero();
			assertThat(b.recovered()).isLessThan(Duration.ofMinutes(3));

			List<KillDrill.FanOutTrial> fanOut = drill.fanOut(1, 100, 300, true, KillDrill::print);

			KillDrill.FanOutTrial f = fanOut.get(0);
			assertThat(f.expected()).isEqualTo(400);
			assertThat(f.deliveredAtKill()).as("killed before the fan-out was through").isLessThan(400);
			assertThat(f.tally().problems()).isEmpty();
			assertThat(f.tally().lost()).isZero();
			assertThat(f.tally().duplicated()).isZero();
			assertThat(f.dead()).isZero();
			assertThat(f.droppedByPlatform()).isZero();
		}
	}

}
