package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverReviewers;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * Who reviews for each department of a handover in joint review and where each stands
 * (组织部门（李静）待审核； 纪检监察（赵刚）已通过), so a person told "正在联合审核" knows whom to ask (newcomer 9:
 * the organizer who said 通过 was told only that four departments review).
 */
@Component
final class ReviewRoster {

	private final HandoverRecords records;

	private final ReviewService reviews;

	private final Directory directory;

	private final HandoverReviewers handoverReviewers;

	ReviewRoster(HandoverRecords records, ReviewService reviews, Directory directory,
			HandoverReviewers handoverReviewers) {
		this.handoverReviewers = handoverReviewers;
		this.records = records;
		this.reviews = reviews;
		this.directory = directory;
	}

	/**
	 * The departments still to review this round, with who reviews for each (组织部门（李静）、
	 * 财政部门（钱芳）), or "" when none (#12, newcomer 13, finding 7).
	 */
	String waiting(Texts t, Handover h) {
		List<String> parts = new ArrayList<>();
		for (Department d : records.policy(h).reviewers()) {
			boolean approved = reviews.decisions(h.id())
				.stream()
				.anyMatch(r -> r.round() == h.reviewRound() && r.department() == d && "APPROVED".equals(r.decision()));
			if (!approved) {
				parts.add(t.get("conv.roster.who", t.get("label." + d.name()), who(t, h, d)));
			}
		}
		return String.join(t.english() ? ", " : "、", parts);
	}

	/** The successor's name. */
	String successor(Handover h) {
		return directory.official(h.successorId()).name();
	}

	private String who(Texts t, Handover h, Department d) {
		List<String> names = handoverReviewers.reviewers(h, d)
			.stream()
			.map(id -> directory.official(id).name())
			.toList();
		if (!names.isEmpty()) {
			return String.join(t.english() ? ", " : "、", names);
		}
		List<String> recused = recused(h, d);
		return recused.isEmpty() ? t.get("conv.roster.nobody")
				: t.get("conv.roster.recused", String.join(t.english() ? ", " : "、", recused));
	}

	private List<String> recused(Handover h, Department d) {
		return handoverReviewers.recused(h, d).stream().map(id -> directory.official(id).name()).toList();
	}

	/**
	 * For a department whose reviewers are all parties of the handover: that nobody can
	 * review for it and what to do (newcomer 25, finding 1); "" otherwise.
	 */
	String nobodyCanReview(Texts t, Handover h, Department d) {
		if (!handoverReviewers.reviewers(h, d).isEmpty()) {
			return "";
		}
		List<String> recused = recused(h, d);
		return recused.isEmpty() ? "" : t.get("conv.status.nobodyCanReview", t.get("label." + d.name()),
				String.join(t.english() ? ", " : "、", recused));
	}

	/** The roster line, or "" when the handover is not in joint review. */
	String line(Texts t, Handover h) {
		if (h.state() != HandoverState.IN_REVIEW) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		for (Department d : records.policy(h).reviewers()) {
			boolean approved = reviews.decisions(h.id())
				.stream()
				.anyMatch(r -> r.round() == h.reviewRound() && r.department() == d && "APPROVED".equals(r.decision()));
			String who = who(t, h, d);
			parts
				.add(t.get(approved ? "conv.roster.approved" : "conv.roster.waiting", t.get("label." + d.name()), who));
		}
		return t.get("conv.roster", String.join(t.english() ? "; " : "；", parts));
	}

}
