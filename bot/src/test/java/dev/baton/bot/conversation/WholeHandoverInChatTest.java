package dev.baton.bot.conversation;

import dev.baton.bot.DomainContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The whole handover through the in-process test adapter (after hubot's dummy adapter).
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class WholeHandoverInChatTest extends WholeHandoverScript {

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Override
	ChatScript chat() {
		chat.listenWith(conversation);
		return chat;
	}

}
