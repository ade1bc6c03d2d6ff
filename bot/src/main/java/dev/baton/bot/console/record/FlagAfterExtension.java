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
		List<Late> late = new ArrayList<>();
		for (HistoryRow row : view.record().history()) {
			if (!"DEADLINE_EXTENDED".equals(row.action()) || day(row).isBefore(flag.raisedOn())) {
				continue;
			}
			Late l = late(flag.code(), row);
			if (l != null) {
				late.add(l);
			}
		}
		if (late.isEmpty()) {
			return "";
		}
		Late first = late.get(0);
		Late last = late.get(late.size() - 1);
		return texts.text("supervision.flag.extended", first.from().plusDays(1).toString(), day(first.row()).toString(),
				day(last.row()).toString(), view.name(last.row().actorId()), last.to().toString());
	}

	/**
	 * An extension of overdue steps of one flag: the earliest old due day, the latest new
	 * one.
	 */
	private record Late(HistoryRow row, LocalDate from, LocalDate to) {
	}

	/** The steps of this flag the row moved that were overdue that day, or null. */
	private Late late(DisciplineFlag code, HistoryRow row) {
		JsonNode detail = row.detail();
		if (detail == null || !detail.path("steps").isArray()) {
			return null;
		}
		LocalDate on = day(row);
		LocalDate from = null;
		LocalDate to = null;
		for (JsonNode step : detail.path("steps")) {
			LocalDate was = date(step.path("from"));
			LocalDate now = date(step.path("to"));
			WaitingStepKind kind = kind(step);
			if (was == null || now == null || !was.isBefore(on) || kind == null || TimeFlags.flagOf(kind) != code) {
				continue;
			}
			from = from == null || was.isBefore(from) ? was : from;
			to = to == null || now.isAfter(to) ? now : to;
		}
		return from == null ? null : new Late(row, from, to);
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
