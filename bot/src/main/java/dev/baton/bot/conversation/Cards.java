package dev.baton.bot.conversation;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Card ids and button keys. A button key names the verb, the handover and the item
 * ("confirm:12:3"), so a press is understood without any dialog state; the card id is
 * fresh per card, as WeCom's task_id and DingTalk's outTrackId must be.
 */
final class Cards {

	private Cards() {
	}

	static String id(String verb, long handoverId, int item) {
		return verb + "-" + handoverId + "-" + item + "-"
				+ HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
	}

	static String action(String verb, long handoverId, int item) {
		return verb + ":" + handoverId + ":" + item;
	}

	/** A button about a step of a plan ("prog:12:3.2": item 3's second step). */
	static String action(String verb, long handoverId, int item, int step) {
		return verb + ":" + handoverId + ":" + item + "." + step;
	}

	/** A pressed button's key, read back; null if it is not one of Baton's. */
	static Pressed read(String action) {
		if (action == null || !action.matches("[a-z]{2,16}:\\d{1,18}:\\d{1,4}(?:\\.\\d{1,4})?")) {
			return null;
		}
		String[] parts = action.split(":");
		String[] item = parts[2].split("\\.");
		return new Pressed(parts[0], Long.parseLong(parts[1]), Integer.parseInt(item[0]),
				item.length > 1 ? Integer.valueOf(item[1]) : null);
	}

	/**
	 * What a card of Baton's asks for, read from its id ("confirm-12-3-…"); null for
	 * another id.
	 */
	static Asked asked(String cardId) {
		if (cardId == null || !cardId.matches("[a-z]{2,16}-\\d{1,18}-\\d{1,4}-[0-9a-f]{1,16}")) {
			return null;
		}
		String[] parts = cardId.split("-");
		return new Asked(parts[0], Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
	}

	/**
	 * @param step for a button about a step of a plan, the step within the item; else
	 * null
	 */
	record Pressed(String verb, long handoverId, int item, Integer step) {
	}

	/**
	 * @param kind ack (签收), confirm (one item), review (the round's review)
	 */
	record Asked(String kind, long handoverId, int item) {
	}

}
