package dev.baton.bot.conversation.grammar;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real phrasings from {@code conversation/phrases-core.tsv}, each read as the table says:
 * the intent, the number, and every field named; a field the row does not name must be
 * empty, so no row passes by saying nothing. What a row with a context then means for the
 * person who says it is checked by PhrasesInContextTest on the same table.
 */
class CorePhrasesTest {

	/** A Tuesday in December: "12月31日" is this year's. */
	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private final CommandParser parser = new CommandParser();

	static Stream<Arguments> rows() throws IOException {
		return table().stream().map(r -> Arguments.of(r[0], r[1], r[2], r.length > 3 ? r[3] : ""));
	}

	@ParameterizedTest(name = "{0} → {1} {2} {3}")
	@MethodSource("rows")
	void readsAsTheTableSays(String phrase, String intent, String number, String fields) {
		Command c = parser.parse(phrase, TODAY);
		Map<String, String> expected = new HashMap<>();
		for (String kv : fields.split(";")) {
			if (!kv.isBlank()) {
				expected.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
			}
		}
		assertThat(c.intent()).isEqualTo(Intent.valueOf(intent));
		assertThat(c.number()).isEqualTo(number.isEmpty() ? null : Integer.valueOf(number));
		if (c.intent() != Intent.UNKNOWN || expected.containsKey("text")) {
			assertThat(c.text()).isEqualTo(expected.get("text"));
		}
		assertThat(c.field())
			.isEqualTo(expected.containsKey("field") ? EditField.valueOf(expected.get("field")) : null);
		assertThat(c.value()).isEqualTo(expected.get("value"));
		if (expected.containsKey("amount")) {
			assertThat(c.amount()).isEqualTo(new BigDecimal(expected.get("amount")));
		}
		else {
			assertThat(c.amount()).isNull();
		}
		assertThat(c.date()).isEqualTo(expected.containsKey("date") ? LocalDate.parse(expected.get("date")) : null);
		assertThat(c.status() == null ? null : c.status().name()).isEqualTo(expected.get("status"));
		assertThat(c.ruling() == null ? null : c.ruling().name()).isEqualTo(expected.get("ruling"));
		assertThat(c.code()).isEqualTo(expected.get("code"));
		assertThat(c.finished()).isEqualTo(Boolean.parseBoolean(expected.getOrDefault("finished", "false")));
		if (expected.containsKey("quantity")) {
			assertThat(c.quantity()).isEqualByComparingTo(new BigDecimal(expected.get("quantity")));
		}
		else {
			assertThat(c.quantity()).isNull();
		}
		assertThat(c.unit()).isEqualTo(expected.get("unit"));
		assertThat(c.clear()).isEqualTo(Boolean.parseBoolean(expected.getOrDefault("clear", "false")));
		assertThat(c.tentative()).isEqualTo(Boolean.parseBoolean(expected.getOrDefault("tentative", "false")));
		assertThat(c.step()).isEqualTo(expected.containsKey("step") ? Integer.valueOf(expected.get("step")) : null);
	}

	@Test
	void theTableHasNoDuplicatePhrases() throws IOException {
		List<String[]> rows = table();
		assertThat(rows).hasSizeGreaterThanOrEqualTo(650);
		// a phrase may come back in another context (a reviewer's 好的 is not the
		// successor's), never twice in one
		assertThat(rows.stream().map(r -> r[0] + "\t" + (r.length > 4 ? r[4] : ""))).doesNotHaveDuplicates();
		assertThat(rows.stream().filter(r -> r.length > 5 && !r[4].isBlank())).hasSizeGreaterThanOrEqualTo(150);
	}

	private static List<String[]> table() throws IOException {
		try (InputStream in = CorePhrasesTest.class.getResourceAsStream("/conversation/phrases-core.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#"))
				.map(l -> l.split("\t", -1))
				.toList();
		}
	}

}
