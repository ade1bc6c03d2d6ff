package dev.baton.emulator.record;

import dev.baton.emulator.Api;
import dev.baton.emulator.Platform;
import java.time.Instant;

/** A delivery before the record numbers it. */
public record DeliveryDraft(long callSeq, Instant at, Platform platform, String app, Api api, TargetKind targetKind,
		String recipient, String msgType, String content, Outcome outcome, String code) {

	Delivery toDelivery(long seq) {
		return new Delivery(seq, callSeq, at, platform, app, api, targetKind, recipient, msgType, content, outcome,
				code);
	}
}
