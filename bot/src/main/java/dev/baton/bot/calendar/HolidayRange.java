package dev.baton.bot.calendar;

import java.time.LocalDate;

/** One holiday of a notice: 春节, 2026-02-15 to 2026-02-23, both days included. */
public record HolidayRange(String name, LocalDate from, LocalDate to) {
}
