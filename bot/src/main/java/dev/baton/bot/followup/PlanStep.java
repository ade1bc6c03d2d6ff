package dev.baton.bot.followup;

import java.time.LocalDate;

/** One step of the successor's plan for an unfinished item, as written. */
public record PlanStep(String description, LocalDate dueOn) {
}
