package dev.baton.bot.delivery;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.Platform;

/** The chat platforms this instance can send on, by id. */
public class ChatPlatforms {

	private final Map<Platform, ChatPlatform> platforms = new EnumMap<>(Platform.class);

	public ChatPlatforms(List<ChatPlatform> platforms) {
		platforms.forEach(p -> this.platforms.put(p.id(), p));
	}

	public ChatPlatform get(Platform id) {
		return platforms.get(id);
	}

	public boolean has(Platform id) {
		return platforms.containsKey(id);
	}

}
