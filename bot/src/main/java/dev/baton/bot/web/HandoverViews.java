package dev.baton.bot.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Actor;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.discipline.DisciplineFlags;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.review.ReviewDecision;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.system.TimeSource;
import dev.baton.bot.web.HandoverSummary.Flag;
import dev.baton.bot.web.HandoverSummary.Ref;
import dev.baton.bot.web.HandoverSummary.Waiting;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds what the API shows of handovers the caller was allowed to load: summaries for lists, and (with
 * {@link RecordViews}) the full view. Read in one read-only transaction, so a view is one consistent snapshot.
 */
@Component
class HandoverViews {

	private final Directory directory;

	private final HandoverRecords records;

	private final ReviewService reviews;

	private final Disputes disputes;

	private final RecordViews recordViews;

	private final TimeSource time;

	private final Access access;

	HandoverViews(Directory directory, HandoverRecords records, ReviewService reviews, Disputes disputes,
			RecordViews recordViews, TimeSource time, Access access) {
		this.access = access;
		this.directory = directory;
		this.records = records;
		this.reviews = reviews;
		this.disputes = disputes;
		this.recordViews = recordViews;
		this.time = time;
	}

	@Transactional(readOnly = true)
	public HandoverSummary summary(Actor actor, Handover h) {
		return summary(actor, h, new Names(directory), records.steps(h.id()), reviews.decisions(h.id()),
				disputes.forHandover(h.id()));
	}

	@Transactional(readOnly = true)
	public List<HandoverSummary> summaries(Actor actor, List<Handover> handovers) {
		Names names = new Names(directory);
		return handovers.stream()
			.map(h -> summary(actor, h, names, records.steps(h.id()), reviews.decisions(h.id()),
					disputes.forHandover(h.id())))
			.toList();
	}

	@Transactional(readOnly = true)
	public HandoverView view(Actor actor, Handover h) {
		List<WaitingStep> steps = records.steps(h.id());
		List<ReviewDecision> decisions = reviews.decisions(h.id());
		List<Dispute> disputed = disputes.forHandover(h.id());
		HandoverSummary summary = summary(actor, h, new Names(directory), steps, decisions, disputed);
		return recordViews.view(h, summary, steps, decisions, disputed);
	}

	/** Discipline flags are supervision matters: shown to organizers, reviewers, supervisors, admins; never to parties. */
	private HandoverSummary summary(Actor actor, Handover h, Names names, List<WaitingStep> steps,
			List<ReviewDecision> decisions, List<Dispute> disputed) {
		LocalDate today = time.today();
		List<Waiting> waiting = steps.stream()
			.filter(WaitingStep::open)
			.map(s -> new Waiting(s.kind(), s.subject(), s.round(), s.startedOn(), s.dueOn(), today.isAfter(s.dueOn())))
			.toList();
		List<Flag> flags = !access.maySeeSupervision(actor, records.subject(h)) ? null
				: DisciplineFlags.of(steps, decisions, disputed, today, time.zone()).stream().map(Flag::of).toList();
		return new HandoverSummary(h.id(), names.unit(h.unitId()), names.official(h.departingId()),
				names.official(h.successorId()), names.official(h.organizerId()), h.reason(), h.state(), h.policyCode(),
				h.openedOn(), h.checklistDue(), h.reviewRound(), waiting, flags);
	}

	/** Names looked up once per response: a list repeats the same units and organizers. */
	private static final class Names {

		private final Directory directory;

		private final Map<Long, Ref> units = new HashMap<>();

		private final Map<Long, Ref> officials = new HashMap<>();

		Names(Directory directory) {
			this.directory = directory;
		}

		Ref unit(long id) {
			return units.computeIfAbsent(id, k -> new Ref(k, directory.unit(k).name()));
		}

		Ref official(long id) {
			return officials.computeIfAbsent(id, k -> new Ref(k, directory.official(k).name()));
		}

	}

}
