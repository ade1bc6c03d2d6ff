package dev.baton.bot.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.directory.Department;

/**
 * The joint review as a record lists it: each department's verdict in each round, and
 * each department that asked a question without a return (只提问) in a round it did not
 * decide, because another department returned the checklist first or the round is still
 * open (newcomer 25, finding 11: 财政's question of round 1 was only in the audit rows,
 * since the API, the record page and the 交接书 listed verdicts alone). In each round, in
 * the order of their verdicts or first questions.
 */
public final class ReviewEntries {

	private ReviewEntries() {
	}

	/**
	 * One department in one round: its verdict, or (decision, comment and decidedAt null)
	 * only its questions; {@code reviewerId} is who decided, or who asked first.
	 */
	public record Entry(int round, Department department, long reviewerId, String decision, String comment,
			Instant decidedAt, Instant since) {

		public boolean decided() {
			return decision != null;
		}

	}

	public static List<Entry> of(List<ReviewDecision> decisions, List<ReviewComment> comments) {
		List<Entry> entries = new ArrayList<>();
		for (ReviewDecision d : decisions) {
			entries.add(new Entry(d.round(), d.department(), d.reviewerId(), d.decision(), d.comment(), d.decidedAt(),
					d.decidedAt()));
		}
		Map<String, ReviewComment> asked = new LinkedHashMap<>();
		for (ReviewComment c : comments) {
			boolean decided = decisions.stream()
				.anyMatch(d -> d.round() == c.round() && d.department() == c.department());
			if (c.question() && !decided) {
				asked.putIfAbsent(c.round() + ":" + c.department(), c);
			}
		}
		for (ReviewComment c : asked.values()) {
			entries.add(new Entry(c.round(), c.department(), c.authorId(), null, null, null, c.createdAt()));
		}
		entries.sort(Comparator.comparingInt(Entry::round).thenComparing(Entry::since));
		return List.copyOf(entries);
	}

}
