package dev.baton.bot.delivery;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every delivery status has words of its own in both languages (newcomer 20b: 13: a
 * given-up delivery read 待发送).
 */
class DeliveryStatusWordsTest {

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_en.properties" })
	void eachStatusHasItsOwnWords(String bundle) throws IOException {
		Properties words = new Properties();
		try (var in = new InputStreamReader(getClass().getResourceAsStream("/" + bundle), StandardCharsets.UTF_8)) {
			words.load(in);
		}
		Set<String> said = new HashSet<>();
		for (DeliveryStatus status : DeliveryStatus.values()) {
			String text = words.getProperty(status.labelKey());
			assertThat(text).as(status + " in " + bundle).isNotBlank();
			assertThat(said.add(text)).as(status + " reads as another status: " + text).isTrue();
		}
	}

}
