package dev.baton.bot.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.baton.bot.web.ApiClient.Reply;

/** Uploads a roster as the raw .xlsx body, and downloads the template, over real HTTP. */
final class RosterHttp {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final int port;

	RosterHttp(int port) {
		this.port = port;
	}

	Reply upload(String path, String token, byte[] body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		return send(request, token, contentType);
	}

	/** The body without a declared length: sent chunked. */
	Reply uploadChunked(String path, String token, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
		return send(request, token, RosterApiSupport.XLSX);
	}

	private Reply send(HttpRequest.Builder request, String token, String contentType) {
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		request.header("Authorization", "Bearer " + token);
		try {
			return new Reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<byte[]> download(String path, String token) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
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
