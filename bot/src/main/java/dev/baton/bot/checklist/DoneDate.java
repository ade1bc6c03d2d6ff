package dev.baton.bot.checklist;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a finished item was done, as recorded: a day, or only a month when no day was said
 * (exactly one is set).
 */
public record DoneDate(LocalDate day, YearMonth month) {

	public DoneDate {
		if ((day == null) == (month == null)) {
			throw new IllegalArgumentException("a day or a month");
		}
	}

	/** The item's, or null when it has none. */
	public static DoneDate of(Item item) {
		return item.doneOn() != null ? new DoneDate(item.doneOn(), null)
				: item.doneIn() != null ? new DoneDate(null, item.doneIn()) : null;
	}

	/**
	 * A day ("2026-09-30") or a month ("2026-09") as ISO 8601 writes it; null for none.
	 */
	public static DoneDate parse(String iso) {
		if (iso == null || iso.isBlank()) {
			return null;
		}
		return iso.length() > 7 ? new DoneDate(LocalDate.parse(iso), null) : new DoneDate(null, YearMonth.parse(iso));
	}

	/** As ISO 8601 writes it: the day, or the month. */
	public String iso() {
		return day != null ? day.toString() : month.toString();
	}

	/** As the 交接书 says it: 2026年9月30日, or 2026年9月. */
	public String zh() {
		return day != null ? day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日"
				: month.getYear() + "年" + month.getMonthValue() + "月";
	}

}
