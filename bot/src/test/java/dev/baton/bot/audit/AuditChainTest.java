package dev.baton.bot.audit;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import dev.baton.bot.ContextOfItsOwn;
import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.audit.AuditVerification.Problem;
import dev.baton.bot.directory.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit chains on real MariaDB: a chain per handover and one for unit-level and
 * system events, anchored in global checkpoints. Appends form unbroken chains even when
 * concurrent; verification names the first broken link when an entry is updated (even
 * with its own hash recomputed), deleted, reordered or moved, when a chain's end is cut
 * off, when a whole chain is dropped (with or without its head), and when a checkpoint or
 * an anchor is tampered with. The tampering happens in a context and database of this
 * class's own, so no other test's chain can see it; each is undone all the same, since
 * every test here verifies the whole log.
 */
@DomainContext
@ContextOfItsOwn
@DirtiesContext
class AuditChainTest {

	@Autowired
	AuditLog audit;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	AuditCheckpoints checkpoints;

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
	void concurrentAppendsFormUnbrokenChainsOneForEachHandover() throws Exception {
		long first = aHandover();
		long system = headOf(AuditHashes.SYSTEM_CHAIN);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Void>> writers = new ArrayList<>();
			for (int w = 0; w < 4; w++) {
				int writer = w;
				writers.add(() -> {
					for (int i = 0; i < 25; i++) {
						int n = i;
						// two writers on each of two handovers, every write also one
						// system event
						tx.executeWithoutResult(s -> {
							audit.append(first + writer % 2, organizer, "TEST_APPEND",
									Map.of("writer", writer, "n", n, "text", "并发写入 ✍️"));
							audit.append(null, organizer, "TEST_APPEND", Map.of("writer", writer, "n", n));
						});
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
		assertThat(headOf(first)).isEqualTo(50);
		assertThat(headOf(first + 1)).isEqualTo(50);
		assertThat(headOf(AuditHashes.SYSTEM_CHAIN)).isGreaterThanOrEqualTo(system + 100);
		assertThat(
				jdbc.queryForList("SELECT chain_seq FROM audit_log WHERE chain_id = ? ORDER BY seq", Long.class, first))
			.isSorted()
			.hasSize(50);
		AuditVerification result = verifier.verify(admin);
		assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
	}

	/**
	 * Four transactions that commit at the same instant, each the first write to the same
	 * brand-new chain (and each to one of its own), twenty times over: none may meet a
	 * deadlock. Creating a head row with a plain INSERT and then locking it with a
	 * locking read deadlocked here: the losers of the insert each took a shared lock on
	 * the winner's row when it committed, and then all waited for each other's shared
	 * lock to take their exclusive one.
	 */
	@Test
	void writersStartingTheSameNewChainAtOnceNeverDeadlock() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < 20; round++) {
				long shared = aHandover();
				long own = aHandover();
				CyclicBarrier commit = new CyclicBarrier(4);
				List<Callable<Void>> writers = new ArrayList<>();
				for (int w = 0; w < 4; w++) {
					int writer = w;
					writers.add(() -> {
						tx.executeWithoutResult(s -> {
							audit.append(shared, organizer, "TEST_START", Map.of("writer", writer));
							audit.append(own + 2L * writer, organizer, "TEST_START", Map.of("writer", writer));
							await(commit);
						});
						return null;
					});
				}
				for (Future<Void> done : pool.invokeAll(writers)) {
					done.get();
				}
				assertThat(headOf(shared)).as("round %d", round).isEqualTo(4);
				assertThat(jdbc.queryForList("SELECT chain_seq FROM audit_log WHERE chain_id = ? ORDER BY chain_seq",
						Long.class, shared))
					.containsExactly(1L, 2L, 3L, 4L);
			}
		}
		finally {
			pool.shutdownNow();
		}
		AuditVerification result = verifier.verify(admin);
		assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
	}

	@Test
	void writesOnDifferentHandoversDoNotWaitForEachOther() throws Exception {
		long held = aHandover();
		long other = held + 1;
		tx.executeWithoutResult(s -> {
			audit.append(held, organizer, "TEST_START", Map.of());
			audit.append(other, organizer, "TEST_START", Map.of());
		});
		ExecutorService pool = Executors.newFixedThreadPool(3);
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		try {
			// a writer on one handover in the middle of its commit: its chain's head is
			// locked
			Future<?> holder = pool.submit(() -> tx.executeWithoutResult(s -> {
				jdbc.queryForList("SELECT last_seq FROM audit_chain WHERE chain_id = ? FOR UPDATE", held);
				locked.countDown();
				await(release);
			}));
			assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

			Future<?> sameHandover = pool
				.submit(() -> tx.executeWithoutResult(s -> audit.append(held, organizer, "TEST_WAITS", Map.of())));
			Future<?> otherHandover = pool
				.submit(() -> tx.executeWithoutResult(s -> audit.append(other, organizer, "TEST_GOES", Map.of())));

			otherHandover.get(10, TimeUnit.SECONDS);
			assertThat(headOf(other)).isEqualTo(2);
			assertThat(sameHandover.isDone()).as("a write on the held handover waits for its head").isFalse();
			assertThat(headOf(held)).isEqualTo(1);

			release.countDown();
			holder.get(10, TimeUnit.SECONDS);
			sameHandover.get(10, TimeUnit.SECONDS);
			assertThat(headOf(held)).isEqualTo(2);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void anUpdatedEntryIsReportedAsChanged() {
		long h = aHandover();
		List<Long> seqs = appendThree(h);
		String original = jdbc.queryForObject("SELECT detail FROM audit_log WHERE seq = ?", String.class, seqs.get(1));
		try {
			jdbc.update("UPDATE audit_log SET detail = ? WHERE seq = ?", "{\"amount\":\"1.00\"}", seqs.get(1));

			AuditVerification result = verifier.verify(admin);

			assertBroken(result, Problem.CHANGED, h, 2);
			assertThat(result.problem()).contains("handover " + h).contains("entry 2 was changed").contains("被改动");
		}
		finally {
			jdbc.update("UPDATE audit_log SET detail = ? WHERE seq = ?", original, seqs.get(1));
		}
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void anUpdatedTimeOrActorIsDetected() {
		long h = aHandover();
		long seq = appendThree(h).get(0);
		Map<String, Object> row = jdbc.queryForMap("SELECT actor_id, created_at FROM audit_log WHERE seq = ?", seq);
		try {
			jdbc.update("UPDATE audit_log SET actor_id = actor_id + 1 WHERE seq = ?", seq);
			assertBroken(verifier.verify(admin), Problem.CHANGED, h, 1);
			jdbc.update("UPDATE audit_log SET actor_id = ? WHERE seq = ?", row.get("actor_id"), seq);

			jdbc.update("UPDATE audit_log SET created_at = ? WHERE seq = ?", "2020-01-01 00:00:00.000", seq);
			assertBroken(verifier.verify(admin), Problem.CHANGED, h, 1);
		}
		finally {
			jdbc.update("UPDATE audit_log SET actor_id = ?, created_at = ? WHERE seq = ?", row.get("actor_id"),
					row.get("created_at"), seq);
		}
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void anEntryRewrittenWithARecomputedHashBreaksTheNextLink() {
		long h = aHandover();
		long seq = appendThree(h).get(1);
		Map<String, Object> row = jdbc.queryForMap("SELECT detail, hash FROM audit_log WHERE seq = ?", seq);
		AuditEntry entry = entryAt(seq);
		String forgedDetail = "{\"forged\":true}";
		String forgedHash = AuditHashes.entry(entry.prevHash(), entry.chainId(), entry.chainSeq(), entry.handoverId(),
				entry.actorId(), entry.action(), forgedDetail, entry.createdAt());
		try {
			jdbc.update("UPDATE audit_log SET detail = ?, hash = ? WHERE seq = ?", forgedDetail, forgedHash, seq);

			assertBroken(verifier.verify(admin), Problem.OUT_OF_ORDER, h, 3);
		}
		finally {
			jdbc.update("UPDATE audit_log SET detail = ?, hash = ? WHERE seq = ?", row.get("detail"), row.get("hash"),
					seq);
		}
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void aDeletedEntryIsReportedMissing() {
		long h = aHandover();
		long seq = appendThree(h).get(1);
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_log WHERE seq = ?", seq);
		jdbc.update("DELETE FROM audit_log WHERE seq = ?", seq);
		try {
			AuditVerification result = verifier.verify(admin);

			assertBroken(result, Problem.MISSING, h, 2);
			assertThat(result.problem()).contains("entry 2 is missing");
		}
		finally {
			reinsert(row);
		}
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void reorderedEntriesAreDetected() {
		long h = aHandover();
		List<Long> seqs = appendThree(h);
		// two entries swap places in their chain
		jdbc.update("UPDATE audit_log SET chain_seq = -chain_seq WHERE seq IN (?, ?)", seqs.get(1), seqs.get(2));
		jdbc.update("UPDATE audit_log SET chain_seq = 3 WHERE seq = ?", seqs.get(1));
		jdbc.update("UPDATE audit_log SET chain_seq = 2 WHERE seq = ?", seqs.get(2));
		try {
			assertBroken(verifier.verify(admin), Problem.OUT_OF_ORDER, h, 2);
		}
		finally {
			jdbc.update("UPDATE audit_log SET chain_seq = -chain_seq WHERE seq IN (?, ?)", seqs.get(1), seqs.get(2));
			jdbc.update("UPDATE audit_log SET chain_seq = 2 WHERE seq = ?", seqs.get(1));
			jdbc.update("UPDATE audit_log SET chain_seq = 3 WHERE seq = ?", seqs.get(2));
		}
		assertThat(verifier.verify(admin).intact()).isTrue();

		// or swap places in the global order, which pages of history follow
		long spare = -seqs.get(2);
		jdbc.update("UPDATE audit_log SET seq = ? WHERE seq = ?", spare, seqs.get(2));
		jdbc.update("UPDATE audit_log SET seq = ? WHERE seq = ?", seqs.get(2), seqs.get(1));
		jdbc.update("UPDATE audit_log SET seq = ? WHERE seq = ?", seqs.get(1), spare);
		try {
			assertBroken(verifier.verify(admin), Problem.OUT_OF_ORDER, h, 3);
		}
		finally {
			jdbc.update("UPDATE audit_log SET seq = ? WHERE seq = ?", spare, seqs.get(1));
			jdbc.update("UPDATE audit_log SET seq = ? WHERE seq = ?", seqs.get(1), seqs.get(2));
			jdbc.update("UPDATE audit_log SET seq = ? WHERE seq = ?", seqs.get(2), spare);
		}
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void anEntryMovedIntoAnotherHandoversChainIsDetected() {
		long h = aHandover();
		long seq = appendThree(h).get(0);
		jdbc.update("UPDATE audit_log SET handover_id = handover_id + 1 WHERE seq = ?", seq);
		try {
			assertBroken(verifier.verify(admin), Problem.MISPLACED, h, 1);
		}
		finally {
			jdbc.update("UPDATE audit_log SET handover_id = ? WHERE seq = ?", h, seq);
		}
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void aCutOffEndIsReported() {
		long h = aHandover();
		long last = appendThree(h).get(2);
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_log WHERE seq = ?", last);
		jdbc.update("DELETE FROM audit_log WHERE seq = ?", last);
		try {
			AuditVerification result = verifier.verify(admin);

			assertBroken(result, Problem.TAIL_CUT, h, 3);
			assertThat(result.problem()).contains("ends at entry 2 but its head records 3");
		}
		finally {
			reinsert(row);
		}
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void aCutOffEndWithItsHeadMovedBackIsFoundThroughTheCheckpoint() {
		long h = aHandover();
		List<Long> seqs = appendThree(h);
		long checkpoint = checkpoints.checkpoint().orElseThrow();
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_log WHERE seq = ?", seqs.get(2));
		Map<String, Object> head = jdbc.queryForMap("SELECT * FROM audit_chain WHERE chain_id = ?", h);
		jdbc.update("DELETE FROM audit_log WHERE seq = ?", seqs.get(2));
		jdbc.update("UPDATE audit_chain SET last_seq = 2, last_hash = ? WHERE chain_id = ?", row.get("prev_hash"), h);
		try {
			AuditVerification result = verifier.verify(admin);

			assertBroken(result, Problem.ANCHOR_BROKEN, h, 3);
			assertThat(result.brokenCheckpoint()).isEqualTo(checkpoint);
		}
		finally {
			reinsert(row);
			jdbc.update("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE chain_id = ?", head.get("last_seq"),
					head.get("last_hash"), h);
		}
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void aDroppedChainIsDetectedByItsHeadAndWithoutItByTheCheckpoint() {
		long h = aHandover();
		appendThree(h);
		List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM audit_log WHERE chain_id = ? ORDER BY seq",
				h);
		Map<String, Object> head = jdbc.queryForMap("SELECT * FROM audit_chain WHERE chain_id = ?", h);
		jdbc.update("DELETE FROM audit_log WHERE chain_id = ?", h);
		try {
			// its head still records it
			assertBroken(verifier.verify(admin), Problem.CHAIN_DROPPED, h, 1);
		}
		finally {
			rows.forEach(this::reinsert);
		}
		assertThat(verifier.verify(admin).intact()).isTrue();

		long checkpoint = checkpoints.checkpoint().orElseThrow();
		jdbc.update("DELETE FROM audit_log WHERE chain_id = ?", h);
		jdbc.update("DELETE FROM audit_chain WHERE chain_id = ?", h);
		try {
			// head and all: the checkpoint anchored its third entry
			AuditVerification result = verifier.verify(admin);
			assertBroken(result, Problem.ANCHOR_BROKEN, h, 3);
			assertThat(result.brokenCheckpoint()).isEqualTo(checkpoint);
		}
		finally {
			rows.forEach(this::reinsert);
			jdbc.update("INSERT INTO audit_chain (chain_id, last_seq, last_hash) VALUES (?, ?, ?)", h,
					head.get("last_seq"), head.get("last_hash"));
		}
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void aChainsHeadRemovedIsReported() {
		long h = aHandover();
		appendThree(h);
		Map<String, Object> head = jdbc.queryForMap("SELECT * FROM audit_chain WHERE chain_id = ?", h);
		jdbc.update("DELETE FROM audit_chain WHERE chain_id = ?", h);
		try {
			assertBroken(verifier.verify(admin), Problem.HEAD_MISSING, h, null);
		}
		finally {
			jdbc.update("INSERT INTO audit_chain (chain_id, last_seq, last_hash) VALUES (?, ?, ?)", h,
					head.get("last_seq"), head.get("last_hash"));
		}
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void aCheckpointAnchorsOnlyTheChainsThatMovedAndEachFollowsTheOneBefore() {
		checkpoints.checkpoint();
		assertThat(checkpoints.checkpoint()).as("nothing moved: no checkpoint").isEmpty();
		long h = aHandover();
		appendThree(h);
		long checkpoint = checkpoints.checkpoint().orElseThrow();

		assertThat(
				jdbc.queryForList("SELECT chain_id FROM audit_anchor WHERE checkpoint_seq = ?", Long.class, checkpoint))
			.containsExactly(h);
		assertThat(jdbc.queryForObject("SELECT chain_seq FROM audit_anchor WHERE checkpoint_seq = ?", Long.class,
				checkpoint))
			.isEqualTo(3);
		assertThat(
				jdbc.queryForObject("SELECT prev_hash FROM audit_checkpoint WHERE seq = ?", String.class, checkpoint))
			.isEqualTo(jdbc.queryForObject("SELECT hash FROM audit_checkpoint WHERE seq = ?", String.class,
					checkpoint - 1));
		AuditVerification result = verifier.verify(admin);
		assertThat(result.intact()).isTrue();
		assertThat(result.checkpointsChecked()).isGreaterThanOrEqualTo(checkpoint);
		assertThat(result.latestCheckpointHash()).isEqualTo(
				jdbc.queryForObject("SELECT hash FROM audit_checkpoint WHERE seq = ?", String.class, checkpoint));
	}

	@Test
	void aTamperedCheckpointOrAnchorIsDetected() {
		long h = aHandover();
		appendThree(h);
		long checkpoint = checkpoints.checkpoint().orElseThrow();
		Map<String, Object> anchor = jdbc
			.queryForMap("SELECT * FROM audit_anchor WHERE checkpoint_seq = ? AND chain_id = ?", checkpoint, h);

		jdbc.update("DELETE FROM audit_anchor WHERE checkpoint_seq = ? AND chain_id = ?", checkpoint, h);
		try {
			assertCheckpointBroken(checkpoint);
		}
		finally {
			jdbc.update("INSERT INTO audit_anchor (checkpoint_seq, chain_id, chain_seq, hash) VALUES (?, ?, ?, ?)",
					checkpoint, h, anchor.get("chain_seq"), anchor.get("hash"));
		}
		jdbc.update("UPDATE audit_anchor SET chain_seq = 2 WHERE checkpoint_seq = ? AND chain_id = ?", checkpoint, h);
		try {
			assertCheckpointBroken(checkpoint);
		}
		finally {
			jdbc.update("UPDATE audit_anchor SET chain_seq = 3 WHERE checkpoint_seq = ? AND chain_id = ?", checkpoint,
					h);
		}
		assertThat(verifier.verify(admin).intact()).isTrue();

		// a checkpoint removed from the middle of theirs
		appendThree(h);
		long next = checkpoints.checkpoint().orElseThrow();
		Map<String, Object> removed = jdbc.queryForMap("SELECT * FROM audit_checkpoint WHERE seq = ?", checkpoint);
		List<Map<String, Object>> anchors = jdbc.queryForList("SELECT * FROM audit_anchor WHERE checkpoint_seq = ?",
				checkpoint);
		jdbc.update("DELETE FROM audit_anchor WHERE checkpoint_seq = ?", checkpoint);
		jdbc.update("DELETE FROM audit_checkpoint WHERE seq = ?", checkpoint);
		try {
			assertCheckpointBroken(checkpoint);
		}
		finally {
			jdbc.update(
					"INSERT INTO audit_checkpoint (seq, created_at, chains, prev_hash, hash) VALUES (?, ?, ?, ?, ?)",
					removed.get("seq"), removed.get("created_at"), removed.get("chains"), removed.get("prev_hash"),
					removed.get("hash"));
			anchors.forEach(a -> jdbc.update(
					"INSERT INTO audit_anchor (checkpoint_seq, chain_id, chain_seq, hash) VALUES (?, ?, ?, ?)",
					a.get("checkpoint_seq"), a.get("chain_id"), a.get("chain_seq"), a.get("hash")));
		}
		assertThat(next).isGreaterThan(checkpoint);
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void onlyAnAdministratorMayVerify() {
		assertThatThrownBy(() -> verifier.verify(organizer)).isInstanceOf(NotPermittedException.class);
	}

	@Test
	void theRowsOfATransactionAreChainedInOrderWhenItCommitsAndNeverIfItRollsBack() {
		long h = aHandover();
		tx.executeWithoutResult(s -> {
			for (int i = 0; i < 3; i++) {
				audit.append(h, organizer, "TEST_ORDER", Map.of("n", i));
			}
			s.setRollbackOnly();
		});
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE chain_id = ?", Long.class, h)).isZero();

		tx.executeWithoutResult(s -> {
			for (int i = 0; i < 3; i++) {
				audit.append(h, organizer, "TEST_ORDER", Map.of("n", i));
				audit.append(null, organizer, "TEST_ORDER", Map.of("n", i, "chain", h));
			}
		});
		assertThat(audit.history(h)).extracting(AuditEntry::detail)
			.containsExactly("{\"n\":0}", "{\"n\":1}", "{\"n\":2}");
		assertThat(audit.history(h)).extracting(AuditEntry::chainSeq).containsExactly(1L, 2L, 3L);
		assertThat(jdbc.queryForList(
				"SELECT handover_id FROM audit_log WHERE action = 'TEST_ORDER' AND detail LIKE ?" + " ORDER BY seq",
				Long.class, "%" + h + "%"))
			.hasSize(3)
			.containsOnlyNulls();
		assertThat(verifier.verify(admin).intact()).isTrue();
	}

	@Test
	void appendingOutsideATransactionIsRefused() {
		assertThatThrownBy(() -> audit.append(null, organizer, "NO_TX", Map.of()))
			.isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
	}

	private void assertCheckpointBroken(long checkpoint) {
		AuditVerification result = verifier.verify(admin);
		assertThat(result.intact()).isFalse();
		assertThat(result.kind()).isEqualTo(Problem.CHECKPOINT_BROKEN);
		assertThat(result.brokenCheckpoint()).isEqualTo(checkpoint);
		assertThat(result.problem()).contains("Checkpoint " + checkpoint).contains("检查点");
	}

	private static void assertBroken(AuditVerification result, Problem kind, long chain, Integer entry) {
		assertThat(result.intact()).isFalse();
		assertThat(result.kind()).as(result.problem()).isEqualTo(kind);
		assertThat(result.brokenChain()).isEqualTo(chain);
		assertThat(result.brokenEntry()).isEqualTo(entry == null ? null : entry.longValue());
	}

	/**
	 * A handover id no other test uses (the chains do not need the handover row), and the
	 * one after it.
	 */
	private static long aHandover() {
		return ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50) * 2;
	}

	private List<Long> appendThree(long handoverId) {
		List<Long> seqs = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			int n = i;
			tx.executeWithoutResult(
					s -> audit.append(handoverId, organizer, "TEST_TAMPER", Map.of("n", n, "note", "金额 ¥1,234.56")));
			seqs.add(jdbc.queryForObject("SELECT MAX(seq) FROM audit_log WHERE chain_id = ?", Long.class, handoverId));
		}
		return seqs;
	}

	private AuditEntry entryAt(long seq) {
		return jdbc
			.query("SELECT * FROM audit_log WHERE seq = ?",
					(rs, i) -> new AuditEntry(rs.getLong("seq"), rs.getLong("chain_id"), rs.getLong("chain_seq"),
							(Long) rs.getObject("handover_id"), (Long) rs.getObject("actor_id"), rs.getString("action"),
							rs.getString("detail"),
							rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
							rs.getString("prev_hash"), rs.getString("hash")),
					seq)
			.get(0);
	}

	private void reinsert(Map<String, Object> row) {
		jdbc.update(
				"INSERT INTO audit_log (seq, chain_id, chain_seq, handover_id, actor_id, action, detail, created_at,"
						+ " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
				row.get("seq"), row.get("chain_id"), row.get("chain_seq"), row.get("handover_id"), row.get("actor_id"),
				row.get("action"), row.get("detail"), row.get("created_at"), row.get("prev_hash"), row.get("hash"));
	}

	private long headOf(long chain) {
		List<Long> seq = jdbc.queryForList("SELECT last_seq FROM audit_chain WHERE chain_id = ?", Long.class, chain);
		return seq.isEmpty() ? 0 : seq.get(0);
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("the writers did not meet", ex);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
