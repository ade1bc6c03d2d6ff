package dev.baton.bot.webchat;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.system.TimeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The web chat, when {@code baton.webchat.enabled} is {@code true}, or {@code auto} (the default) on the embedded H2
 * database. Its platform is a {@code ChatPlatform} bean, so delivery sends on it like on WeCom and DingTalk.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(WebChatEnabled.class)
class WebChatConfiguration {

	/** Entries kept per person: the page shows the recent conversation, not an archive. */
	static final int MAILBOX_CAPACITY = 200;

	static final int MAX_MAILBOXES = 10_000;

	private static final Logger log = LoggerFactory.getLogger(WebChatConfiguration.class);

	@Bean
	WebChatPlatform webChatPlatform(TimeSource time) {
		log.info("Web chat on: open /chat (no login; the local demo channel, baton.webchat.enabled)");
		return new WebChatPlatform(time, MAILBOX_CAPACITY, MAX_MAILBOXES);
	}

	@Bean
	WebChatAccounts webChatAccounts(Directory directory) {
		return new WebChatAccounts(directory);
	}

}
