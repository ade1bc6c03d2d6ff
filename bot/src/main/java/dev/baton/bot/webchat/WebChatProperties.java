package dev.baton.bot.webchat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The local web chat, {@code baton.webchat.*}.
 *
 * @param enabled whether {@code /chat} answers at all (default false; the demo profile
 * sets it): it has no login
 * @param allowedClients the client addresses it answers, IP addresses and CIDR blocks
 * separated by commas (default loopback); checked as it is read, so a wrong entry stops
 * the start naming it
 */
@ConfigurationProperties("baton.webchat")
@Validated
public record WebChatProperties(Boolean enabled, String allowedClients) {

	public WebChatProperties {
		enabled = enabled != null && enabled;
		allowedClients = allowedClients == null ? WebChat.LOOPBACK : allowedClients;
		ClientAddresses.parse(allowedClients);
	}

	ClientAddresses clients() {
		return ClientAddresses.parse(allowedClients);
	}

}
