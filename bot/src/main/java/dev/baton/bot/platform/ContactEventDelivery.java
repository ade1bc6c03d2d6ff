package dev.baton.bot.platform;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.baton.integrations.contacts.ContactEvent;
import dev.baton.integrations.contacts.ContactEventListener;
import dev.baton.integrations.state.SharedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Hands a verified org-chart change to the directory sync (every
 * {@link ContactEventListener} bean) while the platform waits: the callback is answered
 * 200 only after every listener returned, so a listener's failure makes the platform send
 * it again. A change taken before (its event key done within {@link #DONE_FOR}) is not
 * handed on again; while no listener exists, changes are acknowledged, not applied, and
 * that is logged once.
 */
public class ContactEventDelivery {

	/** Longer than any platform's redelivery, as for messages. */
	static final Duration DONE_FOR = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(ContactEventDelivery.class);

	private final ObjectProvider<ContactEventListener> listeners;

	private final SharedState state;

	private final AtomicBoolean toldNoListener = new AtomicBoolean();

	public ContactEventDelivery(ObjectProvider<ContactEventListener> listeners, SharedState state) {
		this.listeners = listeners;
		this.state = state;
	}

	/**
	 * @return true when the listeners took the change now; false when it was taken before
	 * or no listener exists
	 * @throws RuntimeException from a listener: the change was not taken and the platform
	 * should retry
	 */
	public boolean deliver(ContactEvent event) {
		String key = "contact-event:" + event.eventKey();
		if (state.get(key).isPresent()) {
			log.debug("Org-chart change {} was taken before", event.eventKey());
			return false;
		}
		List<ContactEventListener> all = listeners.orderedStream().toList();
		if (all.isEmpty()) {
			if (toldNoListener.compareAndSet(false, true)) {
				log.warn("Org-chart changes from {} arrive ({}), but no directory sync takes them yet: they are "
						+ "acknowledged and not applied", event.platform(), event.kind());
			}
			return false;
		}
		for (ContactEventListener listener : all) {
			listener.onContactEvent(event);
		}
		state.put(key, "1", DONE_FOR);
		return true;
	}

}
