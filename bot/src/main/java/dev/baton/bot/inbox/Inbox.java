package dev.baton.bot.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import dev.baton.integrations.chat.InboundEvent;

/**
 * Stores a verified inbound event before the platform is answered. The row is the
 * de-duplication record: the same event again (same platform and event key) is a replay
 * and is absorbed. Any other failure (the database is down) is thrown, so the platform is
 * told to try again and nothing unstored is acknowledged.
 */
public class Inbox {

	private final GroupedInserts inserts;

	private final String lane;

	private final Clock clock;

	private final Runnable stored;

	Inbox(InboxMapper mapper, String lane, Clock clock, Runnable stored) {
		this.inserts = new GroupedInserts(mapper);
		this.lane = lane;
		this.clock = clock;
		this.stored = stored;
	}

	/**
	 * @return true if this is the first time the event arrived, false for a replay
	 * (nothing stored)
	 */
	public boolean store(InboundEvent event) {
		String key = event.dedupKey();
		String sender = senderKey(event);
		if (!inserts.insert(new InboxMapper.NewRow(lane, event.sender().platform().name(), sha256(key), cut(key, 1024),
				cut(sender, 300), InboxEvents.write(event), clock.instant()))) {
			return false;
		}
		stored.run();
		return true;
	}

	static String senderKey(InboundEvent event) {
		return event.sender().platform() + ":" + event.sender().corpId() + ":" + event.sender().userId();
	}

	private static String cut(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}

	static String sha256(String s) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
