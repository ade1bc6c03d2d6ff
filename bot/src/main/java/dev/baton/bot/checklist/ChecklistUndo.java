package dev.baton.bot.checklist;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.bot.access.Actor;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 撤销 (undo): takes back the departing official's last entry of the current drafting
 * round, exactly. An added item is withdrawn (kept for history, its number never reused),
 * an edit is reverted to the item as it was, a section declared empty is open again, a
 * deleted item is back, a supplement or a piece of evidence is withdrawn, a moved item is
 * back in its section (the section it went to declared empty again if it was). Entries
 * made before the checklist was last submitted were reviewed: they are corrected, not
 * undone.
 */
@Service
public class ChecklistUndo {

	private final ChecklistWriter writer;

	private final HandoverRecords records;

	private final ChecklistMapper mapper;

	private final TimeSource time;

	ChecklistUndo(ChecklistWriter writer, TimeSource time) {
		this.time = time;
		this.writer = writer;
		this.records = writer.records();
		this.mapper = writer.mapper();
	}

	/**
	 * Where the entries of a turn about to start begin: the newest entry id now (0 when
	 * there is none).
	 */
	public long mark() {
		Long max = mapper.maxEntryId();
		return max == null ? 0 : max;
	}

	/**
	 * The entry a turn made on the handover (the newest made after {@code mark}, not
	 * undone), or null.
	 */
	public Long madeSince(long handoverId, long mark) {
		return mapper.entryAfter(handoverId, mark);
	}

	/**
	 * What 撤销 would take back now, without taking it back (#12, newcomer 7, finding 2:
	 * said right after a message that recorded nothing, it is asked about, never done
	 * unasked). The item as it is now.
	 */
	@Transactional
	public Undone.Last last(Actor actor, long handoverId) {
		Handover h = writer.editable(actor, handoverId, "undo an entry");
		ChecklistEntry entry = mapper.lastEntry(h.id(), h.reviewRound());
		if (entry == null) {
			throw new InvalidInputException("checklist.nothingToUndo", "nothing entered in this round to undo");
		}
		Item item = entry.itemId() == null ? null : mapper.itemById(entry.itemId());
		Section section = sectionOf(h,
				entry.sectionId() != null ? entry.sectionId() : item == null ? null : item.sectionId());
		String label = entry.kind() == ChecklistEntry.Kind.EVIDENCE ? mapper.evidenceById(entry.refId()).label() : null;
		return new Undone.Last(entry.id(), new Undone(entry.kind().name(), item, section, label));
	}

	@Transactional
	public Undone undo(Actor actor, long handoverId) {
		Handover h = writer.editable(actor, handoverId, "undo an entry");
		ChecklistEntry entry = mapper.lastEntry(h.id(), h.reviewRound());
		if (entry == null) {
			throw new InvalidInputException("checklist.nothingToUndo", "nothing entered in this round to undo");
		}
		var at = time.now();
		Item item = entry.itemId() == null ? null : mapper.itemById(entry.itemId());
		Section section = sectionOf(h,
				entry.sectionId() != null ? entry.sectionId() : item == null ? null : item.sectionId());
		String label = null;
		switch (entry.kind()) {
			case ADD -> {
				mapper.withdrawItem(item.id(), "UNDONE", actor.officialId(), at);
				if (Boolean.TRUE.equals(writer.read(entry.beforeState()).get("sectionWasEmpty"))) {
					mapper.setDeclaredEmpty(h.id(), section.code(), true);
				}
			}
			case EDIT -> {
				ItemDraft before = writer.restored(entry.beforeState());
				mapper.writeItem(item.id(), before, Boolean.TRUE.equals(before.unfinished()), at);
				writer.restoreDone(item.id(), entry.beforeState(), at);
			}
			case MOVE -> {
				Section into = sectionOf(h, item.sectionId());
				mapper.moveItem(item.id(), entry.sectionId(), at);
				if (into != null && Boolean.TRUE.equals(writer.read(entry.beforeState()).get("sectionWasEmpty"))) {
					mapper.setDeclaredEmpty(h.id(), into.code(), true);
				}
				if (Boolean.TRUE.equals(writer.read(entry.beforeState()).get("counterpartyRead"))) {
					// the counterparty read when it moved into an economic section goes
					// with
					// the move
					ItemDraft now = item.asDraft();
					mapper.writeItem(item.id(),
							new ItemDraft(now.title(), now.details(), now.status(), now.amount(), now.currency(), null,
									now.deadline(), now.responsible(), now.unfinished(), now.quantity(),
									now.quantityUnit()),
							item.unfinished(), at);
				}
			}
			case EMPTY -> mapper.setDeclaredEmpty(h.id(), section.code(), false);
			case DELETE -> mapper.restoreItem(item.id(), at);
			case SUPPLEMENT -> mapper.withdrawSupplement(entry.refId(), at);
			case EVIDENCE -> {
				label = mapper.evidenceById(entry.refId()).label();
				mapper.withdrawEvidence(entry.refId(), at);
			}
		}
		mapper.markUndone(entry.id(), at);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("undid", entry.kind().name());
		if (item != null) {
			detail.put("item", item.seq());
			detail.put("title", item.title());
		}
		if (section != null) {
			detail.put("section", section.code());
		}
		Item after = item == null ? null : mapper.itemById(item.id());
		if (item != null) {
			// what the undo changed back, field by field (an item added and undone:
			// LISTED → UNDONE)
			java.util.Map<Long, String> codes = new java.util.HashMap<>();
			mapper.sections(h.id()).forEach(s -> codes.put(s.id(), s.code()));
			detail.put(FieldChanges.KEY, FieldChanges.between(item, after, codes::get));
		}
		records.audit(h, actor, "ENTRY_UNDONE", detail);
		return new Undone(entry.kind().name(), after, section, label);
	}

	private Section sectionOf(Handover h, Long sectionId) {
		if (sectionId == null) {
			return null;
		}
		return mapper.sections(h.id()).stream().filter(s -> s.id() == sectionId).findFirst().orElse(null);
	}

}
