package dev.baton.emulator.record;

import dev.baton.emulator.Api;
import dev.baton.emulator.Platform;
import java.time.Instant;

/**
 * One message (or card, or card update) for one recipient.
 *
 * @param seq order of recording, from 1
 * @param callSeq the {@link ApiCall#seq()} of the call that carried it
 * @param app the app's id ({@code corpId/agentId} on WeCom, the AppKey on DingTalk)
 * @param recipient a user id, or a group's chatid / openConversationId
 * @param msgType {@code text}, {@code markdown}, {@code template_card},
 * {@code sampleText}, {@code card}, ...
 * @param content the text, or the card/message JSON
 * @param code why it was not delivered (an errcode or an OpenAPI code), null when
 * delivered
 */
public record Delivery(long seq, long callSeq, Instant at, Platform platform, String app, Api api,
		TargetKind targetKind, String recipient, String msgType, String content, Outcome outcome, String code) {

	public boolean delivered() {
		return outcome == Outcome.DELIVERED;
	}
}
