package dev.baton.bot.handover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.calendar.CalendarCoverage;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Role;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.TimeSource;
import dev.baton.bot.template.ChecklistTemplate;
import dev.baton.bot.template.Templates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, acknowledging, cancelling and finding handovers. Opening snapshots the unit's
 * policy and the newest version of its template, computes the deadline on the work
 * calendar and sends the 离任交接通知书.
 */
@Service
public class HandoverService {

	static final int CANCEL_REASON_MAX = 512;

	private final HandoverMapper mapper;

	private final HandoverRecords records;

	private final Access access;

	private final Directory directory;

	private final Policies policies;

	private final Templates templates;

	private final HandoverChecklist checklists;

	private final TimeSource time;

	private final CalendarCoverage coverage;

	private final HandoverOfficials officials;

	private final WaitingSteps waitingSteps;

	private final HandoverNotices handoverNotices;

	private final HandoverReviewers handoverReviewers;

	HandoverService(HandoverMapper mapper, HandoverRecords records, Access access, Directory directory,
			Policies policies, Templates templates, HandoverChecklist checklists, TimeSource time,
			CalendarCoverage coverage, HandoverOfficials officials, WaitingSteps waitingSteps,
			HandoverNotices handoverNotices, HandoverReviewers handoverReviewers) {
		this.handoverReviewers = handoverReviewers;
		this.handoverNotices = handoverNotices;
		this.waitingSteps = waitingSteps;
		this.coverage = coverage;
		this.officials = officials;
		this.mapper = mapper;
		this.records = records;
		this.access = access;
		this.directory = directory;
		this.policies = policies;
		this.templates = templates;
		this.checklists = checklists;
		this.time = time;
	}

	@Transactional
	public Handover open(Actor actor, OpenRequest request) {
		OrgUnit unit = directory.unit(request.unitId());
		Parties parties = checked(actor, request, unit);
		// one opening at a time per official, always locked in the same order so two
		// openings cannot deadlock
		mapper.lockOfficial(Math.min(parties.departing().id(), parties.successor().id()));
		mapper.lockOfficial(Math.max(parties.departing().id(), parties.successor().id()));
		refuseClashes(mapper.lockClashes(unit.id(), parties.departing().id(), parties.successor().id()), unit,
				parties.departing(), parties.successor(), null);
		Official departing = parties.departing();
		HandoverPolicy policy = policies.forUnit(unit.id());
		// newcomer 25, finding 1: a department whose reviewers are all parties
		handoverReviewers.refuseRecusedOnly(unit.id(), policy.reviewers(), departing, parties.successor());
		ChecklistTemplate template = templates.latest(policy.templateCode());
		LocalDate today = time.today();
		LocalDate due = policies.due(today, policy.deadline(WaitingStepKind.CHECKLIST));
		Handover h = Handover.open(unit.id(), departing.id(), request.successorId(), organizerId(actor),
				request.reason(), parties.reasonNote(), policy.code(), policies.toJson(policy),
				policies.escalationBody(policy.escalationCode()), template.id(), today, due, time.now());
		HandoverMapper.IdHolder id = new HandoverMapper.IdHolder();
		mapper.insert(h, id);
		h = records.lock(id.id);
		// the parties' names and posts as of today: the post handed over is the departing
		// official's post now
		officials.keep(h.id(), List.of(h.departingId(), h.successorId(), h.organizerId()));
		checklists.createSections(h.id(), template);
		LocalDate receiptDue = waitingSteps.openStep(h, WaitingStepKind.NOTICE_RECEIPT, "");
		waitingSteps.openStep(h, WaitingStepKind.CHECKLIST, "", due);
		Map<String, Object> opened = new java.util.LinkedHashMap<>(Map.of("unit", unit.code(), "departing",
				departing.id(), "successor", request.successorId(), "reason", request.reason().name(), "policy",
				policy.code(), "template", template.code() + "@" + template.version(), "checklistDue", due.toString()));
		if (parties.reasonNote() != null) {
			// 其他, in the organizer's words (newcomer 20)
			opened.put("reasonNote", parties.reasonNote());
		}
		if (request.successorNote() != null && !request.successorNote().isBlank()) {
			// the successor changed on the confirmation card, and why (#12, newcomer 11)
			opened.put("successorChangedBecause", request.successorNote().strip());
		}
		records.audit(h, actor, "HANDOVER_OPENED", opened);
		List<Long> recipients = new ArrayList<>(List.of(h.departingId(), h.successorId(), h.organizerId()));
		recipients.addAll(handoverReviewers.allReviewers(h));
		Map<String, Object> notice = new LinkedHashMap<>(Map.of("checklistDue", due.toString(), "receiptDue",
				receiptDue.toString(), "policy", policy.name(), "deadline", policy.deadline(WaitingStepKind.CHECKLIST),
				// the departing official's copy carries the 签收 card, however the
				// handover was opened (newcomer 10)
				"acknowledgedBy", h.departingId(),
				// why the official leaves, as notify.NOTICE_ISSUED.leaving.<REASON> says
				// it
				"leaving", h.reason().name()));
		if (h.reasonNote() != null) {
			notice.put("leavingNote", h.reasonNote());
		}
		handoverNotices.notify(h, OutboxEvent.NOTICE_ISSUED, List.of(h.departingId()), false, notice);
		// the others read what the departing official is to do as his, not as theirs
		// (newcomer 24, finding 8)
		Map<String, Object> informed = new LinkedHashMap<>(notice);
		informed.put("variant", "informed");
		long departingId = h.departingId();
		handoverNotices.notify(h, OutboxEvent.NOTICE_ISSUED,
				recipients.stream().filter(to -> to != departingId).distinct().toList(), false, informed);
		return h;
	}

	/**
	 * What {@link #open} would do now, without doing it: every check it makes (who may,
	 * the same person twice, an inactive official, a party from outside the unit, a clash
	 * with a running handover) is made the same way and refused the same way; then the
	 * unit's policy, the deadlines the notice would set, and the people it would go to.
	 * Organizers see this on the confirmation card in chat before 确认 opens it.
	 */
	@Transactional(readOnly = true)
	public OpeningPreview preview(Actor actor, OpenRequest request) {
		OrgUnit unit = directory.unit(request.unitId());
		Parties parties = checked(actor, request, unit);
		refuseClashes(mapper.clashes(unit.id(), parties.departing().id(), parties.successor().id()), unit,
				parties.departing(), parties.successor(), null);
		HandoverPolicy policy = policies.forUnit(unit.id());
		LocalDate today = time.today();
		LocalDate due = policies.due(today, policy.deadline(WaitingStepKind.CHECKLIST));
		LocalDate receiptDue = policies.due(today, policy.deadline(WaitingStepKind.NOTICE_RECEIPT));
		Map<Department, List<Official>> reviewers = new LinkedHashMap<>();
		for (Department d : policy.reviewers()) {
			reviewers.put(d, directory.holders(Role.REVIEWER, d, unit.id()).stream().map(directory::official).toList());
		}
		return new OpeningPreview(unit, parties.departing(), parties.successor(), request.reason(),
				parties.reasonNote(), policy, policy.deadline(WaitingStepKind.CHECKLIST), due, receiptDue, reviewers,
				coverage.unloadedYears(List.of(due, receiptDue)));
	}

	/**
	 * Who may open it, the two officials and the reason's note (其他 needs one, the others
	 * take none), checked as opening checks them.
	 */
	private Parties checked(Actor actor, OpenRequest request, OrgUnit unit) {
		access.require(actor, Action.OPEN_HANDOVER,
				new Subject(unit.path(), request.departingId(), request.successorId()));
		if (request.departingId() == request.successorId()) {
			throw new InvalidInputException("handover.sameParty",
					"the departing official cannot be their own successor");
		}
		Official departing = active(request.departingId());
		Official successor = active(request.successorId());
		inUnit(departing, unit);
		inUnit(successor, unit);
		return new Parties(departing, successor, request.reason().checkedNote(request.reasonNote()));
	}

	/**
	 * Refuses a running handover of the unit that the pair would clash with (the
	 * departing official leaving the unit again, or the two the other way round), other
	 * than {@code self} (a handover whose successor changes).
	 */
	void refuseClashes(List<HandoverMapper.Clash> clashes, OrgUnit unit, Official departing, Official successor,
			Long self) {
		for (HandoverMapper.Clash clash : clashes) {
			if (self != null && clash.id() == self) {
				continue;
			}
			if (clash.departingId() == departing.id()) {
				throw new InvalidInputException("handover.alreadyOpen",
						departing.name() + " already has handover " + clash.id() + " open in " + unit.name(),
						departing.name(), unit.name(), clash.id());
			}
			throw new InvalidInputException("handover.swappedOpen",
					"handover " + clash.id() + " hands over from " + successor.name() + " to " + departing.name()
							+ " in " + unit.name() + " and is still open",
					successor.name(), departing.name(), unit.name(), clash.id());
		}
	}

	/** The two officials, and the reason's note as the opening keeps it. */
	private record Parties(Official departing, Official successor, String reasonNote) {
	}

	/**
	 * 签收: the departing official acknowledges the notice. Acknowledging again changes
	 * nothing.
	 */
	@Transactional
	public Handover acknowledge(Actor actor, long handoverId) {
		Handover h = records.lock(handoverId);
		records.require(actor, Action.ACKNOWLEDGE_NOTICE, h);
		if (h.acknowledgedAt() != null) {
			return h;
		}
		records.acknowledge(h, actor, "acknowledged the notice");
		return h;
	}

	@Transactional
	public Handover cancel(Actor actor, long handoverId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("handover.cancelNeedsReason", "cancelling needs a reason");
		}
		if (reason.strip().length() > CANCEL_REASON_MAX) {
			throw new InvalidInputException("handover.cancelReasonTooLong", "a cancel reason is at most 512 characters",
					CANCEL_REASON_MAX);
		}
		Handover h = records.lock(handoverId);
		records.require(actor, Action.CANCEL_HANDOVER, h);
		records.cancelled(h, actor, reason.strip());
		records.audit(h, actor, "HANDOVER_CANCELLED", Map.of("reason", reason.strip()));
		List<Long> recipients = new ArrayList<>(List.of(h.departingId(), h.successorId(), h.organizerId()));
		recipients.addAll(handoverReviewers.allReviewers(h));
		handoverNotices.notifyOthers(h, OutboxEvent.HANDOVER_CANCELLED, actor, recipients, false,
				Map.of("reason", reason.strip()));
		return h;
	}

	public Handover get(Actor actor, long handoverId) {
		Handover h = records.find(handoverId);
		records.require(actor, Action.VIEW_HANDOVER, h);
		return h;
	}

	/**
	 * The handovers the actor may see (in the scopes of their standing roles, and those
	 * they are a party to), filtered in SQL, newest first, with names and without
	 * snapshots.
	 */
	public List<HandoverBrief> list(Actor actor, HandoverFilter filter) {
		return list(actor, filter, 0);
	}

	/**
	 * As {@link #list(Actor, HandoverFilter)}, skipping the first {@code offset} (pages
	 * in chat).
	 */
	public List<HandoverBrief> list(Actor actor, HandoverFilter filter, int offset) {
		return mapper.search(filter, scopes(actor), actor.officialId(), time.today(), offset);
	}

	/**
	 * The open steps of running handovers that may be the actor's to act on, by due day,
	 * at most {@code limit}: those of handovers they are a party to, and the reviews,
	 * rulings and signatures in the scopes of their organizer and reviewer roles. Whether
	 * a department's or capacity's step is theirs is for the caller to check.
	 */
	public List<OpenStep> openStepsFor(Actor actor, int limit) {
		if (actor.isSystem()) {
			return List.of();
		}
		List<String> acting = actor.roles()
			.stream()
			.filter(r -> r.role() == Role.ORGANIZER || r.role() == Role.REVIEWER)
			.map(r -> r.scopePath())
			.distinct()
			.toList();
		return mapper.openStepsFor(actor.officialId(), acting, limit);
	}

	/**
	 * The open steps of running handovers an escalation level told the actor about, by
	 * due day, at most {@code limit} (newcomer 20b): the organizer's and supervisors' to
	 * see done until they are. Those the actor owes themselves are for the caller to
	 * leave out.
	 */
	public List<OpenStep> escalatedStepsFor(Actor actor, int limit) {
		return actor.isSystem() ? List.of() : mapper.escalatedStepsFor(actor.officialId(), limit);
	}

	/** How many handovers {@link #list} would find without its page limit. */
	public long count(Actor actor, HandoverFilter filter) {
		return mapper.count(filter, scopes(actor), actor.officialId(), time.today());
	}

	/**
	 * Among the handovers {@link #list} would find, the one the actor last acted on (by
	 * the audit log), if any.
	 */
	public java.util.Optional<Long> lastActedOn(Actor actor, HandoverFilter filter) {
		if (actor.isSystem()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional
			.ofNullable(mapper.lastActedOn(filter, scopes(actor), actor.officialId(), time.today()));
	}

	/**
	 * One handover as lists show it, whoever asks (the caller has checked the actor may
	 * see it).
	 */
	public HandoverBrief brief(long handoverId) {
		HandoverBrief brief = mapper.brief(handoverId);
		if (brief == null) {
			throw new dev.baton.bot.system.NotFoundException("handover", handoverId);
		}
		return brief;
	}

	private static List<String> scopes(Actor actor) {
		return actor.isSystem() ? List.of("/") : actor.roles().stream().map(r -> r.scopePath()).distinct().toList();
	}

	/** A party belongs to the handover's unit or a unit below it. */
	void inUnit(Official official, OrgUnit unit) {
		OrgUnit own = directory.unit(official.unitId());
		if (!unit.covers(own.path())) {
			throw new InvalidInputException("handover.partyOutsideUnit", official.name() + " belongs to " + own.name()
					+ ", which is not " + unit.name() + " or a unit below it", official.name(), own.name(),
					unit.name());
		}
	}

	Official active(long officialId) {
		Official official = directory.official(officialId);
		if (!official.active()) {
			throw new InvalidInputException("handover.inactiveOfficial", official.name() + " is not active",
					official.name());
		}
		return official;
	}

	private long organizerId(Actor actor) {
		if (actor.isSystem()) {
			throw new InvalidInputException("handover.organizerRequired", "a handover is opened by an organizer");
		}
		return actor.officialId();
	}

}
