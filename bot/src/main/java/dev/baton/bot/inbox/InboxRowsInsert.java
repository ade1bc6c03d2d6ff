package dev.baton.bot.inbox;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

import dev.baton.bot.system.InsertChunks;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox's INSERT of a group of rows, one statement over JDBC, its text made once per
 * group size. It was a MyBatis {@code <foreach>}: for every group MyBatis evaluated the
 * loop, built the SQL text and parsed it again for its seven parameters a row, which was
 * a third of a stored callback's own work on the request thread (the P1 ingest profile,
 * BENCHMARKS.md). The statement is the same multi-row INSERT (one statement, one commit,
 * failing whole on a replay), with the instants written as UTC wall time as
 * {@code UtcInstantTypeHandler} writes them. Failures come translated as Spring's
 * ({@code DuplicateKeyException} for a replay).
 */
final class InboxRowsInsert {

	private static final String INSERT = "INSERT INTO inbox (lane, platform, event_hash, event_key, sender_key, body,"
			+ " status, attempts, retries, available_at, received_at) VALUES ";

	private static final String ROW = "(?, ?, ?, ?, ?, ?, 'WAITING', 0, 0, ?, ?)";

	private static final int COLUMNS = 8;

	private final JdbcTemplate jdbc;

	/** The statement for n rows at index n (made on first use). */
	private final AtomicReferenceArray<String> statements = new AtomicReferenceArray<>(InsertChunks.ROWS + 1);

	InboxRowsInsert(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes the rows (at most {@link InsertChunks#ROWS}) in one statement; stores none
	 * if one cannot be stored.
	 */
	void insert(List<InboxMapper.NewRow> rows) {
		if (rows.isEmpty() || rows.size() > InsertChunks.ROWS) {
			throw new IllegalArgumentException("1 to " + InsertChunks.ROWS + " rows a statement, not " + rows.size());
		}
		jdbc.update(sql(rows.size()), (PreparedStatement ps) -> {
			int i = 0;
			for (InboxMapper.NewRow r : rows) {
				set(ps, i, r);
				i += COLUMNS;
			}
		});
	}

	private static void set(PreparedStatement ps, int offset, InboxMapper.NewRow r) throws SQLException {
		LocalDateTime at = LocalDateTime.ofInstant(r.at(), ZoneOffset.UTC);
		ps.setString(offset + 1, r.lane());
		ps.setString(offset + 2, r.platform());
		ps.setString(offset + 3, r.eventHash());
		ps.setString(offset + 4, r.eventKey());
		ps.setString(offset + 5, r.senderKey());
		ps.setString(offset + 6, r.body());
		ps.setObject(offset + 7, at);
		ps.setObject(offset + 8, at);
	}

	private String sql(int rows) {
		String sql = statements.get(rows);
		if (sql == null) {
			StringBuilder s = new StringBuilder(INSERT.length() + rows * (ROW.length() + 2)).append(INSERT);
			for (int i = 0; i < rows; i++) {
				s.append(i == 0 ? "" : ", ").append(ROW);
			}
			sql = s.toString();
			statements.set(rows, sql);
		}
		return sql;
	}

}
