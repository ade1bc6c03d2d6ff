package dev.baton.integrations.contacts;

/**
 * Where verified org-chart changes go (the bot's directory sync). The callback is
 * acknowledged only after this returns; an exception means the event was not taken and
 * the platform should retry.
 */
@FunctionalInterface
public interface ContactEventListener {

	void onContactEvent(ContactEvent event);

}
