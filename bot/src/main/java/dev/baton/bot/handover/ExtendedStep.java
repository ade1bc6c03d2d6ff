package dev.baton.bot.handover;

import java.time.LocalDate;

import dev.baton.bot.policy.WaitingStepKind;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An open waiting step as an extension (延期) sees it.
 *
 * @param firstDueOn the due day it was first given (the policy's cap counts from here)
 * @param extensions how many times it was extended
 */
public record ExtendedStep(long id, WaitingStepKind kind, String subject, LocalDate dueOn, LocalDate firstDueOn,
		int extensions) {

	/**
	 * The step as a refusal names it: with what it is for, 联合审核（财政部门）, 签字（离任干部）,
	 * 推进计划步骤1.2, as the record page and the notices name it (newcomer 22, finding 10).
	 */
	public MessageSourceResolvable named() {
		String kindOnly = "label." + kind;
		if (subject == null || subject.isBlank()) {
			return new DefaultMessageSourceResolvable(new String[] { kindOnly }, kind.name());
		}
		return switch (kind) {
			case REVIEW, SIGNING -> new DefaultMessageSourceResolvable(new String[] { "supervision.stepFor." + kind },
					new Object[] { new DefaultMessageSourceResolvable(new String[] { "label." + subject }, subject) },
					kind.name());
			case FOLLOW_UP_STEP -> new DefaultMessageSourceResolvable(new String[] { "supervision.planStepNo" },
					new Object[] { subject }, kind.name());
			default -> new DefaultMessageSourceResolvable(new String[] { kindOnly }, kind.name());
		};
	}

}
