package dev.baton.bench.drill;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The drills' count: what was owed against what the platforms received. */
class TallyTest {

	@Test
	void aMessageMissingIsLostAndOneTooManyIsDuplicated() {
		Tally tally = Tally.of(Map.of("a", 1L, "b", 2L), List.of("a", "b", "c"), 1);

		assertThat(tally.lost()).isEqualTo(1);
		assertThat(tally.duplicated()).isEqualTo(1);
		assertThat(tally.exact()).isFalse();
		assertThat(tally.problems()).containsExactly("b: 2 received, 1 owed", "c: 0 of 1 received");
	}

	@Test
	void anAnswerOfSeveralMessagesCountsEachAndAnyoneOwedNothingCountsAsDuplicated() {
		Tally tally = Tally.of(Map.of("a", 2L, "b", 1L, "x", 3L), List.of("a", "b"), 2);

		assertThat(tally.expected()).isEqualTo(4);
		assertThat(tally.lost()).isEqualTo(1);
		assertThat(tally.duplicated()).isEqualTo(3);
	}

	@Test
	void everythingOwedReceivedOnceIsExact() {
		Tally tally = Tally.of(Map.of("a", 1L, "b", 1L), List.of("a", "b"), 1);

		assertThat(tally.exact()).isTrue();
		assertThat(tally.problems()).isEmpty();
	}

}
