package dev.baton.bot.platform;

import dev.baton.bot.inbox.Inbox;
import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.chat.InboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Where every verified callback passes (WeCom, DingTalk HTTP and Stream, the web chat):
 * the event is stored in the durable inbox before the platform gets its answer, and
 * handled by the inbox workers afterwards. A replay of an event stored before (the
 * platform's retry, or a resend after a restart) is absorbed. When the event cannot be
 * stored (the database is away) the platform is told to try again (503) — nothing is
 * acknowledged that is not stored.
 */
public class InboundGate {

	private static final Logger log = LoggerFactory.getLogger(InboundGate.class);

	private final Inbox inbox;

	public InboundGate(Inbox inbox) {
		this.inbox = inbox;
	}

	/**
	 * @return true if this is the first time the event arrived (it is stored), false for
	 * a replay
	 * @throws CallbackRejected 503 when it cannot be stored now
	 */
	public boolean admit(InboundEvent event) {
		try {
			boolean first = inbox.store(event);
			if (!first) {
				log.debug("Redelivery of {} absorbed", event.dedupKey());
			}
			return first;
		}
		catch (DataAccessException | org.springframework.transaction.TransactionException ex) {
			log.warn("Inbound {} could not be stored; the platform is told to try again: {}", event.dedupKey(),
					ex.getMessage());
			throw new CallbackRejected(503, "busy: try again", ex);
		}
	}

}
