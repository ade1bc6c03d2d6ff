package dev.baton.bot.webchat;

import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.delivery.ChatPlatforms;
import dev.baton.integrations.chat.Platform;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real database (not the embedded default) and unasked, there is no web chat: no
 * platform, no page, no API.
 */
@DomainContext
class WebChatOffByDefaultTest {

	@Autowired
	ObjectProvider<WebChatPlatform> platform;

	@Autowired
	ChatPlatforms platforms;

	@Value("${local.server.port}")
	int port;

	@Test
	void aRealDatabaseHasNoWebChatUnasked() throws Exception {
		ChatClient chat = new ChatClient(port);

		assertThat(platform.getIfAvailable()).isNull();
		assertThat(platforms.get(Platform.WEB, WebChat.CORP)).isNull();
		assertThat(chat.get("/chat").statusCode()).isEqualTo(404);
		assertThat(chat.get("/chat/api/officials").statusCode()).isEqualTo(404);
		assertThat(chat.post("/chat/api/messages", Map.of("officialId", 1, "text", "你好", "messageId", "m-off-00001"))
			.statusCode()).isEqualTo(404);
	}

}
