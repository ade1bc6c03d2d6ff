package dev.baton.bot.webchat;

import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Platform;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The local web chat, Baton's third platform: a page served by Baton itself
 * ({@code /chat}) where a person picks an official and talks to Baton, so the whole flow
 * can be tried without DingTalk or WeCom. Every web chat account is in the corp
 * {@value #CORP}, and its user id is the official's id.
 */
public final class WebChat {

	/** The one corp of the web chat. */
	public static final String CORP = "local";

	/**
	 * {@code baton.webchat.enabled} ({@code BATON_WEBCHAT_ENABLED}): on only when
	 * {@code true}.
	 */
	static final String ENABLED = "baton.webchat.enabled";

	/**
	 * {@code baton.webchat.allowed-clients} ({@code BATON_WEBCHAT_ALLOWED_CLIENTS}): the
	 * addresses the web chat answers, IP addresses and CIDR blocks separated by commas;
	 * by default this machine only (loopback).
	 */
	static final String ALLOWED_CLIENTS = "baton.webchat.allowed-clients";

	static final String LOOPBACK = "127.0.0.0/8,::1";

	private WebChat() {
	}

	/** The web chat account of an official. */
	public static ChatUser user(long officialId) {
		return new ChatUser(Platform.WEB, CORP, Long.toString(officialId));
	}

	/**
	 * Whether the web chat is on: only when {@code baton.webchat.enabled} is {@code true}
	 * (the demo profile, which {@code spring-boot:run} starts, sets it). It has no login:
	 * it speaks for whoever opens the page, so it answers only the clients
	 * {@code baton.webchat.allowed-clients} lets through.
	 */
	public static boolean isEnabled(Environment environment) {
		// read typed, as WebChatProperties reads it: a value that is not a boolean stops
		// the start naming it
		return Binder.get(environment).bind(ENABLED, Boolean.class).orElse(false);
	}

}
