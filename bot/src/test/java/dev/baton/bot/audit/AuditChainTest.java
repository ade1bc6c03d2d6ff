package dev.baton.bot.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.directory.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log on real MariaDB: appends form one chain even when concurrent, and verify reports the first broken
 * link when a row is updated (even with its own hash recomputed), deleted, or the tail is cut off. Every tampering
 * is undone afterwards, so the shared chain stays intact for the other tests.
 */
@DomainContext
class AuditChainTest {

	@Autowired
	AuditLog audit;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	private Actor admin;

	private Actor organizer;

	@BeforeEach
	void people() {
		TestOrg org = new TestOrg(directory, actors, null);
		admin = org.actor(org.rootAdmin(directory));
		organizer = org.actor(org.organizer);
	}

	@Test
	void concurrentAppendsFormOneUnbrokenChain() throws Exception {
		long before = lastSeq();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Void>> writers = new ArrayList<>();
			for (int w = 0; w < 4; w++) {
				int writer = w;
				writers.add(() -> {
					for (int i = 0; i < 25; i++) {
						int n = i;
						tx.executeWithoutResult(s -> audit.append(null, organizer, "TEST_APPEND",
								Map.of("writer", writer, "n", n, "text", "并发写入 ✍️")));
					}
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(writers)) {
				done.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(lastSeq()).isEqualTo(before + 100);
		AuditVerification result = verifier.verify(admin);
		assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
		assertThat(result.rowsChecked()).isEqualTo(before + 100);
	}

	@Test
	void anUpdatedRowIsReportedAsTheFirstBrokenLink() {
		long seq = appendThree().get(1);
		String original = jdbc.queryForObject("SELECT detail FROM audit_log WHERE seq = ?", String.class, seq);
		try {
			jdbc.update("UPDATE audit_log SET detail = ? WHERE seq = ?", "{\"amount\":\"1.00\"}", seq);

			AuditVerification result = verifier.verify(admin);

			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(seq);
			assertThat(result.problem()).contains("changed");
		}
		finally {
			jdbc.update("UPDATE audit_log SET detail = ? WHERE seq = ?", original, seq);
		}
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void anUpdatedTimeOrActorIsDetected() {
		long seq = appendThree().get(0);
		Map<String, Object> row = jdbc.queryForMap("SELECT actor_id, created_at FROM audit_log WHERE seq = ?", seq);
		try {
			jdbc.update("UPDATE audit_log SET actor_id = actor_id + 1 WHERE seq = ?", seq);
			assertThat(verifier.verify(admin).firstBrokenSeq()).isEqualTo(seq);
			jdbc.update("UPDATE audit_log SET actor_id = ? WHERE seq = ?", row.get("actor_id"), seq);

			jdbc.update("UPDATE audit_log SET created_at = ? WHERE seq = ?", "2020-01-01 00:00:00.000", seq);
			assertThat(verifier.verify(admin).firstBrokenSeq()).isEqualTo(seq);
		}
		finally {
			jdbc.update("UPDATE audit_log SET actor_id = ?, created_at = ? WHERE seq = ?", row.get("actor_id"),
					row.get("created_at"), seq);
		}
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void aRowRewrittenWithARecomputedHashBreaksTheNextLink() {
		List<Long> seqs = appendThree();
		long seq = seqs.get(1);
		Map<String, Object> row = jdbc.queryForMap("SELECT detail, hash FROM audit_log WHERE seq = ?", seq);
		AuditEntry entry = entryAt(seq);
		String forgedDetail = "{\"forged\":true}";
		String forgedHash = AuditLog.hash(entry.prevHash(), entry.seq(), entry.handoverId(), entry.actorId(), entry.action(),
				forgedDetail, entry.createdAt());
		try {
			jdbc.update("UPDATE audit_log SET detail = ?, hash = ? WHERE seq = ?", forgedDetail, forgedHash, seq);

			AuditVerification result = verifier.verify(admin);

			assertThat(result.firstBrokenSeq()).isEqualTo(seqs.get(2));
			assertThat(result.problem()).contains("does not follow");
		}
		finally {
			jdbc.update("UPDATE audit_log SET detail = ?, hash = ? WHERE seq = ?", row.get("detail"), row.get("hash"), seq);
		}
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void aDeletedRowIsReportedMissing() {
		long seq = appendThree().get(1);
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_log WHERE seq = ?", seq);
		jdbc.update("DELETE FROM audit_log WHERE seq = ?", seq);
		try {
			AuditVerification result = verifier.verify(admin);

			assertThat(result.firstBrokenSeq()).isEqualTo(seq);
			assertThat(result.problem()).contains("missing");
		}
		finally {
			reinsert(row);
		}
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void aCutOffTailIsReported() {
		long last = appendThree().get(2);
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_log WHERE seq = ?", last);
		jdbc.update("DELETE FROM audit_log WHERE seq = ?", last);
		try {
			AuditVerification result = verifier.verify(admin);

			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(last);
			assertThat(result.problem()).contains("ends at row " + (last - 1));
		}
		finally {
			reinsert(row);
		}
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void onlyAnAdministratorMayVerify() {
		assertThatThrownBy(() -> verifier.verify(organizer)).isInstanceOf(NotPermittedException.class);
	}

	@Test
	void theRowsOfATransactionAreChainedInOrderWhenItCommitsAndNeverIfItRollsBack() {
		long before = lastSeq();
		tx.executeWithoutResult(s -> {
			for (int i = 0; i < 3; i++) {
				audit.append(null, organizer, "TEST_ORDER", Map.of("n", i));
			}
			s.setRollbackOnly();
		});
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE seq > ?", Long.class, before)).isZero();

		tx.executeWithoutResult(s -> {
			for (int i = 0; i < 3; i++) {
				audit.append(null, organizer, "TEST_ORDER", Map.of("n", i));
			}
		});
		List<String> details = jdbc.queryForList(
				"SELECT detail FROM audit_log WHERE action = 'TEST_ORDER' AND seq > ? ORDER BY seq", String.class, before);
		assertThat(details).containsExactly("{\"n\":0}", "{\"n\":1}", "{\"n\":2}");
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void appendingOutsideATransactionIsRefused() {
		assertThatThrownBy(() -> audit.append(null, organizer, "NO_TX", Map.of()))
			.isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
	}

	private List<Long> appendThree() {
		List<Long> seqs = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			int n = i;
			tx.executeWithoutResult(s -> audit.append(null, organizer, "TEST_TAMPER", Map.of("n", n, "note", "金额 ¥1,234.56")));
			seqs.add(jdbc.queryForObject("SELECT MAX(seq) FROM audit_log WHERE action = 'TEST_TAMPER'", Long.class));
		}
		return seqs;
	}

	private AuditEntry entryAt(long seq) {
		return jdbc.query("SELECT * FROM audit_log WHERE seq = ?", (rs, i) -> new AuditEntry(rs.getLong("seq"),
				(Long) rs.getObject("handover_id"), (Long) rs.getObject("actor_id"), rs.getString("action"),
				rs.getString("detail"),
				rs.getObject("created_at", java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC),
				rs.getString("prev_hash"), rs.getString("hash")), seq).get(0);
	}

	private void reinsert(Map<String, Object> row) {
		jdbc.update("INSERT INTO audit_log (seq, handover_id, actor_id, action, detail, created_at, prev_hash, hash)"
				+ " VALUES (?,?,?,?,?,?,?,?)", row.get("seq"), row.get("handover_id"), row.get("actor_id"), row.get("action"),
				row.get("detail"), row.get("created_at"), row.get("prev_hash"), row.get("hash"));
	}

	private long lastSeq() {
		return jdbc.queryForObject("SELECT last_seq FROM audit_head WHERE id = 1", Long.class);
	}

}
