package dev.baton.bot.conversation;

/**
 * A plan step said as a verb alone (#12, newcomer 11, finding 5: 「第10项印刷费：明年1月15日前付清」 was
 * recorded as "付清"): the step is recorded with what it is about, the words naming the
 * item before the steps (印刷费付清), so a step read alone — in a reminder, a progress notice,
 * the plan list — still says what is to be done. Only for a plan of one step: among
 * several, the words naming the item stay out of the steps, as said (newcomer 24, finding
 * 14: 步骤3.2 is 付清, not 运维费付清).
 */
final class StepSubject {

	/** A step of this many letters or fewer is a verb alone: 付清, 验收, 完工, 办结. */
	private static final int BARE = 3;

	private StepSubject() {
	}

	static String with(String step, String subject) {
		String words = step == null ? "" : step.strip();
		long letters = words.codePoints().filter(Character::isLetterOrDigit).count();
		if (subject == null || subject.isBlank() || letters == 0 || letters > BARE || words.contains(subject.strip())) {
			return step;
		}
		return subject.strip() + words;
	}

}
