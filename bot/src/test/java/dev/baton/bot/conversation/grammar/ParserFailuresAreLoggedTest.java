package dev.baton.bot.conversation.grammar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure inside the parser is not swallowed: the message is taken as not understood
 * (the person is asked again, nothing is recorded), and the failure is logged as a
 * warning with its exception, the text's length and fingerprint, but not the text, which
 * may be confidential. A date read against no "today" stands in for a rule that throws.
 */
@ExtendWith(OutputCaptureExtension.class)
class ParserFailuresAreLoggedTest {

	@Test
	void aFailureIsLoggedWithoutTheTextAndTheMessageIsNotUnderstood(CapturedOutput output) {
		String text = "计划 第一项 12月31日前还清欠款38.5万元";

		Command command = new CommandParser().parse(text, null);

		assertThat(command.intent()).isEqualTo(Intent.UNKNOWN);
		assertThat(output.getOut()).contains("WARN")
			.contains("Could not parse a message of " + text.length() + " characters (fingerprint "
					+ CommandParser.fingerprint(text))
			.contains("Exception")
			.doesNotContain(text)
			.doesNotContain("38.5万元");
	}

	@Test
	void theSameTextWithItsDayIsRead(CapturedOutput output) {
		Command command = new CommandParser().parse("计划 第一项 12月31日前还清欠款38.5万元", LocalDate.of(2026, 12, 1));

		assertThat(command.intent()).isEqualTo(Intent.PLAN);
		assertThat(command.date()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(output.getOut()).doesNotContain("Could not parse");
	}

}
