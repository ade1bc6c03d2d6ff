package dev.baton.bot.conversation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 16, finding 13: the plan reply's example 「例如“进展 3.1 完成3名发展对象的入党手…，目前……”」 cut
 * the step's words mid-word. They are kept whole, or cut at a clause boundary.
 */
class PlanExampleWordsTest {

	@Test
	void theStepsWordsAreNotCutMidWord() {
		assertThat(FollowUpFlow.example("完成3名发展对象的入党手续")).isEqualTo("完成3名发展对象的入党手续");
	}

	@Test
	void longWordsAreCutAtAClauseBoundaryOrKeptWhole() {
		assertThat(FollowUpFlow.example("完成3名发展对象的入党手续，并报市委组织部备案审查和公示后归档保存")).isEqualTo("完成3名发展对象的入党手续…");
		String noBoundary = "完成三名发展对象入党手续并报市委组织部备案审查公示后归档保存";
		assertThat(FollowUpFlow.example(noBoundary)).isEqualTo(noBoundary);
	}

	/**
	 * Newcomer 20a, finding 13: 「e.g. "progress 3.1 finish the remaining 12…: where it
	 * stands"」 cut the English words "12 km" apart; a space ends a word, not a clause.
	 */
	@Test
	void englishWordsAreKeptWholeOrCutAtAClause() {
		assertThat(FollowUpFlow.example("finish the remaining 12 km")).isEqualTo("finish the remaining 12 km");
		String longer = "finish the remaining 12 km of the trunk pipes along the river road and test them";
		assertThat(FollowUpFlow.example(longer)).isEqualTo(longer);
		assertThat(FollowUpFlow
			.example("finish the remaining 12 km of the trunk pipes, then test the pumps and the valves"))
			.isEqualTo("finish the remaining 12 km of the trunk pipes…");
	}

}
