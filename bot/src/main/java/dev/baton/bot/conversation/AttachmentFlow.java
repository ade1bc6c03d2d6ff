package dev.baton.bot.conversation;

import dev.baton.bot.access.Actor;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.handover.Handover;
import dev.baton.integrations.chat.InboundEvent;
import org.springframework.stereotype.Component;

/**
 * A picture or file the departing official sends while filling is kept as evidence (佐证材料)
 * of the item in focus, by its platform reference; without an item in focus Baton asks
 * which item it belongs to, and nothing is kept. Whether the person may add evidence at
 * all is the checklist's decision (a refusal names who may).
 */
@Component
class AttachmentFlow {

	private final ChecklistService checklist;

	private final Focus focus;

	private final ItemExamples examples;

	AttachmentFlow(ChecklistService checklist, Focus focus, ItemExamples examples) {
		this.examples = examples;
		this.checklist = checklist;
		this.focus = focus;
	}

	Answer onAttachment(Actor actor, InboundEvent.Attachment attachment, DialogState dialog, Texts texts) {
		if (attachment.conversation().isGroup()) {
			return Answer.say(texts.get("conv.attach.group"), dialog);
		}
		Handover h = focus.of(actor, dialog);
		if (h == null) {
			return Answer.say(texts.get("conv.attach.noHandover"), dialog);
		}
		if (dialog.item() == null || dialog.handoverId() == null || dialog.handoverId() != h.id()) {
			// the example is an item of the person's own checklist
			return Answer.say(texts.get("conv.attach.whichItem", examples.named(texts, h.id())), dialog.focus(h.id()))
				.on(h.id());
		}
		String label = attachment.name() != null ? attachment.name()
				: texts.get("conv.attach.picture", attachment.at().toString());
		checklist.addEvidence(actor, h.id(), dialog.item(), "FILE", attachment.reference(), label);
		return Answer.say(texts.get("conv.attach.added", label, dialog.item()), dialog).on(h.id());
	}

}
