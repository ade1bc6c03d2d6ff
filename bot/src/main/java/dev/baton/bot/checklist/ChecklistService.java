package dev.baton.bot.checklist;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.directory.Department;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverReviewers;
import dev.baton.bot.handover.ReviewersWanted;
import dev.baton.bot.handover.HandoverNotices;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.WordList;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departing official fills the checklist: items by section, "本部分无" for a section with
 * nothing to hand over, evidence, corrections; then submits it for joint review. The
 * first change acknowledges the notice if that was not done yet.
 */
@Service
public class ChecklistService {

	private static final int TITLE_MAX = 256;

	private final HandoverRecords records;

	private final ChecklistMapper mapper;

	private final ChecklistWriter writer;

	private final TimeSource time;

	private final WaitingSteps waitingSteps;

	private final HandoverNotices handoverNotices;

	private final HandoverReviewers handoverReviewers;

	private final ReviewersWanted reviewersWanted;

	ChecklistService(ChecklistWriter writer, TimeSource time, WaitingSteps waitingSteps,
			HandoverNotices handoverNotices, HandoverReviewers handoverReviewers, ReviewersWanted reviewersWanted) {
		this.reviewersWanted = reviewersWanted;
		this.handoverReviewers = handoverReviewers;
		this.handoverNotices = handoverNotices;
		this.waitingSteps = waitingSteps;
		this.time = time;
		this.writer = writer;
		this.records = writer.records();
		this.mapper = writer.mapper();
	}

	@Transactional
	public Item addItem(Actor actor, long handoverId, String sectionCode, ItemDraft draft) {
		return addItem(actor, handoverId, sectionCode, draft, ItemSaid.NONE);
	}

	/**
	 * An item said in free text: {@code words} keeps the words as said and when a
	 * finished item was done.
	 */
	@Transactional
	public Item addItem(Actor actor, long handoverId, String sectionCode, ItemDraft draft, ItemSaid words) {
		Handover h = editable(actor, handoverId, "add an item");
		Section section = section(h, sectionCode);
		if (draft.title() == null || draft.title().isBlank()) {
			throw new InvalidInputException("checklist.titleRequired", "an item needs a title");
		}
		ItemDraft checked = checked(draft);
		Integer max = mapper.maxSeq(h.id());
		int seq = max == null ? 1 : max + 1;
		ItemStatus status = ChecklistWriter.statusOf(checked, section, words);
		boolean unfinished = ChecklistWriter.unfinished(checked, status);
		mapper.insertItem(h.id(), section.id(), seq, checked, status, unfinished, time.now(), words);
		if (section.declaredEmpty()) {
			mapper.setDeclaredEmpty(h.id(), section.code(), false);
		}
		Item item = mapper.item(h.id(), seq);
		writer.journal(h, actor, ChecklistEntry.Kind.ADD, item.id(), section.id(), null,
				writer.json(Map.of("sectionWasEmpty", section.declaredEmpty())));
		Map<String, Object> detail = itemDetail(seq, section.code(), checked);
		detail.put("status", status == null ? "UNSAID" : status.name());
		detail.put("statusFrom", checked.status() != null ? "SAID"
				: status != section.defaultStatus() ? "OWED_BY_A_DATE" : status != null ? "SECTION_DEFAULT" : "TO_ASK");
		if (words.said() != null) {
			detail.put("said", words.said());
		}
		if (words.doneOn() != null || words.doneIn() != null) {
			detail.put("doneOn", words.doneOn() != null ? words.doneOn().toString() : words.doneIn().toString());
		}
		records.audit(h, actor, "ITEM_ADDED", detail);
		return item;
	}

	/** A correction ("第3项金额改为120万"): only the fields given change. */
	@Transactional
	public Item editItem(Actor actor, long handoverId, int seq, ItemDraft change) {
		Handover h = editable(actor, handoverId, "edit an item");
		Item item = writer.liveItem(h, seq);
		if (change.title() != null && change.title().isBlank()) {
			throw new InvalidInputException("checklist.titleRequired", "an item needs a title");
		}
		ItemDraft checked = checked(change);
		if (checked.status() != null && checked.unfinished() == null) {
			checked = checked.withStatus(checked.status(), checked.status().unfinished());
		}
		if (checked.title() != null && !checked.title().strip().equals(item.title()) && item.said() == null) {
			// renamed: the words as said were the old title, kept so they are shown
			// beside the new one (newcomer 7)
			mapper.keepSaidTitle(item.id(), item.title());
		}
		mapper.updateItem(item.id(), checked, time.now());
		writer.journal(h, actor, ChecklistEntry.Kind.EDIT, item.id(), null, null, writer.snapshot(item));
		Map<String, Object> detail = itemDetail(seq, null, checked);
		if (checked.amount() != null && item.amount() != null) {
			detail.put("previousAmount", item.amount().toPlainString());
		}
		if (checked.quantity() != null && item.quantity() != null) {
			detail.put("previousQuantity", item.quantity().toPlainString() + " " + item.quantityUnit());
		}
		if (checked.status() != null) {
			detail.put("previousStatus", item.status() == null ? "UNSAID" : item.status().name());
		}
		Item after = mapper.item(h.id(), seq);
		detail.put(FieldChanges.KEY, FieldChanges.between(item, after)); // the old and
																			// new value
																			// of each
																			// field
		records.audit(h, actor, "ITEM_EDITED", detail);
		return after;
	}

	/**
	 * When a finished item was done (#12, newcomer 3: "第10项完成时间改为2026-04-30",
	 * "第10项是2026年4月完成的"): a day, or only a month when no day was said (exactly one of
	 * them); never the deadline. Saying when it was done says it is done: an item not yet
	 * DONE becomes DONE and no longer unfinished. A day or month still to come is
	 * refused: it is no completion date. Journaled as an edit (撤销 restores the item as it
	 * was) and in the audit log.
	 */
	@Transactional
	public Item setDone(Actor actor, long handoverId, int seq, java.time.LocalDate day, java.time.YearMonth month) {
		if ((day == null) == (month == null)) {
			throw new IllegalArgumentException("a day or a month");
		}
		Handover h = editable(actor, handoverId, "edit an item");
		Item item = writer.liveItem(h, seq);
		java.time.LocalDate today = time.today();
		if (day != null ? day.isAfter(today) : month.isAfter(java.time.YearMonth.from(today))) {
			throw new InvalidInputException("checklist.doneLater", "a completion date is not in the future", seq,
					day != null ? day.toString() : month.toString());
		}
		var at = time.now();
		if (item.status() != ItemStatus.DONE) {
			mapper.updateItem(item.id(),
					new ItemDraft(null, null, ItemStatus.DONE, null, null, null, null, null, false), at);
		}
		mapper.writeDone(item.id(), day, month, at);
		writer.journal(h, actor, ChecklistEntry.Kind.EDIT, item.id(), null, null, writer.snapshot(item));
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("item", seq);
		detail.put("doneOn", day != null ? day.toString() : month.toString());
		if (item.doneOn() != null || item.doneIn() != null) {
			detail.put("previousDoneOn", item.doneOn() != null ? item.doneOn().toString() : item.doneIn().toString());
		}
		if (item.status() != ItemStatus.DONE) {
			detail.put("status", ItemStatus.DONE.name());
			detail.put("previousStatus", item.status() == null ? "UNSAID" : item.status().name());
		}
		Item after = mapper.item(h.id(), seq);
		detail.put(FieldChanges.KEY, FieldChanges.between(item, after));
		records.audit(h, actor, "ITEM_DONE_ON", detail);
		return after;
	}

	/**
	 * An item put in the wrong section goes to another (#12, newcomer 3:
	 * "第11项放错地方了，应该放到巡视巡察整改这部分"); it keeps its number. A section declared empty takes it
	 * and is no longer empty. Refused when it is in that section already. Journaled (撤销
	 * puts it back, and declares the section empty again if it was) and in the audit log.
	 * Into an economic section, an item with no counterparty takes {@code counterparty},
	 * the one its words name (null for none: newcomer 21, finding 4, "欠宁夏信达软件公司系统运维费"
	 * moved from 其他 kept no 对方单位); 撤销 takes it off again.
	 */
	@Transactional
	public Item moveItem(Actor actor, long handoverId, int seq, String sectionCode, String counterparty) {
		Handover h = editable(actor, handoverId, "move an item");
		Item item = writer.liveItem(h, seq);
		Section to = section(h, sectionCode);
		if (to.id() == item.sectionId()) {
			throw new InvalidInputException("checklist.sameSection",
					"item " + seq + " is in section " + sectionCode + " already", seq, to.titleZh(),
					to.titleEn() == null ? to.titleZh() : to.titleEn());
		}
		Section from = mapper.sections(h.id())
			.stream()
			.filter(s -> s.id() == item.sectionId())
			.findFirst()
			.orElseThrow();
		mapper.moveItem(item.id(), to.id(), time.now());
		if (to.declaredEmpty()) {
			mapper.setDeclaredEmpty(h.id(), to.code(), false);
		}
		boolean partyRead = to.economic() && counterparty != null && !counterparty.isBlank()
				&& (item.counterparty() == null || item.counterparty().isBlank());
		if (partyRead) {
			ItemDraft now = item.asDraft();
			mapper.writeItem(item.id(),
					new ItemDraft(now.title(), now.details(), now.status(), now.amount(), now.currency(),
							counterparty.strip(), now.deadline(), now.responsible(), now.unfinished(), now.quantity(),
							now.quantityUnit()),
					item.unfinished(), time.now());
		}
		writer.journal(h, actor, ChecklistEntry.Kind.MOVE, item.id(), from.id(), null,
				writer.json(Map.of("sectionWasEmpty", to.declaredEmpty(), "counterpartyRead", partyRead)));
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("item", seq);
		detail.put("from", from.code());
		detail.put("to", to.code());
		Item after = mapper.item(h.id(), seq);
		detail.put(FieldChanges.KEY,
				FieldChanges.between(item, after, id -> id == from.id() ? from.code() : to.code()));
		records.audit(h, actor, "ITEM_MOVED", detail);
		return after;
	}

	/**
	 * One item said with two figures is two (#12, newcomer 2: "乡村两级小型水库 4座，山塘12处", 记为两项):
	 * the item keeps the first part's title, figures and details (the caller's: the
	 * second figure noted on the item goes with the second part), and the second part
	 * becomes a new item of the same section, the words as said kept on both; both or
	 * neither. A part that says no status keeps the item's. Journaled (撤销 takes back the
	 * new item, then the edit) and in the audit log. Returns the new item.
	 */
	@Transactional
	public Item split(Actor actor, long handoverId, int seq, ItemDraft first, ItemDraft second, ItemSaid secondSaid) {
		Handover h = editable(actor, handoverId, "split an item");
		Item item = writer.liveItem(h, seq);
		if (first.title() == null || first.title().isBlank()) {
			throw new InvalidInputException("checklist.titleRequired", "an item needs a title");
		}
		ItemDraft part = checked(first);
		ItemStatus status = part.status() != null ? part.status() : item.status();
		boolean unfinished = part.status() != null ? part.status().unfinished() : item.unfinished();
		ItemDraft kept = new ItemDraft(part.title(), part.details(), status, part.amount(), part.currency(),
				item.counterparty(), part.deadline() != null ? part.deadline() : item.deadline(), item.responsible(),
				unfinished, part.quantity(), part.quantityUnit());
		mapper.writeItem(item.id(), kept, unfinished, time.now());
		writer.journal(h, actor, ChecklistEntry.Kind.EDIT, item.id(), null, null, writer.snapshot(item));
		Section section = mapper.sections(h.id())
			.stream()
			.filter(s -> s.id() == item.sectionId())
			.findFirst()
			.orElseThrow();
		ItemDraft other = second.status() != null ? second : second.withStatus(item.status(), item.unfinished());
		Item added = addItem(actor, handoverId, section.code(), other, secondSaid);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("item", seq);
		detail.put("title", part.title());
		detail.put("into", added.seq());
		detail.put(FieldChanges.KEY, FieldChanges.between(item, mapper.item(h.id(), seq)));
		records.audit(h, actor, "ITEM_SPLIT", detail);
		return added;
	}

	/** "本部分无": the section has nothing to hand over. Refused while it holds items. */
	@Transactional
	public void declareSectionEmpty(Actor actor, long handoverId, String sectionCode) {
		Handover h = editable(actor, handoverId, "declare a section empty");
		Section section = section(h, sectionCode);
		boolean hasItems = mapper.items(h.id()).stream().anyMatch(i -> i.sectionId() == section.id());
		if (hasItems) {
			throw new InvalidInputException("checklist.sectionNotEmpty",
					"section " + sectionCode + " has items and cannot be declared empty", section.titleZh());
		}
		mapper.setDeclaredEmpty(h.id(), section.code(), true);
		writer.journal(h, actor, ChecklistEntry.Kind.EMPTY, null, section.id(), null, null);
		records.audit(h, actor, "SECTION_DECLARED_EMPTY", Map.of("section", section.code()));
	}

	/**
	 * Attaches evidence: {@code FILE} with a storage or platform media reference, or
	 * {@code LINK} with an http(s) URL.
	 */
	@Transactional
	public void addEvidence(Actor actor, long handoverId, int seq, String kind, String reference, String label) {
		Handover h = editable(actor, handoverId, "add evidence");
		Item item = writer.liveItem(h, seq);
		validateEvidence(kind, reference);
		String name = label == null || label.isBlank() ? reference : label.strip();
		mapper.insertEvidence(item.id(), kind, reference.strip(), truncate(name, 256),
				actor.officialId() == null ? 0 : actor.officialId(), time.now());
		writer.journal(h, actor, ChecklistEntry.Kind.EVIDENCE, item.id(), null, mapper.lastEvidenceId(item.id()), null);
		records.audit(h, actor, "EVIDENCE_ADDED", Map.of("item", seq, "kind", kind, "reference", reference.strip()));
	}

	/**
	 * Sends the checklist to joint review; refused while a section is neither filled nor
	 * declared empty.
	 */
	@Transactional
	public void submit(Actor actor, long handoverId) {
		Handover h = records.lock(handoverId);
		records.require(actor, Action.SUBMIT_CHECKLIST, h);
		h.requireSubmittable();
		List<Item> items = mapper.items(h.id());
		List<WordList.Both> unfilled = mapper.sections(h.id())
			.stream()
			.filter(s -> !s.declaredEmpty() && items.stream().noneMatch(i -> i.sectionId() == s.id()))
			.map(s -> new WordList.Both(s.titleZh(), s.titleEn()))
			.toList();
		if (!unfilled.isEmpty()) {
			throw new InvalidInputException("checklist.sectionsUnfilled",
					"sections neither filled nor declared empty: " + unfilled, WordList.of(unfilled));
		}
		List<Item> unsaid = items.stream().filter(i -> i.status() == null).toList();
		if (!unsaid.isEmpty()) {
			// named in both languages: {0} for the Chinese text, {1} for the English one
			throw new InvalidInputException("checklist.statusUnknown",
					"items whose status nobody has said: " + unsaid.stream().map(Item::seq).toList(),
					String.join("、", unsaid.stream().map(i -> "第" + i.seq() + "项“" + i.title() + "”").toList()),
					String.join("; ", unsaid.stream().map(i -> "item " + i.seq() + " \"" + i.title() + "\"").toList()),
					unsaid.get(0).seq());
		}
		waitingSteps.closeStep(h, WaitingStepKind.CHECKLIST, "");
		records.moved(h, h.submit(time.now()), actor);
		Map<Department, java.time.LocalDate> dues = new LinkedHashMap<>();
		for (Department department : records.policy(h).reviewers()) {
			dues.put(department, waitingSteps.openStep(h, WaitingStepKind.REVIEW, department.name()));
		}
		records.audit(h, actor, "CHECKLIST_SUBMITTED", Map.of("round", h.reviewRound(), "items", items.size()));
		handoverNotices.notify(h, OutboxEvent.REVIEW_REQUESTED, handoverReviewers.allReviewers(h), false, Map
			.of("round", h.reviewRound(), "items", items.size(), "dueOn", dues.values().iterator().next().toString()));
		handoverNotices.notify(h, OutboxEvent.CHECKLIST_SUBMITTED, List.of(h.organizerId(), h.successorId()), false,
				Map.of("round", h.reviewRound(), "items", items.size()));
		// a department whose reviewers are all parties: the organizer is told nobody can
		// review it (newcomer 25, finding 1)
		reviewersWanted.tellIfNobody(h);
	}

	private Handover editable(Actor actor, long handoverId, String attempted) {
		return writer.editable(actor, handoverId, attempted);
	}

	private Section section(Handover h, String code) {
		return mapper.sections(h.id())
			.stream()
			.filter(s -> s.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("section", code));
	}

	static ItemDraft checked(ItemDraft draft) {
		if (draft.title() != null && draft.title().strip().length() > TITLE_MAX) {
			throw new InvalidInputException("checklist.titleTooLong", "an item title is at most 256 characters",
					TITLE_MAX);
		}
		var amount = Money.checked(draft.amount());
		var quantity = Quantity.checked(draft.quantity());
		return new ItemDraft(draft.title() == null ? null : draft.title().strip(), draft.details(), draft.status(),
				amount, Money.currency(draft.currency(), amount), draft.counterparty(), draft.deadline(),
				draft.responsible(), draft.unfinished(), quantity, Quantity.unit(draft.quantityUnit(), quantity));
	}

	private static void validateEvidence(String kind, String reference) {
		if (reference == null || reference.isBlank() || reference.length() > 1024) {
			throw new InvalidInputException("checklist.badEvidence",
					"evidence needs a reference of at most 1024 characters");
		}
		switch (kind) {
			case "FILE" -> {
			}
			case "LINK" -> {
				String scheme;
				try {
					scheme = URI.create(reference.strip()).getScheme();
				}
				catch (IllegalArgumentException ex) {
					scheme = null;
				}
				if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
					throw new InvalidInputException("checklist.badLink", "a link must be an http(s) URL: " + reference);
				}
			}
			default ->
				throw new InvalidInputException("checklist.badEvidence", "evidence is a FILE or a LINK: " + kind);
		}
	}

	static Map<String, Object> itemDetail(int seq, String section, ItemDraft d) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("item", seq);
		if (section != null) {
			detail.put("section", section);
		}
		if (d.title() != null) {
			detail.put("title", d.title());
		}
		if (d.status() != null) {
			detail.put("status", d.status().name());
		}
		if (d.amount() != null) {
			detail.put("amount", d.amount().toPlainString());
			detail.put("currency", d.currency());
		}
		if (d.quantity() != null) {
			detail.put("quantity", d.quantity().toPlainString());
			detail.put("unit", d.quantityUnit());
		}
		if (d.deadline() != null) {
			detail.put("deadline", d.deadline().toString());
		}
		if (d.unfinished() != null) {
			detail.put("unfinished", d.unfinished());
		}
		return detail;
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}

}
