package dev.baton.emulator.dingtalk;

/**
 * A sessionWebhook handed out with a robot message: replies to it go to the conversation
 * (the user in a one-to-one chat, the group otherwise) until it expires.
 */
public record RobotSession(String id, String app, boolean group, String conversationId, String userId,
		long expiresAtMillis) {
}
