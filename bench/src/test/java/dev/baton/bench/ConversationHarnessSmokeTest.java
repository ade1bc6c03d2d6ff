package dev.baton.bench;

import java.time.Duration;

import dev.baton.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seconds-long smoke of the P4 conversation harness ({@link ConversationBenchmark}): a
 * few people, a few turns each, answered through their messages' sessionWebhooks, then by
 * the OpenAPI only; every reply Baton wrote arrives once, in order, none is left or dead.
 */
class ConversationHarnessSmokeTest {

	@Test
	void everyReplyArrivesOnceAndInOrderThroughTheWebhooksAndByTheOpenApi() {
		for (boolean openApiOnly : new boolean[] { false, true }) {
			ConversationBenchmark.Result result = ConversationBenchmark.run(TestDatabase.get(), 5, 3, openApiOnly,
					Duration.ofSeconds(90));

			assertThat(result.problems()).isEmpty();
			assertThat(result.replies()).isEqualTo(5L * 3 * result.messagesPerTurn());
			assertThat(result.latencies()).hasSize(15);
			assertThat(result.dead()).isZero();
			assertThat(result.unsettled()).isZero();
			assertThat(openApiOnly ? result.viaOpenApi() : result.viaWebhook()).isEqualTo(result.replies());
		}
	}

}
