package dev.baton.integrations.chat;

import java.util.Objects;

/**
 * A person as a platform knows them: (platform, corp, user id). Baton binds these to
 * officials.
 */
public record ChatUser(Platform platform, String corpId, String userId) {

	public ChatUser {
		Objects.requireNonNull(platform, "platform");
		Objects.requireNonNull(corpId, "corpId");
		if (userId == null || userId.isBlank()) {
			throw new IllegalArgumentException("a chat user needs a user id");
		}
	}

}
