package dev.baton.bot.intoservice;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Baton's REST API over real HTTP, as a deployer's curl calls it: JSON bodies, raw .xlsx
 * uploads, a bearer token.
 */
final class Http {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	Http(String base) {
		this.base = base;
	}

	record Reply(int status, String body, HttpResponse<String> response) {

		JsonNode json() {
			return JSON.readTree(body);
		}

		String header(String name) {
			return response.headers().firstValue(name).orElse(null);
		}

		@Override
		public String toString() {
			return status + " " + body;
		}

	}

	Reply get(String path, String token) {
		return send(request(path, token).GET());
	}

	Reply post(String path, String token, Object body) {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
	}

	/**
	 * A JSON POST with headers of the caller's (a platform's OpenAPI takes its token in a
	 * header of its own).
	 */
	Reply postWithHeaders(String path, Map<String, String> headers, Object body) {
		HttpRequest.Builder request = request(path, null).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
		headers.forEach(request::header);
		return send(request);
	}

	Reply put(String path, String token, Object body) {
		return send(request(path, token).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
	}

	/** The body as it is, with its content type (a roster: the .xlsx itself). */
	Reply upload(String path, String token, String contentType, byte[] body) {
		return send(request(path, token).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
