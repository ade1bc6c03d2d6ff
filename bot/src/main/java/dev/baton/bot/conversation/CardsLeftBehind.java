package dev.baton.bot.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * A card of the person's still waiting in a handover they switch away from is never
 * forgotten (#12, newcomer 11: 钱芳's "您是要审核通过这份交接清单吗？" card of 交接3 was left behind when
 * she said 切换 4, and nothing ever told her of it again). Switching away says in one line
 * that it waits there and how to come back; switching back reminds of it once.
 */
@Component
class CardsLeftBehind {

	private final ChatCardMapper cards;

	CardsLeftBehind(ChatCardMapper cards) {
		this.cards = cards;
	}

	/**
	 * The line said on leaving a handover where cards of the person's wait; null when
	 * none does.
	 */
	String leaving(long officialId, long from, Texts t) {
		List<ChatCardMapper.LiveCard> waiting = waiting(officialId, from);
		if (waiting.isEmpty()) {
			return null;
		}
		return t.get("conv.leftBehind.waits", from, what(waiting, t));
	}

	/**
	 * The reminder said on coming back to a handover where cards of the person's wait;
	 * null when none does.
	 */
	String returning(long officialId, long to, Texts t) {
		List<ChatCardMapper.LiveCard> waiting = waiting(officialId, to);
		if (waiting.isEmpty()) {
			return null;
		}
		return t.get("conv.leftBehind.back", what(waiting, t));
	}

	private List<ChatCardMapper.LiveCard> waiting(long officialId, long handoverId) {
		return cards.live(handoverId)
			.stream()
			.filter(c -> c.officialId() == officialId && c.outcome() == null)
			.toList();
	}

	/**
	 * What the cards ask, each once, newest last: "确认第3项", "您是要审核通过交接清单吗".
	 */
	private static String what(List<ChatCardMapper.LiveCard> waiting, Texts t) {
		java.util.LinkedHashSet<String> said = new java.util.LinkedHashSet<>();
		for (ChatCardMapper.LiveCard c : waiting) {
			String kind = c.kind() == null ? "other" : c.kind();
			if (kind.equals("review") && c.proposal() != null) {
				kind = "reviewReturn"; // a return asked about carries its words
			}
			String words = t.orElse("conv.leftBehind.kind." + kind, null);
			said.add(words == null ? t.get("conv.leftBehind.kind.other", c.itemSeq())
					: t.get("conv.leftBehind.kind." + kind, c.itemSeq()));
		}
		return String.join(t.english() ? "; " : "；", said);
	}

}
