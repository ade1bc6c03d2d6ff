package dev.baton.bot.followup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A planned step as stored, with the item it serves. People know it by its
 * {@link #label()}, the item and the step within it ("4.2": item 4, step 2), the same in
 * every reply, notice, reminder and in what they type back.
 */
public record FollowUpStep(long id, long planId, int itemSeq, int seq, String description, LocalDate dueOn,
		Instant completedAt) {

	/** "4.2": item 4's second step; also the subject of the step's waiting step. */
	public String label() {
		return label(itemSeq, seq);
	}

	public static String label(int itemSeq, int seq) {
		return itemSeq + "." + seq;
	}

	public boolean open() {
		return completedAt == null;
	}

}
