package dev.baton.bot.checklist;

/**
 * What 撤销 (undo) took back: an item's adding (the item is withdrawn), an edit (the item
 * is as it was), a section declared empty (open again), a deletion (the item is back), a
 * supplement or a piece of evidence (withdrawn).
 *
 * @param what ADD, EDIT, EMPTY, DELETE, SUPPLEMENT or EVIDENCE
 * @param item the item concerned as it is now (null for a section)
 * @param section the section concerned (for EMPTY and ADD)
 * @param label the evidence's label, for EVIDENCE
 */
public record Undone(String what, Item item, Section section, String label) {

	/**
	 * The entry 撤销 would take back now, not yet taken back.
	 *
	 * @param entryId the entry's id: whether the person's last message made it
	 * @param entry what it is, the item as it is now
	 */
	public record Last(long entryId, Undone entry) {
	}

}
