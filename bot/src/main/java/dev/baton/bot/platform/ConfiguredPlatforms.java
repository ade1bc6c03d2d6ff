package dev.baton.bot.platform;

import java.util.List;

import dev.baton.integrations.chat.ChatPlatform;

/** The senders for the WeCom and DingTalk apps in the configuration, one per app. */
public record ConfiguredPlatforms(List<ChatPlatform> platforms) {

	public ConfiguredPlatforms {
		platforms = List.copyOf(platforms);
	}

}
