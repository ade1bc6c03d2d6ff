package dev.baton.bot.conversation.grammar;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 11 (finding 6): everyday questions about where a handover stands and what
 * waits on the speaker, said with the words people put into questions (都, 还, 吗, 了), are
 * read as those questions, never as an item nor "not understood"; words that only look
 * like them stay what they are.
 */
class EverydayQuestionsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	private final CommandParser parser = new CommandParser();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			现在都到哪一步了   | STATUS
			现在到哪一步了？   | STATUS
			目前到什么阶段了   | STATUS
			我们这边到哪了     | STATUS
			我还要干什么吗     | TODO
			我还要干什么吗？   | TODO
			还有什么要我做的   | TODO
			还有什么要我做的吗 | TODO
			下一步干啥         | TODO
			下一步干啥呢       | TODO
			那我现在该干啥     | TODO
			""")
	void aQuestionWithAskingWordsIsThatQuestion(String said, Intent intent) {
		Command read = parser.parse(said.strip(), TODAY);
		assertThat(read.intent()).as(read.toString()).isEqualTo(intent);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			高标准农田建设 还在推
			还有3件在办
			现在都办完了
			我还要干什么吗，第3项的金额是多少来着，麻烦帮我查一下
			""")
	void wordsThatOnlyLookLikeAQuestionStayWhatTheyAre(String said) {
		Command read = parser.parse(said.strip(), TODAY);
		assertThat(read.intent()).as(read.toString()).isNotIn(Intent.STATUS, Intent.TODO);
	}

}
