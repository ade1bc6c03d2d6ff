package dev.baton.bot.console.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.calendar.CalendarCoverage;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.console.dashboard.Grade;
import dev.baton.bot.console.dashboard.Grades;
import dev.baton.bot.console.dashboard.StepGrade;
import dev.baton.bot.console.record.RecordView.Actions;
import dev.baton.bot.console.record.RecordView.Delivery;
import dev.baton.bot.console.record.RecordView.Notice;
import dev.baton.bot.console.record.RecordView.OpenStep;
import dev.baton.bot.console.record.RecordView.Person;
import dev.baton.bot.console.urge.Urge;
import dev.baton.bot.console.urge.Urges;
import dev.baton.bot.documents.DocumentFormat;
import dev.baton.bot.escalation.StepOwners;
import dev.baton.bot.handover.DeadlineExtensions;
import dev.baton.bot.handover.DeadlineExtensions.Deadline;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.web.HandoverView;
import dev.baton.bot.web.HandoverViews;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * One handover's record for the console, read in one read-only transaction for whoever
 * may see the handover (the same check as the API's {@code GET /api/handovers/{id}}).
 */
@Service
public class HandoverRecord {

	/** The states 延期 works in (as {@link DeadlineExtensions}). */
	private static final Set<HandoverState> EXTENDABLE = EnumSet.of(HandoverState.NOTIFIED, HandoverState.DRAFTING,
			HandoverState.IN_REVIEW, HandoverState.CONFIRMING, HandoverState.SIGNING);

	private final HandoverService handovers;

	private final HandoverViews views;

	private final HandoverRecords records;

	private final RecordMapper mapper;

	private final StepOwners owners;

	private final Grades grades;

	private final Urges urges;

	private final DeadlineExtensions extensions;

	private final Access access;

	private final TimeSource time;

	private final WaitingSteps waitingSteps;

	private final CalendarCoverage calendar;

	private final PageTexts texts;

	HandoverRecord(HandoverService handovers, HandoverViews views, HandoverRecords records, RecordMapper mapper,
			StepOwners owners, Grades grades, Urges urges, DeadlineExtensions extensions, Access access,
			TimeSource time, WaitingSteps waitingSteps, CalendarCoverage calendar, PageTexts texts) {
		this.waitingSteps = waitingSteps;
		this.calendar = calendar;
		this.texts = texts;
		this.time = time;
		this.handovers = handovers;
		this.views = views;
		this.records = records;
		this.mapper = mapper;
		this.owners = owners;
		this.grades = grades;
		this.urges = urges;
		this.extensions = extensions;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public RecordView view(Actor actor, long handoverId) {
		Handover h = handovers.get(actor, handoverId);
		HandoverView record = views.view(actor, h);
		LocalDate today = time.today();
		Instant now = time.now();
		List<Urge> urged = urges.urges(List.of(h.id()));
		Map<Long, Instant> lastUrge = new HashMap<>();
		urged.forEach(u -> lastUrge.putIfAbsent(u.stepId(), u.urgedAt())); // newest first
		List<WaitingStep> open = h.state().active()
				? waitingSteps.steps(h.id()).stream().filter(WaitingStep::open).toList() : List.of();
		Map<Long, List<Long>> owed = owners.owners(open.stream().map(WaitingStep::id).toList());
		Set<Long> mentioned = new LinkedHashSet<>();
		owed.values().forEach(mentioned::addAll);
		List<StepGrade> graded = open.stream().map(s -> grades.of(s, today)).toList();
		List<Notice> notices = notices(h.id());
		collectIds(record, mentioned);
		urged.forEach(u -> mentioned.add(u.urgedBy()));
		Map<Long, String> names = mentioned.isEmpty() ? Map.of()
				: mapper.names(mentioned)
					.stream()
					.collect(Collectors.toMap(RecordMapper.Name::id, RecordMapper.Name::name));
		List<OpenStep> steps = new ArrayList<>();
		for (StepGrade g : graded) {
			WaitingStep s = g.step();
			Instant last = lastUrge.get(s.id());
			Instant again = last == null ? null : last.plus(urges.interval());
			steps.add(new OpenStep(s.id(), s.kind(), s.subject(), s.round(), s.dueOn(), g.grade(), g.workingDaysLeft(),
					g.workingDaysLate(), g.returned(),
					owed.getOrDefault(s.id(), List.of())
						.stream()
						.map(id -> new Person(id, names.getOrDefault(id, "#" + id)))
						.toList(),
					last, again != null && again.isAfter(now) ? again : null, unchecked(today, s.dueOn())));
		}
		Grade grade = grades.handover(h.state(), graded);
		List<DocumentFormat> documents = h.archivedAt() != null ? List.of(DocumentFormat.values()) : List.of();
		List<dev.baton.bot.escalation.EscalationNotice> stages = owners.notices(h.id());
		return new RecordView(record, grade, steps, notices, stages, urged, documents, names,
				actions(actor, h, !open.isEmpty()), now, StageLines.of(stages, mapper.stageRecipients(h.id())));
	}

	/**
	 * The years between today and the due day (either way) whose holiday notice is not
	 * loaded, joined ("2027"), or null.
	 */
	private String unchecked(LocalDate today, LocalDate due) {
		List<LocalDate> years = new ArrayList<>();
		int from = Math.min(today.getYear(), due.getYear());
		for (int year = from; year <= Math.max(today.getYear(), due.getYear()); year++) {
			years.add(LocalDate.of(year, 1, 1));
		}
		List<Integer> missing = calendar.unloadedYears(years);
		return missing.isEmpty() ? null
				: missing.stream().map(String::valueOf).collect(Collectors.joining(texts.text("supervision.nameSep")));
	}

	private Actions actions(Actor actor, Handover h, boolean anyOpen) {
		var subject = records.subject(h);
		boolean running = h.state().active();
		boolean cancel = running && !h.state().frozen() && access.allowed(actor, Action.CANCEL_HANDOVER, subject, null);
		boolean change = running && !h.state().frozen() && h.state() != HandoverState.SIGNING
				&& access.allowed(actor, Action.CHANGE_SUCCESSOR, subject, null);
		// any open step may be moved on its own (签收, a plan step…); the stage's steps
		// together where there is a stage
		boolean extend = running && anyOpen && access.allowed(actor, Action.EXTEND_DEADLINE, subject, null);
		boolean urge = running && anyOpen && access.allowed(actor, Action.URGE_STEP, subject, null);
		boolean publish = h.state().frozen() && records.policy(h).publicity()
				&& access.allowed(actor, Action.MANAGE_GROUPS, subject, null);
		List<Deadline> steps = extend ? extensions.openDeadlines(actor, h.id()) : List.of();
		boolean stage = extend && EXTENDABLE.contains(h.state()) && !extensions.deadlines(actor, h.id()).isEmpty();
		return new Actions(cancel, change, extend, oncePerDay(steps), urge, publish, steps, stage);
	}

	/**
	 * The deadlines 延期 would move, each kind and day said once: the four departments'
	 * reviews share one due day and one cap, and the page says so once; each plan step is
	 * its own line, by its number, though two share a day (newcomer 14, finding 16).
	 */
	static List<Deadline> oncePerDay(List<Deadline> deadlines) {
		java.util.Map<String, Deadline> once = new java.util.LinkedHashMap<>();
		// a line that stands for several departments' steps names none of them (联合审核),
		// one that stands for one step names it (联合审核（财政部门）, newcomer 22)
		deadlines
			.forEach(d -> once.merge(
					d.kind() + "|" + d.dueOn() + "|" + d.latest()
							+ (d.kind() == dev.baton.bot.policy.WaitingStepKind.FOLLOW_UP_STEP ? "|" + d.subject()
									: ""),
					d, (kept, same) -> java.util.Objects.equals(kept.subject(), same.subject()) ? kept
							: new Deadline(kept.stepId(), kept.kind(), null, kept.dueOn(), kept.latest())));
		return List.copyOf(once.values());
	}

	private List<Notice> notices(long handoverId) {
		Map<Long, List<Delivery>> deliveries = new HashMap<>();
		for (RecordMapper.DeliveryRow d : mapper.deliveries(handoverId)) {
			deliveries.computeIfAbsent(d.outboxId(), k -> new ArrayList<>())
				.add(new Delivery(d.id(), d.platform(), d.targetKind(), d.userId(), d.status(), d.attempts(),
						d.sentAt(), d.lastError()));
		}
		return mapper.notices(handoverId)
			.stream()
			.map(n -> new Notice(n.id(), n.event(), n.recipientId(), n.recipientName(), n.groupUnitId(),
					n.groupUnitName(), n.confidential(), n.status(), n.lastError(), n.createdAt(),
					deliveries.getOrDefault(n.id(), List.of())))
			.toList();
	}

	/**
	 * Every official id the record names: reviewers, commenters, disputants, rulers,
	 * signers, reporters, actors.
	 */
	private static void collectIds(HandoverView v, Set<Long> ids) {
		v.reviews().forEach(r -> {
			ids.add(r.reviewerId());
			r.comments().forEach(c -> ids.add(c.authorId()));
		});
		v.disputes().forEach(d -> {
			ids.add(d.raisedBy());
			if (d.ruledBy() != null) {
				ids.add(d.ruledBy());
			}
		});
		v.signatures().forEach(s -> ids.add(s.officialId()));
		v.followUp().forEach(f -> f.progress().forEach(p -> ids.add(p.reportedBy())));
		v.sections().forEach(s -> s.items().forEach(i -> {
			i.evidence().forEach(e -> ids.add(e.addedBy()));
			i.supplements().forEach(x -> ids.add(x.addedBy()));
		}));
		v.history().forEach(r -> {
			if (r.actorId() != null) {
				ids.add(r.actorId());
			}
		});
	}

	/**
	 * What an audit row's detail says in people's words: its reason, note or comment (the
	 * rest of it is what the row's kind already says, in codes no reader needs).
	 */
	public static String detail(JsonNode detail) {
		if (detail == null || !detail.isObject()) {
			return "";
		}
		List<String> said = new ArrayList<>();
		for (String field : List.of("reason", "note", "comment", "title", "how")) {
			JsonNode value = detail.get(field);
			if (value != null && value.isString() && !value.asString().isBlank()) {
				said.add(value.asString());
			}
		}
		return String.join("；", said);
	}

}
