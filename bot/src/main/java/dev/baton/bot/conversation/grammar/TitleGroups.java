package dev.baton.bot.conversation.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * The word groups of an item's words (#12, newcomer 11, finding 1): runs of words between
 * spaces and clause marks. The first group names the item; a later group that held a
 * figure or a date read into a field says something of it ("今年新建3.5万亩", "还有3件在办",
 * "价值96万元"): cutting only the figure out of such a group leaves a phrase that reads as
 * nothing (今年新建, 还有在办), so the group leaves the title whole, and its words as said go to
 * the item's 说明 when they say more than the figure.
 */
final class TitleGroups {

	private static final String MARKS = ",，;；:：、。";

	private TitleGroups() {
	}

	/**
	 * The later groups (before {@code until}) that a field's cut touched and left words
	 * in.
	 * @param folded the item's words, folded like a message
	 * @param cut the spans read into fields (figures with their labels, a date)
	 */
	static List<int[]> describing(String folded, List<int[]> cut, int until) {
		List<int[]> out = new ArrayList<>();
		List<int[]> groups = groups(folded);
		int firstClause = firstClauseEnd(folded);
		for (int[] group : groups.subList(Math.min(1, groups.size()), groups.size())) {
			if (group[0] < Math.min(until, firstClause) && touched(group, cut) && !left(folded, group, cut).isEmpty()) {
				out.add(group);
			}
		}
		return out;
	}

	/**
	 * Of the groups that left the title, those whose words say more than what went to
	 * fields: a label alone (价值) says nothing more.
	 */
	static List<int[]> sayingMore(String folded, List<int[]> described, List<int[]> cut) {
		List<int[]> out = new ArrayList<>();
		for (int[] group : described) {
			if (left(folded, group, cut).codePoints().anyMatch(Character::isLetterOrDigit)) {
				out.add(group);
			}
		}
		return out;
	}

	/**
	 * Where the first clause ends (，；): a later clause that held a figure goes whole by
	 * {@code ItemWords}' own rule.
	 */
	private static int firstClauseEnd(String folded) {
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			boolean inNumber = c == ',' && i > 0 && i + 1 < folded.length() && Character.isDigit(folded.charAt(i - 1))
					&& Character.isDigit(folded.charAt(i + 1));
			if ((c == '，' || c == '；' || c == ';' || c == ',') && !inNumber) {
				return i;
			}
		}
		return folded.length();
	}

	private static boolean touched(int[] group, List<int[]> cut) {
		return cut.stream().anyMatch(span -> span[0] < group[1] && span[1] > group[0]);
	}

	/** The letters and digits of a group that no field took. */
	private static String left(String folded, int[] group, List<int[]> cut) {
		StringBuilder left = new StringBuilder();
		for (int i = group[0]; i < group[1]; i++) {
			int at = i;
			boolean gone = cut.stream().anyMatch(span -> span[0] <= at && at < span[1]);
			if (!gone && Character.isLetterOrDigit(folded.charAt(i))) {
				left.append(folded.charAt(i));
			}
		}
		return left.toString();
	}

	/**
	 * The word groups as spans; a comma between digits (1,200) and a point in a number
	 * split none.
	 */
	static List<int[]> groups(String folded) {
		List<int[]> groups = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= folded.length(); i++) {
			boolean end = i == folded.length() || apart(folded, i);
			if (end && start >= 0) {
				groups.add(new int[] { start, i });
				start = -1;
			}
			else if (!end && start < 0) {
				start = i;
			}
		}
		return groups;
	}

	private static boolean apart(String folded, int i) {
		char c = folded.charAt(i);
		if (Character.isWhitespace(c)) {
			return true;
		}
		if (MARKS.indexOf(c) < 0) {
			return false;
		}
		boolean inNumber = (c == ',' || c == '.') && i > 0 && i + 1 < folded.length()
				&& Character.isDigit(folded.charAt(i - 1)) && Character.isDigit(folded.charAt(i + 1));
		return !inNumber;
	}

}
