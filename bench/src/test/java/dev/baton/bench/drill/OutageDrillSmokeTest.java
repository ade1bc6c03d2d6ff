package dev.baton.bench.drill;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.baton.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short run of the R7 drill ({@link OutageDrill}) under a running Baton in a JVM of its
 * own: Redis stopped for a few seconds mid-conversation (no callback refused, every turn
 * answered once), then the suite's MariaDB stopped for a few seconds during a burst
 * (callbacks refused only while it is down, every acknowledged message answered once).
 * The database server is started again before the test ends, whatever happens.
 */
class OutageDrillSmokeTest {

	@Test
	void redisAndTheDatabaseStoppedAndStartedAgainLoseNothing() {
		TestDatabase database = TestDatabase.get();
		try (Rig rig = Rig.open(database, "baton_smoke_r7", 17, Path.of("target", "smoke-r7"), Map.of())) {
			rig.startBot();
			OutageDrill drill = OutageDrill.on(rig, 17);
			List<String> talkers = drill.people("c", 5);
			int perAnswer = rig.messagesPerAnswer(talkers.get(5));

			OutageDrill.RedisTrial redis = drill.redisTrial(1, talkers.subList(0, 5), 4, perAnswer,
					Duration.ofSeconds(3));
			OutageDrill.print(redis);

			assertThat(redis.refusedWhileRedisDown()).as("callbacks refused while only Redis was down").isZero();
			assertThat(redis.refusedOtherwise()).isZero();
			assertThat(redis.replies().problems()).isEmpty();
			assertThat(redis.replies().expected()).isEqualTo(5L * 4 * perAnswer);
			assertThat(redis.deadReplies()).isZero();
			assertThat(redis.inboxNotDone()).isZero();

			List<String> senders = drill.people("q", 40);
			OutageDrill.DatabaseTrial db = drill.databaseTrial(1, senders.subList(0, 40), perAnswer,
					Duration.ofSeconds(4));
			OutageDrill.print(db);

			assertThat(db.refused503WhileDown() + db.noAnswerWhileDown()).as("refused while the database was down")
				.isPositive();
			assertThat(db.refusedWhileUp()).as("refused while the database was up").isZero();
			assertThat(db.otherStatus()).isZero();
			assertThat(db.acknowledged()).isEqualTo(40);
			assertThat(db.replies().problems()).isEmpty();
			assertThat(db.inboxRows()).isEqualTo(40);
			assertThat(db.inboxNotDone()).isZero();
			assertThat(db.deadReplies()).isZero();
		}
		finally {
			if (!reachable(database)) {
				database.startServer();
			}
		}
	}

	private static boolean reachable(TestDatabase database) {
		try (var c = database.connect(TestDatabase.MAIN_DATABASE)) {
			return c.isValid(2);
		}
		catch (java.sql.SQLException ex) {
			return false;
		}
	}

}
