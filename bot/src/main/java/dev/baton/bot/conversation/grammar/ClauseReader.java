package dev.baton.bot.conversation.grammar;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a short answer — one clause, as people chat — into what it means: 好的 / 情况属实 / 可以的
 * / 这个不认可 / 不同意这一项 / 其余都没问题 / 现在到哪一步了. Words come from the grammar file: whole words and
 * command words said alone, particles at either end (嗯，… / …呀), words naming the item in
 * focus (这个 / 这一项), a negation before a yes (不认可 → a no), "the rest" before a yes (其余都没问题
 * → a yes to all). Also finds the emoji and emoticons in a message. Works on text already
 * {@link MessageText#fold folded}.
 */
final class ClauseReader {

	/** What a negation turns into a no. */
	static final Set<Intent> YES = EnumSet.of(Intent.CONFIRM, Intent.APPROVE, Intent.CONFIRM_ALL, Intent.ACKNOWLEDGE);

	static final Set<Intent> NO = EnumSet.of(Intent.DISPUTE, Intent.RETURN);

	/**
	 * A short answer is short: a longer clause is never one (and reading it costs
	 * nothing).
	 */
	private static final int MAX_CHARS = 40;

	/**
	 * The signs found in a message and what is left of it.
	 *
	 * @param rest the message without its signs
	 * @param meanings what each sign means, in order
	 */
	record Signs(String rest, List<Grammar.Meaning> meanings) {
	}

	private final Grammar grammar;

	ClauseReader(Grammar grammar) {
		this.grammar = grammar;
	}

	/**
	 * The meaning of one clause, or null when it is not a short answer the grammar knows.
	 */
	Grammar.Meaning read(String clause) {
		return read(clause, true);
	}

	private Grammar.Meaning read(String clause, boolean negatable) {
		String c = clause.strip();
		if (c.isEmpty() || c.length() > MAX_CHARS) {
			return null;
		}
		// as said; without the words before it (这个没问题吧 keeps its 吧: a guess); without
		// particles at either end
		String leading = trimLeading(c);
		for (String form : new String[] { c, leading, trim(leading) }) {
			if (form.isEmpty()) {
				continue;
			}
			Grammar.Meaning m = readForm(form, negatable);
			if (m != null) {
				return m;
			}
		}
		// said twice, as people do: 不对不对 / 好的好的 / 对对 (#12, newcomer 3)
		String t = trim(leading);
		int half = t.length() / 2;
		if (t.length() >= 2 && t.length() % 2 == 0 && t.substring(0, half).equals(t.substring(half))) {
			return read(t.substring(0, half), negatable);
		}
		return null;
	}

	private Grammar.Meaning readForm(String t, boolean negatable) {
		Grammar.Meaning m = word(t);
		if (m != null) {
			return m;
		}
		if (negatable) {
			for (String neg : grammar.words(Grammar.Kind.NEGATION)) {
				if (t.startsWith(neg) && t.length() > neg.length()) {
					Grammar.Meaning said = read(t.substring(neg.length()), false);
					if (said != null && YES.contains(said.intent())) {
						return new Grammar.Meaning(Intent.DISPUTE, false); // 不认可, 不属实,
																			// 不太对
					}
				}
			}
		}
		String parts = drop(t, grammar.words(Grammar.Kind.SECTIONS));
		if (!parts.equals(t)) {
			// 以上部分都没有 / 后面几部分也没有 (newcomer 23, finding 12): nothing in these parts is
			// nothing in this one, as 没有 is; never an item
			Grammar.Meaning said = read(drop(drop(parts, grammar.words(Grammar.Kind.ALL)), ALSO), false);
			if (said != null && said.intent() == Intent.NONE_IN_SECTION) {
				return said;
			}
		}
		String rest = drop(t, grammar.words(Grammar.Kind.ALL));
		if (!rest.equals(t) && !rest.isEmpty()) {
			Grammar.Meaning said = read(rest, negatable);
			if (said != null && (said.intent() == Intent.CONFIRM || said.intent() == Intent.CONFIRM_ALL)) {
				return new Grammar.Meaning(Intent.CONFIRM_ALL, said.tentative()); // 其余都没问题
			}
		}
		return null;
	}

	/**
	 * The part of the checklist a clause says has nothing (newcomer 24, finding 4): the
	 * words before a {@code named_section} word, then a NONE_IN_SECTION word (其他这部分没有 →
	 * 其他, 第7部分无 → 第7, 经济事项这块也没有 → 经济事项); empty when the part is the one in focus
	 * (这部分没什么); null when the clause says no such thing.
	 */
	String sectionNamed(String clause) {
		String t = clause.strip().replaceFirst("[\\s。.!！~～]+$", "");
		if (t.isEmpty() || t.length() > MAX_CHARS) {
			return null;
		}
		int at = -1;
		String word = null;
		for (String w : grammar.words(Grammar.Kind.NAMED_SECTION)) { // longest first
			int i = t.indexOf(w);
			if (i >= 0 && (at < 0 || i < at)) {
				at = i;
				word = w;
			}
		}
		if (word == null) {
			return null;
		}
		String rest = t.substring(at + word.length()).replaceFirst("^[\\s,，、:：]+", "");
		Grammar.Meaning said = read(drop(drop(rest, grammar.words(Grammar.Kind.ALL)), ALSO), false);
		if (said == null || said.intent() != Intent.NONE_IN_SECTION) {
			return null;
		}
		return trimLeading(t.substring(0, at)).replaceAll("[“”\"「」]", "").replaceFirst("[\\s,，、:：]+$", "").strip();
	}

	/** A whole word, or a command word said alone. */
	private Grammar.Meaning word(String c) {
		Grammar.Meaning m = grammar.whole(c);
		if (m == null) {
			m = grammar.question(c); // 现在都到哪一步了 / 我还要干什么吗 (#12, newcomer 11)
		}
		if (m != null) {
			return m;
		}
		Intent command = grammar.command(c);
		return command == null ? null : new Grammar.Meaning(command, false);
	}

	private String trimLeading(String c) {
		String s = c;
		String before;
		do {
			before = s;
			s = dropLeading(s, grammar.words(Grammar.Kind.LEAD));
			s = dropLeading(s, grammar.words(Grammar.Kind.THIS));
		}
		while (!s.equals(before));
		return s;
	}

	/**
	 * Drops particles and words naming the item in focus at both ends, as long as
	 * something is left.
	 */
	String trim(String c) {
		String s = c;
		String before;
		do {
			before = s;
			s = dropLeading(s, grammar.words(Grammar.Kind.LEAD));
			s = dropLeading(s, grammar.words(Grammar.Kind.THIS));
			s = dropTrailing(s, grammar.words(Grammar.Kind.TAIL));
			s = dropTrailing(s, grammar.words(Grammar.Kind.THIS));
		}
		while (!s.equals(before));
		return s;
	}

	/**
	 * The words without the first of {@code words} they start with; one word at a time,
	 * so what is left after each is read ("the others are all right": "all right" is a
	 * yes of its own). A word in Latin letters ends at a word's end ("all" is not the
	 * start of "allocated").
	 */
	/** Said between the parts named and the nothing said of them: 以上部分也没有 / 以下均无. */
	private static final List<String> ALSO = List.of("也都", "也", "均", "皆");

	private static String drop(String s, List<String> words) {
		for (String w : words) {
			if (s.startsWith(w) && s.length() > w.length() && !midWord(s, w.length())) {
				return s.substring(w.length()).strip();
			}
		}
		return s;
	}

	/** Whether a Latin letter stands on both sides of {@code at}. */
	private static boolean midWord(String s, int at) {
		return at > 0 && at < s.length() && latin(s.charAt(at - 1)) && latin(s.charAt(at));
	}

	private static boolean latin(char c) {
		return c < 128 && Character.isLetter(c);
	}

	private static String dropLeading(String s, List<String> words) {
		for (String w : words) {
			if (s.startsWith(w) && s.length() > w.length()) {
				return s.substring(w.length()).replaceFirst("^[\\s,;:!、。]+", "");
			}
		}
		return s;
	}

	private static String dropTrailing(String s, List<String> words) {
		for (String w : words) {
			if (s.endsWith(w) && s.length() > w.length()) {
				return s.substring(0, s.length() - w.length()).stripTrailing();
			}
		}
		return s;
	}

	/**
	 * Finds the emoji and emoticons of the grammar in {@code raw} (👍, ❌, [赞]) and what
	 * is left without them.
	 */
	Signs signs(String raw) {
		String folded = MessageText.fold(raw);
		if (folded.chars().allMatch(ch -> ch < 128 && ch != '[')) {
			return new Signs(raw, List.of()); // plain ASCII words hold no sign: fast path
		}
		List<Grammar.Meaning> found = new ArrayList<>();
		StringBuilder rest = new StringBuilder();
		int i = 0;
		outer: while (i < folded.length()) {
			for (Map.Entry<String, Grammar.Meaning> sign : grammar.signs().entrySet()) {
				if (folded.startsWith(sign.getKey(), i)) {
					found.add(sign.getValue());
					i += sign.getKey().length();
					continue outer;
				}
			}
			rest.append(raw.charAt(i));
			i++;
		}
		return new Signs(rest.toString().strip(), found);
	}

}
