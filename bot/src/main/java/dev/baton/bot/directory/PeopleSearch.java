package dev.baton.bot.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * Finds officials and units by the names people write in chat, within the scopes an
 * organizer holds (#13: 发起交接 上梅乡 陈清忠 方福彬): exact names in one indexed query, and for a
 * name not found the close ones (one character off, or a part of the name) to suggest.
 * Only active officials are found.
 */
@Service
public class PeopleSearch {

	/** At most this many officials are read to find close names. */
	static final int CANDIDATES = 300;

	/** At most this many units are read to find a unit's name in a message. */
	static final int UNITS = 5000;

	private final PeopleMapper mapper;

	PeopleSearch(PeopleMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * Active officials with exactly one of these names, under the scopes (unit paths), by
	 * name then unit.
	 */
	public List<Person> named(Collection<String> names, List<String> scopes) {
		if (names.isEmpty() || scopes.isEmpty()) {
			return List.of();
		}
		return mapper.named(new LinkedHashSet<>(names), scopes);
	}

	/**
	 * Officials whose name is close to one not found, closest first, at most {@code max}:
	 * one character added, dropped or changed (陈清中 → 陈清忠), or the name written in part
	 * (清忠 → 陈清忠).
	 */
	public List<Person> like(String name, List<String> scopes, int max) {
		Set<String> chars = new LinkedHashSet<>();
		name.codePoints().filter(Character::isLetter).forEach(cp -> chars.add(new String(Character.toChars(cp))));
		if (chars.isEmpty() || scopes.isEmpty()) {
			return List.of();
		}
		List<Person> close = new ArrayList<>();
		for (Person p : mapper.sharing(chars, scopes, CANDIDATES)) {
			if (!p.name().equals(name)
					&& (distance(p.name(), name) <= 1 || name.length() >= 2 && p.name().contains(name)
							|| p.name().length() >= 2 && name.contains(p.name()))) {
				close.add(p);
			}
		}
		close.sort(Comparator.comparingInt((Person p) -> distance(p.name(), name)).thenComparing(Person::id));
		return close.size() > max ? close.subList(0, max) : close;
	}

	/** The units under the scopes, as people may name them. */
	public List<UnitName> units(List<String> scopes) {
		return scopes.isEmpty() ? List.of() : mapper.units(scopes, UNITS);
	}

	/** Edits (insert, delete, change one character) between two short names. */
	public static int distance(String a, String b) {
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + change);
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length()];
	}

}
