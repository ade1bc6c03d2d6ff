package dev.baton.bot.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One embedded font with what line breaking needs: the width of a string at a size, the
 * characters it has no glyph for replaced by {@link DocumentFonts#MISSING}, and text
 * broken into lines that fit a width (any character of Chinese may end a line, a Latin
 * word or number is kept whole where it fits, and no line starts with closing
 * punctuation).
 */
final class PdfText {

	private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’%,.;:?!)]}";

	private static final String NO_LINE_END = "（《「『【〔“‘([{";

	final PDType0Font font;

	private final CmapLookup cmap;

	private final Map<Integer, Float> widths = new HashMap<>();

	PdfText(PDType0Font font, TrueTypeFont ttf) {
		this.font = font;
		try {
			this.cmap = ttf.getUnicodeCmapLookup();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean has(int codePoint) {
		return cmap.getGlyphId(codePoint) > 0;
	}

	/**
	 * The text as the font can show it: tabs as spaces, other control characters dropped,
	 * unknown glyphs as 〓.
	 */
	String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			if (cp == '\t') {
				out.append(' ');
			}
			else if (cp == '\n' || !Character.isISOControl(cp)) {
				if (cp == '\n' || cp == ' ' || has(cp)) {
					out.appendCodePoint(cp);
				}
				else if (!Character.isWhitespace(cp) && Character.getType(cp) != Character.FORMAT) {
					out.append(DocumentFonts.MISSING);
				}
				else {
					out.append(' ');
				}
			}
		});
		return out.toString();
	}

	float width(String s, float size) {
		float total = 0;
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			total += width(cp);
			i += Character.charCount(cp);
		}
		return total * size / 1000f;
	}

	private float width(int cp) {
		return widths.computeIfAbsent(cp, c -> {
			try {
				return font.getStringWidth(new String(Character.toChars(c)));
			}
			catch (IOException | IllegalArgumentException ex) {
				return 1000f;
			}
		});
	}

	/**
	 * The text in lines no wider than {@code maxWidth} at {@code size}; a newline in the
	 * text starts a line.
	 */
	List<String> lines(String text, float size, float maxWidth) {
		List<String> out = new ArrayList<>();
		if (text == null) {
			return out;
		}
		for (String paragraph : printable(text).split("\n", -1)) {
			wrap(paragraph.strip(), size, maxWidth, out);
		}
		return out;
	}

	private void wrap(String paragraph, float size, float maxWidth, List<String> out) {
		if (paragraph.isEmpty()) {
			out.add("");
			return;
		}
		int[] cps = paragraph.codePoints().toArray();
		int start = 0;
		while (start < cps.length) {
			float w = 0;
			int end = start;
			while (end < cps.length) {
				float cw = width(cps[end]) * size / 1000f;
				if (w + cw > maxWidth && end > start) {
					break;
				}
				w += cw;
				end++;
			}
			if (end < cps.length) {
				end = breakAt(cps, start, end);
			}
			out.add(new String(cps, start, end - start).stripTrailing());
			start = end;
			while (start < cps.length && cps[start] == ' ') {
				start++;
			}
		}
	}

	/**
	 * The width of the widest figure in the text (a run of digits with its separators,
	 * "1,200,000.00"): a figure never breaks inside, so a column holding it is at least
	 * this wide.
	 */
	float widestFigure(String text, float size) {
		if (text == null) {
			return 0;
		}
		float widest = 0;
		int[] cps = printable(text).codePoints().toArray();
		int i = 0;
		while (i < cps.length) {
			if (!latin(cps[i])) {
				i++;
				continue;
			}
			int start = i;
			boolean digit = false;
			while (i < cps.length && latin(cps[i])) {
				digit |= Character.isDigit(cps[i]);
				i++;
			}
			if (digit) {
				widest = Math.max(widest, width(new String(cps, start, i - start), size));
			}
		}
		return widest;
	}

	/**
	 * Where to end a line that would overflow at {@code end}: before a whole Latin word,
	 * not before closing marks.
	 */
	private static int breakAt(int[] cps, int start, int end) {
		int e = end;
		if (latin(cps[e]) && latin(cps[e - 1])) {
			int k = e;
			while (k > start && latin(cps[k - 1])) {
				k--;
			}
			if (k > start) {
				e = k;
			}
		}
		while (e - 1 > start && NO_LINE_START.indexOf(cps[e]) >= 0) {
			e--;
		}
		while (e - 1 > start && NO_LINE_END.indexOf(cps[e - 1]) >= 0) {
			e--;
		}
		return e;
	}

	private static boolean latin(int cp) {
		return cp < 0x2E80 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == ',' || cp == '-' || cp == '_'
				|| cp == '/' || cp == '%' || cp == ':');
	}

}
