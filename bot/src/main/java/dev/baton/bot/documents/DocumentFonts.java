package dev.baton.bot.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.stereotype.Component;

/**
 * The open-licence CJK fonts shipped with Baton (Noto Serif SC, regular and bold, SIL
 * Open Font License 1.1: see {@code fonts/OFL.txt}), so Chinese renders with no font
 * installed on the machine. Read from the classpath once, on first use; each document
 * parses its own copy (a parsed font is not safe to share between threads).
 */
@Component
public class DocumentFonts {

	static final String REGULAR = "fonts/NotoSerifSC-Regular.ttf";

	static final String BOLD = "fonts/NotoSerifSC-Bold.ttf";

	/**
	 * In East Asian typesetting the geta mark stands for a character the font cannot
	 * show.
	 */
	static final char MISSING = '〓';

	private volatile byte[] regular;

	private volatile byte[] bold;

	/**
	 * The body font (仿宋-like use: body text and tables), parsed afresh; the caller closes
	 * it.
	 */
	public TrueTypeFont regular() {
		if (regular == null) {
			regular = read(REGULAR);
		}
		return parse(regular);
	}

	/**
	 * The title and headings font (小标宋-like use), parsed afresh; the caller closes it.
	 */
	public TrueTypeFont bold() {
		if (bold == null) {
			bold = read(BOLD);
		}
		return parse(bold);
	}

	private static TrueTypeFont parse(byte[] bytes) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(String resource) {
		try (InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("the font " + resource + " is not on the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
