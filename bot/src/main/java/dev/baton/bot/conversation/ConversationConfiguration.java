package dev.baton.bot.conversation;

import dev.baton.integrations.chat.InboundListener;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Import;

/**
 * The conversation layer: {@link Conversation} is the {@link InboundListener} of every
 * platform, unless the application has one of its own. An auto-configuration (listed in
 * {@code META-INF/spring/...AutoConfiguration.imports}) so its condition is judged after
 * every application and test configuration: a test that listens to inbound events itself
 * replaces it. The flows it routes to are ordinary components of this package
 * ({@link Router} and those it names), made whether or not the conversation is; the
 * parser and the organizers' grammar are {@link ConversationParts}.
 */
@AutoConfiguration
@ConditionalOnMissingBean(InboundListener.class)
@Import(Conversation.class)
public class ConversationConfiguration {

}
