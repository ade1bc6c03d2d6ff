package dev.baton.bot.webchat;

import java.util.Locale;

import dev.baton.integrations.chat.InboundListener;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Until the conversation layer exists, web chat messages get an honest answer from {@link InterimReplies}. This is
 * an auto-configuration (listed in {@code META-INF/spring/...AutoConfiguration.imports}) so that it comes after
 * every application and test configuration: any other {@link InboundListener} bean, the conversation layer's or a
 * test's, replaces it.
 */
@AutoConfiguration
@Conditional(WebChatEnabled.class)
class InterimRepliesConfiguration {

	@Bean
	@ConditionalOnMissingBean(InboundListener.class)
	InterimReplies interimReplies(WebChatPlatform platform, MessageSource messages) {
		return new InterimReplies(platform, messages, Locale.SIMPLIFIED_CHINESE);
	}

}
