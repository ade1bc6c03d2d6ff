package dev.baton.bot.webchat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.chat.SendResult;
import dev.baton.integrations.chat.SentCard;
import dev.baton.integrations.chat.Target;

/**
 * The web chat as a platform delivery can send on: a message to users lands in each one's
 * mailbox, where the page polls for it. Mailboxes live in this process (the embedded
 * default runs one instance), each keeps its last {@code capacity} entries, and there are
 * at most {@code maxMailboxes} of them; recipients past that are reported invalid, as a
 * platform reports users it does not know.
 */
public class WebChatPlatform implements ChatPlatform {

	/** Users per send call: there is no platform limit, only a sensible batch. */
	static final int MAX_USERS_PER_CALL = 1000;

	private final TimeSource time;

	private final int capacity;

	private final int maxMailboxes;

	private final ConcurrentMap<String, Mailbox> mailboxes = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong();

	/**
	 * The files sent (交接书 copies, #15), by id, the last {@link #MAX_FILES} kept for the
	 * page to download.
	 */
	private final java.util.Map<String, OutboundMessage.File> files = java.util.Collections
		.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, false) {
			@Override
			protected boolean removeEldestEntry(java.util.Map.Entry<String, OutboundMessage.File> eldest) {
				return size() > MAX_FILES;
			}
		});

	static final int MAX_FILES = 200;

	/**
	 * Changes at every start: a page that sees another epoch starts over from the first
	 * entry.
	 */
	private final String epoch = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());

	WebChatPlatform(TimeSource time, int capacity, int maxMailboxes) {
		this.time = time;
		this.capacity = capacity;
		this.maxMailboxes = maxMailboxes;
	}

	/**
	 * A file sent to the web chat, by the id in its download link; null once it is no
	 * longer kept.
	 */
	OutboundMessage.File file(String fileId) {
		return files.get(fileId);
	}

	@Override
	public Platform id() {
		return Platform.WEB;
	}

	@Override
	public String corpId() {
		return WebChat.CORP;
	}

	@Override
	public boolean serves(String corpId) {
		return WebChat.CORP.equals(corpId);
	}

	@Override
	public int maxUsersPerCall() {
		return MAX_USERS_PER_CALL;
	}

	/**
	 * A message to a group goes to the group's mailbox, which the page shows read-only.
	 */
	@Override
	public SendResult send(Target target, OutboundMessage message) {
		if (target instanceof Target.Group group && serves(group.corpId())) {
			Mailbox mailbox = groupMailbox(group.groupId());
			if (mailbox == null) {
				throw new PlatformException(Platform.WEB, "no-room", "the web chat has no room for more mailboxes",
						true, null);
			}
			long id = mailbox.append(entry -> WebChatMessage.from(entry, time.now(), message)).id();
			return new SendResult(List.of(), List.of(), "web-" + id, null);
		}
		if (!(target instanceof Target.Users users) || !serves(users.corpId())) {
			throw new PlatformException(Platform.WEB, "unsupported-target",
					"the web chat has one corp, " + WebChat.CORP + ": " + target, false, null);
		}
		List<String> unknown = new ArrayList<>();
		long last = 0;
		String url = null;
		if (message instanceof OutboundMessage.File file) {
			String fileId = java.util.UUID.randomUUID().toString().replace("-", "");
			files.put(fileId, file);
			url = "/chat/api/files/" + fileId;
		}
		for (String userId : users.userIds()) {
			Mailbox mailbox = mailbox(userId);
			if (mailbox == null) {
				unknown.add(userId);
				continue;
			}
			String link = url;
			last = mailbox
				.append(id -> link != null ? WebChatMessage.file(id, time.now(), (OutboundMessage.File) message, link)
						: WebChatMessage.from(id, time.now(), message))
				.id();
		}
		return new SendResult(unknown, List.of(), "web-" + last, null);
	}

	@Override
	public void updateCard(InboundEvent.CardAction pressed, String outcome) {
		Mailbox mailbox = mailbox(pressed.sender().userId());
		if (mailbox == null || !mailbox.decide(pressed.cardId(), outcome, time.now())) {
			throw new PlatformException(Platform.WEB, "unknown-card",
					"no card " + pressed.cardId() + " for " + pressed.sender().userId(), false, null);
		}
	}

	/**
	 * A card whose action was taken another way (by text, on another copy) shows its
	 * outcome too.
	 */
	@Override
	public boolean updateSentCard(SentCard card, String outcome) {
		Mailbox mailbox = mailboxes.get(card.userId());
		return mailbox != null && mailbox.decide(card.cardId(), outcome, time.now());
	}

	String epoch() {
		return epoch;
	}

	/**
	 * A group's mailbox (keys of groups never look like a user's: those are official
	 * ids).
	 */
	Mailbox groupMailbox(String groupId) {
		return mailbox("group:" + groupId);
	}

	/**
	 * The user's mailbox, made on first use; null when there are too many mailboxes
	 * already.
	 */
	Mailbox mailbox(String userId) {
		Mailbox existing = mailboxes.get(userId);
		if (existing != null || mailboxes.size() >= maxMailboxes) {
			return existing;
		}
		return mailboxes.computeIfAbsent(userId, u -> new Mailbox(capacity, ids::incrementAndGet));
	}

	@Override
	public String toString() {
		return "WebChat[corp " + WebChat.CORP + ", " + mailboxes.size() + " mailboxes]";
	}

}
