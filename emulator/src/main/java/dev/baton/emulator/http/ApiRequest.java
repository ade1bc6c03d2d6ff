package dev.baton.emulator.http;

import dev.baton.emulator.Api;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One request being handled. Handlers note the calling app and the recipients here, and
 * register how to record the recipients as rejected if the call is refused later on.
 */
public final class ApiRequest {

	private final Api api;

	private final long callSeq;

	private final Instant receivedAt;

	private final String method;

	private final Map<String, String> query;

	private final Map<String, List<String>> headers;

	private final byte[] body;

	private JsonNode json;

	private String app;

	private String corp;

	private String remoteIp = "127.0.0.1";

	private long pendingDelayMillis;

	private final List<Runnable> completions = new java.util.ArrayList<>();

	private int recipients;

	private Consumer<String> rejectionRecorder;

	private List<dev.baton.emulator.limit.Fault.ErrorCode> injectedErrors = List.of();

	public ApiRequest(Api api, long callSeq, Instant receivedAt, String method, String rawQuery,
			Map<String, List<String>> headers, byte[] body) {
		this.api = api;
		this.callSeq = callSeq;
		this.receivedAt = receivedAt;
		this.method = method;
		this.query = parseQuery(rawQuery);
		this.headers = headers;
		this.body = body;
	}

	static Map<String, String> parseQuery(String rawQuery) {
		Map<String, String> result = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return result;
		}
		for (String pair : rawQuery.split("&")) {
			int eq = pair.indexOf('=');
			String name = eq < 0 ? pair : pair.substring(0, eq);
			String value = eq < 0 ? "" : pair.substring(eq + 1);
			result.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return result;
	}

	public Api api() {
		return api;
	}

	public long callSeq() {
		return callSeq;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public String method() {
		return method;
	}

	public String query(String name) {
		return query.get(name);
	}

	/** A header, case-insensitively. */
	public Optional<String> header(String name) {
		return headers.entrySet()
			.stream()
			.filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
			.map(e -> e.getValue().get(0))
			.findFirst();
	}

	public byte[] body() {
		return body.clone();
	}

	public String bodyText() {
		return new String(body, StandardCharsets.UTF_8);
	}

	/**
	 * The body as JSON; a body that is not JSON is refused the way the platform refuses
	 * it.
	 */
	public JsonNode json() {
		if (json == null) {
			try {
				json = Json.MAPPER.readTree(body);
			}
			catch (JacksonException e) {
				json = null;
			}
			if (json == null || !json.isObject()) {
				throw api.errorStyle() == Api.ErrorStyle.ERRCODE ? ApiError.errcode(47001, "data format error")
						: ApiError.openApi(400, "InvalidParameter", "request body is not a JSON object");
			}
		}
		return json;
	}

	public String app() {
		return app;
	}

	public void app(String app) {
		this.app = app;
	}

	/** The corp of the calling app (limits per corp and org). */
	public String corp() {
		return corp;
	}

	public void corp(String corp) {
		this.corp = corp;
	}

	/** The caller's address (limits per IP). */
	public String remoteIp() {
		return remoteIp;
	}

	void remoteIp(String ip) {
		this.remoteIp = ip;
	}

	/** Runs when the answer has been made (gives back a concurrency slot). */
	public void onComplete(Runnable action) {
		completions.add(action);
	}

	void complete() {
		completions.forEach(Runnable::run);
		completions.clear();
	}

	void pendingDelay(long millis) {
		this.pendingDelayMillis = millis;
	}

	/**
	 * Injected delay not yet served: served while the call holds its slot, so concurrency
	 * limits see it.
	 */
	public void serveDelay() {
		long millis = pendingDelayMillis;
		pendingDelayMillis = 0;
		if (millis > 0) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	public int recipients() {
		return recipients;
	}

	public void recipients(int recipients) {
		this.recipients = recipients;
	}

	/**
	 * What to record for each named recipient if the call is refused from here on (gets
	 * the error code).
	 */
	public void onRejection(Consumer<String> recorder) {
		this.rejectionRecorder = recorder;
	}

	/**
	 * Error codes the fault rules chose for this call; {@link CallGate} answers with the
	 * first.
	 */
	public List<dev.baton.emulator.limit.Fault.ErrorCode> injectedErrors() {
		return injectedErrors;
	}

	void injectedErrors(List<dev.baton.emulator.limit.Fault.ErrorCode> errors) {
		this.injectedErrors = List.copyOf(errors);
	}

	void rejected(String code) {
		if (rejectionRecorder != null) {
			rejectionRecorder.accept(code);
		}
	}

}
