package dev.baton.bot.conversation;

import dev.baton.bot.conversation.grammar.CommandParser;
import dev.baton.bot.conversation.grammar.OrganizerTalk;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The grammar the flows read messages with (the grammar package knows nothing of Spring).
 */
@Configuration(proxyBeanMethods = false)
class ConversationParts {

	/** One parser for every flow: it keeps no state between messages. */
	@Bean
	CommandParser commandParser() {
		return new CommandParser();
	}

	@Bean
	OrganizerTalk organizerTalk() {
		return OrganizerTalk.standard();
	}

}
