package dev.baton.bot.delivery;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.Platform;

/**
 * The chat apps this instance can send with: for a platform and corp, the app that serves
 * that corp.
 */
public class ChatPlatforms {

	private final List<ChatPlatform> platforms;

	public ChatPlatforms(List<ChatPlatform> platforms) {
		this.platforms = List.copyOf(platforms);
	}

	/**
	 * @return the app for the corp on that platform, or null if none is configured
	 */
	public ChatPlatform get(Platform id, String corpId) {
		return platforms.stream().filter(p -> p.id() == id && p.serves(corpId)).findFirst().orElse(null);
	}

	/**
	 * Every app this instance has: its platform, its corp (null: any), whether Baton
	 * makes its groups.
	 */
	public List<App> apps() {
		return platforms.stream().map(p -> new App(p.id(), p.corpId(), p.makesGroups())).toList();
	}

	/** One chat app, as the console names it. */
	public record App(Platform platform, String corpId, boolean makesGroups) {

		/** The form value naming it: {@code PLATFORM:corpId}. */
		public String key() {
			return platform.name() + ":" + (corpId == null ? "" : corpId);
		}

	}

	/**
	 * The platforms this instance has an app for (the web chat only when it is on): what
	 * people are told about groups and files names only these, never a platform nobody
	 * here uses (#13, newcomer 4: 19).
	 */
	public Set<Platform> configured() {
		Set<Platform> ids = EnumSet.noneOf(Platform.class);
		platforms.forEach(p -> ids.add(p.id()));
		return ids;
	}

}
