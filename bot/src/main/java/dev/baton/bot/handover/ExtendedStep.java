package dev.baton.bot.handover;

import java.time.LocalDate;

import dev.baton.bot.policy.WaitingStepKind;

/**
 * An open waiting step as an extension (延期) sees it.
 *
 * @param firstDueOn the due day it was first given (the policy's cap counts from here)
 * @param extensions how many times it was extended
 */
public record ExtendedStep(long id, WaitingStepKind kind, String subject, LocalDate dueOn, LocalDate firstDueOn,
		int extensions) {
}
