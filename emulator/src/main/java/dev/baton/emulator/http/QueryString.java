package dev.baton.emulator.http;

import java.util.Map;

/** Decodes {@code a=1&b=2} query strings. */
public final class QueryString {

	private QueryString() {
	}

	public static Map<String, String> parse(String rawQuery) {
		return ApiRequest.parseQuery(rawQuery);
	}

}
