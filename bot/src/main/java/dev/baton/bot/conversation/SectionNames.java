package dev.baton.bot.conversation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.checklist.Section;

/**
 * The checklist section a person names (#12, newcomer 3, finding 14: "应该放到巡视巡察整改这部分"): by
 * its number as the replies show it ("第4部分", "4"), or by words of its title ("巡视巡察整改",
 * "党建", "经济事项"; English titles too). Every section that fits is returned, so words that
 * fit several are asked about, never guessed.
 */
final class SectionNames {

	private static final Pattern NUMBERED = Pattern.compile("^第?\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*(?:部分|栏|块)?$");

	/** What is said around a title and is no part of it: 部分, quotes, spaces. */
	private static final Pattern NOISE = Pattern.compile("[\\s“”\"'‘’「」（）()]|部分$");

	private SectionNames() {
	}

	static List<Section> find(List<Section> sections, String named) {
		String said = NOISE.matcher(named.strip()).replaceAll("").toLowerCase(Locale.ROOT);
		if (said.isEmpty()) {
			return List.of();
		}
		Matcher n = NUMBERED.matcher(said);
		if (n.matches()) {
			int position = n.group(1).chars().allMatch(Character::isDigit) ? Integer.parseInt(n.group(1))
					: chinese(n.group(1));
			return sections.stream().filter(s -> s.position() == position).toList();
		}
		List<Section> exact = sections.stream()
			.filter(s -> plain(s.titleZh()).equals(said) || s.titleEn() != null && plain(s.titleEn()).equals(said)
					|| s.code().equalsIgnoreCase(said))
			.toList();
		if (!exact.isEmpty()) {
			return exact;
		}
		return sections.stream()
			.filter(s -> plain(s.titleZh()).contains(said)
					|| s.titleEn() != null && said.length() > 3 && plain(s.titleEn()).contains(said))
			.toList();
	}

	private static String plain(String title) {
		return NOISE.matcher(title).replaceAll("").toLowerCase(Locale.ROOT);
	}

	private static int chinese(String numeral) {
		String digits = "一二三四五六七八九";
		if (numeral.equals("十")) {
			return 10;
		}
		if (numeral.startsWith("十")) {
			return 10 + digits.indexOf(numeral.charAt(1)) + 1;
		}
		if (numeral.length() > 1 && numeral.charAt(1) == '十') {
			int tens = (digits.indexOf(numeral.charAt(0)) + 1) * 10;
			return numeral.length() > 2 ? tens + digits.indexOf(numeral.charAt(2)) + 1 : tens;
		}
		return digits.indexOf(numeral.charAt(0)) + 1;
	}

}
