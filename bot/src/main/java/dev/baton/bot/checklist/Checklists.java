package dev.baton.bot.checklist;

import java.util.List;

import dev.baton.bot.handover.HandoverChecklist;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import dev.baton.bot.template.ChecklistTemplate;
import dev.baton.bot.template.TemplateSection;
import org.springframework.stereotype.Component;

/**
 * Reading a handover's checklist, for the other features; writing it is
 * {@link ChecklistService}'s.
 */
@Component
public class Checklists implements HandoverChecklist {

	private final ChecklistMapper mapper;

	private final TimeSource time;

	private final tools.jackson.databind.json.JsonMapper json;

	Checklists(ChecklistMapper mapper, TimeSource time, tools.jackson.databind.json.JsonMapper json) {
		this.mapper = mapper;
		this.time = time;
		this.json = json;
	}

	/**
	 * What the departing official first recorded for each item edited since (#12,
	 * newcomer 2), by item id: the values as the words were first read, to show a value
	 * changed since against the words as said. An item never edited is not in the map (it
	 * holds what was first recorded). Audit's corrections are not edits: the dispute
	 * keeps those.
	 */
	public java.util.Map<Long, ItemDraft> firstRecorded(long handoverId) {
		java.util.Map<Long, ItemDraft> out = new java.util.HashMap<>();
		for (ChecklistEntry e : mapper.firstEdits(handoverId)) {
			out.put(e.itemId(), ChecklistWriter.restored(json, e.beforeState()));
		}
		return out;
	}

	/**
	 * When each item edited since was first recorded as done (#12, newcomer 16, finding
	 * 3), by item id: an item first recorded with no completion date, or never edited, is
	 * not in the map.
	 */
	public java.util.Map<Long, DoneDate> firstDone(long handoverId) {
		java.util.Map<Long, DoneDate> out = new java.util.HashMap<>();
		for (ChecklistEntry e : mapper.firstEdits(handoverId)) {
			java.util.Map<?, ?> s = json.readValue(e.beforeState(), java.util.Map.class);
			Object day = s.get("doneOn");
			Object month = s.get("doneIn");
			DoneDate first = day != null ? DoneDate.parse(day.toString())
					: month != null ? DoneDate.parse(month.toString()) : null;
			if (first != null) {
				out.put(e.itemId(), first);
			}
		}
		return out;
	}

	@Override
	public void createSections(long handoverId, ChecklistTemplate template) {
		for (TemplateSection section : template.sections()) {
			mapper.insertSection(handoverId, section);
		}
	}

	@Override
	public long confirmationsBegun(long handoverId) {
		return items(handoverId).stream().filter(i -> i.confirmation() != Confirmation.PENDING).count();
	}

	public List<Section> sections(long handoverId) {
		return mapper.sections(handoverId);
	}

	public List<Item> items(long handoverId) {
		return mapper.items(handoverId);
	}

	public List<Evidence> evidence(long handoverId) {
		return mapper.evidence(handoverId);
	}

	/** The words added to live items (第4项补充：…), oldest first. */
	public List<Supplement> supplements(long handoverId) {
		return mapper.supplements(handoverId);
	}

	/**
	 * Items deleted or undone while drafting: not part of the checklist, kept for
	 * history.
	 */
	public List<Item> withdrawnItems(long handoverId) {
		return mapper.withdrawnItems(handoverId);
	}

	/**
	 * Every number ever given in the handover by item id, withdrawn items included
	 * (review comments name them).
	 */
	public java.util.Map<Long, Integer> numbers(long handoverId) {
		java.util.Map<Long, Integer> numbers = new java.util.HashMap<>();
		for (Item i : mapper.items(handoverId)) {
			numbers.put(i.id(), i.seq());
		}
		for (Item i : mapper.withdrawnItems(handoverId)) {
			numbers.put(i.id(), i.seq());
		}
		return numbers;
	}

	/** A live item; one deleted or undone is refused as such. */
	public Item item(long handoverId, int seq) {
		Item item = mapper.anyItem(handoverId, seq);
		if (item == null) {
			throw new NotFoundException("item", seq);
		}
		if (item.withdrawn()) {
			throw new InvalidInputException("checklist.itemWithdrawn", "item " + seq + " was withdrawn", seq);
		}
		return item;
	}

	public void setConfirmation(Item item, Confirmation confirmation) {
		mapper.updateConfirmation(item.id(), confirmation, time.now());
	}

	/**
	 * The ruling department corrected the item's quantity (争议事项以审计结论为最终依据): the item now
	 * holds the ruled quantity in the ruling's unit (the item's own where the ruling
	 * names none). The departing side's statement is kept by the dispute.
	 */
	public void correctQuantity(Item item, java.math.BigDecimal quantity, String unit) {
		java.math.BigDecimal checked = Quantity.checked(quantity);
		mapper.correctQuantity(item.id(), checked,
				Quantity.unit(unit == null || unit.isBlank() ? item.quantityUnit() : unit, checked), time.now());
	}

	/**
	 * The ruling department corrected the item's amount (争议事项以审计结论为最终依据): the item now
	 * holds the ruled amount, in the item's currency (CNY where it had none). The
	 * departing side's statement is kept by the dispute.
	 */
	public void correctAmount(Item item, java.math.BigDecimal amount) {
		mapper.correctAmount(item.id(), Money.checked(amount), item.currency() == null ? "CNY" : item.currency(),
				time.now());
	}

	/**
	 * The ruling department corrected the item's deadline (#12, newcomer 8, finding 4):
	 * the item holds the ruled date; the deadline the departing side stated is kept in
	 * the checklist's journal (never taken back by 撤销).
	 */
	public void correctDeadline(long handoverId, int round, Item item, java.time.LocalDate deadline, Long actorId) {
		java.util.Map<String, Object> before = new java.util.LinkedHashMap<>();
		before.put("deadline", item.deadline() == null ? null : item.deadline().toString());
		mapper.insertEntry(handoverId, round, ChecklistEntry.Kind.RULED, item.id(), null, null,
				json.writeValueAsString(before), actorId, time.now());
		mapper.correctDeadline(item.id(), deadline, time.now());
	}

	/**
	 * The deadlines the departing side stated before a ruling corrected them, by item id
	 * (an item whose deadline no ruling corrected is not in the map; the value is empty
	 * when the item had none).
	 */
	public java.util.Map<Long, java.util.Optional<java.time.LocalDate>> ruledDeadlines(long handoverId) {
		java.util.Map<Long, java.util.Optional<java.time.LocalDate>> out = new java.util.HashMap<>();
		for (ChecklistEntry e : mapper.ruledEntries(handoverId)) {
			if (!out.containsKey(e.itemId())) {
				ItemDraft was = ChecklistWriter.restored(json, e.beforeState());
				out.put(e.itemId(), java.util.Optional.ofNullable(was.deadline()));
			}
		}
		return out;
	}

}
