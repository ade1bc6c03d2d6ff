package dev.baton.emulator.callback;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sends callbacks to Baton the way a platform does, retrying according to a
 * {@link RetryPolicy}.
 */
public final class CallbackSender {

	private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "upgrade", "expect");

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	public CallbackResult send(RawCallback callback, RetryPolicy policy) {
		List<CallbackAttempt> attempts = new ArrayList<>();
		for (int attempt = 0; attempt <= policy.retries(); attempt++) {
			if (attempt > 0 && !policy.pause().isZero()) {
				sleep(policy.pause());
			}
			CallbackAttempt result = once(callback, policy.answerTimeout());
			attempts.add(result);
			if (result.accepted()) {
				break;
			}
		}
		return new CallbackResult(attempts);
	}

	public CallbackAttempt once(RawCallback callback, Duration answerTimeout) {
		HttpRequest.Builder request = HttpRequest.newBuilder(callback.uri())
			.timeout(answerTimeout)
			.method(callback.method(), callback.body().length == 0 && "GET".equals(callback.method())
					? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(callback.body()));
		callback.headers().forEach((name, value) -> {
			if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
				request.header(name, value);
			}
		});
		long start = System.nanoTime();
		try {
			HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new CallbackAttempt(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
					Duration.ofNanos(System.nanoTime() - start), false, null);
		}
		catch (HttpTimeoutException e) {
			return new CallbackAttempt(-1, null, Duration.ofNanos(System.nanoTime() - start), true, e.toString());
		}
		catch (IOException e) {
			return new CallbackAttempt(-1, null, Duration.ofNanos(System.nanoTime() - start), false, e.toString());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new CallbackAttempt(-1, null, Duration.ofNanos(System.nanoTime() - start), false, e.toString());
		}
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
