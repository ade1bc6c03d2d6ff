package dev.baton.bot.inbox;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What people said and what Baton sent them is confidential and is not kept forever:
 * handled inbox rows older than {@code baton.inbox.retention} are deleted, and the text
 * of notices and replies delivered longer ago than
 * {@code baton.inbox.delivered-retention} is blanked (the rows stay: who was sent what
 * kind of message, and when). Dead letters are kept. Runs in bounded chunks, on the inbox
 * workers' idle time.
 */
public class InboxPurge {

	static final int CHUNK = 1000;

	private static final Logger log = LoggerFactory.getLogger(InboxPurge.class);

	private final InboxMapper mapper;

	private final InboxProperties settings;

	private final Clock clock;

	InboxPurge(InboxMapper mapper, InboxProperties settings, Clock clock) {
		this.mapper = mapper;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Purges what is past its retention now; returns how many rows were deleted or
	 * blanked.
	 */
	public int purge() {
		return purge(clock.instant());
	}

	public int purge(Instant now) {
		try {
			Instant handled = now.minus(settings.retention());
			Instant delivered = now.minus(settings.deliveredRetention());
			int total = 0;
			total += drain(() -> mapper.purgeDone(handled, CHUNK));
			total += drain(() -> mapper.purgeDeliveryBodies(delivered, CHUNK));
			total += drain(() -> mapper.purgeBatchBodies(delivered, CHUNK));
			total += drain(() -> mapper.purgeOutboxBodies(delivered, CHUNK));
			if (total > 0) {
				log.info("Purged {} inbox rows and delivered message texts past their retention", total);
			}
			return total;
		}
		catch (RuntimeException ex) {
			log.warn("Purging old inbox rows and delivered texts failed; tried again later", ex);
			return 0;
		}
	}

	private static int drain(java.util.function.IntSupplier chunk) {
		int total = 0;
		int n;
		do {
			n = chunk.getAsInt();
			total += n;
		}
		while (n == CHUNK);
		return total;
	}

}
