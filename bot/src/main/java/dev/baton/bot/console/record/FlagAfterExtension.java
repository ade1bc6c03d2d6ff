package dev.baton.bot.console.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.console.PageTexts;
import dev.baton.bot.discipline.DisciplineFlag;
import dev.baton.bot.discipline.TimeFlags;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.system.TimeSource;
import dev.baton.bot.web.HandoverSummary.Flag;
import dev.baton.bot.web.HandoverView.HistoryRow;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A 久拖不交 or 交后不理 flag once its late step was extended (newcomer 15, finding 8: the banner
 * still said "overdue since 12-04" as if nothing had happened): the days the step was
 * overdue, from the day after its old due day to the day of the extension, and to when
 * and by whom it was extended. The flag itself stays on the record (a delay that happened
 * is not undone by moving the deadline). Templates reach it as
 * {@code flagAfterExtension}.
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
	 * The line under the flag's reason, or "" when no step of the flag (签收 or the
	 * checklist for 久拖不交, the plan or a plan step for 交后不理) was extended while overdue
	 * since it was raised. Only those steps count (newcomer 21, findings 1 and 2: the
	 * checklist moved before it was due gave "2026-12-17至2026-12-09", and a plan step's
	 * extension went onto 久拖不交).
	 */
	public String say(Flag flag, RecordView view) {
		if (flag == null || flag.raisedOn() == null) {
			return "";
		}
		List<String> noted = new ArrayList<>();
		for (HistoryRow row : view.record().history()) {
			if ("DEADLINE_EXTENDED".equals(row.action()) && !day(row).isBefore(flag.raisedOn())) {
				noted.addAll(late(flag.code(), row, view.name(row.actorId())));
			}
		}
		if (noted.isEmpty()) {
			return "";
		}
		// every extension stays, each under its own step (newcomer 22, finding 2: the
		// checklist's extension replaced 签收's and was put under 签收's period)
		return texts.text("flag.extendedNote", String.join(texts.text("flag.extendedNote.separator"), noted));
	}

	/**
	 * Each step of this flag the row moved that was overdue that day: the step, its
	 * overdue period (the day after its old due day to the day of the extension), who
	 * extended it and to which day.
	 */
	private List<String> late(DisciplineFlag code, HistoryRow row, String by) {
		JsonNode detail = row.detail();
		if (detail == null || !detail.path("steps").isArray()) {
			return List.of();
		}
		LocalDate on = day(row);
		List<String> noted = new ArrayList<>();
		for (JsonNode step : detail.path("steps")) {
			LocalDate was = date(step.path("from"));
			LocalDate now = date(step.path("to"));
			WaitingStepKind kind = kind(step);
			if (was == null || now == null || !was.isBefore(on) || kind == null || TimeFlags.flagOf(kind) != code) {
				continue;
			}
			String subject = step.path("subject").isString() ? step.path("subject").asString() : null;
			noted.add(texts.text("flag.extendedNote.step", texts.step(kind, subject), was.plusDays(1).toString(),
					on.toString(), on.toString(), by, now.toString()));
		}
		return noted;
	}

	private static WaitingStepKind kind(JsonNode step) {
		JsonNode kind = step.path("kind");
		try {
			return kind.isString() ? WaitingStepKind.valueOf(kind.asString()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private LocalDate day(HistoryRow row) {
		return LocalDate.ofInstant(row.createdAt(), time.zone());
	}

	private static LocalDate date(JsonNode value) {
		String day = value.isString() ? value.asString() : null;
		return day != null && day.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(day) : null;
	}

}
