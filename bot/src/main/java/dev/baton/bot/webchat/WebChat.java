package dev.baton.bot.webchat;

import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Platform;
import org.springframework.core.env.Environment;

/**
 * The local web chat, Baton's third platform: a page served by Baton itself ({@code /chat}) where a person picks an
 * official and talks to Baton, so the whole flow can be tried without DingTalk or WeCom. Every web chat account is
 * in the corp {@value #CORP}, and its user id is the official's id.
 */
public final class WebChat {

	/** The one corp of the web chat. */
	public static final String CORP = "local";

	/** {@code baton.webchat.enabled} ({@code BATON_WEBCHAT_ENABLED}): {@code auto}, {@code true} or {@code false}. */
	static final String ENABLED = "baton.webchat.enabled";

	private WebChat() {
	}

	/** The web chat account of an official. */
	public static ChatUser user(long officialId) {
		return new ChatUser(Platform.WEB, CORP, Long.toString(officialId));
	}

	/**
	 * Whether the web chat is on: {@code true} always, {@code false} never, {@code auto} (the default) only on the
	 * embedded H2 database, like the demo data. It has no login: it speaks for whoever opens the page.
	 */
	public static boolean isEnabled(Environment environment) {
		String mode = environment.getProperty(ENABLED, "auto").strip();
		String url = environment.getProperty("spring.datasource.url", "");
		return "true".equalsIgnoreCase(mode) || ("auto".equalsIgnoreCase(mode) && url.startsWith("jdbc:h2:"));
	}

}
