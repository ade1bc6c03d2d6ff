package dev.baton.bot.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import dev.baton.integrations.chat.InboundEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores a verified inbound event before the platform is answered. The row is the
 * de-duplication record: the same event again (same platform and event key) is a replay
 * and is absorbed. Any other failure (the database is down) is thrown, so the platform is
 * told to try again and nothing unstored is acknowledged.
 */
public class Inbox {

	/** One digest per thread: looking one up costs more than hashing an event key. */
	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	});

	private final GroupedInserts inserts;

	private final String lane;

	private final Clock clock;

	/** Told of each new event (the inbox worker, when this instance runs one). */
	private volatile Runnable stored = () -> {
	};

	Inbox(JdbcTemplate jdbc, String lane, Clock clock) {
		this.inserts = new GroupedInserts(new InboxRowsInsert(jdbc));
		this.lane = lane;
		this.clock = clock;
	}

	/**
	 * The worker to wake for each new event: it registers itself when it is made, so a
	 * callback does not look it up among the beans (the P1 ingest profile).
	 */
	void whenStored(Runnable nudge) {
		this.stored = nudge;
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
		MessageDigest digest = SHA256.get();
		// digest() resets it for the next use on this thread
		return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
	}

}
