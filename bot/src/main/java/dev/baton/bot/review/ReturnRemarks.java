package dev.baton.bot.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One comment about several items is one remark, shown once with the items it names (#12,
 * newcomer 11: "第2项与第1项是否为同一笔专项资金？请说明" said of items 1 and 2 was shown twice, once under
 * each). A return keeps the comment on each item it names, so that an answer (第2项补充：…)
 * attaches to the item named; what reads the comments back gathers the rows of one return
 * with the same words into one remark.
 */
public final class ReturnRemarks {

	/**
	 * A remark and the items it names, in the order they were given.
	 *
	 * @param items the items' numbers
	 * @param body the words, once
	 */
	public record Remark(List<Integer> items, String body) {

		/** 第1项、第2项 (item 1, item 2 in English). */
		public String named(boolean english) {
			return String.join(english ? ", " : "、",
					items.stream().map(n -> english ? "item " + n : "第" + n + "项").toList());
		}

	}

	/**
	 * A stored comment and the return it belongs to.
	 *
	 * @param comment the row
	 * @param seq the item's number now
	 */
	public record Numbered(ReviewComment comment, int seq) {
	}

	private ReturnRemarks() {
	}

	/**
	 * The comments said with one return (item number → words), gathered by their words.
	 */
	public static List<Remark> of(Map<Integer, String> itemComments) {
		Map<String, List<Integer>> byWords = new LinkedHashMap<>();
		if (itemComments != null) {
			itemComments.forEach(
					(seq, body) -> byWords.computeIfAbsent(body == null ? "" : body.strip(), b -> new ArrayList<>())
						.add(seq));
		}
		List<Remark> out = new ArrayList<>();
		byWords.forEach((body, seqs) -> out.add(new Remark(seqs.stream().sorted().toList(), body)));
		return out;
	}

	/**
	 * Stored comments gathered: rows of one return (round, department, author, moment)
	 * with the same words are one remark, at the place of its first row.
	 */
	public static List<List<Numbered>> gathered(List<Numbered> rows) {
		Map<List<Object>, List<Numbered>> groups = new LinkedHashMap<>();
		for (Numbered n : rows) {
			ReviewComment c = n.comment();
			List<Object> key = java.util.Arrays.asList(c.handoverId(), c.round(), c.department(), c.authorId(),
					c.createdAt(), c.body() == null ? "" : c.body().strip());
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
		}
		return groups.values()
			.stream()
			.map(g -> g.stream().sorted(java.util.Comparator.comparingInt(Numbered::seq)).toList())
			.toList();
	}

	/** Whether two stored comments are one remark (see {@link #gathered}). */
	public static boolean same(ReviewComment a, ReviewComment b) {
		return a.handoverId() == b.handoverId() && a.round() == b.round() && a.department() == b.department()
				&& a.authorId() == b.authorId() && Objects.equals(a.createdAt(), b.createdAt())
				&& Objects.equals(a.body() == null ? "" : a.body().strip(), b.body() == null ? "" : b.body().strip());
	}

}
