package dev.baton.bot.webchat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.integrations.chat.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web chat behind a reverse proxy Baton is told about
 * ({@code server.forward-headers-strategy=native}: the client is the one the proxy
 * names), with one office network added to the allowed clients: this machine and that
 * network are answered; anyone else reaching the port through the proxy is refused with
 * 403, on the page and the API, and what they send reaches nobody.
 */
@DomainContext
@Import(WebChatTest.Recording.class)
@TestPropertySource(properties = { "baton.webchat.enabled=true", "server.forward-headers-strategy=native",
		"baton.webchat.allowed-clients=127.0.0.0/8,::1,198.51.100.0/24" })
class WebChatClientsTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	WebChatTest.Recording recording;

	@Value("${local.server.port}")
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private long official;

	@BeforeEach
	void boundOnTheWebChat() {
		TestOrg org = new TestOrg(directory, actors, null);
		official = org.departing;
		directory.bindIdentity(Platform.WEB.name(), WebChat.CORP, Long.toString(official), official);
	}

	@Test
	void thisMachineAndTheListedNetworkAreAnsweredEveryoneElseIsRefused() throws Exception {
		assertThat(get("/chat", null).statusCode()).isEqualTo(200);
		assertThat(get("/chat/api/officials", null).statusCode()).isEqualTo(200);
		assertThat(get("/chat/api/officials", "198.51.100.23").statusCode()).as("the office network").isEqualTo(200);

		String outsider = "203.0.113.7";
		for (String path : new String[] { "/chat", "/chat/api/officials", "/chat/chat.js",
				"/chat/api/messages?officialId=" + official + "&after=0&waitSeconds=0" }) {
			HttpResponse<String> refused = get(path, outsider);
			assertThat(refused.statusCode()).as(path).isEqualTo(403);
			assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			JsonNode problem = ChatClient.JSON.readTree(refused.body());
			assertThat(problem.path("code").asString()).isEqualTo("webchat.clientNotAllowed");
			assertThat(problem.path("detail").asString()).contains("本机");
		}
		int before = recording.events.size();
		HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(base() + "/chat/api/messages"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", outsider)
			.POST(HttpRequest.BodyPublishers.ofString(
					ChatClient.JSON.writeValueAsString(
							Map.of("officialId", official, "text", "签收", "messageId", "m-outsider-0001")),
					StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sent.statusCode()).isEqualTo(403);
		assertThat(recording.events).as("nothing reached Baton").hasSize(before);
		JsonNode mailbox = ChatClient.JSON
			.readTree(get("/chat/api/messages?officialId=" + official + "&after=0&waitSeconds=0", null).body());
		assertThat(mailbox.path("messages").toString()).doesNotContain("签收");
	}

	private HttpResponse<String> get(String path, String forwardedFor) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

}
