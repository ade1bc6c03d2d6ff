package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.review.ReturnRemarks;
import dev.baton.bot.review.ReviewComment;
import dev.baton.bot.review.ReviewDecision;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Component;

/**
 * 进度 after a return (#12, newcomer 14, finding 10: the departing official read only
 * "填写清单中"): the checklist was returned, in which round, by which department, with its
 * comment on which item; and, to the departing official, what to do (补充 or correct those
 * items, then 重新送审). Empty while the checklist is not back from a return.
 */
@Component
class ReturnedLines {

	private final ReviewService reviews;

	private final Checklists checklists;

	private final TimeSource time;

	ReturnedLines(ReviewService reviews, Checklists checklists, TimeSource time) {
		this.reviews = reviews;
		this.checklists = checklists;
		this.time = time;
	}

	String of(Turn turn) {
		Handover h = turn.handover();
		if (h.state() != HandoverState.DRAFTING || h.reviewRound() < 1) {
			return "";
		}
		List<ReviewDecision> returns = reviews.decisions(h.id())
			.stream()
			.filter(d -> d.decision().equals("RETURNED") && d.round() == h.reviewRound())
			.toList();
		if (returns.isEmpty()) {
			return "";
		}
		Texts t = turn.texts();
		String departments = String.join(t.english() ? ", " : "、",
				returns.stream().map(d -> t.get("label." + d.department().name())).distinct().toList());
		LocalDate on = LocalDate.ofInstant(returns.get(returns.size() - 1).decidedAt(), time.zone());
		Map<Long, Integer> numbers = checklists.numbers(h.id());
		Map<Integer, String> titles = new java.util.HashMap<>();
		for (Item i : checklists.items(h.id())) {
			titles.put(i.seq(), i.title());
		}
		List<ReturnRemarks.Numbered> rows = new ArrayList<>();
		for (ReviewComment c : reviews.latestReturnComments(h.id())) {
			Integer seq = numbers.get(c.itemId());
			if (seq != null) {
				rows.add(new ReturnRemarks.Numbered(c, seq));
			}
		}
		List<String> lines = new ArrayList<>();
		Integer example = null;
		for (List<ReturnRemarks.Numbered> remark : ReturnRemarks.gathered(rows)) {
			List<String> named = new ArrayList<>();
			for (ReturnRemarks.Numbered n : remark) {
				String title = titles.get(n.seq());
				named.add(title == null ? t.get("conv.returned.itemGone", n.seq())
						: t.get("conv.returned.item", n.seq(), title));
				if (example == null && title != null) {
					example = n.seq();
				}
			}
			lines.add(t.get("conv.returned.remark", String.join(t.english() ? ", " : "、", named),
					remark.get(0).comment().body()));
		}
		for (ReviewDecision d : returns) {
			if (d.comment() != null && !d.comment().isBlank()) {
				lines.add(t.get("conv.returned.general", t.get("label." + d.department().name()), d.comment().strip()));
			}
		}
		String text = t.get("conv.returned.head", h.reviewRound(), departments, on.toString()) + "\n"
				+ String.join("\n", lines);
		if (turn.departing()) {
			text += "\n" + (example == null ? t.get("conv.returned.todo")
					: t.get("conv.returned.todoItem", String.valueOf(example)));
		}
		return text;
	}

}
