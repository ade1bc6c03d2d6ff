package dev.baton.bot.conversation.grammar;

/** 一 … 九十九, 一百零五, 两: the numbers people write for items and steps. */
final class ChineseNumerals {

	private ChineseNumerals() {
	}

	static Integer value(String s) {
		int total = 0;
		int digit = -1;
		for (char c : s.toCharArray()) {
			int d = "零〇一二三四五六七八九".indexOf(c);
			if (c == '两') {
				d = 3; // as "二", at 3 in the string above
			}
			if (d >= 0) {
				digit = d <= 1 ? 0 : d - 1;
				continue;
			}
			if (c == '十') {
				total += (digit < 0 ? 1 : digit) * 10;
			}
			else if (c == '百') {
				total += (digit < 0 ? 1 : digit) * 100;
			}
			else {
				return null;
			}
			digit = -1;
		}
		total += Math.max(digit, 0);
		return total == 0 && !s.contains("零") && !s.contains("〇") ? null : total;
	}

}
