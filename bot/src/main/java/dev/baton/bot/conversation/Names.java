package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.directory.Person;
import dev.baton.bot.directory.PeopleSearch;
import dev.baton.bot.directory.UnitName;
import org.springframework.stereotype.Component;

/**
 * The officials and units an organizer's words name, found in the directory within their
 * scopes (#13): every stretch of two to four Chinese characters of a message is looked up
 * at once (names are written without spaces: 上梅乡的陈清忠要调走了), units by their full or short
 * name (武夷山市上梅乡 / 上梅乡). A name that means two people, or none, is reported with the
 * people it may mean (the same name in several units; close names to suggest).
 */
@Component
final class Names {

	/**
	 * At most this many people are offered on a card (a card has six buttons at most).
	 */
	static final int OFFERED = 5;

	/**
	 * Names are looked for in the first characters of a message only: an opening says
	 * them early.
	 */
	private static final int READ = 300;

	private static final Pattern HAN_RUN = Pattern.compile("[\\p{IsHan}·]+");

	private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z'-]+");

	/** Words around a name in an answer: 是 / 的 / 同志 / 那个… ("接任的是方福彬同志"). */
	private static final Pattern AROUND = Pattern
		.compile("^(?:是|为|叫|由|让|就是|应该是|接任的是|离任的是|新的是|换成|改为|改成)+|" + "(?:同志|那位|那个|吧|吧。|。|的)+$");

	private final PeopleSearch search;

	Names(PeopleSearch search) {
		this.search = search;
	}

	/** A name in a message: where it is, and everyone with that name in the scopes. */
	record Named(String name, int start, int end, List<Person> people) {
	}

	/**
	 * A unit named in a message: the words as written, where, and every unit they may
	 * mean.
	 */
	record UnitSaid(String said, int start, int end, List<UnitName> units) {
	}

	/**
	 * What a name given alone means: one person, several (asked which), or none (with
	 * close names).
	 */
	record Lookup(String name, List<Person> people, List<Person> close) {

		boolean one() {
			return people.size() == 1;
		}

		/** Whether the name found anyone, or anyone close. */
		boolean any() {
			return !people.isEmpty() || !close.isEmpty();
		}

	}

	/** The units the text names, longest names first, none inside another. */
	List<UnitSaid> units(String text, List<String> scopes) {
		List<UnitName> all = search.units(scopes);
		Map<String, List<UnitName>> byName = new LinkedHashMap<>();
		for (UnitName u : all) {
			byName.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(u);
			if (!u.shortName().equals(u.name())) {
				byName.computeIfAbsent(u.shortName(), k -> new ArrayList<>()).add(u);
			}
		}
		List<String> names = new ArrayList<>(byName.keySet());
		names.sort(Comparator.comparingInt(String::length).reversed());
		char[] masked = text.toCharArray();
		List<UnitSaid> said = new ArrayList<>();
		for (String name : names) {
			if (name.length() < 2) {
				continue;
			}
			int at = new String(masked).indexOf(name);
			if (at >= 0) {
				said.add(new UnitSaid(name, at, at + name.length(), distinct(byName.get(name))));
				for (int i = at; i < at + name.length(); i++) {
					masked[i] = ' ';
				}
			}
		}
		said.sort(Comparator.comparingInt(UnitSaid::start));
		return said;
	}

	/**
	 * A unit given alone (the answer to "哪个单位？"): the units it names, or those close to
	 * it when none.
	 */
	List<UnitName> unit(String answer, List<String> scopes) {
		String said = clean(answer);
		List<UnitName> all = search.units(scopes);
		List<UnitName> exact = all.stream().filter(u -> u.name().equals(said) || u.shortName().equals(said)).toList();
		if (!exact.isEmpty() || said.length() < 2) {
			return exact;
		}
		return all.stream().filter(u -> u.name().contains(said)).toList();
	}

	/** Units close to a name that named none: a part of it, or one character off. */
	List<UnitName> unitsLike(String answer, List<String> scopes) {
		String said = clean(answer);
		return search.units(scopes)
			.stream()
			.filter(u -> said.length() >= 2
					&& (said.contains(u.shortName()) || u.name().contains(said) || distance(u.shortName(), said) <= 1))
			.limit(OFFERED)
			.toList();
	}

	/**
	 * The officials the text names, in the order said, none inside another name: every
	 * stretch of two to four Chinese characters (and every Latin word) outside
	 * {@code masked} spans is looked up in one query.
	 * @param masked spans already read as something else (a unit, a reason),
	 * {@code [start, end)} pairs
	 */
	List<Named> officials(String text, List<String> scopes, List<int[]> masked) {
		char[] chars = text.substring(0, Math.min(text.length(), READ)).toCharArray();
		for (int[] m : masked) {
			for (int i = m[0]; i < Math.min(m[1], chars.length); i++) {
				chars[i] = ' ';
			}
		}
		String readable = new String(chars);
		Set<String> candidates = new LinkedHashSet<>();
		Matcher run = HAN_RUN.matcher(readable);
		while (run.find()) {
			String r = run.group();
			for (int len = 2; len <= 4; len++) {
				for (int i = 0; i + len <= r.length(); i++) {
					candidates.add(r.substring(i, i + len));
				}
			}
			if (r.contains("·") && r.length() <= 20) {
				candidates.add(r); // 阿依古丽·买买提
			}
		}
		Matcher latin = LATIN.matcher(readable);
		while (latin.find()) {
			candidates.add(latin.group());
		}
		Map<String, List<Person>> byName = new LinkedHashMap<>();
		for (Person p : search.named(candidates, scopes)) {
			byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
		}
		List<Named> found = new ArrayList<>();
		List<String> longestFirst = new ArrayList<>(byName.keySet());
		longestFirst.sort(Comparator.comparingInt(String::length).reversed());
		char[] taken = readable.toCharArray();
		for (String name : longestFirst) {
			int at = new String(taken).indexOf(name);
			if (at >= 0) {
				found.add(new Named(name, at, at + name.length(), byName.get(name)));
				for (int i = at; i < at + name.length(); i++) {
					taken[i] = ' ';
				}
			}
		}
		found.sort(Comparator.comparingInt(Named::start));
		return found;
	}

	/**
	 * A name given alone (an answer, the name after 更换接任人): the people it names, or close
	 * names.
	 */
	Lookup official(String name, List<String> scopes) {
		String said = clean(name);
		if (said.isEmpty()) {
			return new Lookup(said, List.of(), List.of());
		}
		List<Person> people = search.named(List.of(said), scopes);
		if (!people.isEmpty()) {
			return new Lookup(said, people, List.of());
		}
		// the name ran on into what follows it ("张三人选调整"): the longest start of it that
		// is someone
		for (int len = Math.min(4, said.length() - 1); len >= 2; len--) {
			List<Person> start = search.named(List.of(said.substring(0, len)), scopes);
			if (!start.isEmpty()) {
				return new Lookup(said.substring(0, len), start, List.of());
			}
		}
		return new Lookup(said, List.of(), search.like(said, scopes, OFFERED));
	}

	/**
	 * The words of an answer that may be a name or a unit: without 是 / 同志 / punctuation
	 * around them.
	 */
	static String clean(String answer) {
		String s = answer == null ? "" : answer.strip().replaceAll("^[\\s,，。.;；:：!！]+|[\\s,，。.;；:：!！?？]+$", "");
		String before;
		do {
			before = s;
			s = AROUND.matcher(s).replaceAll("").strip();
		}
		while (!s.equals(before) && !s.isEmpty());
		return s;
	}

	/**
	 * Tokens of a message that look like a name (two to four Chinese characters) and were
	 * read as nothing else.
	 */
	static List<String> nameLike(String text, List<int[]> read) {
		List<String> out = new ArrayList<>();
		Matcher m = Pattern.compile("[^\\s,，。.;；:：!！?？、→>-]+").matcher(text);
		while (m.find()) {
			boolean overlaps = false;
			for (int[] r : read) {
				overlaps |= m.start() < r[1] && r[0] < m.end();
			}
			if (!overlaps && m.group().matches("[\\p{IsHan}]{2,4}|[\\p{IsHan}]{1,8}·[\\p{IsHan}]{1,8}")) {
				out.add(m.group());
			}
		}
		return out;
	}

	private static int distance(String a, String b) {
		return PeopleSearch.distance(a, b);
	}

	private static <T> List<T> distinct(List<T> list) {
		return new ArrayList<>(new LinkedHashSet<>(list));
	}

}
