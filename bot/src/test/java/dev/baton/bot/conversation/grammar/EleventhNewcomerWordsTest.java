package dev.baton.bot.conversation.grammar;

import java.time.LocalDate;

import dev.baton.bot.checklist.ItemStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 11: a status change said after its reason, and 这条不算 with words after it,
 * read as what they are.
 */
class EleventhNewcomerWordsTest {

	private final CommandParser parser = new CommandParser();

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	@Test
	void aStatusChangeAfterItsReasonIsAStatusEdit() {
		Command c = parser.parse("第10项还没付，改为未启动", TODAY);
		assertThat(c.intent()).as(c.toString()).isEqualTo(Intent.EDIT);
		assertThat(c.field()).isEqualTo(EditField.STATUS);
		assertThat(c.status()).isEqualTo(ItemStatus.NOT_STARTED);
		assertThat(parser.parse("第2项还没还，改成推进中", TODAY).status()).isEqualTo(ItemStatus.IN_PROGRESS);
	}

	@Test
	void thisOneDoesNotCountUndoesWithWordsAfterIt() {
		assertThat(parser.parse("这条不算，我是问现在该做什么", TODAY).intent()).isEqualTo(Intent.UNDO);
		assertThat(parser.parse("这条不算", TODAY).intent()).isEqualTo(Intent.UNDO);
	}

}
