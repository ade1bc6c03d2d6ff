package dev.baton.bot.webchat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.baton.bot.DomainContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web chat on with its defaults (this machine only), reached through a proxy on this
 * machine that Baton was not told about: every request looks local, so one that carries a
 * proxy's header is refused; the same request without it is answered. (The same
 * configuration as {@link WebChatTest}, so the suite starts no extra context.)
 */
@DomainContext
@Import(WebChatTest.Recording.class)
@TestPropertySource(properties = "baton.webchat.enabled=true")
class WebChatBehindAnUnknownProxyTest {

	@Value("${local.server.port}")
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aProxiedRequestIsNotTakenForALocalOne() throws Exception {
		assertThat(get(null, null).statusCode()).isEqualTo(200);
		assertThat(get("X-Forwarded-For", "203.0.113.7").statusCode()).isEqualTo(403);
		assertThat(get("X-Forwarded-For", "127.0.0.1").statusCode()).as("whatever the proxy says").isEqualTo(403);
		assertThat(get("Forwarded", "for=203.0.113.7;proto=http").statusCode()).isEqualTo(403);
		HttpResponse<String> realIp = get("X-Real-IP", "203.0.113.7");
		assertThat(realIp.statusCode()).isEqualTo(403);
		assertThat(realIp.body()).contains("webchat.clientNotAllowed");
	}

	private HttpResponse<String> get(String header, String value) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/chat/api/officials"))
			.GET();
		if (header != null) {
			request.header(header, value);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
