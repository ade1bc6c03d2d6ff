package dev.baton.bot.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Splits the rows of a multi-row INSERT so that no statement grows past the server's
 * packet limit ({@code max_allowed_packet}: 16 MB by default on MariaDB, 64 MB on MySQL
 * 8) however many rows a fan-out makes: at most {@link #ROWS} rows and about
 * {@link #BYTES} bytes of text a statement.
 */
public final class InsertChunks {

	/**
	 * Rows per statement: beyond a few hundred, a longer statement saves no round trip
	 * worth having.
	 */
	public static final int ROWS = 500;

	/**
	 * Text per statement, well under the smallest default packet limit (and its
	 * escaping).
	 */
	public static final int BYTES = 4 << 20;

	private InsertChunks() {
	}

	/**
	 * The rows in order, in chunks; {@code text} gives the large text columns of a row (a
	 * body, a payload).
	 */
	public static <T> List<List<T>> of(List<T> rows, Function<T, String> text) {
		return of(rows, text, ROWS, BYTES);
	}

	static <T> List<List<T>> of(List<T> rows, Function<T, String> text, int maxRows, int maxBytes) {
		List<List<T>> chunks = new ArrayList<>();
		int from = 0;
		long bytes = 0;
		for (int i = 0; i < rows.size(); i++) {
			String t = text.apply(rows.get(i));
			// UTF-8 is at most 3 bytes a char for what Baton stores (4 for a surrogate
			// pair, which is two chars)
			long size = 128 + (t == null ? 0 : (long) t.length() * 3);
			if (i > from && (i - from >= maxRows || bytes + size > maxBytes)) {
				chunks.add(rows.subList(from, i));
				from = i;
				bytes = 0;
			}
			bytes += size;
		}
		if (from < rows.size()) {
			chunks.add(rows.subList(from, rows.size()));
		}
		return chunks;
	}

}
