package dev.baton.bot.webchat;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.system.TimeSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web chat, when {@code baton.webchat.enabled} is {@code true} (the demo profile sets
 * it). Its platform is a {@code ChatPlatform} bean, so delivery sends on it like on WeCom
 * and DingTalk; it answers only the clients {@code baton.webchat.allowed-clients} names
 * (loopback by default).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(WebChatEnabled.class)
class WebChatConfiguration implements WebMvcConfigurer {

	/**
	 * Entries kept per person: the page shows the recent conversation, not an archive.
	 */
	static final int MAILBOX_CAPACITY = 200;

	static final int MAX_MAILBOXES = 10_000;

	private final ClientAddresses allowed;

	WebChatConfiguration(WebChatProperties settings) {
		this.allowed = settings.clients();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new WebChatClients(allowed)).addPathPatterns("/chat", "/chat/**");
	}

	@Bean
	WebChatPlatform webChatPlatform(TimeSource time) {
		return new WebChatPlatform(time, MAILBOX_CAPACITY, MAX_MAILBOXES);
	}

	@Bean
	WebChatAccounts webChatAccounts(Directory directory) {
		return new WebChatAccounts(directory);
	}

}
