package dev.baton.bot.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Conversation;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.SessionWebhook;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reply lane of the delivery path (#14): every answer and every card update the
 * conversation produces becomes a {@code chat_reply} row, written in the caller's
 * transaction when there is one (so an action and its answer commit together, and a turn
 * that rolls back answers nothing), else in a transaction of its own. The
 * {@link ReplySender} sends them with the platforms' quotas, retries and dead letters,
 * ahead of notices and broadcasts, and in order per conversation. The reply worker is
 * woken when the rows commit.
 */
public class ReplyLane {

	private final ReplyMapper mapper;

	private final TimeSource time;

	private final TransactionTemplate tx;

	private final Runnable wake;

	ReplyLane(ReplyMapper mapper, TimeSource time, TransactionTemplate tx, Runnable wake) {
		this.mapper = mapper;
		this.time = time;
		this.tx = tx;
		this.wake = wake;
	}

	/**
	 * Answers a person where they spoke: 1:1 to them, or to the group.
	 * @param session the reply channel their message came with (DingTalk), or null
	 * @param officialId the official answered, or null for a person bound to none
	 */
	public void answer(ChatUser person, Conversation where, SessionWebhook session, Long officialId,
			List<OutboundMessage> messages) {
		if (messages.isEmpty()) {
			return;
		}
		TargetKind kind = where.isGroup() ? TargetKind.GROUP : TargetKind.USER;
		String target = where.isGroup() ? where.id() : person.userId();
		String key = conversationKey(person.platform(), person.corpId(), kind, target);
		List<ReplyMapper.NewReply> rows = new ArrayList<>();
		for (OutboundMessage message : messages) {
			String cardId = message instanceof OutboundMessage.Card card ? card.cardId() : null;
			rows.add(new ReplyMapper.NewReply(person.platform().name(), person.corpId(), kind, target, key, officialId,
					ReplyRow.MESSAGE, ReplyBodies.write(message), cardId, session == null ? null : session.url(),
					session == null ? null : session.expiresAt()));
		}
		insert(rows);
	}

	/**
	 * A card sent 1:1 shows its outcome: after a press of it
	 * ({@code pressedResponseCode}: WeCom's code from the press event), or because its
	 * action was taken another way (then the code its send returned is used, null until
	 * then).
	 */
	public void updateCard(ChatUser person, String cardId, String outcome, boolean pressed, String responseCode,
			Long officialId) {
		String key = conversationKey(person.platform(), person.corpId(), TargetKind.USER, person.userId());
		insert(List.of(new ReplyMapper.NewReply(person.platform().name(), person.corpId(), TargetKind.USER,
				person.userId(), key, officialId, ReplyRow.CARD_UPDATE,
				ReplyBodies.write(new ReplyBodies.CardUpdate(cardId, outcome, pressed, responseCode)), cardId, null,
				null)));
	}

	private void insert(List<ReplyMapper.NewReply> rows) {
		tx.executeWithoutResult(s -> {
			mapper.insertAll(rows, time.now());
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake.run();
				}
			});
		});
	}

	static String conversationKey(Platform platform, String corpId, TargetKind kind, String target) {
		try {
			byte[] sha = MessageDigest.getInstance("SHA-256")
				.digest((platform + "\n" + corpId + "\n" + kind + "\n" + target).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
