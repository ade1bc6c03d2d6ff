package dev.baton.bot.conversation;

import dev.baton.bot.handover.WaitingStep;

/**
 * What a waiting step is about, in words: a department or a signer by its name, a disputed item as 第3项, a
 * follow-up step by its label (步骤4.2), never a stored code ("item:3", "REVIEWER_AUDIT").
 */
final class StepSubjects {

	private StepSubjects() {
	}

	/** "（审计部门）", "（第3项）", "（步骤4.2）", or "" for a step about the whole handover. */
	static String of(Texts t, WaitingStep step) {
		String subject = step.subject();
		if (subject == null || subject.isEmpty()) {
			return "";
		}
		String words = switch (step.kind()) {
			case RULING -> subject.startsWith("item:") ? t.get("conv.status.subject.item", subject.substring(5)) : subject;
			case FOLLOW_UP_STEP -> t.get("conv.status.subject.step", subject);
			default -> t.orElse("label." + subject, subject);
		};
		return "（" + words + "）";
	}

}
