package dev.baton.bot.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running application over real HTTP, as any client would. */
final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	ApiClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	Call get(String path) {
		return new Call("GET", path);
	}

	Call post(String path) {
		return new Call("POST", path);
	}

	Call put(String path) {
		return new Call("PUT", path);
	}

	Call delete(String path) {
		return new Call("DELETE", path);
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	static List<Long> ids(JsonNode summaries) {
		return StreamSupport.stream(summaries.spliterator(), false).map(s -> s.path("id").asLong()).toList();
	}

	final class Call {

		private final String method;

		private final String path;

		private final List<String> headers = new ArrayList<>();

		private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

		private Call(String method, String path) {
			this.method = method;
			this.path = path;
		}

		Call token(String token) {
			return header("Authorization", "Bearer " + token);
		}

		Call header(String name, String value) {
			headers.add(name);
			headers.add(value);
			return this;
		}

		Call english() {
			return header("Accept-Language", "en");
		}

		Call body(String json) {
			body = HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
			return header("Content-Type", "application/json");
		}

		/** The body without a declared length: sent chunked. */
		Call chunkedBody(String json) {
			byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
			body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
			return header("Content-Type", "application/json");
		}

		Reply send() {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method, body);
			for (int i = 0; i < headers.size(); i += 2) {
				request.header(headers.get(i), headers.get(i + 1));
			}
			try {
				HttpResponse<String> response = http.send(request.build(),
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				return new Reply(response);
			}
			catch (IOException ex) {
				throw new IllegalStateException(method + " " + path + " failed", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	record Reply(HttpResponse<String> response) {

		int status() {
			return response.statusCode();
		}

		String contentType() {
			return header("Content-Type");
		}

		String header(String name) {
			return response.headers().firstValue(name).orElse(null);
		}

		String text() {
			return response.body();
		}

		JsonNode json() {
			return JSON.readTree(response.body());
		}

		@Override
		public String toString() {
			return response.statusCode() + " " + response.headers().map() + " " + response.body();
		}

	}

}
