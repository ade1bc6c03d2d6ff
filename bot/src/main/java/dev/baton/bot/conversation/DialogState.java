package dev.baton.bot.conversation;

import dev.baton.bot.conversation.grammar.Intent;

/**
 * Where one person is in their conversation with Baton: the handover in focus, the
 * checklist section or item in focus, and the question Baton asked and waits an answer
 * to. It holds no answer: every answer is in the database as soon as it is given, so
 * losing this (it lives in Redis with a TTL) only costs the focus, which is found again
 * from the record.
 *
 * @param handoverId the handover in focus, or null to choose one from the record
 * @param section the checklist section in focus while filling (its code), or null
 * @param item the item in focus (confirming: the item last shown to the successor;
 * ruling), or null
 * @param pending the question waiting for an answer
 * @param english whether the person asked for English
 * @param proposed for {@link Pending#CLARIFY}: what Baton asked whether the person meant
 * (确认 / 通过 / 签收 …)
 * @param proposedItem for {@link Pending#CLARIFY}: the item of {@code proposed}, or null
 * @param proposedWords for {@link Pending#CLARIFY}: the exact words that do
 * {@code proposed} when it needs more than an item ("裁定 12 更正 …按1.96万亩更正"), read again as
 * said on a yes; or null (and in dialogs stored before)
 * @param entry the checklist entry the person's last message (or press, or file) made, or
 * null when it made none: 撤销 takes back only that one unasked (#12, newcomer 7, finding
 * 2)
 * @param reported the progress report the person's last message (or press) recorded, or
 * null when it recorded none: the successor's 撤销 takes back only that one (#12, newcomer
 * 8, finding 7: not an older report after a question)
 * @param undated for {@link Pending#STEP_DATE}: the plan refused for the step whose day
 * could not be read, or null
 */
public record DialogState(Long handoverId, String section, Integer item, Pending pending, boolean english,
		Intent proposed, Integer proposedItem, String proposedWords, Long entry, Long reported, UndatedStep undated) {

	/**
	 * A plan not recorded because one step's day could not be read (newcomer 24, finding
	 * 13): the message as written, that step as written, and the step's words without the
	 * day that could not be read.
	 */
	public record UndatedStep(String plan, String step, String words) {
	}

	/** A question Baton asked; the next free text is its answer. */
	public enum Pending {

		NONE,
		/** the reason for disputing {@link DialogState#item()} */
		DISPUTE_REASON,
		/** the comment for returning the checklist */
		RETURN_COMMENT,
		/** what is right, for correcting disputed {@link DialogState#item()} */
		CORRECTION_NOTE,
		/**
		 * the status of {@link DialogState#item()}, which nobody has said (已完成 / 推进中 /
		 * 未启动 / 现状)
		 */
		ITEM_STATUS,
		/** the unit of {@link DialogState#item()}'s number, which is not money ("亩") */
		ITEM_UNIT,
		/**
		 * "您是要确认第3项吗？": a yes does {@link DialogState#proposed()} on
		 * {@link DialogState#proposedItem()}, a no does nothing; anything else lets the
		 * question lapse and is read on its own
		 */
		CLARIFY,
		/**
		 * whether {@link DialogState#item()}, said with two figures of one kind, is two
		 * items (记为两项 / 记为一项); a reply that is not the answer is read on its own
		 */
		ITEM_SPLIT,
		/**
		 * the day of the step of {@link DialogState#undated()}'s plan that could not be
		 * read (明年春节前 in a year whose holidays are not loaded): a reply with a day is
		 * that step's day and the whole plan is recorded; anything else lets the question
		 * lapse and is read on its own
		 */
		STEP_DATE

	}

	public static final DialogState FRESH = new DialogState(null, null, null, Pending.NONE, false);

	public DialogState {
		pending = pending == null ? Pending.NONE : pending;
		if (pending != Pending.CLARIFY) {
			proposed = null;
			proposedItem = null;
			proposedWords = null;
		}
		if (pending != Pending.STEP_DATE) {
			undated = null;
		}
	}

	public DialogState(Long handoverId, String section, Integer item, Pending pending, boolean english, Intent proposed,
			Integer proposedItem, String proposedWords, Long entry, Long reported) {
		this(handoverId, section, item, pending, english, proposed, proposedItem, proposedWords, entry, reported, null);
	}

	public DialogState(Long handoverId, String section, Integer item, Pending pending, boolean english, Intent proposed,
			Integer proposedItem, String proposedWords, Long entry) {
		this(handoverId, section, item, pending, english, proposed, proposedItem, proposedWords, entry, null);
	}

	public DialogState(Long handoverId, String section, Integer item, Pending pending, boolean english, Intent proposed,
			Integer proposedItem, String proposedWords) {
		this(handoverId, section, item, pending, english, proposed, proposedItem, proposedWords, null);
	}

	public DialogState(Long handoverId, String section, Integer item, Pending pending, boolean english, Intent proposed,
			Integer proposedItem) {
		this(handoverId, section, item, pending, english, proposed, proposedItem, null);
	}

	/**
	 * The same dialog, knowing which entry the message just handled made (null: none).
	 */
	public DialogState made(Long newEntry) {
		return new DialogState(handoverId, section, item, pending, english, proposed, proposedItem, proposedWords,
				newEntry, reported, undated);
	}

	/**
	 * The same dialog, knowing which progress report the message just handled recorded
	 * (null: none).
	 */
	public DialogState reported(Long newReport) {
		return new DialogState(handoverId, section, item, pending, english, proposed, proposedItem, proposedWords,
				entry, newReport, undated);
	}

	/**
	 * A dialog with no clarifying question (the form stored before there were any: its
	 * JSON reads the same).
	 */
	public DialogState(Long handoverId, String section, Integer item, Pending pending, boolean english) {
		this(handoverId, section, item, pending, english, null, null);
	}

	public DialogState focus(Long newHandover) {
		return new DialogState(newHandover, section, item, pending, english, proposed, proposedItem, proposedWords,
				entry, reported, undated);
	}

	public DialogState inSection(String code) {
		return new DialogState(handoverId, code, item, Pending.NONE, english);
	}

	public DialogState onItem(Integer seq) {
		return new DialogState(handoverId, section, seq, Pending.NONE, english);
	}

	public DialogState asking(Pending question, Integer seq) {
		return new DialogState(handoverId, section, seq, question, english);
	}

	/**
	 * Asks whether the person meant {@code intent} (on item {@code seq}); the item in
	 * focus stays.
	 */
	public DialogState clarifying(Intent intent, Integer seq) {
		return new DialogState(handoverId, section, item, Pending.CLARIFY, english, intent, seq);
	}

	/**
	 * Asks whether the person meant these exact words ({@code intent} on item
	 * {@code seq}); a yes reads them as said.
	 */
	public DialogState proposing(Intent intent, Integer seq, String words) {
		return new DialogState(handoverId, section, item, Pending.CLARIFY, english, intent, seq, words);
	}

	/**
	 * Asks the day of the step of item {@code seq}'s plan that could not be read; the
	 * plan is kept for the answer.
	 */
	public DialogState askingDate(Integer seq, UndatedStep plan) {
		return new DialogState(handoverId, section, seq, Pending.STEP_DATE, english, null, null, null, entry, reported,
				plan);
	}

	public DialogState answered() {
		return new DialogState(handoverId, section, item, Pending.NONE, english);
	}

	public DialogState inEnglish(boolean on) {
		return new DialogState(handoverId, section, item, pending, on, proposed, proposedItem, proposedWords, entry,
				reported, undated);
	}

}
