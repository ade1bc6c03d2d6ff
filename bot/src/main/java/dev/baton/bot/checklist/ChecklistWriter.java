package dev.baton.bot.checklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every change of the checklist shares: the case locked and the departing official's
 * right to draft checked (the first change acknowledges the notice), the live item found
 * (a withdrawn one is named as such), and the entry journaled with what it replaced so
 * that 撤销 can take it back.
 */
@Component
class ChecklistWriter {

	private final HandoverRecords records;

	private final ChecklistMapper mapper;

	private final JsonMapper json;

	private final TimeSource time;

	ChecklistWriter(HandoverRecords records, ChecklistMapper mapper, JsonMapper json, TimeSource time) {
		this.time = time;
		this.records = records;
		this.mapper = mapper;
		this.json = json;
	}

	HandoverRecords records() {
		return records;
	}

	ChecklistMapper mapper() {
		return mapper;
	}

	Handover editable(Actor actor, long handoverId, String attempted) {
		Handover h = records.lock(handoverId);
		records.require(actor, Action.EDIT_CHECKLIST, h);
		h.requireChecklistOpen(attempted);
		if (h.state() == HandoverState.NOTIFIED) {
			records.acknowledge(h, actor, "started the checklist");
		}
		return h;
	}

	/**
	 * The item numbered {@code seq}; refused when there is none, or when it was deleted
	 * or undone.
	 */
	Item liveItem(Handover h, int seq) {
		Item item = mapper.anyItem(h.id(), seq);
		if (item == null) {
			throw new NotFoundException("item", seq);
		}
		if (item.withdrawn()) {
			throw new InvalidInputException("checklist.itemWithdrawn", "item " + seq + " was withdrawn", seq);
		}
		return item;
	}

	void journal(Handover h, Actor actor, ChecklistEntry.Kind kind, Long itemId, Long sectionId, Long refId,
			String before) {
		mapper.insertEntry(h.id(), h.reviewRound(), kind, itemId, sectionId, refId, before, actor.officialId(),
				time.now());
	}

	/** The item's stated fields as JSON, to restore them exactly. */
	String snapshot(Item item) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("title", item.title());
		s.put("details", item.details());
		s.put("status", item.status() == null ? null : item.status().name());
		s.put("amount", plain(item.amount()));
		s.put("currency", item.currency());
		s.put("quantity", plain(item.quantity()));
		s.put("quantityUnit", item.quantityUnit());
		s.put("counterparty", item.counterparty());
		s.put("deadline", item.deadline() == null ? null : item.deadline().toString());
		s.put("responsible", item.responsible());
		s.put("unfinished", item.unfinished());
		s.put("doneOn", item.doneOn() == null ? null : item.doneOn().toString());
		s.put("doneIn", item.doneIn() == null ? null : item.doneIn().toString());
		return json.writeValueAsString(s);
	}

	/**
	 * An item's completion date as a snapshot holds it, written back; a snapshot taken
	 * before it was kept (no such key) leaves it as it is, since no edit of those days
	 * could change it.
	 */
	void restoreDone(long itemId, String snapshot, java.time.Instant at) {
		Map<?, ?> s = read(snapshot);
		if (!s.containsKey("doneOn") && !s.containsKey("doneIn")) {
			return;
		}
		Object day = s.get("doneOn");
		Object month = s.get("doneIn");
		mapper.writeDone(itemId, day == null ? null : LocalDate.parse(day.toString()),
				month == null ? null : java.time.YearMonth.parse(month.toString()), at);
	}

	/** A snapshot read back: every field, nulls included. */
	ItemDraft restored(String snapshot) {
		return restored(json, snapshot);
	}

	static ItemDraft restored(JsonMapper json, String snapshot) {
		@SuppressWarnings("unchecked")
		Map<String, Object> s = json.readValue(snapshot, Map.class);
		return new ItemDraft(text(s, "title"), text(s, "details"), ItemStatus.of(text(s, "status")),
				decimal(text(s, "amount")), text(s, "currency"), text(s, "counterparty"),
				text(s, "deadline") == null ? null : LocalDate.parse(text(s, "deadline")), text(s, "responsible"),
				Boolean.TRUE.equals(s.get("unfinished")), decimal(text(s, "quantity")), text(s, "quantityUnit"));
	}

	String json(Map<String, ?> value) {
		return json.writeValueAsString(value);
	}

	Map<?, ?> read(String value) {
		return json.readValue(value, Map.class);
	}

	/**
	 * The status the departing official said, or the section's default, or none (to be
	 * asked).
	 */
	static ItemStatus statusOf(ItemDraft draft, Section section, ItemSaid said) {
		if (draft.status() != null) {
			return draft.status();
		}
		if (section.defaultStatus() == ItemStatus.ON_HAND && owedByADate(draft, said)) {
			return ItemStatus.NOT_STARTED;
		}
		return section.defaultStatus();
	}

	/** Money owed one way or the other: 应付, 欠, 未付, 待付, 应收, 付清… */
	private static final java.util.regex.Pattern OWED = java.util.regex.Pattern
		.compile("应付|应收|欠|未付|待付|未支付|尚未支付|没付|未还|待还|没还|应缴|未缴|待缴|应退|付清|还清|结清|收回");

	/**
	 * A payable or receivable with a deadline ("应付…印刷费3.2万元，明年1月15日前付清", #12, newcomer
	 * 11, finding 6) is work still to do, never a fact on hand whatever its section's
	 * default; so is one whose deadline was said and its day asked
	 * ("欠上梅建材厂货款12万元，明年春节前付清", newcomer 21, finding 22).
	 */
	static boolean owedByADate(ItemDraft draft, ItemSaid said) {
		if (draft.deadline() == null && !said.dueAsked()) {
			return false;
		}
		return java.util.stream.Stream.of(draft.title(), draft.details(), said.said())
			.anyMatch(words -> words != null && OWED.matcher(words).find());
	}

	static boolean unfinished(ItemDraft draft, ItemStatus status) {
		return draft.unfinished() != null ? draft.unfinished() : status != null && status.unfinished();
	}

	private static String text(Map<String, Object> s, String key) {
		Object v = s.get(key);
		return v == null ? null : v.toString();
	}

	private static BigDecimal decimal(String s) {
		return s == null ? null : new BigDecimal(s);
	}

	private static String plain(BigDecimal d) {
		return d == null ? null : d.toPlainString();
	}

}
