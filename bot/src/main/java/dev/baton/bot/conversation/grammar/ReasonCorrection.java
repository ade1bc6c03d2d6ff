package dev.baton.bot.conversation.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.handover.HandoverReason;

/**
 * The reason of a handover being opened, corrected before it is confirmed (newcomer 23,
 * finding 2): "原因改为其他", "原因改为退休", "原因改为其他：借调到省委巡视组", "原因不对，不是调动，是借调到自治区统计局帮助工作半年" or
 * "原因不对" alone. A clause that says what the reason is not ("不是调动") is no reason. A fixed
 * reason said is that reason; words that say none of them are 其他 with the organizer's
 * words, never another reason.
 *
 * @param reason the reason said, or null when none is (then the reasons are asked)
 * @param note with {@link HandoverReason#OTHER}, its words as written; null when they are
 * to be asked
 */
public record ReasonCorrection(HandoverReason reason, String note) {

	/** What starts a correction of the reason: 原因改为 / 离任原因应为 / 原因不对 / 原因错了… */
	private static final Pattern LEAD = Pattern.compile("^\\s*(?:把)?\\s*(?:离任|交接)?原因\\s*(?:(?:应该|应当|应)?\\s*"
			+ "(?:改为|改成|换成|换为|更正为|更改为|变更为|调整为|是|为)|(?:选|写|填|搞|弄)?(?:不对|错了|有误)|不是这个)\\s*(?:了|吧)?");

	/** What leads to the reason in a clause after the lead: 是 / 而是 / 应该是 / 改为… */
	private static final Pattern IS = Pattern.compile("^(?:而是|应该是|应当是|应是|应为|实际是|其实是|改为|改成|换成|是|为)\\s*");

	/** What says what the reason is not: 不是调动. */
	private static final Pattern NOT = Pattern.compile("^(?:并)?不是");

	/** 其他 said by its name before its words: 其他：… / 其他原因，… / 其他（…）. */
	private static final Pattern OTHER_NAMED = Pattern.compile("^(?:其他原因|其他|other)\\s*[:,(（]?\\s*");

	private static final Pattern CLAUSES = Pattern.compile("[,，;；。!！?？]");

	/** A question about the reason, not a correction of it: 原因是什么？ */
	private static final Pattern QUESTION = Pattern.compile("[?？]|什么|吗\\s*$");

	/**
	 * The correction the message says, or null when it is none.
	 * @param message the message as written
	 * @param talk what reads reason words
	 */
	public static ReasonCorrection of(String message, OrganizerTalk talk) {
		if (message == null) {
			return null;
		}
		String said = MessageText.normalize(message).strip();
		Matcher lead = LEAD.matcher(MessageText.fold(said));
		if (!lead.lookingAt() || QUESTION.matcher(said).find()) {
			return null;
		}
		List<String> kept = new ArrayList<>();
		for (String clause : CLAUSES.split(said.substring(lead.end()), -1)) {
			String c = clause.strip();
			String folded = MessageText.fold(c);
			if (c.isEmpty() || NOT.matcher(folded).lookingAt()) {
				continue;
			}
			Matcher is = IS.matcher(folded);
			kept.add(is.lookingAt() ? c.substring(is.end()).strip() : c);
		}
		String words = String.join("，", kept).replaceAll("[\\s)）。.!！]+$", "").strip();
		if (words.isEmpty() || talk.reasonUnclear(words)) {
			return new ReasonCorrection(null, null);
		}
		HandoverReason reason = talk.reason(words);
		if (reason == null) {
			return new ReasonCorrection(HandoverReason.OTHER, words); // none of the fixed
																		// ones: its words
		}
		if (reason != HandoverReason.OTHER) {
			return new ReasonCorrection(reason, null);
		}
		Matcher named = OTHER_NAMED.matcher(MessageText.fold(words));
		String note = named.lookingAt() ? words.substring(named.end()).strip() : words;
		return new ReasonCorrection(HandoverReason.OTHER, note.isEmpty() ? null : note);
	}

}
