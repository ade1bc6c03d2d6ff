package dev.baton.bot.webchat;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@link WebChat#isEnabled} says the web chat is on. */
class WebChatEnabled implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return WebChat.isEnabled(context.getEnvironment());
	}

}
