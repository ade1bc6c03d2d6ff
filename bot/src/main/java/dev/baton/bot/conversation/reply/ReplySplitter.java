package dev.baton.bot.conversation.reply;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a reply that is longer than a platform takes in one message (WeCom text and
 * markdown: 2,048 bytes of UTF-8) into several, each marked "（1/3）". It breaks between
 * blocks (a checklist item is one block: the lines up to a blank line), so no item is
 * cut; only a single block larger than the limit is broken, between its lines or, for a
 * line alone too long, between sentences or characters, and each piece carries the
 * block's first line as a heading so the reader knows which item continues. Nothing is
 * ever dropped.
 */
public final class ReplySplitter {

	/** Room kept for the "（12/34）\n" mark on each part. */
	private static final int MARK_BYTES = 24;

	private final int maxBytes;

	public ReplySplitter(int maxBytes) {
		if (maxBytes < 256) {
			throw new IllegalArgumentException("a message of fewer than 256 bytes cannot carry a reply: " + maxBytes);
		}
		this.maxBytes = maxBytes;
	}

	public List<String> split(String text) {
		if (bytes(text) <= maxBytes) {
			return List.of(text);
		}
		int budget = maxBytes - MARK_BYTES;
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String block : text.split("\n\n", -1)) {
			for (String piece : pieces(block, budget)) {
				String joined = current.isEmpty() ? piece : current + "\n\n" + piece;
				if (bytes(joined) <= budget) {
					current.setLength(0);
					current.append(joined);
				}
				else {
					parts.add(current.toString());
					current.setLength(0);
					current.append(piece);
				}
			}
		}
		if (!current.isEmpty()) {
			parts.add(current.toString());
		}
		List<String> marked = new ArrayList<>(parts.size());
		for (int i = 0; i < parts.size(); i++) {
			marked.add("（" + (i + 1) + "/" + parts.size() + "）\n" + parts.get(i));
		}
		return marked;
	}

	/**
	 * A block as it is, or, if it is too large, broken into pieces that each fit, the
	 * later ones headed "…（续）".
	 */
	private static List<String> pieces(String block, int budget) {
		if (bytes(block) <= budget) {
			return List.of(block);
		}
		String[] lines = block.split("\n", -1);
		String heading = shorten(lines[0], 120) + "（续）";
		int pieceBudget = budget - bytes(heading) - 1;
		List<String> out = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : lines) {
			boolean lineStart = true;
			for (String fragment : fragments(line, pieceBudget)) {
				// fragments of one line are joined as they were; whole lines with their
				// line break
				String glue = lineStart ? "\n" : "";
				lineStart = false;
				String joined = current.isEmpty() ? fragment : current + glue + fragment;
				if (bytes(joined) <= pieceBudget) {
					current.setLength(0);
					current.append(joined);
				}
				else {
					out.add(current.toString());
					current.setLength(0);
					current.append(fragment);
				}
			}
		}
		out.add(current.toString());
		for (int i = 1; i < out.size(); i++) {
			out.set(i, heading + "\n" + out.get(i));
		}
		return out;
	}

	/**
	 * A line cut after sentence ends (。！？；.!?;) where possible, otherwise between code
	 * points.
	 */
	private static List<String> fragments(String line, int budget) {
		List<String> out = new ArrayList<>();
		String rest = line;
		while (bytes(rest) > budget) {
			int cut = fitting(rest, budget);
			int sentence = lastSentenceEnd(rest, cut);
			if (sentence > cut / 2) {
				cut = sentence;
			}
			out.add(rest.substring(0, cut));
			rest = rest.substring(cut);
		}
		out.add(rest);
		return out;
	}

	/**
	 * The longest prefix (in chars, on a code point boundary) whose UTF-8 fits the
	 * budget.
	 */
	private static int fitting(String s, int budget) {
		int used = 0;
		int i = 0;
		while (i < s.length()) {
			int cp = s.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (used + size > budget) {
				break;
			}
			used += size;
			i += Character.charCount(cp);
		}
		return Math.max(i, Character.charCount(s.codePointAt(0)));
	}

	private static int lastSentenceEnd(String s, int before) {
		for (int i = before - 1; i > 0; i--) {
			if ("。！？；.!?;".indexOf(s.charAt(i)) >= 0) {
				return i + 1;
			}
		}
		return -1;
	}

	private static String shorten(String s, int chars) {
		return s.codePointCount(0, s.length()) <= chars ? s : s.substring(0, s.offsetByCodePoints(0, chars)) + "…";
	}

	static int bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8).length;
	}

}
