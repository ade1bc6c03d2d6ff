package dev.baton.bot.console.urge;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.console.SupervisionProperties;
import dev.baton.bot.escalation.StepOwners;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverNotices;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.system.ConflictException;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import dev.baton.bot.system.TooManyRequestsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办 (urge now, #17): an organizer or supervisor over the unit reminds whoever owes an
 * open step of a running handover, by hand, at most once per step per interval
 * ({@code baton.supervision.urge-interval}, a day unless configured). A second urge
 * inside the interval is refused with the time left and changes nothing. The urge is
 * recorded (V36), audited, and delivered through the outbox to the step's owners as they
 * are now.
 */
@Service
public class Urges {

	/** The longest note an urge may carry (the column holds 500). */
	public static final int MAX_NOTE = 500;

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final HandoverRecords records;

	private final StepOwners owners;

	private final UrgeMapper mapper;

	private final Duration interval;

	private final TimeSource time;

	private final WaitingSteps waitingSteps;

	private final HandoverNotices handoverNotices;

	private final Policies policies;

	Urges(HandoverRecords records, StepOwners owners, UrgeMapper mapper, SupervisionProperties properties,
			TimeSource time, WaitingSteps waitingSteps, HandoverNotices handoverNotices, Policies policies) {
		this.policies = policies;
		this.handoverNotices = handoverNotices;
		this.waitingSteps = waitingSteps;
		this.time = time;
		this.records = records;
		this.owners = owners;
		this.mapper = mapper;
		this.interval = properties.urgeInterval();
	}

	/**
	 * What was done: the step, the people told, and when the next urge of it may be sent.
	 */
	public record Urged(long handoverId, long stepId, List<Long> recipients, Instant urgedAt, Instant nextAllowedAt) {
	}

	@Transactional
	public Urged urge(Actor actor, long handoverId, long stepId, String note) {
		String said = note == null || note.isBlank() ? null : note.strip();
		if (said != null && said.length() > MAX_NOTE) {
			throw new InvalidInputException("console.urge.noteTooLong",
					"an urge's note is at most " + MAX_NOTE + " characters", MAX_NOTE);
		}
		Handover h = records.lock(handoverId); // one urge of a handover at a time: the
												// interval check below holds
		records.require(actor, Action.URGE_STEP, h);
		WaitingStep step = waitingSteps.steps(h.id())
			.stream()
			.filter(s -> s.id() == stepId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("waitingStep", stepId));
		if (!step.open() || !h.state().active()) {
			throw new ConflictException("console.urge.stepDone", "step " + stepId + " waits on nobody any more",
					stepId);
		}
		Instant now = time.now();
		Instant last = mapper.lastUrgedAt(stepId);
		if (last != null && now.isBefore(last.plus(interval))) {
			Instant next = last.plus(interval);
			Duration left = Duration.between(now, next);
			long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
			throw new TooManyRequestsException("console.urge.tooSoon",
					"step " + stepId + " was urged at " + last + "; the next urge may be sent at " + next, left,
					MINUTE.format(last.atZone(time.zone())), minutes / 60, minutes % 60,
					MINUTE.format(next.atZone(time.zone())), zh(interval), en(interval));
		}
		List<Long> to = owners.owners(List.of(stepId)).get(stepId);
		if (to.isEmpty()) {
			throw new ConflictException("console.urge.vacant", "nobody holds the post step " + stepId + " waits on",
					stepId);
		}
		UrgeMapper.IdHolder urge = new UrgeMapper.IdHolder();
		mapper.insert(stepId, h.id(), actor.officialId() == null ? h.organizerId() : actor.officialId(), now, to.size(),
				said, urge);
		String part = UrgedParts.part(step, h, policies);
		to.forEach(official -> mapper.insertRecipient(urge.id, official, part));
		LocalDate today = time.today();
		boolean overdue = today.isAfter(step.dueOn());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("stepId", stepId);
		detail.put("kind", step.kind().name());
		detail.put("subject", step.subject());
		detail.put("dueOn", step.dueOn().toString());
		detail.put("recipients", to);
		if (said != null) {
			detail.put("note", said);
		}
		records.audit(h, actor, "STEP_URGED", detail);
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("stepId", stepId);
		payload.put("step", step.kind().name());
		payload.put("subject", step.subject());
		payload.put("dueOn", step.dueOn().toString());
		payload.put("overdue", overdue);
		// due today is said as today (newcomer 21, finding 15)
		payload.put("variant", overdue ? "OVERDUE" : today.equals(step.dueOn()) ? "TODAY" : "DUE");
		if (overdue) {
			payload.put("overdueSince", step.dueOn().plusDays(1).toString());
		}
		payload.put("urgedBy", actor.name());
		if (said != null) {
			// quoted and closed in the notice's own words (notify.STEP_URGED.note), so
			// the
			// note does not run into the next sentence (newcomer 15)
			payload.put("note", List.of(Map.of("said", said)));
		}
		handoverNotices.notifyOthers(h, OutboxEvent.STEP_URGED, actor, to, false, payload);
		return new Urged(h.id(), stepId, to, now, now.plus(interval));
	}

	/**
	 * The urges of these handovers, newest first (no access check: for views of handovers
	 * already allowed).
	 */
	@Transactional(readOnly = true)
	public List<Urge> urges(Collection<Long> handoverIds) {
		if (handoverIds.isEmpty()) {
			return List.of();
		}
		List<UrgeMapper.Row> rows = mapper.forHandovers(handoverIds);
		Map<Long, List<Urge.Recipient>> urged = rows.isEmpty() ? Map.of()
				: mapper.recipientsOf(rows.stream().map(UrgeMapper.Row::id).toList())
					.stream()
					.collect(java.util.stream.Collectors.groupingBy(Urge.Recipient::urgeId));
		return rows.stream()
			.map(r -> new Urge(r.id(), r.stepId(), r.handoverId(), r.urgedBy(), r.urgedByName(), r.urgedAt(),
					r.recipients(), r.note(), urged.getOrDefault(r.id(), List.of())))
			.toList();
	}

	private static String zh(Duration d) {
		return d.toMinutesPart() == 0 && d.toHours() > 0 ? d.toHours() + "小时" : d.toMinutes() + "分钟";
	}

	private static String en(Duration d) {
		return d.toMinutesPart() == 0 && d.toHours() > 0 ? d.toHours() + " h" : d.toMinutes() + " min";
	}

	/** The interval between two urges of one step. */
	public Duration interval() {
		return interval;
	}

}
