package dev.baton.bot.handover;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.calendar.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * Where a handover's checklist stands, for a notice that tells the parties how it goes on
 * (a change of successor): to be submitted by its day (one already past said as past,
 * with the working days overdue), in review, or passed and waiting on the successor's
 * confirmation ({@code notify.<EVENT>.checklist.<CODE>}). Not the 清单期限 of a checklist
 * already submitted (newcomer 22: it was said in every state).
 */
@Component
class ChecklistStanding {

	private final TimeSource time;

	private final WorkCalendar calendar;

	ChecklistStanding(TimeSource time, WorkCalendar calendar) {
		this.time = time;
		this.calendar = calendar;
	}

	/** The payload's fields: {@code checklist} (its code), its day and how late. */
	Map<String, Object> of(Handover h) {
		Map<String, Object> fields = new LinkedHashMap<>();
		String code = switch (h.state()) {
			case IN_REVIEW -> "IN_REVIEW";
			case CONFIRMING, SIGNING -> "PASSED";
			default -> "TO_SUBMIT";
		};
		fields.put("checklist", code);
		fields.put("checklistDue", h.checklistDue().toString());
		LocalDate today = time.today();
		if (code.equals("TO_SUBMIT") && today.isAfter(h.checklistDue())) {
			fields.put("checklistLate", List.of(Map.of("days", calendar.workingDaysBetween(h.checklistDue(), today))));
		}
		return fields;
	}

}
