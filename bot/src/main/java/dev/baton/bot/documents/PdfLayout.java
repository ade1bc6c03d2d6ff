package dev.baton.bot.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays text and tables onto A4 pages after GB/T 9704 (党政机关公文格式): margins of 37 mm top, 35
 * mm bottom, 28 mm left and 26 mm right; the title in 2号 (22 pt), body text in 3号 (16 pt)
 * about 28 characters a line and 22 lines a page; tables in 五号 (10.5 pt). A table breaks
 * across pages with its header row repeated, and a row too tall for a page, or tall
 * enough to leave much of a page empty if moved whole, is split between pages; text
 * wraps, never overflows its box.
 */
final class PdfLayout implements AutoCloseable {

	static final float MM = 72f / 25.4f;

	static final PDRectangle PAGE = PDRectangle.A4;

	static final float LEFT = 28 * MM;

	static final float RIGHT = PAGE.getWidth() - 26 * MM;

	static final float TOP = PAGE.getHeight() - 37 * MM;

	static final float BOTTOM = 35 * MM;

	static final float WIDTH = RIGHT - LEFT;

	static final float TITLE = 22f;

	static final float BODY = 16f;

	static final float BODY_LEADING = 28.9f;

	static final float CELL = 10.5f;

	static final float CELL_LEADING = 15f;

	static final float PAD = 3f;

	/**
	 * A row of this many lines or more splits across pages where it meets a page's foot
	 * ...
	 */
	static final int SPLIT_LINES = 10;

	/**
	 * ... when at least this many of its lines fit on the page and as many are left for
	 * the next.
	 */
	static final int SPLIT_AT_LEAST = 3;

	private final PDDocument document;

	final PdfText regular;

	final PdfText bold;

	private PDPageContentStream out;

	private float y;

	private String pendingHeading;

	PdfLayout(PDDocument document, PdfText regular, PdfText bold) {
		this.document = document;
		this.regular = regular;
		this.bold = bold;
	}

	void newPage() throws IOException {
		if (out != null) {
			out.close();
		}
		PDPage page = new PDPage(PAGE);
		document.addPage(page);
		out = new PDPageContentStream(document, page);
		y = TOP;
	}

	float remaining() {
		return y - BOTTOM;
	}

	void space(float points) {
		y -= points;
	}

	/** A centred line (or lines) in the given font and size. */
	void centred(String text, PdfText font, float size, float leading) throws IOException {
		flushHeading(leading);
		for (String line : font.lines(text, size, WIDTH)) {
			ensure(leading);
			float w = font.width(line, size);
			write(font, size, LEFT + (WIDTH - w) / 2, y - size, line);
			y -= leading;
		}
	}

	/**
	 * A paragraph of body text, its first line indented by two characters as in official
	 * documents.
	 */
	void paragraph(String text, PdfText font, float size, float leading, boolean indent) throws IOException {
		flushHeading(2 * leading);
		float indentWidth = indent ? 2 * size : 0;
		List<String> first = font.lines(text, size, WIDTH - indentWidth);
		if (first.isEmpty()) {
			return;
		}
		String head = first.get(0);
		ensure(leading);
		write(font, size, LEFT + indentWidth, y - size, head);
		y -= leading;
		String rest = String.join("", first.subList(1, first.size()));
		if (!rest.isEmpty()) {
			for (String line : font.lines(rest, size, WIDTH)) {
				ensure(leading);
				write(font, size, LEFT, y - size, line);
				y -= leading;
			}
		}
	}

	/**
	 * A heading, kept on the page of the start of what follows it (drawn with it: see
	 * {@link #flushHeading}).
	 */
	void heading(String text) {
		pendingHeading = text;
	}

	/**
	 * Draws a heading said last, on a new page unless it and {@code following} points of
	 * what follows it fit.
	 */
	private void flushHeading(float following) throws IOException {
		if (pendingHeading == null) {
			return;
		}
		String text = pendingHeading;
		pendingHeading = null;
		List<String> lines = bold.lines(text, BODY, WIDTH);
		ensure(lines.size() * BODY_LEADING + following);
		for (String line : lines) {
			write(bold, BODY, LEFT, y - BODY, line);
			y -= BODY_LEADING;
		}
	}

	private void ensure(float height) throws IOException {
		if (out == null || y - height < BOTTOM) {
			newPage();
		}
	}

	/**
	 * A table: column widths as parts of the text width, a bold header row repeated on
	 * every page the table reaches, each cell's text wrapped in its column.
	 */
	void table(String[] header, float[] parts, List<String[]> rows) throws IOException {
		float[] widths = new float[parts.length];
		float sum = 0;
		for (float p : parts) {
			sum += p;
		}
		for (int i = 0; i < parts.length; i++) {
			widths[i] = WIDTH * parts[i] / sum;
		}
		roomForFigures(widths, rows);
		List<List<String>> head = cells(header, widths, bold);
		float headHeight = height(head);
		// the header never stands alone at a page's foot: it goes with its first row (or
		// as much of it as fits a page)
		float first = rows.isEmpty() ? CELL_LEADING + 2 * PAD
				: Math.min(height(cells(rows.get(0), widths, regular)),
						lines(cells(rows.get(0), widths, regular)) >= SPLIT_LINES
								? SPLIT_AT_LEAST * CELL_LEADING + 2 * PAD : TOP - BOTTOM - headHeight);
		flushHeading(headHeight + Math.max(first, CELL_LEADING + 2 * PAD));
		ensure(headHeight + Math.max(first, CELL_LEADING + 2 * PAD));
		drawRow(head, widths, bold, true);
		for (String[] row : rows) {
			List<List<String>> cells = cells(row, widths, regular);
			while (true) {
				float h = height(cells);
				if (h <= remaining()) {
					drawRow(cells, widths, regular, false);
					break;
				}
				int fit = (int) Math.floor((remaining() - 2 * PAD) / CELL_LEADING);
				int lines = lines(cells);
				boolean fitsOnFreshPage = h <= TOP - BOTTOM - headHeight;
				// a tall row (a long 说明 in a narrow column) splits rather than jumps
				// whole and leaves half a page
				// empty; a short one moves whole, and no piece of a row is a lone line
				boolean split = fitsOnFreshPage
						? lines >= SPLIT_LINES && fit >= SPLIT_AT_LEAST && lines - fit >= SPLIT_AT_LEAST : fit >= 2;
				if (!split) {
					newPage();
					drawRow(head, widths, bold, true);
					continue;
				}
				List<List<String>> now = new ArrayList<>();
				List<List<String>> later = new ArrayList<>();
				for (List<String> cell : cells) {
					now.add(cell.subList(0, Math.min(fit, cell.size())));
					later.add(cell.subList(Math.min(fit, cell.size()), cell.size()));
				}
				drawRow(now, widths, regular, false);
				cells = later;
				newPage();
				drawRow(head, widths, bold, true);
			}
		}
		y -= CELL_LEADING / 2;
	}

	/**
	 * A figure never breaks inside (newcomer 9: "1,200,000." and "00元" on two lines of
	 * the narrow 金额/数量 column): a column narrower than its widest figure is widened to
	 * hold it, the room taken from the widest column that has room to spare beyond its
	 * own figures.
	 */
	private void roomForFigures(float[] widths, List<String[]> rows) {
		float[] need = new float[widths.length];
		for (String[] row : rows) {
			for (int i = 0; i < widths.length && i < row.length; i++) {
				need[i] = Math.max(need[i], regular.widestFigure(row[i], CELL) + 2 * PAD + 0.5f);
			}
		}
		for (int i = 0; i < widths.length; i++) {
			float missing = need[i] - widths[i];
			if (missing <= 0) {
				continue;
			}
			int donor = -1;
			for (int j = 0; j < widths.length; j++) {
				if (j != i && widths[j] - Math.max(need[j], 2 * CELL + 2 * PAD) >= missing
						&& (donor < 0 || widths[j] > widths[donor])) {
					donor = j;
				}
			}
			if (donor >= 0) {
				widths[donor] -= missing;
				widths[i] += missing;
			}
		}
	}

	private List<List<String>> cells(String[] texts, float[] widths, PdfText font) {
		List<List<String>> cells = new ArrayList<>();
		for (int i = 0; i < widths.length; i++) {
			String text = i < texts.length && texts[i] != null ? texts[i] : "";
			cells.add(font.lines(text, CELL, widths[i] - 2 * PAD));
		}
		return cells;
	}

	private static float height(List<List<String>> cells) {
		return lines(cells) * CELL_LEADING + 2 * PAD;
	}

	private static int lines(List<List<String>> cells) {
		int lines = 1;
		for (List<String> c : cells) {
			lines = Math.max(lines, c.size());
		}
		return lines;
	}

	private void drawRow(List<List<String>> cells, float[] widths, PdfText font, boolean header) throws IOException {
		float h = height(cells);
		float x = LEFT;
		if (header) {
			out.setNonStrokingColor(0.92f, 0.92f, 0.92f);
			out.addRect(LEFT, y - h, WIDTH, h);
			out.fill();
			out.setNonStrokingColor(0f, 0f, 0f);
		}
		out.setLineWidth(0.5f);
		for (int i = 0; i < widths.length; i++) {
			out.addRect(x, y - h, widths[i], h);
			out.stroke();
			float ty = y - PAD - CELL;
			for (String line : cells.get(i)) {
				float tx = header ? x + (widths[i] - font.width(line, CELL)) / 2 : x + PAD;
				write(font, CELL, tx, ty + 2, line);
				ty -= CELL_LEADING;
			}
			x += widths[i];
		}
		y -= h;
	}

	void write(PdfText font, float size, float x, float baseline, String text) throws IOException {
		if (text.isEmpty()) {
			return;
		}
		out.beginText();
		out.setFont(font.font, size);
		out.newLineAtOffset(x, baseline);
		out.showText(text);
		out.endText();
	}

	@Override
	public void close() throws IOException {
		flushHeading(0);
		if (out != null) {
			out.close();
			out = null;
		}
	}

}
