package dev.baton.bot.checklist;

import java.util.List;

import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import dev.baton.bot.template.ChecklistTemplate;
import dev.baton.bot.template.TemplateSection;
import org.springframework.stereotype.Component;

/** Reading a handover's checklist, for the other features; writing it is {@link ChecklistService}'s. */
@Component
public class Checklists {

	private final ChecklistMapper mapper;

	private final TimeSource time;

	Checklists(ChecklistMapper mapper, TimeSource time) {
		this.mapper = mapper;
		this.time = time;
	}

	/** Copies the template's sections into a new handover (its snapshot of the template). */
	public void createSections(long handoverId, ChecklistTemplate template) {
		for (TemplateSection section : template.sections()) {
			mapper.insertSection(handoverId, section);
		}
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

	/** Items deleted or undone while drafting: not part of the checklist, kept for history. */
	public List<Item> withdrawnItems(long handoverId) {
		return mapper.withdrawnItems(handoverId);
	}

	/** Every number ever given in the handover by item id, withdrawn items included (review comments name them). */
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

}
