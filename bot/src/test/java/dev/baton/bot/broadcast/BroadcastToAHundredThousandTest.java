package dev.baton.bot.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.QueryCounter;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broadcast to every official of a unit of 100,000 writes its outbox rows in bounded
 * statements: together they are larger than MariaDB's default packet limit
 * ({@code max_allowed_packet}, 16 MB), which one multi-row INSERT of them all would
 * exceed and fail; each statement has at most 500 rows and a few MB. All of it runs in
 * one transaction that is rolled back, so the shared database keeps none of it.
 */
@DomainContext
class BroadcastToAHundredThousandTest {

	private static final int RECIPIENTS = 100_000;

	@Autowired
	BroadcastService broadcasts;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	QueryCounter queries;

	@Test
	void aBroadcastToAHundredThousandIsWrittenInChunksUnderThePacketLimit() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long mariaDbDefaultPacket = 16L << 20;
		// about 300 bytes of UTF-8 per row: 100,000 rows make some 30 MB of payload alone
		String text = "请于本周五前完成离任交接清单的核对并在系统中确认。".repeat(4);
		tx.executeWithoutResult(status -> {
			OrgUnit county = directory.createUnit(null, "fanout-" + tag, "全县（测试" + tag + "）", "COUNTY");
			StringBuilder sql = new StringBuilder();
			for (int i = 0; i < RECIPIENTS; i++) {
				sql.append(
						sql.isEmpty() ? "INSERT INTO official (name, post, unit_id, active, created_at) VALUES " : ",")
					.append("('干部")
					.append(i)
					.append("', '科员', ")
					.append(county.id())
					.append(", TRUE, '2026-11-01 00:00:00.000')");
				if ((i + 1) % 5_000 == 0) {
					jdbc.update(sql.toString());
					sql.setLength(0);
				}
			}
			jdbc.update(
					"INSERT INTO broadcast (name, kind, unit_id, cron, time_zone, target, target_role, target_department,"
							+ " message, working_days_only, enabled, created_at, updated_at) VALUES ('全县通知', 'MESSAGE', ?,"
							+ " '0 0 9 * * ?', 'Asia/Shanghai', 'UNIT', NULL, NULL, ?, FALSE, TRUE, ?, ?)",
					county.id(), text, "2026-11-01 00:00:00.000", "2026-11-01 00:00:00.000");
			long broadcast = jdbc.queryForObject("SELECT id FROM broadcast WHERE unit_id = ?", Long.class, county.id());

			List<QueryCounter.Statement> inserts = queries.during(() -> {
				broadcasts.run(broadcast, Instant.parse("2026-11-23T01:00:00Z"));
				return null;
			}).statements().stream().filter(st -> st.method().equals("OutboxMapper.insertAll")).toList();

			String where = " FROM outbox WHERE event = 'BROADCAST' AND recipient_id IN"
					+ " (SELECT id FROM official WHERE unit_id = " + county.id() + ")";
			assertThat(jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class)).isEqualTo(RECIPIENTS);
			assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT recipient_id)" + where, Long.class))
				.isEqualTo(RECIPIENTS);
			long payloadBytes = jdbc.queryForObject("SELECT SUM(LENGTH(payload))" + where, Long.class);
			assertThat(payloadBytes).as("the fan-out must be larger than one statement may be, or this proves nothing")
				.isGreaterThan(mariaDbDefaultPacket);
			// the statements as sent: each at most 500 rows (one 'PENDING' literal a
			// row), together all of them
			List<Integer> rowsPerStatement = inserts.stream()
				.map(st -> st.sql().split("'PENDING'", -1).length - 1)
				.toList();
			assertThat(rowsPerStatement).allMatch(n -> n > 0 && n <= 500);
			assertThat(rowsPerStatement.stream().mapToInt(Integer::intValue).sum()).isEqualTo(RECIPIENTS);
			assertThat(payloadBytes / inserts.size()).as("payload bytes per statement").isLessThan(4L << 20);
			assertThat(jdbc.queryForObject("SELECT recipients FROM broadcast_run WHERE broadcast_id = ?", Integer.class,
					broadcast))
				.isEqualTo(RECIPIENTS);
			status.setRollbackOnly();
		});
	}

}
