package dev.baton.bot.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.discipline.DisciplineFlag;
import dev.baton.bot.discipline.DisciplineFlags;
import dev.baton.bot.discipline.DisciplineRecords;
import dev.baton.bot.discipline.RaisedFlag;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.WaitingSteps;
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
 * Builds what the API shows of handovers the caller was allowed to load: summaries for
 * lists (a page in a constant number of queries), and (with {@link RecordViews}) the full
 * view. Read in one read-only transaction, so a view is one consistent snapshot.
 */
@Component
public class HandoverViews {

	private final HandoverService handovers;

	private final DisciplineRecords discipline;

	private final HandoverRecords records;

	private final ReviewService reviews;

	private final Disputes disputes;

	private final RecordViews recordViews;

	private final TimeSource time;

	private final Access access;

	private final WaitingSteps waitingSteps;

	HandoverViews(HandoverService handovers, DisciplineRecords discipline, HandoverRecords records,
			ReviewService reviews, Disputes disputes, RecordViews recordViews, TimeSource time, Access access,
			WaitingSteps waitingSteps) {
		this.waitingSteps = waitingSteps;
		this.access = access;
		this.handovers = handovers;
		this.discipline = discipline;
		this.records = records;
		this.reviews = reviews;
		this.disputes = disputes;
		this.recordViews = recordViews;
		this.time = time;
	}

	@Transactional(readOnly = true)
	public HandoverSummary summary(Actor actor, Handover h) {
		List<WaitingStep> steps = waitingSteps.steps(h.id());
		return summary(actor, handovers.brief(h.id()), steps,
				() -> flags(steps, reviews.decisions(h.id()), disputes.forHandover(h.id())), raised(actor, h));
	}

	/**
	 * The flags of the handover noted when raised, with their dates and reasons, for
	 * those who may see them (#15).
	 */
	private Map<DisciplineFlag, RaisedFlag> raised(Actor actor, Handover h) {
		return access.maySeeSupervision(actor, records.subject(h))
				? discipline.raised(List.of(h.id())).getOrDefault(h.id(), Map.of()) : Map.of();
	}

	/**
	 * A page of summaries in a constant number of queries, however long the page: the
	 * rows came with their names, the waiting steps of all of them are one query, and
	 * (for those who may see them) the discipline facts one more.
	 */
	@Transactional(readOnly = true)
	public List<HandoverSummary> summaries(Actor actor, List<HandoverBrief> page) {
		Map<Long, List<WaitingStep>> steps = discipline.steps(page.stream().map(HandoverBrief::id).toList());
		List<HandoverBrief> supervised = page.stream()
			.filter(b -> access.maySeeSupervision(actor, subject(b)))
			.toList();
		Map<Long, List<WaitingStep>> supervisedSteps = new HashMap<>();
		supervised.forEach(b -> supervisedSteps.put(b.id(), steps.get(b.id())));
		Map<Long, Set<DisciplineFlag>> flags = discipline.flags(supervisedSteps, time.today(), time.zone());
		// their dates and reasons, one query more (#15)
		Map<Long, Map<DisciplineFlag, RaisedFlag>> raised = discipline.raised(supervisedSteps.keySet());
		return page.stream()
			.map(b -> summary(actor, b, steps.get(b.id()), () -> flags.get(b.id()),
					raised.getOrDefault(b.id(), Map.of())))
			.toList();
	}

	@Transactional(readOnly = true)
	public HandoverView view(Actor actor, Handover h) {
		List<WaitingStep> steps = waitingSteps.steps(h.id());
		List<ReviewDecision> decisions = reviews.decisions(h.id());
		List<Dispute> disputed = disputes.forHandover(h.id());
		HandoverSummary summary = summary(actor, handovers.brief(h.id()), steps,
				() -> flags(steps, decisions, disputed), raised(actor, h));
		return recordViews.view(h, summary, steps, decisions, disputed);
	}

	/**
	 * The flags derived from one handover's record: returned in a review round, a dispute
	 * ruled a correction.
	 */
	private Set<DisciplineFlag> flags(List<WaitingStep> steps, List<ReviewDecision> decisions, List<Dispute> disputes) {
		return DisciplineFlags.of(steps, decisions.stream().anyMatch(r -> r.decision().equals("RETURNED")),
				disputes.stream().anyMatch(d -> "CORRECTED".equals(d.ruling())), time.today(), time.zone());
	}

	/**
	 * Discipline flags are supervision matters: shown to organizers, reviewers,
	 * supervisors, admins; never to parties.
	 */
	private HandoverSummary summary(Actor actor, HandoverBrief h, List<WaitingStep> steps,
			Supplier<Set<DisciplineFlag>> flagsOf, Map<DisciplineFlag, RaisedFlag> raised) {
		LocalDate today = time.today();
		List<Waiting> waiting = steps.stream()
			.filter(WaitingStep::open)
			.map(s -> new Waiting(s.kind(), s.subject(), s.round(), s.startedOn(), s.dueOn(), today.isAfter(s.dueOn())))
			.toList();
		// a flag once raised stays on the record with its reason, whatever became of its
		// step (#17)
		List<Flag> flags = !access.maySeeSupervision(actor, subject(h)) ? null
				: java.util.stream.Stream.concat(flagsOf.get().stream(), raised.keySet().stream())
					.distinct()
					.sorted()
					.map(f -> Flag.of(f, raised.get(f), time.zone()))
					.toList();
		return new HandoverSummary(h.id(), new Ref(h.unitId(), h.unitName()),
				new Ref(h.departingId(), h.departingName()), new Ref(h.successorId(), h.successorName()),
				new Ref(h.organizerId(), h.organizerName()), h.reason(), h.reasonNote(), h.state(), h.policyCode(),
				h.openedOn(), h.checklistDue(), h.reviewRound(), waiting, flags);
	}

	private static Subject subject(HandoverBrief h) {
		return new Subject(h.unitPath(), h.departingId(), h.successorId());
	}

}
