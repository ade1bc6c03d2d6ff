package dev.baton.integrations.chat;

import java.util.List;

/**
 * What a platform said about one send call: the recipients it refused as unknown, the
 * ones it throttled (not delivered, to try again later), and the platform's message id
 * where it gives one. A failed call throws {@link PlatformException} instead.
 */
public record SendResult(List<String> invalidRecipients, List<String> throttledRecipients, String platformMessageId,
		String cardResponseCode) {

	public SendResult {
		invalidRecipients = List.copyOf(invalidRecipients);
		throttledRecipients = List.copyOf(throttledRecipients);
	}

	public static SendResult delivered(String platformMessageId) {
		return new SendResult(List.of(), List.of(), platformMessageId, null);
	}

}
