package dev.baton.integrations.chat;

/** Where verified, de-duplicated inbound events go (the bot's conversation layer). */
@FunctionalInterface
public interface InboundListener {

	void onEvent(InboundEvent event);

}
