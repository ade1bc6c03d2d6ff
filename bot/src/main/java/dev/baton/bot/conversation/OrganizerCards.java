package dev.baton.bot.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.state.SharedState;
import org.springframework.stereotype.Component;

/**
 * One action, one outcome, for an organizer's cards too (newcomer 23, finding 13: the
 * "请确认发起交接" card kept live buttons after "好的，确认" or "算了" was typed, and a press a week
 * later said only that it had been done, dropped or had expired). The cards sent for a
 * draft are kept by the draft's token, beside the draft in the shared state; when the
 * draft ends, however it ends (typed or pressed), each card shows what came of it, and a
 * later press of one is told that: opened as 交接N, dropped, done, or expired.
 */
@Component
class OrganizerCards {

	/** How a draft ended. */
	enum Ended {

		/** The handover was opened: 已发起交接N. */
		OPENED,
		/** The organizer let it go: 已放弃. */
		DROPPED,
		/** The change, cancellation or extension was made. */
		DONE

	}

	/** What came of a draft, and the handover it was about. */
	record Outcome(Ended ended, Long handoverId) {
	}

	/** Long enough to answer a press of a card from weeks ago. */
	static final Duration KEPT_FOR = Duration.ofDays(60);

	private static final String PREFIX = "organizer-";

	private final SharedState state;

	private final ChatReplies replies;

	private final TimeSource time;

	private final org.springframework.context.MessageSource messages;

	OrganizerCards(SharedState state, ChatReplies replies, TimeSource time,
			org.springframework.context.MessageSource messages) {
		this.state = state;
		this.replies = replies;
		this.time = time;
		this.messages = messages;
	}

	/** The organizer's cards just sent 1:1, kept by their draft's token. */
	void sent(long officialId, InboundEvent to, List<ChatReplies.Sent> sent, boolean english) {
		if (to.conversation().isGroup()) {
			return;
		}
		for (ChatReplies.Sent s : sent) {
			String token = token(s.card().cardId());
			if (token == null) {
				continue;
			}
			String responseCode = s.result() == null ? null : s.result().cardResponseCode();
			String line = String.join("\t", s.card().cardId(), to.sender().platform().name(), to.sender().corpId(),
					to.sender().userId(), responseCode == null ? "" : responseCode, Boolean.toString(english),
					Long.toString(officialId), Long.toString(time.now().getEpochSecond()));
			String kept = state.get(cardsKey(token)).orElse("");
			state.put(cardsKey(token), kept.isEmpty() ? line : kept + "\n" + line, KEPT_FOR);
		}
	}

	/**
	 * The draft of this token ended: kept for a later press, and shown on each of its
	 * cards.
	 */
	void ended(String token, Ended ended, Long handoverId) {
		if (token == null) {
			return;
		}
		state.put(outcomeKey(token), ended.name() + ":" + (handoverId == null ? "" : handoverId), KEPT_FOR);
		for (String line : state.get(cardsKey(token)).orElse("").split("\n")) {
			String[] f = line.split("\t", -1);
			if (f.length < 8) {
				continue;
			}
			boolean english = Boolean.parseBoolean(f[5]);
			String outcome = onCard(new Outcome(ended, handoverId), new Texts(messages, english));
			replies.showOutcome(new ChatCardMapper.LiveCard(null, f[0], Long.parseLong(f[6]), f[1], f[2], f[3],
					handoverId == null ? 0 : handoverId, "organizer", 0, 0, english, f[4].isEmpty() ? null : f[4], null,
					null), outcome);
		}
	}

	/** What came of the draft of this token, if it ended; empty when unknown. */
	Optional<Outcome> outcome(String token) {
		return state.get(outcomeKey(token)).map(s -> {
			String[] f = s.split(":", 2);
			return new Outcome(Ended.valueOf(f[0]), f[1].isEmpty() ? null : Long.valueOf(f[1]));
		});
	}

	/**
	 * Whether a card of this token was sent longer ago than a draft lasts (it lapsed
	 * unanswered).
	 */
	boolean lapsed(String token) {
		Instant before = time.now().minus(OrganizerDrafts.KEPT_FOR);
		List<Instant> sentAt = new ArrayList<>();
		for (String line : state.get(cardsKey(token)).orElse("").split("\n")) {
			String[] f = line.split("\t", -1);
			if (f.length >= 8) {
				sentAt.add(Instant.ofEpochSecond(Long.parseLong(f[7])));
			}
		}
		return !sentAt.isEmpty() && sentAt.stream().allMatch(at -> at.isBefore(before));
	}

	/** What a card shows for the outcome. */
	static String onCard(Outcome o, Texts t) {
		return switch (o.ended()) {
			case OPENED -> t.get("conv.org.card.opened", o.handoverId());
			case DROPPED -> t.get("conv.org.card.dropped");
			case DONE -> t.get("conv.org.card.done");
		};
	}

	/** What a later press of a card is told. */
	static String said(Outcome o, Texts t) {
		return switch (o.ended()) {
			case OPENED -> t.get("conv.org.stale.opened", o.handoverId());
			case DROPPED -> t.get("conv.org.stale.dropped");
			case DONE -> t.get("conv.org.stale.done");
		};
	}

	/** The draft token in an organizer's card id ({@code organizer-<token>-<hex>}). */
	static String token(String cardId) {
		if (cardId == null || !cardId.startsWith(PREFIX)) {
			return null;
		}
		int end = cardId.lastIndexOf('-');
		return end <= PREFIX.length() ? null : cardId.substring(PREFIX.length(), end);
	}

	private static String cardsKey(String token) {
		return "organizer-cards:" + token;
	}

	private static String outcomeKey(String token) {
		return "organizer-outcome:" + token;
	}

}
