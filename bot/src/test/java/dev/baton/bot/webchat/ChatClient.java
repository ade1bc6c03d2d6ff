package dev.baton.bot.webchat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the web chat over real HTTP, as the page does. */
final class ChatClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	ChatClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	CompletableFuture<HttpResponse<String>> getLater(String path) {
		return http.sendAsync(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, Map<String, ?> body) throws IOException, InterruptedException {
		return post(path, JSON.writeValueAsBytes(body), "application/json");
	}

	HttpResponse<String> post(String path, byte[] body, String contentType) throws IOException, InterruptedException {
		return http.send(request(path).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> postEnglish(String path, Map<String, ?> body) throws IOException, InterruptedException {
		return http.send(request(path).header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The mailbox after {@code after}, answered at once. */
	JsonNode messages(long officialId, long after) throws IOException, InterruptedException {
		HttpResponse<String> response = get(
				"/chat/api/messages?officialId=" + officialId + "&after=" + after + "&waitSeconds=0");
		if (response.statusCode() != 200) {
			throw new AssertionError("mailbox read answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body()).path("messages");
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(40));
	}

}
