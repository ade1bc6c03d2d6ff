package dev.baton.scheduler.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The State Council's holiday notices as data: for each year that has one, the days off
 * (放假) and the make-up working days (调休上班). Immutable; build it with {@link #builder()}.
 */
public final class HolidayTable {

	private final Map<LocalDate, String> holidays;

	private final Set<LocalDate> makeupWorkdays;

	private final Set<Integer> years;

	private HolidayTable(Map<LocalDate, String> holidays, Set<LocalDate> makeupWorkdays, Set<Integer> years) {
		this.holidays = Map.copyOf(holidays);
		this.makeupWorkdays = Set.copyOf(makeupWorkdays);
		this.years = Set.copyOf(years);
	}

	public static Builder builder() {
		return new Builder();
	}

	public static HolidayTable empty() {
		return builder().build();
	}

	public boolean covers(int year) {
		return years.contains(year);
	}

	/** The years with a notice, ascending. */
	public Set<Integer> years() {
		return new TreeSet<>(years);
	}

	public boolean isHoliday(LocalDate day) {
		return holidays.containsKey(day);
	}

	/** The holiday's name (春节, 国庆节…), or null. */
	public String holidayName(LocalDate day) {
		return holidays.get(day);
	}

	public boolean isMakeupWorkday(LocalDate day) {
		return makeupWorkdays.contains(day);
	}

	public static final class Builder {

		private final Map<LocalDate, String> holidays = new HashMap<>();

		private final Set<LocalDate> makeupWorkdays = new java.util.HashSet<>();

		private final Set<Integer> years = new java.util.HashSet<>();

		private Builder() {
		}

		/**
		 * Marks the year as covered by a notice: its days follow this table, not a guess.
		 */
		public Builder year(int year) {
			years.add(year);
			return this;
		}

		/** Every day from {@code from} to {@code to}, both included, is off. */
		public Builder holidays(String name, LocalDate from, LocalDate to) {
			if (to.isBefore(from)) {
				throw new IllegalArgumentException("a holiday ends on or after its first day: " + from + " – " + to);
			}
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				holidays.put(day, name);
			}
			return this;
		}

		public Builder holiday(String name, LocalDate day) {
			return holidays(name, day, day);
		}

		public Builder makeupWorkday(LocalDate day) {
			makeupWorkdays.add(day);
			return this;
		}

		public HolidayTable build() {
			for (LocalDate day : makeupWorkdays) {
				if (holidays.containsKey(day)) {
					throw new IllegalArgumentException(day + " cannot be both a holiday and a make-up working day");
				}
			}
			return new HolidayTable(holidays, makeupWorkdays, years);
		}

	}

}
