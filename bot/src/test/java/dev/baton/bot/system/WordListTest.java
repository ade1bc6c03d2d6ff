package dev.baton.bot.system;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several words given to a message as one argument are joined as the reader's language
 * joins them (a refusal said "A、B" in English: newcomer 20a, finding 13, left in a few
 * places), each word in that language where it has two.
 */
class WordListTest {

	private final CountingMessageSource messages = messages();

	@Test
	void wordsAreJoinedAndWrittenInTheReadersLanguage() {
		WordList sections = WordList
			.of(List.of(new WordList.Both("重点工作", "Key work"), new WordList.Both("经济事项", "Economic matters")));
		assertThat(messages.getMessage("checklist.sectionsUnfilled", new Object[] { sections }, Locale.ENGLISH))
			.isEqualTo("These sections are neither filled in nor declared empty: Key work, Economic matters.");
		assertThat(
				messages.getMessage("checklist.sectionsUnfilled", new Object[] { sections }, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("以下部分既没有填写事项，也没有声明“本部分无”：重点工作、经济事项。");
		WordList people = WordList.of(List.of("王明", new WordList.Both("李静（组织部干部）", "李静 (organizer)")));
		assertThat(messages.getMessage("conv.unbound.admins", new Object[] { people }, Locale.ENGLISH))
			.contains("Baton's administrators: 王明, 李静 (organizer). ");
		assertThat(people).hasToString("王明、李静（组织部干部）");
	}

	private static CountingMessageSource messages() {
		CountingMessageSource source = new CountingMessageSource();
		source.setBasenames("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
