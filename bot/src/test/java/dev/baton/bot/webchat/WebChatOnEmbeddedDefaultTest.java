package dev.baton.bot.webchat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverState;
import dev.baton.integrations.chat.InboundListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default as {@code spring-boot:run} starts it (the demo profile): the web
 * chat is on, every demo official can be picked, the demo handover's notice is in the
 * departing official's mailbox, and until the conversation layer exists a message is
 * answered by the conversation layer: help with a 签收 card whose press (resent by the
 * page) acknowledges the notice once.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebChatOnEmbeddedDefaultTest {

	@TempDir
	Path dataDir;

	@Test
	void aVisitorPicksADemoOfficialReadsTheNoticeAndIsAnsweredHonestly(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BatonApplication.class)
			.run("--baton.data-dir=" + dataDir, "--server.port=0", "--spring.profiles.active=demo")) {
			ChatClient chat = new ChatClient(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
			assertThat(output.getOut()).as("the start-up log says the web chat is on, and whom it answers")
				.contains("Web chat ON at /chat")
				.contains("it answers only 127.0.0.0/8,::1");
			assertThat(app.getBeansOfType(InboundListener.class).values()).singleElement()
				.extracting(listener -> listener.getClass().getName())
				.isEqualTo("dev.baton.bot.conversation.Conversation");

			JsonNode officials = ChatClient.json(chat.get("/chat/api/officials"));
			assertThat(officials).as("every demo official").hasSize(18);
			JsonNode departing = StreamSupport.stream(officials.spliterator(), false)
				.filter(o -> o.path("name").asString().equals("陈建国"))
				.findFirst()
				.orElseThrow();
			assertThat(departing.path("unit").asString()).isEqualTo("石嘴山市统计局");
			long id = departing.path("id").asLong();

			// the notice comes as a card with its 签收 button (newcomer 10)
			await().atMost(Duration.ofSeconds(20))
				.until(() -> texts(chat.messages(id, 0)).contains("【离任交接通知书】石嘴山市统计局"));
			JsonNode card = StreamSupport.stream(chat.messages(id, 0).spliterator(), false)
				.filter(m -> m.path("kind").asString().equals("card"))
				.map(m -> m.path("card"))
				.filter(c -> c.path("body").asString().contains("【离任交接通知书】"))
				.findFirst()
				.orElseThrow();
			assertThat(card.path("buttons")).extracting(b -> b.path("label").asString()).containsExactly("签收");
			String ack = card.path("buttons").get(0).path("key").asString();
			long seen = last(chat.messages(id, 0));

			assertThat(
					chat.post("/chat/api/messages", Map.of("officialId", id, "text", "帮助", "messageId", "m-help-0001"))
						.statusCode())
				.isEqualTo(202);
			await().atMost(Duration.ofSeconds(10)).until(() -> chat.messages(id, seen).size() >= 2);
			JsonNode answer = chat.messages(id, seen);
			assertThat(answer.get(0).path("kind").asString()).isEqualTo("user");
			assertThat(answer.get(1).path("text").asString()).contains("当前交接").contains("签收");
			assertThat(StreamSupport.stream(answer.spliterator(), false).map(m -> m.path("kind").asString()))
				.as("the notice's card waits above; it is not sent again")
				.doesNotContain("card");

			// the page resends the same press (same click id): handled once
			for (int i = 0; i < 2; i++) {
				assertThat(chat
					.post("/chat/api/cards/" + card.path("cardId").asString() + "/press",
							Map.of("officialId", id, "action", ack, "clickId", "click-ack-1"))
					.statusCode()).isEqualTo(202);
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> chat.messages(id, last(answer)).size() == 2);
			JsonNode pressed = chat.messages(id, last(answer));
			assertThat(pressed.get(0).path("kind").asString()).isEqualTo("cardUpdate");
			assertThat(pressed.get(0).path("outcome").asString()).isEqualTo("已签收");
			assertThat(pressed.get(1).path("text").asString()).contains("已签收").contains("第1部分");
			HandoverRecords records = app.getBean(HandoverRecords.class);
			long handover = Long.parseLong(ack.split(":")[1]);
			assertThat(records.find(handover).state()).isEqualTo(HandoverState.DRAFTING);
			assertThat(chat
				.post("/chat/api/cards/" + card.path("cardId").asString() + "/press",
						Map.of("officialId", id, "action", ack, "clickId", "click-ack-2"))
				.statusCode()).as("a decided card cannot act again").isEqualTo(409);
			assertThat(chat.messages(id, last(pressed))).as("nothing more was said").isEmpty();
			assertThat(StreamSupport.stream(chat.messages(id, 0).spliterator(), false)
				.filter(m -> m.path("kind").asString().equals("card"))
				.map(m -> m.path("card").path("outcome").asString())).as("a reloaded page shows the card decided")
				.containsExactly("已签收");
		}
	}

	private static String texts(JsonNode messages) {
		StringBuilder all = new StringBuilder();
		messages.forEach(
				m -> all.append(m.path("text").asString()).append(m.path("card").path("body").asString()).append('\n'));
		return all.toString();
	}

	private static long last(JsonNode messages) {
		return messages.isEmpty() ? 0 : messages.get(messages.size() - 1).path("id").asLong();
	}

}
