package dev.baton.bot.conversation.grammar;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a message as the person wrote them (#12): the grammar reads the normalized
 * form ({@link MessageText#normalize}: "３２０㎡" is "320m2", "①" is "1"), but what is stored
 * or echoed as said is the span of the message itself. A fragment of the normalized form
 * is found in it and mapped back, cluster by cluster (a code point and its combining
 * marks), since NFKC changes lengths; a fragment the grammar put together from pieces (a
 * title with its figures taken out) is mapped piece by piece. What cannot be found (words
 * the grammar rewrote) stays as the fragment has it. Control and format characters are
 * still dropped and runs of white space are one space.
 */
public final class AsWritten {

	/** A piece of one character is too little to say where in the message it was. */
	private static final int LEAST_PIECE = 2;

	private final String message;

	/** The normalized form, as {@link MessageText#normalize} gives it. */
	private final String read;

	/** For each char of {@link #read}: where its cluster starts in {@link #message}. */
	private final int[] from;

	/** For each char of {@link #read}: where its cluster ends in {@link #message}. */
	private final int[] to;

	/** Whether a char of {@link #read} is the first / the last its cluster gave. */
	private final boolean[] first;

	private final boolean[] last;

	private AsWritten(String message, String read, int[] from, int[] to, boolean[] first, boolean[] last) {
		this.message = message;
		this.read = read;
		this.from = from;
		this.to = to;
		this.first = first;
		this.last = last;
	}

	/**
	 * The words of {@code message} that {@code fragment} (part of its normalized form)
	 * stands for, as written; {@code fragment} itself when they cannot be told.
	 */
	public static String span(String message, String fragment) {
		if (message == null || fragment == null || fragment.isEmpty()) {
			return fragment;
		}
		AsWritten aligned = align(message);
		return aligned == null ? fragment : aligned.of(fragment);
	}

	/**
	 * The message as the grammar reads it (NFKC and the rest of
	 * {@link MessageText#normalize}): words kept as written, read again.
	 */
	public static String normalized(String message) {
		return message == null ? null : MessageText.normalize(message);
	}

	private String of(String fragment) {
		String whole = whole(fragment);
		if (whole != null) {
			return whole;
		}
		StringBuilder out = new StringBuilder();
		int cursor = 0;
		int i = 0;
		boolean mapped = false; // whether the piece before was found in the message
		while (i < fragment.length()) {
			int[] piece = longest(fragment, i, cursor);
			if (piece == null) {
				int cp = fragment.codePointAt(i);
				int n = Character.charCount(cp);
				int at = pinned(fragment, i, n, cursor, mapped);
				out.append(at < 0 ? fragment.substring(i, i + n) : written(at, at + n));
				cursor = at < 0 ? cursor : at + n;
				mapped = at >= 0;
				i += n;
				continue;
			}
			out.append(written(piece[0], piece[0] + piece[1]));
			cursor = piece[0] + piece[1];
			mapped = true;
			i += piece[1];
		}
		return out.toString().replaceAll("\\s+", " ");
	}

	/**
	 * Where a single character of the fragment (at {@code i}, {@code n} chars) is in the
	 * normalized form, when its place is pinned: a piece found in the message stands
	 * right before or after it in the fragment, and between those pieces' places the
	 * character occurs once, on a cluster's bounds ("Ｂ" left alone between 320㎡ and 50㎡
	 * taken out of "１号楼３２０㎡Ｂ５０㎡仓库"); -1 when it is not.
	 */
	private int pinned(String fragment, int i, int n, int cursor, boolean mapped) {
		int[] next = i + n < fragment.length() ? longest(fragment, i + n, cursor) : null;
		if (!mapped && next == null) {
			return -1; // nothing found beside it: where it was cannot be told
		}
		String c = fragment.substring(i, i + n);
		int end = next == null ? read.length() : next[0];
		int at = read.indexOf(c, cursor);
		if (at < 0 || at + n > end || !bounded(at, at + n)) {
			return -1;
		}
		int again = read.indexOf(c, at + 1);
		return again >= 0 && again + n <= end ? -1 : at;
	}

	/** The fragment found whole (as it is, or in other case), as written. */
	private String whole(String fragment) {
		for (int at = read.indexOf(fragment); at >= 0; at = read.indexOf(fragment, at + 1)) {
			if (bounded(at, at + fragment.length())) {
				return written(at, at + fragment.length());
			}
		}
		String folded = MessageText.fold(read);
		String wanted = MessageText.fold(fragment);
		for (int at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) {
			if (bounded(at, at + wanted.length())) {
				return written(at, at + wanted.length());
			}
		}
		return null;
	}

	/**
	 * The longest piece of the fragment from {@code i} found in the normalized form at or
	 * after {@code cursor}, on clusters' bounds: {where, length}, or null.
	 */
	private int[] longest(String fragment, int i, int cursor) {
		int[] best = null;
		for (int at = read.indexOf(fragment.charAt(i), cursor); at >= 0; at = read.indexOf(fragment.charAt(i),
				at + 1)) {
			int n = 0;
			while (i + n < fragment.length() && at + n < read.length()
					&& read.charAt(at + n) == fragment.charAt(i + n)) {
				n++;
			}
			while (n >= LEAST_PIECE && !bounded(at, at + n)) {
				n--;
			}
			if (n >= LEAST_PIECE && (best == null || n > best[1])) {
				best = new int[] { at, n };
			}
		}
		return best;
	}

	private boolean bounded(int start, int end) {
		return end > start && first[start] && last[end - 1];
	}

	private String written(int start, int end) {
		return clean(message.substring(from[start], to[end - 1]));
	}

	/** Control and format characters dropped, a run of white space one space. */
	private static String clean(String s) {
		StringBuilder out = new StringBuilder(s.length());
		s.codePoints()
			.map(cp -> white(cp) ? ' ' : cp)
			.filter(cp -> !MessageText.dropped(cp))
			.forEach(out::appendCodePoint);
		return out.toString().replaceAll("\\s+", " ");
	}

	private static boolean white(int cp) {
		return cp == 0x3000 || cp == '\n' || cp == '\t' || cp == '\r';
	}

	/**
	 * The message read cluster by cluster as {@link MessageText#normalize} reads it
	 * whole, each char of the result knowing its cluster; null when the two do not agree.
	 */
	static AsWritten align(String message) {
		String s = message.length() > MessageText.MAX_CHARS ? message.substring(0, MessageText.MAX_CHARS) : message;
		StringBuilder out = new StringBuilder(s.length());
		List<int[]> spans = new ArrayList<>();
		List<boolean[]> ends = new ArrayList<>();
		int i = 0;
		while (i < s.length()) {
			int end = clusterEnd(s, i);
			String cluster = s.substring(i, end);
			int cp = cluster.codePointAt(0);
			String gives;
			if (MessageText.keptAsWritten(cp) && cluster.length() == Character.charCount(cp)) {
				gives = cluster;
			}
			else if (white(cp)) {
				gives = " ";
			}
			else {
				StringBuilder kept = new StringBuilder();
				cluster.codePoints().filter(c -> !MessageText.dropped(c)).forEach(kept::appendCodePoint);
				gives = Normalizer.normalize(kept, Normalizer.Form.NFKC);
			}
			for (int k = 0; k < gives.length(); k++) {
				out.append(gives.charAt(k));
				spans.add(new int[] { i, end });
				ends.add(new boolean[] { k == 0, k == gives.length() - 1 });
			}
			i = end;
		}
		// white space collapsed and trimmed, as the grammar has it: a run of spaces is
		// one,
		// standing for the whole run
		StringBuilder read = new StringBuilder(out.length());
		List<Integer> kept = new ArrayList<>();
		List<Integer> runEnd = new ArrayList<>();
		for (int k = 0; k < out.length(); k++) {
			boolean space = " \t\n\u000B\f\r".indexOf(out.charAt(k)) >= 0;
			if (space && read.length() > 0 && read.charAt(read.length() - 1) == ' ') {
				runEnd.set(runEnd.size() - 1, k);
				continue;
			}
			read.append(space ? ' ' : out.charAt(k));
			kept.add(k);
			runEnd.add(k);
		}
		int start = 0;
		int stop = read.length();
		while (start < stop && read.charAt(start) == ' ') {
			start++;
		}
		while (stop > start && read.charAt(stop - 1) == ' ') {
			stop--;
		}
		String result = read.substring(start, stop);
		if (!result.equals(MessageText.normalize(message))) {
			return null;
		}
		int n = result.length();
		int[] from = new int[n];
		int[] to = new int[n];
		boolean[] first = new boolean[n];
		boolean[] last = new boolean[n];
		for (int k = 0; k < n; k++) {
			int a = kept.get(start + k);
			int b = runEnd.get(start + k);
			from[k] = spans.get(a)[0];
			to[k] = spans.get(b)[1];
			first[k] = ends.get(a)[0];
			last[k] = ends.get(b)[1];
		}
		return new AsWritten(message, result, from, to, first, last);
	}

	/** A code point and the combining marks after it. */
	private static int clusterEnd(String s, int i) {
		int end = i + Character.charCount(s.codePointAt(i));
		while (end < s.length() && mark(s.codePointAt(end))) {
			end += Character.charCount(s.codePointAt(end));
		}
		return end;
	}

	private static boolean mark(int cp) {
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

}
