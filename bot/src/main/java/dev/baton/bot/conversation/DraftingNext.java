package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.Section;
import org.springframework.stereotype.Component;

/**
 * Where the departing official is while filling the checklist, and what they do next
 * (#12, newcomer 3, findings 21 and 22: every reply while drafting ends with the next
 * step, said for where they are). The section in focus is the dialog's; lost (after
 * submitting, or a restart), it is the section of the item in focus, else the first
 * section neither filled nor declared empty.
 */
@Component
final class DraftingNext {

	private final Checklists checklists;

	DraftingNext(Checklists checklists) {
		this.checklists = checklists;
	}

	/** The section in focus. */
	Section current(Turn turn) {
		List<Section> sections = checklists.sections(turn.handover().id());
		if (turn.dialog().section() != null) {
			for (Section s : sections) {
				if (s.code().equals(turn.dialog().section())) {
					return s;
				}
			}
		}
		List<Item> items = checklists.items(turn.handover().id());
		Integer focus = turn.dialog().item();
		if (focus != null) {
			// answering a return on item 17: a new item goes with it, not into the first
			// section
			Item item = items.stream().filter(i -> i.seq() == focus).findFirst().orElse(null);
			Section its = item == null ? null
					: sections.stream().filter(s -> s.id() == item.sectionId()).findFirst().orElse(null);
			if (its != null) {
				return its;
			}
		}
		return sections.stream()
			.filter(s -> !s.declaredEmpty() && items.stream().noneMatch(i -> i.sectionId() == s.id()))
			.findFirst()
			.orElse(sections.get(0));
	}

	/**
	 * What comes next: the status of the next item whose status nobody said (submitting
	 * waits on it, {@code seq} apart), else 重新送审 after a return, else go on with the
	 * section in focus, 下一个, or 提交 in the last one.
	 */
	String after(Turn turn, Integer seq) {
		Texts t = turn.texts();
		List<Item> items = checklists.items(turn.handover().id());
		List<Item> unsaid = items.stream().filter(i -> i.status() == null && (seq == null || i.seq() != seq)).toList();
		if (unsaid.size() == 1) {
			return t.get("conv.next.statusUnsaid", unsaid.get(0).seq(), unsaid.get(0).title());
		}
		if (!unsaid.isEmpty()) {
			// all of them, not only the first (#12, newcomer 13, finding 2)
			return t.get("conv.next.statusUnsaidSeveral", named(t, unsaid), unsaid.get(0).seq());
		}
		if (turn.handover().reviewRound() > 0) {
			return t.get("conv.next.resubmit");
		}
		List<Section> sections = checklists.sections(turn.handover().id());
		Section section = current(turn);
		int at = 0;
		for (int i = 0; i < sections.size(); i++) {
			if (sections.get(i).id() == section.id()) {
				at = i;
			}
		}
		if (at + 1 >= sections.size()) {
			return t.get("conv.next.lastSection", ItemLines.title(t, section));
		}
		// an item of a section already left (a status card answered later): name the
		// section being filled
		Item answered = seq == null ? null : items.stream().filter(i -> i.seq() == seq).findFirst().orElse(null);
		return answered != null && answered.sectionId() != section.id()
				? t.get("conv.next.goOnIn", ItemLines.title(t, section)) : t.get("conv.next.goOn");
	}

	/** Items named one after another: 第3项“…”、第4项“…”. */
	static String named(Texts t, List<Item> items) {
		return String.join(t.english() ? "; " : "、",
				items.stream().map(i -> t.get("conv.item.named", i.seq(), i.title())).toList());
	}

	/**
	 * The reply, then on a line of its own what comes next. When the item the reply is
	 * about still has no status (a correction of its amount right after it was recorded),
	 * that is what comes next: asked with the status card (#12, newcomer 5, finding 5).
	 */
	Answer then(Turn turn, Integer seq, Answer reply) {
		Item unsaid = seq == null ? null
				: checklists.items(turn.handover().id())
					.stream()
					.filter(i -> i.seq() == seq && i.status() == null)
					.findFirst()
					.orElse(null);
		if (unsaid != null) {
			return StatusQuestion.after(turn.withDialog(reply.next()), unsaid, reply,
					turn.texts().get("conv.next.statusOfThis", unsaid.seq()));
		}
		return reply.followedBy(after(turn.withDialog(reply.next()), seq));
	}

}
