package dev.baton.integrations.chat;

/**
 * One chat platform behind the smallest contract Baton needs (after hubot's Adapter): send to users or a group,
 * update a card that was pressed, and say how many users one call may carry. Receiving goes the other way: each
 * platform's callback endpoint turns verified callbacks into {@link InboundEvent}s for an {@link InboundListener}.
 */
public interface ChatPlatform {

	Platform id();

	/** Whether this is the app for the corp (a deployment may serve several corps on one platform). */
	default boolean serves(String corpId) {
		return true;
	}

	/** The most users one send call may name (WeCom 1000, DingTalk robot 20, work notification 100). */
	int maxUsersPerCall();

	SendResult send(Target target, OutboundMessage message);

	/** Shows the outcome on a pressed card so it cannot be pressed again. */
	void updateCard(InboundEvent.CardAction pressed, String outcome);

}
