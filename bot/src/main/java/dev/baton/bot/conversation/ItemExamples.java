package dev.baton.bot.conversation;

import java.util.List;
import java.util.function.Predicate;

import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.review.ReviewComment;
import dev.baton.bot.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * The item number an example in help is written with: an item of the reader's own
 * checklist that is there and not withdrawn (#12, newcomer 14, finding 11: "第3项" was
 * shown after item 3 had been undone), the one the example is most likely about (an item
 * commented on in the last return for 补充, one not yet confirmed for 确认); a neutral
 * placeholder (〔项号〕) when the checklist has none, never a number that could be read as an
 * item.
 */
@Component
class ItemExamples {

	private final Checklists checklists;

	private final ReviewService reviews;

	ItemExamples(Checklists checklists, ReviewService reviews) {
		this.checklists = checklists;
		this.reviews = reviews;
	}

	/** Any item that is there: the first one. */
	String any(Texts t, long handoverId) {
		return first(t, live(handoverId), i -> true);
	}

	/** An item the successor has not confirmed yet, else the first. */
	String toConfirm(Texts t, long handoverId) {
		return first(t, live(handoverId), i -> !i.confirmation().settled());
	}

	/** An item the last return commented on, else the first. */
	String toSupplement(Texts t, long handoverId) {
		List<Long> commented = reviews.latestReturnComments(handoverId).stream().map(ReviewComment::itemId).toList();
		return first(t, live(handoverId), i -> commented.contains(i.id()));
	}

	/** "｜第2项" for the line of what may be said any time, or "" with no item. */
	String anytime(Texts t, long handoverId) {
		List<Item> items = live(handoverId);
		return items.isEmpty() ? "" : t.get("conv.help.anytime.item", String.valueOf(items.get(0).seq()));
	}

	/**
	 * "第1项" for an example that names an item by its words, an item of the reader's own
	 * checklist; the placeholder 〔第N项〕 when it has none (#12, newcomer 16: no made-up
	 * number that may not exist).
	 */
	String named(Texts t, long handoverId) {
		List<Item> items = live(handoverId);
		return items.isEmpty() ? t.get("conv.example.itemNamedNone")
				: t.get("conv.example.itemNamed", String.valueOf(items.get(0).seq()));
	}

	private List<Item> live(long handoverId) {
		return checklists.items(handoverId).stream().filter(i -> !i.withdrawn()).toList();
	}

	private static String first(Texts t, List<Item> items, Predicate<Item> preferred) {
		if (items.isEmpty()) {
			return t.get("conv.help.example.noItem");
		}
		return String.valueOf(items.stream().filter(preferred).findFirst().orElse(items.get(0)).seq());
	}

}
