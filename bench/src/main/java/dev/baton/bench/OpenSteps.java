package dev.baton.bench;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Open waiting steps in bulk, as plain multi-row INSERTs: 1,000 follow-up steps per
 * handover, {@code due} of them (spread evenly) due for the sweep now and due today (one
 * reminder each), the others armed for months ahead.
 */
final class OpenSteps {

	private static final int PER_HANDOVER = 1_000;

	private static final int ROWS_PER_INSERT = 2_000;

	private final JdbcTemplate jdbc;

	OpenSteps(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(int open, int due, Instant now) {
		List<Long> ids = handovers((open + PER_HANDOVER - 1) / PER_HANDOVER);
		steps(ids, open, due, now);
	}

	/**
	 * A unit, three officials (departing, successor, organizer) and this many handovers
	 * in follow-up between them.
	 */
	List<Long> handovers(int handovers) {
		String stamp = "2026-11-01 00:00:00.000";
		jdbc.update("INSERT INTO org_unit (parent_id, code, name, unit_type, path, policy_code, created_at)"
				+ " VALUES (NULL, 'bench', '基准测试单位', 'CITY', '/', NULL, ?)", stamp);
		long unit = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = 'bench'", Long.class);
		jdbc.update("UPDATE org_unit SET path = ? WHERE id = ?", "/" + unit + "/", unit);
		for (int i = 0; i < 3; i++) {
			jdbc.update("INSERT INTO official (name, post, unit_id, active, created_at) VALUES (?, '局长', ?, TRUE, ?)",
					"干部" + i, unit, stamp);
		}
		List<Long> people = jdbc.queryForList("SELECT id FROM official WHERE unit_id = ? ORDER BY id", Long.class,
				unit);
		long template = jdbc.queryForObject("SELECT id FROM checklist_template WHERE code = 'default' AND version = 1",
				Long.class);
		String policy = jdbc.queryForObject("SELECT body FROM handover_policy WHERE code = 'default'", String.class);
		for (int i = 0; i < handovers; i++) {
			jdbc.update("INSERT INTO handover (unit_id, departing_id, successor_id, organizer_id, reason, state,"
					+ " policy_code, policy_snapshot, escalation_snapshot, template_id, review_round, opened_on,"
					+ " checklist_due, opened_at, version) VALUES (?, ?, ?, ?, 'TRANSFER', 'FOLLOW_UP', 'default', ?, NULL, ?,"
					+ " 1, '2026-06-01', '2026-06-15', ?, 0)", unit, people.get(0), people.get(1), people.get(2),
					policy, template, stamp);
		}
		return jdbc.queryForList("SELECT id FROM handover WHERE unit_id = ? ORDER BY id", Long.class, unit);
	}

	private void steps(List<Long> ids, int open, int due, Instant now) {
		String dueAt = LocalDateTime.ofInstant(now.minusSeconds(60), ZoneOffset.UTC).toString().replace('T', ' ');
		int every = Math.max(1, open / due);
		StringBuilder sql = new StringBuilder();
		int rows = 0;
		for (int n = 0; n < open; n++) {
			boolean isDue = n % every == 0 && n / every < due;
			sql.append(rows == 0 ? "INSERT INTO waiting_step (handover_id, kind, subject, round, started_on, due_on,"
					+ " done_at, next_action_at) VALUES " : ", ");
			sql.append('(')
				.append(ids.get(n / PER_HANDOVER))
				.append(", 'FOLLOW_UP_STEP', 'step:")
				.append(n)
				.append("', 1, ")
				.append(isDue ? "'2026-12-01', '2026-12-02', NULL, '" + dueAt + "'"
						: "'2026-11-01', '2027-06-30', NULL, '2027-06-01 01:00:00'")
				.append(')');
			if (++rows == ROWS_PER_INSERT || n == open - 1) {
				jdbc.execute(sql.toString());
				sql.setLength(0);
				rows = 0;
			}
		}
	}

}
