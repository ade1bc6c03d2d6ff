package dev.baton.bot.handover;

import java.util.List;
import java.util.Map;

import dev.baton.bot.access.SignerRole;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.ReviewerPostChanged;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.system.TimeSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A running handover whose department has nobody left who may review it (its reviewers
 * are all parties of the handover, who recuse; newcomer 25, finding 1): its organizer is
 * told so, with what to do, when that becomes true (a party granted the post, the only
 * other reviewer's post taken away) and when the checklist goes to review; a reviewer
 * added while the department's review waits is asked to review at once.
 */
@Component
public class ReviewersWanted {

	private final HandoverMapper mapper;

	private final HandoverRecords records;

	private final HandoverReviewers reviewers;

	private final WaitingSteps waitingSteps;

	private final HandoverNotices notices;

	private final Directory directory;

	private final TimeSource time;

	ReviewersWanted(HandoverMapper mapper, HandoverRecords records, HandoverReviewers reviewers,
			WaitingSteps waitingSteps, HandoverNotices notices, Directory directory, TimeSource time) {
		this.mapper = mapper;
		this.records = records;
		this.reviewers = reviewers;
		this.waitingSteps = waitingSteps;
		this.notices = notices;
		this.directory = directory;
		this.time = time;
	}

	/** In the transaction that changed the post. */
	@EventListener
	void on(ReviewerPostChanged change) {
		HandoverFilter running = new HandoverFilter(null, null, null, null, HandoverFilter.MAX_LIMIT, true, null,
				false);
		for (HandoverBrief b : mapper.search(running, List.of(change.scopePath()), null, time.today(), 0)) {
			Handover h = records.find(b.id());
			Department d = change.department();
			if (!records.policy(h).reviewers().contains(d)) {
				continue;
			}
			if (change.granted() && !HandoverReviewers.isParty(h, change.officialId())) {
				askToReview(h, d, change.officialId());
			}
			else if (stillToDo(h, d)) {
				tellIfNobody(h, List.of(d));
			}
		}
	}

	/**
	 * Tells the organizer of each department of the handover that has nobody left to
	 * review it (when the checklist goes to review).
	 */
	public void tellIfNobody(Handover h) {
		tellIfNobody(h, reviewers.recusedOnly(h));
	}

	private void tellIfNobody(Handover h, List<Department> departments) {
		for (Department d : departments) {
			if (!reviewers.recusedOnly(h).contains(d)) {
				continue;
			}
			List<String> recused = reviewers.recused(h, d).stream().map(id -> directory.official(id).name()).toList();
			notices.notify(h, OutboxEvent.REVIEW_REQUESTED, List.of(h.organizerId()), false,
					Map.of("variant", "nobodyCanReview", "department", d.name(), "recused", recused));
		}
	}

	/**
	 * Whether the department still has to act on the handover: before its review, while
	 * its review waits, or while its signature does.
	 */
	private boolean stillToDo(Handover h, Department d) {
		return switch (h.state()) {
			case NOTIFIED, DRAFTING -> true;
			case IN_REVIEW -> open(h, WaitingStepKind.REVIEW, d.name()) != null;
			case SIGNING -> open(h, WaitingStepKind.SIGNING, SignerRole.reviewer(d).name()) != null;
			default -> false;
		};
	}

	/** A reviewer added while the department's review of this round waits. */
	private void askToReview(Handover h, Department d, long reviewer) {
		if (h.state() != HandoverState.IN_REVIEW) {
			return;
		}
		WaitingStep step = open(h, WaitingStepKind.REVIEW, d.name());
		if (step != null) {
			notices.notify(h, OutboxEvent.REVIEW_REQUESTED, List.of(reviewer), false, Map.of("variant", "added",
					"department", d.name(), "round", h.reviewRound(), "dueOn", step.dueOn().toString()));
		}
	}

	private WaitingStep open(Handover h, WaitingStepKind kind, String subject) {
		return waitingSteps.steps(h.id())
			.stream()
			.filter(s -> s.open() && s.kind() == kind && s.subject().equals(subject))
			.findFirst()
			.orElse(null);
	}

}
