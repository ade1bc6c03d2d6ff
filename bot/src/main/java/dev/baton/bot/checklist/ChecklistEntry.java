package dev.baton.bot.checklist;

import java.time.Instant;

/**
 * One entry the departing official made while drafting, with what it replaced, so that 撤销
 * (undo) can take back the last one of the current round exactly. {@code refId} is the
 * supplement or evidence row an entry added; {@code beforeState} (JSON) the item as it
 * was before an edit, or whether the section had been declared empty (the section added
 * to, or moved to).
 */
record ChecklistEntry(long id, long handoverId, int round, Kind kind, Long itemId, Long sectionId, Long refId,
		String beforeState, Long actorId, Instant createdAt, Instant undoneAt) {

	enum Kind {

		ADD, EDIT, EMPTY, DELETE, SUPPLEMENT, EVIDENCE,
		/** the item moved to another section: {@code sectionId} is the one it was in */
		MOVE,
		/**
		 * the ruling department corrected the item's deadline (#12, newcomer 8, finding
		 * 4): {@code beforeState} holds the deadline the departing side stated. Never
		 * taken back by 撤销: a ruling is final
		 */
		RULED

	}

}
