package dev.baton.bot.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.CommandParser;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.directory.Department;
import dev.baton.bot.handover.HandoverState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of {@code conversation/phrases-core.tsv} that name a context (who says it, in
 * which state, what is shown to them, what Baton asked): the parser reads the phrase,
 * then {@link Reading} says what it means for that person now, and it must be what the
 * row says: done as an intent on an item with a text, asked about, the first item shown,
 * where things stand told, or a no to Baton's question. CorePhrasesTest checks the
 * reading itself on the same rows.
 */
class PhrasesInContextTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private final CommandParser parser = new CommandParser();

	static Stream<Arguments> rows() throws IOException {
		try (InputStream in = PhrasesInContextTest.class.getResourceAsStream("/conversation/phrases-core.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#"))
				.map(l -> l.split("\t", -1))
				.filter(r -> r.length > 5 && !r[4].isBlank())
				.map(r -> Arguments.of(r[0], r[4], r[5]))
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0} | {1} → {2}")
	@MethodSource("rows")
	void meansWhatTheTableSaysForThePersonNow(String phrase, String context, String meaning) {
		Command said = parser.parse(phrase, TODAY);
		Reading.Outcome outcome = Reading.of(said, situation(context));
		String[] expected = meaning.split(" ", 2);
		switch (expected[0]) {
			case "SHOW_FIRST" -> assertThat(outcome).isInstanceOf(Reading.Show.class);
			case "DECLINED" -> assertThat(outcome).isInstanceOf(Reading.Declined.class);
			case "WHICH" -> {
				String[] which = expected[1].split(" ");
				assertThat(outcome).isEqualTo(new Reading.Which(Intent.valueOf(which[0]),
						java.util.Arrays.stream(which[1].split(",")).map(Integer::valueOf).toList()));
			}
			case "TELL" -> assertThat(outcome).isEqualTo(new Reading.Tell(expected[1].equals("theirs")));
			case "ASK" -> {
				String[] ask = expected[1].split(" ");
				assertThat(outcome).isEqualTo(
						new Reading.Ask(Intent.valueOf(ask[0]), ask.length > 1 ? Integer.valueOf(ask[1]) : null));
			}
			default -> {
				assertThat(outcome).isInstanceOf(Reading.Act.class);
				Command done = ((Reading.Act) outcome).command();
				String[] act = meaning.split(" ", 3);
				String text = meaning.contains(" text=") ? meaning.substring(meaning.indexOf(" text=") + 6) : null;
				boolean numbered = act.length > 1 && act[1].matches("\\d+");
				assertThat(done.intent()).isEqualTo(Intent.valueOf(act[0]));
				assertThat(done.number()).isEqualTo(numbered ? Integer.valueOf(act[1]) : null);
				assertThat(done.text()).isEqualTo(text);
				assertThat(done.tentative()).as("a reading acted on is no guess")
					.isEqualTo(done == said && said.tentative());
			}
		}
	}

	private static Reading.Situation situation(String context) {
		Map<String, String> c = new HashMap<>();
		for (String kv : context.split(";")) {
			c.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
		}
		Reading.Part part = Reading.Part.valueOf(c.get("role").toUpperCase(Locale.ROOT));
		Department department = part == Reading.Part.RULER ? Department.AUDIT
				: part == Reading.Part.REVIEWER ? Department.FINANCE : null;
		String state = c.getOrDefault("state", "none");
		String[] proposed = c.containsKey("proposed") ? c.get("proposed").split(" ") : null;
		return new Reading.Situation(part, department, state.equals("none") ? null : HandoverState.valueOf(state),
				c.containsKey("pending") ? DialogState.Pending.valueOf(c.get("pending")) : DialogState.Pending.NONE,
				proposed == null ? null : Intent.valueOf(proposed[0]),
				proposed == null || proposed.length < 2 ? null : Integer.valueOf(proposed[1]),
				c.containsKey("shown") ? Integer.valueOf(c.get("shown")) : null);
	}

}
