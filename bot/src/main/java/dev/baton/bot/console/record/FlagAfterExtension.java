package dev.baton.bot.console.record;

import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.console.PageTexts;
import dev.baton.bot.discipline.DisciplineFlag;
import dev.baton.bot.system.TimeSource;
import dev.baton.bot.web.HandoverSummary.Flag;
import dev.baton.bot.web.HandoverView.HistoryRow;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A 久拖不交 flag once the late step was extended (newcomer 15, finding 8: the banner still
 * said "overdue since 12-04" as if nothing had happened): the days the step was overdue,
 * from the day after its old due day to the day of the extension, and to when and by whom
 * it was extended. The flag itself stays on the record (a delay that happened is not
 * undone by moving the deadline). Templates reach it as {@code flagAfterExtension}.
 */
@Component("flagAfterExtension")
public class FlagAfterExtension {

	private final PageTexts texts;

	private final TimeSource time;

	FlagAfterExtension(PageTexts texts, TimeSource time) {
		this.texts = texts;
		this.time = time;
	}

	/**
	 * The line under the flag's reason, or "" when the flag is not 久拖不交 or no deadline
	 * was extended since it was raised.
	 */
	public String say(Flag flag, RecordView view) {
		if (flag == null || flag.code() != DisciplineFlag.OVERDUE_HANDOVER || flag.raisedOn() == null) {
			return "";
		}
		List<HistoryRow> extensions = view.record()
			.history()
			.stream()
			.filter(r -> "DEADLINE_EXTENDED".equals(r.action()))
			.filter(r -> !day(r).isBefore(flag.raisedOn()))
			.toList();
		if (extensions.isEmpty()) {
			return "";
		}
		HistoryRow first = extensions.get(0);
		HistoryRow last = extensions.get(extensions.size() - 1);
		LocalDate lateFrom = days(first.detail(), "from").stream().min(LocalDate::compareTo).orElse(null);
		LocalDate extendedTo = days(last.detail(), "to").stream().max(LocalDate::compareTo).orElse(null);
		if (lateFrom == null || extendedTo == null) {
			return "";
		}
		return texts.text("supervision.flag.extended", lateFrom.plusDays(1).toString(), day(first).toString(),
				day(last).toString(), view.name(last.actorId()), extendedTo.toString());
	}

	private LocalDate day(HistoryRow row) {
		return LocalDate.ofInstant(row.createdAt(), time.zone());
	}

	private static List<LocalDate> days(JsonNode detail, String field) {
		if (detail == null || !detail.path("steps").isArray()) {
			return List.of();
		}
		List<LocalDate> days = new java.util.ArrayList<>();
		for (JsonNode step : detail.path("steps")) {
			JsonNode value = step.path(field);
			String day = value.isString() ? value.asString() : null;
			if (day != null && day.matches("\\d{4}-\\d{2}-\\d{2}")) {
				days.add(LocalDate.parse(day));
			}
		}
		return days;
	}

}
