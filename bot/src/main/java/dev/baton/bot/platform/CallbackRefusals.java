package dev.baton.bot.platform;

import dev.baton.integrations.chat.CallbackRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How every platform's callback URL answers a callback it refuses (forged, replayed,
 * malformed, oversized, for an app or corp it does not serve, or not stored): logged once
 * as a warning, and answered with the refusal's status and its reason as plain text.
 * Nothing is changed.
 */
final class CallbackRefusals {

	private static final Logger log = LoggerFactory.getLogger(CallbackRefusals.class);

	private CallbackRefusals() {
	}

	/**
	 * @param platform as a person reads it in the log ("WeCom", "DingTalk")
	 */
	static ResponseEntity<String> refused(String platform, String app, CallbackRejected ex) {
		log.warn("{} callback for {} refused ({}): {}", platform, app, ex.status(), ex.getMessage());
		return ResponseEntity.status(ex.status()).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
	}

}
