package dev.baton.bot.conversation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.policy.WaitingStepKind;

/**
 * How a reply names things people must recognise: a handover ("交接12：市统计局，陈离任 →
 * 郑接任（填写清单中）", or the short tag 【交接12 市统计局 陈离任→郑接任】 that heads every reply about a
 * handover when the person has more than one), and a waiting step in words (联合审核（财政部门）,
 * 第4项 步骤2：结清工程款), never by a stored code.
 */
final class Titles {

	/**
	 * A follow-up step's subject as people read and type it ("4.2"), or as older rows
	 * stored it ("step:17").
	 */
	private static final Pattern ITEM_STEP = Pattern.compile("^(\\d+)\\.(\\d+)$");

	private Titles() {
	}

	static String line(Texts t, HandoverBrief h) {
		return t.get("conv.handover.line", h.id(), h.unitName(), h.departingName(), h.successorName(),
				t.get("conv.state." + h.state()));
	}

	static String tag(Texts t, HandoverBrief h) {
		return t.get("conv.handover.tag", h.id(), h.unitName(), h.departingName(), h.successorName());
	}

	/**
	 * A waiting step in words.
	 * @param item for a follow-up step, its item (null if unknown: then read from the
	 * subject)
	 * @param step for a follow-up step, its number within the item's plan
	 * @param description for a follow-up step, what it is, or null
	 */
	static String step(Texts t, WaitingStepKind kind, String subject, Integer item, Integer step, String description) {
		String name = t.get("label." + kind.name());
		return switch (kind) {
			case REVIEW, SIGNING -> name + of(t, t.orElse("label." + subject, subject));
			case RULING -> name + of(t, t.get("conv.step.item", subject.replaceFirst("^item:", "")));
			case FOLLOW_UP_STEP -> followUp(t, name, subject, item, step, description);
			default -> name;
		};
	}

	private static String followUp(Texts t, String name, String subject, Integer item, Integer step,
			String description) {
		if (item == null || step == null) {
			Matcher m = ITEM_STEP.matcher(subject);
			if (!m.matches()) {
				return name;
			}
			item = Integer.valueOf(m.group(1));
			step = Integer.valueOf(m.group(2));
		}
		String label = t.get("conv.step.label", item, step);
		return description == null || description.isBlank() ? label : label + (t.english() ? ": " : "：") + description;
	}

	/**
	 * "联合审核（财政部门）", "review (finance)": what a step is about, in the reader's brackets.
	 */
	private static String of(Texts t, String what) {
		return t.english() ? " (" + what + ")" : "（" + what + "）";
	}

}
