package dev.baton.emulator.callback;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A callback request exactly as it goes on the wire. */
public record RawCallback(String method, URI uri, Map<String, String> headers, byte[] body) {

	public RawCallback {
		headers = Map.copyOf(headers);
		body = body == null ? new byte[0] : body.clone();
	}

	public String bodyText() {
		return new String(body, StandardCharsets.UTF_8);
	}
}
