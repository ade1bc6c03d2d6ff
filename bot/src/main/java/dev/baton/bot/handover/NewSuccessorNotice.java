package dev.baton.bot.handover;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.policy.WaitingStepKind;
import org.springframework.stereotype.Component;

/**
 * The 离任交接通知书 for a successor named by 更换接任人 (issue #17, defect 1): the parties had it
 * when the handover opened, the new successor had nothing but the change. Their copy says
 * they are now the successor (接任), the deadline of the stage the handover is at and what
 * is expected of them from there. Without the 签收 card: acknowledging is the departing
 * official's. Queued once per change, in the change's transaction.
 */
@Component
class NewSuccessorNotice {

	private final HandoverNotices notices;

	private final WaitingSteps steps;

	private final dev.baton.bot.system.TimeSource time;

	private final dev.baton.scheduler.calendar.WorkCalendar calendar;

	NewSuccessorNotice(HandoverNotices notices, WaitingSteps steps, dev.baton.bot.system.TimeSource time,
			dev.baton.scheduler.calendar.WorkCalendar calendar) {
		this.time = time;
		this.calendar = calendar;
		this.notices = notices;
		this.steps = steps;
	}

	/**
	 * The notice to {@code h}'s successor, who has just replaced {@code previous}; when
	 * they also review this handover for departments ({@code reviewsFor}), it says they
	 * must stand aside there (the change's own notice is not theirs: one message).
	 */
	void send(Handover h, String previous, String reason, List<String> reviewsFor) {
		Map<String, Object> payload = new java.util.LinkedHashMap<>();
		payload.put("variant", "newSuccessor." + h.state().name());
		payload.put("previousSuccessor", previous);
		payload.put("reason", reason);
		payload.put("checklistDue", h.checklistDue().toString());
		payload.put("dueOn", due(h).toString());
		if (time.today().isAfter(due(h))) {
			// a day already past is said as past (newcomer 21, finding 14)
			payload.put("dueLate", List.of(Map.of("days", calendar.workingDaysBetween(due(h), time.today()))));
		}
		if (!reviewsFor.isEmpty()) {
			payload.put("conflict", List.of(Map.of("reviewsFor", reviewsFor)));
		}
		notices.notify(h, OutboxEvent.NOTICE_ISSUED, List.of(h.successorId()), false, payload);
	}

	/**
	 * The deadline of the stage the handover is at: the checklist's until it is
	 * submitted, then the review's, then the confirmation's (the latest open step of that
	 * kind).
	 */
	private LocalDate due(Handover h) {
		WaitingStepKind kind = switch (h.state()) {
			case IN_REVIEW -> WaitingStepKind.REVIEW;
			case CONFIRMING -> WaitingStepKind.CONFIRMATION;
			default -> WaitingStepKind.CHECKLIST;
		};
		if (kind == WaitingStepKind.CHECKLIST) {
			return h.checklistDue();
		}
		return steps.steps(h.id())
			.stream()
			.filter(s -> s.kind() == kind && s.open())
			.map(WaitingStep::dueOn)
			.max(Comparator.naturalOrder())
			.orElse(h.checklistDue());
	}

}
