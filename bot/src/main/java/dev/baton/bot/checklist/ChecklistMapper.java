package dev.baton.bot.checklist;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ChecklistMapper {

	void insertSection(@Param("handoverId") long handoverId,
			@Param("s") dev.baton.bot.template.TemplateSection section);

	List<Section> sections(long handoverId);

	int setDeclaredEmpty(@Param("handoverId") long handoverId, @Param("code") String code,
			@Param("empty") boolean empty);

	/**
	 * The highest number ever given in the handover, withdrawn items included: numbers
	 * are never given twice.
	 */
	Integer maxSeq(long handoverId);

	void insertItem(@Param("handoverId") long handoverId, @Param("sectionId") long sectionId, @Param("seq") int seq,
			@Param("d") ItemDraft draft, @Param("status") ItemStatus status, @Param("unfinished") boolean unfinished,
			@Param("at") Instant at, @Param("words") ItemSaid words);

	int updateItem(@Param("id") long id, @Param("d") ItemDraft draft, @Param("at") Instant at);

	/**
	 * Writes every stated field as given, nulls included (a field cleared, an edit
	 * undone).
	 */
	int writeItem(@Param("id") long id, @Param("d") ItemDraft draft, @Param("unfinished") boolean unfinished,
			@Param("at") Instant at);

	/**
	 * When the item was done: a day, or only a month (at most one; both null empties it).
	 */
	int writeDone(@Param("id") long id, @Param("doneOn") java.time.LocalDate doneOn,
			@Param("doneIn") java.time.YearMonth doneIn, @Param("at") Instant at);

	/** The item into another section of its handover. */
	int moveItem(@Param("id") long id, @Param("sectionId") long sectionId, @Param("at") Instant at);

	int updateConfirmation(@Param("id") long id, @Param("confirmation") Confirmation confirmation,
			@Param("at") Instant at);

	int correctQuantity(@Param("id") long id, @Param("quantity") java.math.BigDecimal quantity,
			@Param("unit") String unit, @Param("at") Instant at);

	int correctDeadline(@Param("id") long id, @Param("deadline") java.time.LocalDate deadline,
			@Param("at") java.time.Instant at);

	List<ChecklistEntry> ruledEntries(@Param("handoverId") long handoverId);

	int correctAmount(@Param("id") long id, @Param("amount") java.math.BigDecimal amount,
			@Param("currency") String currency, @Param("at") Instant at);

	int withdrawItem(@Param("id") long id, @Param("how") String how, @Param("by") Long by, @Param("at") Instant at);

	int restoreItem(@Param("id") long id, @Param("at") Instant at);

	/** A live item by its number; null if there is none or it was withdrawn. */
	Item item(@Param("handoverId") long handoverId, @Param("seq") int seq);

	/** Any item by its number, withdrawn or not. */
	Item anyItem(@Param("handoverId") long handoverId, @Param("seq") int seq);

	Item itemById(long id);

	/** The checklist: live items only. */
	List<Item> items(long handoverId);

	/** Withdrawn items, for history. */
	List<Item> withdrawnItems(long handoverId);

	void insertEvidence(@Param("itemId") long itemId, @Param("kind") String kind, @Param("reference") String reference,
			@Param("label") String label, @Param("addedBy") long addedBy, @Param("at") Instant at);

	Long lastEvidenceId(long itemId);

	Evidence evidenceById(long id);

	int withdrawEvidence(@Param("id") long id, @Param("at") Instant at);

	/** Evidence of live items, withdrawn evidence left out. */
	List<Evidence> evidence(long handoverId);

	void insertSupplement(@Param("itemId") long itemId, @Param("round") int round, @Param("body") String body,
			@Param("addedBy") long addedBy, @Param("at") Instant at);

	Long lastSupplementId(long itemId);

	int withdrawSupplement(@Param("id") long id, @Param("at") Instant at);

	/** Supplements of live items, withdrawn ones left out. */
	List<Supplement> supplements(long handoverId);

	void insertEntry(@Param("handoverId") long handoverId, @Param("round") int round,
			@Param("kind") ChecklistEntry.Kind kind, @Param("itemId") Long itemId, @Param("sectionId") Long sectionId,
			@Param("refId") Long refId, @Param("before") String beforeState, @Param("actorId") Long actorId,
			@Param("at") Instant at);

	/** The items added in the round and not undone (t19a: added since a return). */
	List<Long> addedIn(@Param("handoverId") long handoverId, @Param("round") int round);

	/** The last entry of the round not yet undone. */
	ChecklistEntry lastEntry(@Param("handoverId") long handoverId, @Param("round") int round);

	/**
	 * The words as said, for an item that kept none because they were its title (before
	 * it is renamed).
	 */
	void keepSaidTitle(@Param("itemId") long itemId, @Param("title") String title);

	/**
	 * The newest entry of any handover (null when there is none): where a turn's entries
	 * start.
	 */
	Long maxEntryId();

	/**
	 * The newest entry of the handover made after entry {@code after}, not undone; null
	 * when none.
	 */
	Long entryAfter(@Param("handoverId") long handoverId, @Param("after") long after);

	int markUndone(@Param("id") long id, @Param("at") Instant at);

	/**
	 * Each item's first edit (undone or not): its before-state is the item as it was
	 * first recorded. Items never edited have none.
	 */
	List<ChecklistEntry> firstEdits(long handoverId);

}
