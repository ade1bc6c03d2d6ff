package dev.baton.emulator.callback;

import java.util.List;

/**
 * One org event pushed over HTTP, every try of it. DingTalk counts it delivered only when
 * the answer is the encrypted "success" for the app (a JSON {@code msg_signature},
 * {@code timeStamp}, {@code nonce}, {@code encrypt}); anything else (71009
 * "返回文本非success") is a failed push, tried again.
 *
 * @param taken whether the last try was answered with a valid encrypted "success"
 * @param problem why the last answer was not taken, null when it was
 */
public record EventDelivery(String eventId, List<CallbackAttempt> attempts, boolean taken, String problem) {

	public EventDelivery {
		attempts = List.copyOf(attempts);
	}

	public CallbackAttempt last() {
		return attempts.get(attempts.size() - 1);
	}
}
