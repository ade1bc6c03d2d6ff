package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.conversation.grammar.ItemsSaidFine;

/**
 * A reviewer's message read clause by clause (newcomer 24, finding 5: "第2到第5项都没问题，第1项退回，
 * 请说明已付120万的付款凭证在哪" returned item 5, the end of the range, with the whole sentence as the
 * comment). The clauses that say items are fine (a range, a list, 其余都没问题) are taken out:
 * those items are not returned, and the words are no comment. What is left is the return
 * and its reason, with the items spelled out one by one ("第1、3项" → "第1项、第3项", "1项退回" →
 * "第1项退回") so that {@link ReturnComments} reads them as the items returned.
 *
 * @param fine what the clauses taken out said is fine, in order
 * @param rest the other clauses, as said
 */
record ReviewClauses(List<ItemsSaidFine.Fine> fine, String rest) {

	/** A clause and the separator after it. */
	private static final Pattern CLAUSE = Pattern.compile("([^，,；;。!！\\n]*)([，,；;。!！\\n]*)");

	private static final String N = "([0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6})";

	/** "第1、3项" / "1、3项": several items under one 第 … 项. */
	private static final Pattern LIST = Pattern.compile("第?\\s*" + N + "((?:\\s*[、,，和与及]\\s*" + N + ")+)\\s*([项条])");

	/** "1项退回": an item said without 第 at the start of a clause. */
	private static final Pattern BARE = Pattern.compile("(^|[；;，,。!！\\n])\\s*" + N + "\\s*([项条])(?![0-9])");

	private static final Pattern NUMBER = Pattern.compile(N);

	/** The message read with {@code fine} telling what each clause says is fine. */
	static ReviewClauses of(String said, Function<String, ItemsSaidFine.Fine> fine) {
		List<ItemsSaidFine.Fine> fineSaid = new ArrayList<>();
		StringBuilder rest = new StringBuilder();
		Matcher m = CLAUSE.matcher(said == null ? "" : said);
		while (m.find() && m.end() > m.start()) {
			ItemsSaidFine.Fine saysFine = m.group(1).isBlank() ? null : fine.apply(m.group(1));
			if (saysFine != null) {
				fineSaid.add(saysFine);
			}
			else {
				rest.append(m.group(0));
			}
		}
		String left = rest.toString().strip().replaceAll("[，,；;]+$", "");
		return new ReviewClauses(fineSaid, spelledOut(left));
	}

	/** "第1、3项" → "第1项、第3项"; "1项" at the start of a clause → "第1项". */
	static String spelledOut(String text) {
		Matcher list = LIST.matcher(text);
		StringBuilder out = new StringBuilder();
		while (list.find()) {
			List<String> items = new ArrayList<>();
			items.add("第" + list.group(1) + list.group(4));
			Matcher n = NUMBER.matcher(list.group(2));
			while (n.find()) {
				items.add("第" + n.group(1) + list.group(4));
			}
			list.appendReplacement(out, Matcher.quoteReplacement(String.join("、", items)));
		}
		list.appendTail(out);
		return BARE.matcher(out.toString()).replaceAll("$1第$2$3");
	}

	/** Whether some clause said items are fine. */
	boolean anyFine() {
		return !fine.isEmpty();
	}

}
