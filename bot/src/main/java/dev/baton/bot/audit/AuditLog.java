package dev.baton.bot.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Actor;
import dev.baton.bot.system.TimeSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit log: every state change and every actor action, each row holding the SHA-256 of the row
 * before it. Appends join the caller's transaction, so a change and its audit rows commit or roll back together.
 *
 * <p>The chain has one head row, which every append must lock. An append therefore only notes its row; the rows of a
 * transaction are chained and written just before it commits, after everything else it did. So the head is the last
 * lock any transaction takes and is held only for those inserts and the commit: a transaction waiting for the head
 * holds nothing the head's holder still needs (no deadlock can run through it), and the rest of a transaction — its
 * handover lock, its steps, its outbox rows — no longer runs while every other audited write in the system waits
 * (#14: a reviewer's approval lost a deadlock between the head and a waiting step the sweep held).
 */
@Service
public class AuditLog {

	static final String GENESIS = "0".repeat(64);

	/** Rows per INSERT: a sync or a sweep batch may note hundreds in one transaction. */
	private static final int INSERT_ROWS = 200;

	private final AuditMapper mapper;

	private final TimeSource time;

	private final JsonMapper json;

	AuditLog(AuditMapper mapper, TimeSource time, JsonMapper json) {
		this.mapper = mapper;
		this.time = time;
		this.json = json;
	}

	/**
	 * Notes an audit row, written when the caller's transaction commits (and never if it rolls back). It is not
	 * readable before then, not even by the transaction itself. (A savepoint rolled back would not take back the rows
	 * noted inside it: Baton uses no nested transactions.)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(Long handoverId, Actor actor, String action, Map<String, ?> detail) {
		pending().drafts.add(new Draft(handoverId, actor.officialId(), action, json.writeValueAsString(detail), time.now()));
	}

	public List<AuditEntry> history(long handoverId) {
		return mapper.forHandover(handoverId);
	}

	/** The rows noted in the current transaction: found among its synchronizations, so a nested one has its own. */
	private Pending pending() {
		for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
			if (s instanceof Pending p && p.owner == this) {
				return p;
			}
		}
		Pending p = new Pending(this);
		TransactionSynchronizationManager.registerSynchronization(p);
		return p;
	}

	/** Chains and writes the drafts: the head is locked here, as late as the transaction allows. */
	private void write(List<Draft> drafts) {
		AuditMapper.Head head = mapper.lockHead();
		long seq = head.lastSeq();
		String prev = head.lastHash();
		List<AuditEntry> entries = new ArrayList<>(drafts.size());
		for (Draft d : drafts) {
			seq++;
			String hash = hash(prev, seq, d.handoverId(), d.actorId(), d.action(), d.detail(), d.at());
			entries.add(new AuditEntry(seq, d.handoverId(), d.actorId(), d.action(), d.detail(), d.at(), prev, hash));
			prev = hash;
		}
		for (int from = 0; from < entries.size(); from += INSERT_ROWS) {
			mapper.insertAll(entries.subList(from, Math.min(entries.size(), from + INSERT_ROWS)));
		}
		mapper.updateHead(seq, prev);
	}

	static String hash(String prevHash, long seq, Long handoverId, Long actorId, String action, String detail,
			Instant createdAt) {
		String canonical = String.join("\n", prevHash, Long.toString(seq), handoverId == null ? "" : handoverId.toString(),
				actorId == null ? "" : actorId.toString(), action, Long.toString(createdAt.toEpochMilli()), detail);
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

	private record Draft(Long handoverId, Long actorId, String action, String detail, Instant at) {
	}

	/** One transaction's drafts, written before it commits, after every other synchronization's work. */
	private static final class Pending implements TransactionSynchronization {

		final AuditLog owner;

		final List<Draft> drafts = new ArrayList<>();

		Pending(AuditLog owner) {
			this.owner = owner;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!drafts.isEmpty()) {
				owner.write(drafts);
			}
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
