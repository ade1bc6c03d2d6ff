package dev.baton.integrations.chat;

/**
 * Where a message was said: 1:1 with the bot, or a group (with the platform's group id).
 */
public record Conversation(Kind kind, String id) {

	public enum Kind {

		DIRECT, GROUP

	}

	public static Conversation direct(String userId) {
		return new Conversation(Kind.DIRECT, userId);
	}

	public static Conversation group(String groupId) {
		return new Conversation(Kind.GROUP, groupId);
	}

	public boolean isGroup() {
		return kind == Kind.GROUP;
	}

}
