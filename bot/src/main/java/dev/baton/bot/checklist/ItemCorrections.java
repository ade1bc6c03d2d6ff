package dev.baton.bot.checklist;

import java.math.BigDecimal;
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
 * What the departing official says to put an entry right while drafting: empty a field
 * ("第9项金额改为无"), say that an amount is a quantity ("第1项不是金额，是面积"), delete an item
 * ("删除第12项"), or add words to an item ("第4项补充：…", the answer to a return). Each is
 * journaled (撤销 takes it back) and in the audit log; a deleted item is kept, withdrawn,
 * so the review history and the audit log still name it and its number is never reused.
 */
@Service
public class ItemCorrections {

	static final int SUPPLEMENT_MAX = 2000;

	private final ChecklistWriter writer;

	private final HandoverRecords records;

	private final ChecklistMapper mapper;

	private final TimeSource time;

	ItemCorrections(ChecklistWriter writer, TimeSource time) {
		this.time = time;
		this.writer = writer;
		this.records = writer.records();
		this.mapper = writer.mapper();
	}

	/**
	 * Empties one field of the item (an amount with its currency, a quantity with its
	 * unit); refused if it is empty.
	 */
	@Transactional
	public Item clearField(Actor actor, long handoverId, int seq, ClearableField field) {
		Handover h = writer.editable(actor, handoverId, "edit an item");
		Item item = writer.liveItem(h, seq);
		ItemDraft now = item.asDraft();
		Object previous = switch (field) {
			case AMOUNT -> item.amount() == null ? null : item.amount().toPlainString() + " " + item.currency();
			case QUANTITY ->
				item.quantity() == null ? null : item.quantity().toPlainString() + " " + item.quantityUnit();
			case DEADLINE -> item.deadline();
			case COUNTERPARTY -> item.counterparty();
			case RESPONSIBLE -> item.responsible();
			case DETAILS -> item.details();
			case DONE_ON -> item.doneOn() != null ? item.doneOn() : item.doneIn();
		};
		if (previous == null) {
			throw new InvalidInputException("checklist.fieldAlreadyEmpty", "item " + seq + " has no " + field, seq,
					field.name());
		}
		ItemDraft cleared = new ItemDraft(now.title(), field == ClearableField.DETAILS ? null : now.details(),
				now.status(), field == ClearableField.AMOUNT ? null : now.amount(),
				field == ClearableField.AMOUNT ? null : now.currency(),
				field == ClearableField.COUNTERPARTY ? null : now.counterparty(),
				field == ClearableField.DEADLINE ? null : now.deadline(),
				field == ClearableField.RESPONSIBLE ? null : now.responsible(), now.unfinished(),
				field == ClearableField.QUANTITY ? null : now.quantity(),
				field == ClearableField.QUANTITY ? null : now.quantityUnit());
		mapper.writeItem(item.id(), cleared, item.unfinished(), time.now());
		if (field == ClearableField.DONE_ON) {
			mapper.writeDone(item.id(), null, null, time.now());
		}
		writer.journal(h, actor, ChecklistEntry.Kind.EDIT, item.id(), null, null, writer.snapshot(item));
		Item after = mapper.item(h.id(), seq);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("item", seq);
		detail.put("field", field.name());
		detail.put("previous", previous.toString());
		detail.put(FieldChanges.KEY, FieldChanges.between(item, after));
		records.audit(h, actor, "ITEM_FIELD_CLEARED", detail);
		return after;
	}

	/**
	 * "第1项不是金额": the number stored as money is a quantity. {@code quantity} is the
	 * quantity as the person wrote it (re-read from the item's title), or null to take
	 * the stored amount's number; the unit is required.
	 */
	@Transactional
	public Item amountIsQuantity(Actor actor, long handoverId, int seq, BigDecimal quantity, String unit) {
		Handover h = writer.editable(actor, handoverId, "edit an item");
		Item item = writer.liveItem(h, seq);
		if (item.amount() == null) {
			throw new InvalidInputException("checklist.noAmount", "item " + seq + " has no amount", seq);
		}
		BigDecimal value = Quantity.checked(quantity != null ? quantity : item.amount());
		String u = Quantity.unit(unit, value);
		ItemDraft now = item.asDraft();
		ItemDraft moved = new ItemDraft(now.title(), now.details(), now.status(), null, null, now.counterparty(),
				now.deadline(), now.responsible(), now.unfinished(), value, u);
		mapper.writeItem(item.id(), moved, item.unfinished(), time.now());
		writer.journal(h, actor, ChecklistEntry.Kind.EDIT, item.id(), null, null, writer.snapshot(item));
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("item", seq);
		detail.put("previousAmount", item.amount().toPlainString() + " " + item.currency());
		if (item.quantity() != null) {
			detail.put("previousQuantity", item.quantity().toPlainString() + " " + item.quantityUnit());
		}
		detail.put("quantity", value.toPlainString());
		detail.put("unit", u);
		Item after = mapper.item(h.id(), seq);
		detail.put(FieldChanges.KEY, FieldChanges.between(item, after));
		records.audit(h, actor, "ITEM_AMOUNT_IS_QUANTITY", detail);
		return after;
	}

	/** 删除第N项: the item leaves the checklist (kept, withdrawn); only while drafting. */
	@Transactional
	public Item delete(Actor actor, long handoverId, int seq) {
		Handover h = writer.editable(actor, handoverId, "delete an item");
		Item item = writer.liveItem(h, seq);
		var at = time.now();
		mapper.withdrawItem(item.id(), "DELETED", actor.officialId(), at);
		writer.journal(h, actor, ChecklistEntry.Kind.DELETE, item.id(), item.sectionId(), null, null);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("item", seq);
		detail.put("title", item.title());
		Item after = mapper.itemById(item.id());
		detail.put(FieldChanges.KEY, FieldChanges.between(item, after));
		records.audit(h, actor, "ITEM_DELETED", detail);
		return after;
	}

	/**
	 * 第N项补充：… : the words are kept on the item as said, by whom and when, in the current
	 * review round.
	 */
	@Transactional
	public Supplement supplement(Actor actor, long handoverId, int seq, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("checklist.supplementEmpty", "a supplement needs words", seq);
		}
		String body = text.strip();
		if (body.codePointCount(0, body.length()) > SUPPLEMENT_MAX) {
			throw new InvalidInputException("checklist.supplementTooLong", "a supplement is at most 2000 characters",
					SUPPLEMENT_MAX);
		}
		Handover h = writer.editable(actor, handoverId, "add to an item");
		Item item = writer.liveItem(h, seq);
		long by = actor.officialId() == null ? 0 : actor.officialId();
		mapper.insertSupplement(item.id(), h.reviewRound(), body, by, time.now());
		Long id = mapper.lastSupplementId(item.id());
		writer.journal(h, actor, ChecklistEntry.Kind.SUPPLEMENT, item.id(), null, id, null);
		records.audit(h, actor, "ITEM_SUPPLEMENTED", Map.of("item", seq, "round", h.reviewRound(), "text", body));
		return mapper.supplements(h.id()).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
	}

}
