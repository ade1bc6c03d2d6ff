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
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.WaitingStepKind;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departing official fills the checklist: items by section, "本部分无" for a section with nothing to hand over,
 * evidence, corrections; then submits it for joint review. The first change acknowledges the notice if that was not
 * done yet.
 */
@Service
public class ChecklistService {

	private static final int TITLE_MAX = 256;

	private final HandoverRecords records;

	private final ChecklistMapper mapper;

	ChecklistService(HandoverRecords records, ChecklistMapper mapper) {
		this.records = records;
		this.mapper = mapper;
	}

	@Transactional
	public Item addItem(Actor actor, long handoverId, String sectionCode, ItemDraft draft) {
		Handover h = editable(actor, handoverId, "add an item");
		Section section = section(h, sectionCode);
		if (draft.title() == null || draft.title().isBlank()) {
			throw new InvalidInputException("checklist.titleRequired", "an item needs a title");
		}
		ItemDraft checked = checked(draft);
		Integer max = mapper.maxSeq(h.id());
		int seq = max == null ? 1 : max + 1;
		ItemStatus status = checked.status() == null ? ItemStatus.IN_PROGRESS : checked.status();
		boolean unfinished = checked.unfinished() != null ? checked.unfinished() : status != ItemStatus.DONE;
		mapper.insertItem(h.id(), section.id(), seq, checked, status, unfinished, records.time().now());
		if (section.declaredEmpty()) {
			mapper.setDeclaredEmpty(h.id(), section.code(), false);
		}
		records.audit(h, actor, "ITEM_ADDED", itemDetail(seq, section.code(), checked));
		return mapper.item(h.id(), seq);
	}

	/** A correction ("第3项金额改为120万"): only the fields given change. */
	@Transactional
	public Item editItem(Actor actor, long handoverId, int seq, ItemDraft change) {
		Handover h = editable(actor, handoverId, "edit an item");
		Item item = mapper.item(h.id(), seq);
		if (item == null) {
			throw new NotFoundException("item", seq);
		}
		if (change.title() != null && change.title().isBlank()) {
			throw new InvalidInputException("checklist.titleRequired", "an item needs a title");
		}
		ItemDraft checked = checked(change);
		mapper.updateItem(item.id(), checked, records.time().now());
		Map<String, Object> detail = itemDetail(seq, null, checked);
		if (checked.amount() != null && item.amount() != null) {
			detail.put("previousAmount", item.amount().toPlainString());
		}
		records.audit(h, actor, "ITEM_EDITED", detail);
		return mapper.item(h.id(), seq);
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
		records.audit(h, actor, "SECTION_DECLARED_EMPTY", Map.of("section", section.code()));
	}

	/** Attaches evidence: {@code FILE} with a storage or platform media reference, or {@code LINK} with an http(s) URL. */
	@Transactional
	public void addEvidence(Actor actor, long handoverId, int seq, String kind, String reference, String label) {
		Handover h = editable(actor, handoverId, "add evidence");
		Item item = mapper.item(h.id(), seq);
		if (item == null) {
			throw new NotFoundException("item", seq);
		}
		validateEvidence(kind, reference);
		String name = label == null || label.isBlank() ? reference : label.strip();
		mapper.insertEvidence(item.id(), kind, reference.strip(), truncate(name, 256), actor.officialId() == null ? 0
				: actor.officialId(), records.time().now());
		records.audit(h, actor, "EVIDENCE_ADDED", Map.of("item", seq, "kind", kind, "reference", reference.strip()));
	}

	/** Sends the checklist to joint review; refused while a section is neither filled nor declared empty. */
	@Transactional
	public void submit(Actor actor, long handoverId) {
		Handover h = records.lock(handoverId);
		records.require(actor, Action.SUBMIT_CHECKLIST, h);
		records.requireState(h, "submit", HandoverState.DRAFTING);
		List<Item> items = mapper.items(h.id());
		List<String> unfilled = mapper.sections(h.id())
			.stream()
			.filter(s -> !s.declaredEmpty() && items.stream().noneMatch(i -> i.sectionId() == s.id()))
			.map(Section::titleZh)
			.toList();
		if (!unfilled.isEmpty()) {
			throw new InvalidInputException("checklist.sectionsUnfilled",
					"sections neither filled nor declared empty: " + unfilled, String.join("、", unfilled));
		}
		records.closeStep(h, WaitingStepKind.CHECKLIST, "");
		records.submitted(h, actor);
		Map<Department, java.time.LocalDate> dues = new LinkedHashMap<>();
		for (Department department : records.policy(h).reviewers()) {
			dues.put(department, records.openStep(h, WaitingStepKind.REVIEW, department.name()));
		}
		records.audit(h, actor, "CHECKLIST_SUBMITTED", Map.of("round", h.reviewRound(), "items", items.size()));
		records.notify(h, OutboxEvent.REVIEW_REQUESTED, records.allReviewers(h), false,
				Map.of("round", h.reviewRound(), "items", items.size(), "dueOn", dues.values().iterator().next().toString()));
		records.notify(h, OutboxEvent.CHECKLIST_SUBMITTED, List.of(h.organizerId(), h.successorId()), false,
				Map.of("round", h.reviewRound(), "items", items.size()));
	}

	private Handover editable(Actor actor, long handoverId, String attempted) {
		Handover h = records.lock(handoverId);
		records.require(actor, Action.EDIT_CHECKLIST, h);
		records.requireState(h, attempted, HandoverState.NOTIFIED, HandoverState.DRAFTING);
		if (h.state() == HandoverState.NOTIFIED) {
			records.acknowledge(h, actor, "started the checklist");
		}
		return h;
	}

	private Section section(Handover h, String code) {
		return mapper.sections(h.id())
			.stream()
			.filter(s -> s.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("section", code));
	}

	private static ItemDraft checked(ItemDraft draft) {
		if (draft.title() != null && draft.title().strip().length() > TITLE_MAX) {
			throw new InvalidInputException("checklist.titleTooLong", "an item title is at most 256 characters", TITLE_MAX);
		}
		var amount = Money.checked(draft.amount());
		return new ItemDraft(draft.title() == null ? null : draft.title().strip(), draft.details(), draft.status(), amount,
				Money.currency(draft.currency(), amount), draft.counterparty(), draft.deadline(), draft.responsible(),
				draft.unfinished());
	}

	private static void validateEvidence(String kind, String reference) {
		if (reference == null || reference.isBlank() || reference.length() > 1024) {
			throw new InvalidInputException("checklist.badEvidence", "evidence needs a reference of at most 1024 characters");
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
			default -> throw new InvalidInputException("checklist.badEvidence", "evidence is a FILE or a LINK: " + kind);
		}
	}

	private static Map<String, Object> itemDetail(int seq, String section, ItemDraft d) {
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
		if (d.unfinished() != null) {
			detail.put("unfinished", d.unfinished());
		}
		return detail;
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}

}
