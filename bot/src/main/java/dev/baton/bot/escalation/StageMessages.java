package dev.baton.bot.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.directory.Department;
import dev.baton.bot.discipline.FlagNotices;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.scheduler.calendar.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * Plans each due step's message and writes what a batch of the sweep decided, in the
 * batch's transaction, after the sweep has claimed the stages on the steps' rows
 * ({@link StageLog}; a sweep that lost a claim rolls its batch back before it queues
 * anything): the outbox rows, and the report of vacant posts (to the organizer or
 * administrators, and in the audit log).
 */
@Component
class StageMessages {

	private final Outbox outbox;

	private final AuditLog audit;

	private final WorkCalendar calendar;

	StageMessages(Outbox outbox, AuditLog audit, WorkCalendar calendar) {
		this.outbox = outbox;
		this.audit = audit;
		this.calendar = calendar;
	}

	/** Works out who the stage tells now and what the message says; writes nothing. */
	Planned plan(DueStep step, StepDecision decision, FireTimeRecipients recipients, Department ruler, Instant now,
			LocalDate today) {
		Stage stage = decision.send();
		// the message stands for the stages folded into it, so it tells everyone they
		// would have told (the first level's organizer too when it goes out with a later
		// round; newcomer 12)
		java.util.Set<EscalationRecipient> told = new java.util.LinkedHashSet<>(stage.recipients());
		decision.missed().forEach(m -> told.addAll(m.recipients()));
		FireTimeRecipients.Resolved to = recipients.resolveAll(List.copyOf(told), step, ruler);
		boolean vacant = to.people().isEmpty();
		// nobody told because a post's only holders are parties of the handover: not
		// recorded as a post nobody holds
		String skipped = to.partiesOnly().isEmpty() ? "SKIPPED" : "PARTIES";
		List<EscalationMapper.NoticeRow> notices = new ArrayList<>();
		notices.add(new EscalationMapper.NoticeRow(step.id(), step.handoverId(), stage.key(), stage.level(),
				vacant ? skipped : "SENT", stage.at(), to.people().size()));
		for (Stage missed : decision.missed()) {
			notices.add(new EscalationMapper.NoticeRow(step.id(), step.handoverId(), missed.key(), missed.level(),
					"MISSED", missed.at(), 0));
		}
		Map<String, Object> payload = payload(step, decision, recipients.actors(step, ruler), now, today);
		if (!to.vacant().isEmpty()) {
			payload.put("vacant", to.vacant().stream().map(Enum::name).toList());
		}
		List<Outbox.Notification> messages = new ArrayList<>();
		if (!vacant) {
			if (stage.reminder()) {
				messages
					.add(new Outbox.Notification(step.handoverId(), OutboxEvent.REMINDER, to.people(), false, payload));
			}
			else {
				messages.addAll(escalations(step, to, payload));
			}
		}
		Map<String, Object> auditDetail = null;
		if (!to.vacant().isEmpty() || !to.partiesOnly().isEmpty()) {
			Map<String, Object> report = new LinkedHashMap<>(payload);
			report.put("delivered", !vacant);
			auditDetail = new LinkedHashMap<>();
			auditDetail.put("step", step.id());
			auditDetail.put("kind", step.kind().name());
			auditDetail.put("subject", step.subject());
			auditDetail.put("stage", stage.key());
			if (!to.vacant().isEmpty()) {
				auditDetail.put("vacant", report.get("vacant"));
			}
			auditDetail.put("delivered", !vacant);
			if (!to.partiesOnly().isEmpty()) {
				// a post held by parties only is not vacant: the report names them
				// (as the discipline flag's notice does; FlagNotices)
				report.put("partyPosts", partyPosts(step, to));
				report.put("variant", to.vacant().isEmpty() ? "partyOnly" : "partyOnly.vacant");
				auditDetail.put("partiesOnly", to.partiesOnly().keySet().stream().map(Enum::name).toList());
			}
			messages.add(new Outbox.Notification(step.handoverId(), OutboxEvent.ESCALATION_SKIPPED,
					recipients.vacancyWatchers(step), true, report));
		}
		return new Planned(step.handoverId(), vacant, notices, messages, auditDetail);
	}

	/**
	 * A level's messages, one per part the people are told in (newcomer 20b): whoever
	 * owes the step is asked to do it; the organizer, a supervisor, a discipline reviewer
	 * or an administrator is told what is expected of them
	 * ({@code notify.ESCALATION.<part>}), and the step is on their 我的待办 until it is done.
	 */
	private static List<Outbox.Notification> escalations(DueStep step, FireTimeRecipients.Resolved to,
			Map<String, Object> payload) {
		Map<EscalationRecipient, List<Long>> byPart = new LinkedHashMap<>();
		to.people().forEach(id -> byPart.computeIfAbsent(to.parts().get(id), p -> new ArrayList<>()).add(id));
		List<Outbox.Notification> messages = new ArrayList<>();
		byPart.forEach((part, people) -> {
			Map<String, Object> told = payload;
			if (part != EscalationRecipient.ACTOR) {
				told = new LinkedHashMap<>(payload);
				told.put("part", part.name());
				told.put("variant", part.name());
			}
			messages.add(new Outbox.Notification(step.handoverId(), OutboxEvent.ESCALATION, people, true, told));
		});
		return messages;
	}

	/**
	 * The watcher posts held by parties of the handover only, each with their names:
	 * {@code [{post: SUPERVISOR, names: [陈离任]}]}.
	 */
	private static List<Map<String, Object>> partyPosts(DueStep step, FireTimeRecipients.Resolved to) {
		List<Map<String, Object>> posts = new ArrayList<>();
		to.partiesOnly().forEach((post, parties) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("post", post.name());
			row.put("names",
					parties.stream()
						.map(id -> id == step.departingId() ? step.departingName() : step.successorName())
						.distinct()
						.toList());
			posts.add(row);
		});
		return posts;
	}

	/**
	 * Queues the messages of stages the caller has claimed: in the caller's transaction.
	 */
	void write(List<Planned> batch) {
		if (batch.isEmpty()) {
			return;
		}
		outbox.enqueueAll(batch.stream().flatMap(p -> p.messages().stream()).toList());
		for (Planned planned : batch) {
			if (planned.vacancy() != null) {
				audit.append(planned.handoverId(), Actor.SYSTEM, "ESCALATION_SKIPPED", planned.vacancy());
			}
		}
	}

	/**
	 * By step, the people its escalation in this batch tells (not a reminder: the step is
	 * not overdue then).
	 */
	static Map<Long, java.util.Set<Long>> escalated(List<Planned> batch) {
		Map<Long, java.util.Set<Long>> told = new LinkedHashMap<>();
		for (Planned planned : batch) {
			for (Outbox.Notification n : planned.messages()) {
				if (n.event() == OutboxEvent.ESCALATION) {
					told.computeIfAbsent(stepId(n), k -> new java.util.LinkedHashSet<>()).addAll(n.recipients());
				}
			}
		}
		return told;
	}

	/**
	 * The batch with each flag raised by a step folded into that step's escalation, for
	 * the people it is folded for: one message about one lapse (newcomer 23, finding 18).
	 */
	static List<Planned> fold(List<Planned> batch, Map<Long, FlagNotices.Fold> byStep) {
		List<Planned> out = new ArrayList<>();
		for (Planned planned : batch) {
			List<Outbox.Notification> messages = new ArrayList<>();
			for (Outbox.Notification n : planned.messages()) {
				FlagNotices.Fold fold = n.event() == OutboxEvent.ESCALATION ? byStep.get(stepId(n)) : null;
				if (fold == null) {
					messages.add(n);
					continue;
				}
				List<Long> plain = n.recipients().stream().filter(id -> !fold.has(id)).toList();
				if (!plain.isEmpty()) {
					messages
						.add(new Outbox.Notification(n.handoverId(), n.event(), plain, n.confidential(), n.payload()));
				}
				n.recipients()
					.stream()
					.filter(fold::has)
					.forEach(id -> messages.add(new Outbox.Notification(n.handoverId(), n.event(), List.of(id), true,
							fold.into(id, n.payload()))));
			}
			out.add(new Planned(planned.handoverId(), planned.skipped(), planned.notices(), messages,
					planned.vacancy()));
		}
		return out;
	}

	private static long stepId(Outbox.Notification n) {
		return ((Number) n.payload().get("stepId")).longValue();
	}

	/**
	 * One step's share of a batch.
	 *
	 * @param skipped every post the stage names is vacant
	 * @param notices the stages to record on the step's row (the one sent or skipped,
	 * then those it stands for)
	 * @param vacancy the audit detail of the vacant posts, or null
	 */
	record Planned(long handoverId, boolean skipped, List<EscalationMapper.NoticeRow> notices,
			List<Outbox.Notification> messages, Map<String, Object> vacancy) {
	}

	/**
	 * What the message must say: which step, due when, overdue since when, who must act
	 * and how, what was missed.
	 */
	private Map<String, Object> payload(DueStep step, StepDecision decision, List<Long> actors, Instant now,
			LocalDate today) {
		Stage stage = decision.send();
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("handoverId", step.handoverId());
		p.put("unit", step.unitName());
		p.put("departing", step.departingName());
		p.put("successor", step.successorName());
		p.put("state", step.state().name());
		p.put("stepId", step.id());
		p.put("step", step.kind().name());
		p.put("subject", step.subject());
		p.put("variant", step.kind().name()); // notify.REMINDER.FOLLOW_UP_STEP names the
												// step ("4.2")
		p.put("round", step.round());
		p.put("startedOn", step.startedOn().toString());
		p.put("dueOn", step.dueOn().toString());
		p.put("stage", stage.key());
		p.put("level", stage.level());
		p.put("repeat", stage.repeat());
		p.put("scheduledAt", stage.at().toString());
		p.put("sentAt", now.toString());
		boolean overdue = today.isAfter(step.dueOn());
		p.put("overdue", overdue);
		if (overdue) {
			p.put("overdueSince", step.dueOn().plusDays(1).toString());
			p.put("overdueWorkingDays", calendar.workingDaysBetween(step.dueOn(), today));
		}
		if (stage.reminder() && today.equals(step.dueOn())) {
			// a reminder on the due day says it is due today (newcomer 21, finding 15)
			p.put("variant", step.kind() == WaitingStepKind.FOLLOW_UP_STEP ? "FOLLOW_UP_STEP.TODAY" : "TODAY");
		}
		p.put("action", action(step.kind()).name());
		p.put("actorIds", actors);
		p.put("catchUp", !decision.missed().isEmpty());
		p.put("missed",
				decision.missed()
					.stream()
					.map(m -> Map.of("stage", m.key(), "scheduledAt", m.at().toString()))
					.toList());
		return p;
	}

	/** How to act on the step: the action the actor must take. */
	static Action action(WaitingStepKind kind) {
		return switch (kind) {
			case NOTICE_RECEIPT -> Action.ACKNOWLEDGE_NOTICE;
			case CHECKLIST -> Action.SUBMIT_CHECKLIST;
			case REVIEW -> Action.REVIEW;
			case CONFIRMATION -> Action.CONFIRM_ITEM;
			case RULING -> Action.RULE_DISPUTE;
			case SIGNING -> Action.SIGN;
			case PLAN -> Action.SUBMIT_PLAN;
			case FOLLOW_UP_STEP -> Action.REPORT_PROGRESS;
		};
	}

}
