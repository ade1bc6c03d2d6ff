package dev.baton.bot.conversation;

import java.util.regex.Pattern;

/**
 * The words that ask for a return in a reviewer's message, as people say them: 退回 / 打回 /
 * 驳回, with what goes before and after them (先退回去 / 那就打回吧 / 退回修改). They are the
 * instruction, never part of the comment recorded (newcomer 23, finding 5:
 * "第6项余额要附银行对账单，先退回去" recorded the 先退回去 on the item, in every notice and in the 交接书).
 */
final class ReturnSaid {

	/** One way of saying "return": an adverb or two, the verb, a particle or two. */
	static final String PHRASE = "(?:(?:先|就|还是|那就|直接|请|麻烦|只能|只好|得|要|需要|应该|都)*"
			+ "(?:退回修改|退回重报|退回去|退回来|打回去|打回重做|驳回去|退回|驳回|打回)(?:吧|了|哈|啊|呀|一下)*)";

	/**
	 * A return said as the last clause of a message, or right after the item it names
	 * (第2项先退回去).
	 */
	private static final Pattern AT_END = Pattern.compile("(?:^|[\\s，,。.；;！!：:]|[项条])" + PHRASE + "[\\s。.!！~～]*$");

	/** A clause that starts by saying return: "第1、3项要退回：…" goes on with its reason. */
	private static final Pattern AT_START = Pattern.compile("^\\s*" + PHRASE);

	private ReturnSaid() {
	}

	/** Whether the message says return in a clause of its own at its end. */
	static boolean atEnd(String said) {
		return said != null && AT_END.matcher(said.strip()).find();
	}

	/** Whether the words start by saying return ("要退回：金额与合同不符"). */
	static boolean atStart(String said) {
		return said != null && AT_START.matcher(said).lookingAt();
	}

}
