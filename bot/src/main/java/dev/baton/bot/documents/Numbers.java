package dev.baton.bot.documents;

/** Heading numbers as official documents write them: 一、 for chapters, （一） below. */
final class Numbers {

	private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private Numbers() {
	}

	static String chapter(int n) {
		return chinese(n) + "、";
	}

	static String sub(int n) {
		return "（" + chinese(n) + "）";
	}

	static String chinese(int n) {
		if (n <= 10) {
			return DIGITS[n];
		}
		if (n < 20) {
			return "十" + DIGITS[n % 10];
		}
		return DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
	}

}
