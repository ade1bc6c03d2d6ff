package dev.baton.integrations.chat;

/**
 * One chat platform behind the smallest contract Baton needs (after hubot's Adapter):
 * send to users or a group, update a card that was pressed, and say how many users one
 * call may carry. Receiving goes the other way: each platform's callback endpoint turns
 * verified callbacks into {@link InboundEvent}s for an {@link InboundListener}.
 */
public interface ChatPlatform {

	Platform id();

	/**
	 * Whether this is the app for the corp (a deployment may serve several corps on one
	 * platform).
	 */
	default boolean serves(String corpId) {
		return true;
	}

	/**
	 * The corp this app serves, or null when it serves any corp on its platform.
	 */
	default String corpId() {
		return null;
	}

	/**
	 * Whether Baton can make a group chat on this platform itself (a WeCom app chat: only
	 * the app that made a chat may post to it, so a unit's WeCom group is made here).
	 */
	default boolean makesGroups() {
		return false;
	}

	/**
	 * Makes a group chat of these members (platform user ids, the owner among them) and
	 * returns its id.
	 * @throws PlatformException when the platform refuses (a member it does not know, too
	 * few or too many members)
	 * @throws UnsupportedOperationException where {@link #makesGroups()} is false
	 */
	default String makeGroup(String name, String ownerUserId, java.util.List<String> memberUserIds) {
		throw new UnsupportedOperationException(id() + " groups are not made by Baton");
	}

	/**
	 * The most users one send call may name (WeCom 1000, DingTalk robot 20, work
	 * notification 100).
	 */
	int maxUsersPerCall();

	/**
	 * A notice (from the outbox): on DingTalk a work notification, on WeCom an app
	 * message.
	 */
	SendResult send(Target target, OutboundMessage message);

	/**
	 * An answer in the conversation a person is having with Baton. Most platforms answer
	 * the way they notify; DingTalk answers in the robot chat (or group) the person typed
	 * in, not as a work notification.
	 */
	default SendResult reply(Target target, OutboundMessage message) {
		return send(target, message);
	}

	/**
	 * An answer in the conversation through the reply channel the person's message came
	 * with (DingTalk's sessionWebhook, passed only while it is valid), falling back to
	 * {@link #reply} when the channel cannot take it (expired, throttled, a card).
	 * Platforms without such a channel simply reply.
	 */
	default SendResult replyInSession(SessionWebhook session, Target target, OutboundMessage message) {
		return reply(target, message);
	}

	/** Shows the outcome on a pressed card so it cannot be pressed again. */
	void updateCard(InboundEvent.CardAction pressed, String outcome);

	/**
	 * Shows the outcome on a card Baton sent, without a press of it (its action was taken
	 * another way, by text or on another copy), where the platform allows that: the web
	 * chat; DingTalk interactive cards (by outTrackId); WeCom with the one-shot response
	 * code the send returned (once, within 72 hours). Returns false where it cannot; a
	 * later press of the card is then answered with what happened.
	 */
	default boolean updateSentCard(SentCard card, String outcome) {
		return false;
	}

}
