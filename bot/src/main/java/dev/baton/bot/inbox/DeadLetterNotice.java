package dev.baton.bot.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.integrations.chat.InboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a person that what they sent could not be processed, naming it briefly (Chinese
 * first, then English: {@code notify.INBOX_DEAD_LETTER}), through the delivery path, in
 * the transaction that makes the event a dead letter. Someone whose account is bound to
 * no official has no outbox address: the dead letter is logged for the administrators.
 */
class DeadLetterNotice {

	/** How much of what was said the notice repeats. */
	static final int BRIEF = 30;

	private static final Logger log = LoggerFactory.getLogger(DeadLetterNotice.class);

	private final Directory directory;

	private final Outbox outbox;

	DeadLetterNotice(Directory directory, Outbox outbox) {
		this.directory = directory;
		this.outbox = outbox;
	}

	void tell(InboundEvent event) {
		Optional<Long> official = directory.officialIdByIdentity(event.sender().platform().name(),
				event.sender().corpId(), event.sender().userId());
		if (official.isEmpty()) {
			log.warn("Dead letter {} from {}, who is bound to no official: not told", event.dedupKey(), event.sender());
			return;
		}
		Map<String, Object> payload = new LinkedHashMap<>();
		if (event instanceof InboundEvent.Text text) {
			payload.put("said", brief(text.text()));
		}
		else if (event instanceof InboundEvent.Attachment attachment) {
			payload.put("variant", "attachment");
			payload.put("said", attachment.name() == null ? "" : brief(attachment.name()));
		}
		else {
			payload.put("variant", "card");
		}
		// what the person said may hold amounts: 1:1 only
		outbox.enqueue(null, OutboxEvent.INBOX_DEAD_LETTER, List.of(official.get()), true, payload);
	}

	static String brief(String said) {
		String s = said == null ? "" : said.strip().replaceAll("\\s+", " ");
		return s.codePointCount(0, s.length()) <= BRIEF ? s : s.substring(0, s.offsetByCodePoints(0, BRIEF)) + "…";
	}

}
