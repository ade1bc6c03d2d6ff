package dev.baton.emulator.callback;

import dev.baton.emulator.EmulatorClock;
import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.http.Json;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * DingTalk robot callbacks that must be refused. Send them with
 * {@link DingTalkCallbackClient#send(RawCallback)}.
 */
public final class BadDingTalkCallbacks {

	private final DingTalkCallbackClient client;

	private final URI target;

	private final DingTalkApp app;

	private final EmulatorClock clock;

	BadDingTalkCallbacks(DingTalkCallbackClient client, URI target, DingTalkApp app, EmulatorClock clock) {
		this.client = client;
		this.target = target;
		this.app = app;
		this.clock = clock;
	}

	private byte[] sample() {
		return Json.write(client.privateText("zhangsan", "bad callback")).getBytes(StandardCharsets.UTF_8);
	}

	/** A good message signed with another secret. */
	public RawCallback wrongSign() {
		return client.robotRequest(target, sample(), clock.millis(), app.appSecret() + "x");
	}

	/**
	 * Correctly signed, but the timestamp is {@code age} old (DingTalk's window is one
	 * hour).
	 */
	public RawCallback staleTimestamp(Duration age) {
		return client.robotRequest(target, sample(), clock.millis() - age.toMillis(), app.appSecret());
	}

	/** No {@code timestamp} and {@code sign} headers at all. */
	public RawCallback unsigned() {
		return new RawCallback("POST", target, Map.of("Content-Type", "application/json; charset=utf-8"), sample());
	}

	/** Correctly signed, body not JSON. */
	public RawCallback malformedJson() {
		return client.robotRequest(target,
				"{\"msgtype\":\"text\",\"text\":{\"content\":".getBytes(StandardCharsets.UTF_8), clock.millis(),
				app.appSecret());
	}

	/** Correctly signed, body of at least {@code bytes} bytes. */
	public RawCallback oversized(int bytes) {
		return client.robotRequest(target, Json.write(client.privateText("zhangsan", "x".repeat(Math.max(1, bytes))))
			.getBytes(StandardCharsets.UTF_8), clock.millis(), app.appSecret());
	}

	/** Correctly signed, body not valid UTF-8. */
	public RawCallback invalidUtf8() {
		byte[] json = Json.write(client.privateText("zhangsan", "@@")).getBytes(StandardCharsets.UTF_8);
		String text = new String(json, StandardCharsets.UTF_8);
		int at = text.indexOf("@@");
		byte[] body = json.clone();
		body[at] = (byte) 0xC3;
		body[at + 1] = (byte) 0x28;
		return client.robotRequest(target, body, clock.millis(), app.appSecret());
	}

}
