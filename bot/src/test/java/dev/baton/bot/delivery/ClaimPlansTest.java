package dev.baton.bot.delivery;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plans of the queue claims on MariaDB, read with EXPLAIN from the mappers' own SQL
 * over a few thousand due rows (written in a transaction that is rolled back): each claim
 * reads its rows in the order of one index, oldest due first, and stops at its limit — no
 * filesort, which under FOR UPDATE SKIP LOCKED would lock every due row it sorted. The
 * sweep locks its steps by primary key, and a step is closed through the unique key of
 * its handover, not a scan of every open step.
 */
@DomainContext
class ClaimPlansTest {

	private static final int ROWS = 3_000;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ClaimPlansTest.class);

	@Autowired
	SqlSessionFactory sessions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Test
	void everyClaimReadsOneIndexInItsOrderAndStopsAtItsLimit() {
		TestOrg org = new TestOrg(directory, actors, null);
		LocalDateTime now = LocalDateTime.of(2026, 11, 23, 1, 0);
		tx.executeWithoutResult(status -> {
			fill(org, now);
			analyze();

			Map<String, Object> claimOutbox = explain("dev.baton.bot.delivery.DeliveryMapper.claimOutbox",
					Map.of("now", now, "limit", 200));
			assertThat(claimOutbox).containsEntry("key", "ix_outbox_pending");
			assertThat(extra(claimOutbox)).doesNotContain("filesort");

			Map<String, Object> claimPending = explain("dev.baton.bot.delivery.DeliveryMapper.claimPending",
					Map.of("now", now, "limit", 200));
			assertThat(claimPending).containsEntry("key", "ix_delivery_due");
			assertThat(extra(claimPending)).doesNotContain("filesort");

			Map<String, Object> claimBatches = explain("dev.baton.bot.delivery.DeliveryMapper.claimBatches",
					Map.of("now", now, "limit", 200));
			assertThat(claimBatches).containsEntry("key", "ix_batch_due");
			assertThat(extra(claimBatches)).doesNotContain("filesort");

			Map<String, Object> lapsed = explain("dev.baton.bot.delivery.DeliveryMapper.claimLapsedBatches",
					Map.of("now", now, "limit", 200));
			assertThat(lapsed).containsEntry("key", "ix_batch_lease");
			assertThat(extra(lapsed)).doesNotContain("filesort");

			Map<String, Object> due = explain("dev.baton.bot.escalation.EscalationMapper.dueStepIds",
					Map.of("now", now, "limit", 500));
			assertThat(due).containsEntry("key", "ix_waiting_step_next_action");
			assertThat(extra(due)).doesNotContain("filesort");

			List<Long> stepIds = jdbc.queryForList(
					"SELECT id FROM waiting_step WHERE next_action_at <= ?" + " ORDER BY id DESC LIMIT 50", Long.class,
					now);
			assertThat(stepIds).hasSize(50);
			Map<String, Object> lockDue = explain("dev.baton.bot.escalation.EscalationMapper.lockDue",
					Map.of("now", now, "ids", stepIds));
			assertThat(lockDue).containsEntry("key", "PRIMARY");

			long handover = jdbc.queryForObject("SELECT MAX(handover_id) FROM waiting_step", Long.class);
			Map<String, Object> close = explain("dev.baton.bot.handover.HandoverMapper.closeSteps",
					Map.of("handoverId", handover, "kind", "REVIEW", "subject", "FINANCE", "at", now));
			assertThat(close).containsEntry("key", "uk_waiting_step");

			Map<String, Object> lock = explain("dev.baton.bot.handover.HandoverMapper.lock", Map.of("id", handover));
			assertThat(lock).containsEntry("key", "PRIMARY").containsEntry("table", "h");
			// what the outbox claim was before V28, for the record: ORDER BY id on the
			// (status, available_at) range
			log.info("Plan of the claim before V28: {}", jdbc.queryForList("EXPLAIN SELECT id FROM outbox"
					+ " WHERE status = 'PENDING' AND available_at <= ? ORDER BY id LIMIT 200 FOR UPDATE SKIP LOCKED",
					now));
			status.setRollbackOnly();
		});
	}

	/** Due rows in each queue, and open steps of many handovers, a few of them due. */
	private void fill(TestOrg org, LocalDateTime now) {
		long official = org.organizer;
		String at = now.minusMinutes(5).toString().replace('T', ' ');
		String later = now.plusDays(1).toString().replace('T', ' ');
		long template = jdbc.queryForObject("SELECT id FROM checklist_template WHERE code = 'default' AND version = 1",
				Long.class);
		// the default policy as a handover keeps it: these rows stay in the shared
		// database,
		// and any later sweep reads their steps' policy
		String policy = jdbc.queryForObject("SELECT body FROM handover_policy WHERE code = 'default'", String.class);
		List<Long> handovers = new ArrayList<>();
		for (int h = 0; h < 30; h++) {
			jdbc.update(
					"INSERT INTO handover (unit_id, departing_id, successor_id, organizer_id, reason, state, policy_code,"
							+ " policy_snapshot, escalation_snapshot, template_id, review_round, opened_on, checklist_due, opened_at,"
							+ " version) VALUES (?, ?, ?, ?, 'TRANSFER', 'FOLLOW_UP', 'default', ?, NULL, ?, 1, '2026-06-01',"
							+ " '2026-06-15', ?, 0)",
					org.department.id(), org.departing, org.successor, official, policy, template, at);
			handovers.add(jdbc.queryForObject("SELECT MAX(id) FROM handover", Long.class));
		}
		insertRows(
				"INSERT INTO waiting_step (handover_id, kind, subject, round, started_on, due_on, done_at, next_action_at)"
						+ " VALUES ",
				i -> "(" + handovers.get(i % handovers.size()) + ", 'FOLLOW_UP_STEP', 'step:" + i
						+ "', 1, '2026-11-01', '2026-12-01', NULL, '" + (i % 10 == 0 ? at : later) + "')");
		insertRows(
				"INSERT INTO outbox (handover_id, event, recipient_id, group_unit_id, confidential, payload, status,"
						+ " attempts, available_at, created_at) VALUES ",
				i -> "(NULL, 'BROADCAST', " + official + ", NULL, FALSE, '{}', '"
						+ (i % 3 == 0 ? "EXPANDED" : "PENDING") + "', 0, '" + (i % 2 == 0 ? at : later) + "', '" + at
						+ "')");
		long outbox = jdbc.queryForObject("SELECT MAX(id) FROM outbox", Long.class);
		insertRows(
				"INSERT INTO delivery (outbox_id, platform, corp_id, target_kind, user_id, content_key, body, batch_id,"
						+ " status, attempts, available_at, created_at) VALUES ",
				i -> "(" + outbox + ", 'WECOM', 'plans', 'USER', 'u" + i + "', 'k', 'b', NULL, '"
						+ (i % 3 == 0 ? "SENT" : "PENDING") + "', 0, '" + (i % 2 == 0 ? at : later) + "', '" + at
						+ "')");
		insertRows(
				"INSERT INTO delivery_batch (platform, corp_id, target_kind, content_key, body, recipients, size, status,"
						+ " attempts, available_at, claim_until, created_at) VALUES ",
				i -> "('WECOM', 'plans', 'USER', 'k', 'b', 'u', 1, '"
						+ (i % 3 == 0 ? "SENT" : i % 3 == 1 ? "PENDING" : "SENDING") + "', 0, '"
						+ (i % 2 == 0 ? at : later) + "', "
						+ (i % 3 == 2 ? "'" + (i % 4 == 0 ? at : later) + "'" : "NULL") + ", '" + at + "')");
	}

	private void insertRows(String head, java.util.function.IntFunction<String> row) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			rows.add(row.apply(i));
		}
		jdbc.update(head + String.join(", ", rows));
	}

	private void analyze() {
		// persistent statistics are recalculated in the background: the plans are read on
		// fresh estimates
		for (String table : List.of("outbox", "delivery", "delivery_batch", "waiting_step")) {
			jdbc.queryForList("ANALYZE TABLE " + table);
		}
	}

	/**
	 * EXPLAIN of a mapper statement with these parameters: the row of its first table.
	 */
	private Map<String, Object> explain(String statementId, Map<String, Object> params) {
		BoundSql bound = sessions.getConfiguration().getMappedStatement(statementId).getBoundSql(params);
		List<Object> values = new ArrayList<>();
		for (ParameterMapping m : bound.getParameterMappings()) {
			String p = m.getProperty();
			values.add(bound.hasAdditionalParameter(p) ? bound.getAdditionalParameter(p) : params.get(p));
		}
		List<Map<String, Object>> plan = jdbc.queryForList("EXPLAIN " + bound.getSql(), values.toArray());
		log.info("Plan of {}: {}", statementId, plan);
		return plan.get(0);
	}

	private static String extra(Map<String, Object> row) {
		return String.valueOf(row.get("Extra"));
	}

}
