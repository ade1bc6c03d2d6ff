package dev.baton.bot.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import dev.baton.bot.access.Actor;
import dev.baton.bot.system.SavepointParticipant;
import dev.baton.bot.system.TimeSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit log: every state change and every actor action. Each handover has
 * a chain of its own, and unit-level and system events (no handover) one more; each row
 * holds the SHA-256 of the row before it in its chain, and a periodic checkpoint
 * ({@link AuditCheckpoints}) anchors the heads of all chains. Appends join the caller's
 * transaction, so a change and its audit rows commit or roll back together.
 *
 * <p>
 * Each chain has a head row, which an append to it must lock. An append therefore only
 * notes its row; the rows of a transaction are chained and written just before it
 * commits, after everything else it did, with the heads of the chains they go to locked
 * in chain order. So a head is the last lock a transaction takes and is held only for
 * those inserts and the commit (a transaction waiting for a head holds nothing the head's
 * holder still needs: no deadlock runs through it), and only writers to the same handover
 * ever wait for each other (#14: with one head for the whole log, every audited write in
 * the system waited on one row).
 */
@Service
public class AuditLog implements SavepointParticipant {

	/** Rows per INSERT: a sync or a sweep batch may note hundreds in one transaction. */
	private static final int INSERT_ROWS = 200;

	/**
	 * Chains this instance has seen a head row of, at most this many remembered (a head
	 * row is never deleted).
	 */
	private static final int KNOWN_CHAINS = 100_000;

	private final AuditMapper mapper;

	private final Set<Long> known = ConcurrentHashMap.newKeySet();

	private final TimeSource time;

	private final JsonMapper json;

	private final org.springframework.context.ApplicationEventPublisher events;

	AuditLog(AuditMapper mapper, TimeSource time, JsonMapper json,
			org.springframework.context.ApplicationEventPublisher events) {
		this.mapper = mapper;
		this.time = time;
		this.json = json;
		this.events = events;
	}

	/**
	 * Notes an audit row, written when the caller's transaction commits (and never if it
	 * rolls back). It is not readable before then, not even by the transaction itself. A
	 * savepoint rolled back takes back the rows noted inside it
	 * ({@link SavepointParticipant}, through {@code Savepoints}).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(Long handoverId, Actor actor, String action, Map<String, ?> detail) {
		pending().drafts
			.add(new Draft(handoverId, actor.officialId(), action, json.writeValueAsString(detail), time.now()));
		if (handoverId != null) {
			// one action, one outcome (#12): what shows the handover elsewhere catches up
			events.publishEvent(new HandoverActed(handoverId));
		}
	}

	@Override
	public int mark() {
		return TransactionSynchronizationManager.isSynchronizationActive() ? pending().drafts.size() : 0;
	}

	@Override
	public void rollBackTo(int mark) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			List<Draft> drafts = pending().drafts;
			drafts.subList(Math.min(mark, drafts.size()), drafts.size()).clear();
		}
	}

	public List<AuditEntry> history(long handoverId) {
		return mapper.forHandover(handoverId);
	}

	/**
	 * The rows noted in the current transaction: found among its synchronizations, so a
	 * nested one has its own.
	 */
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

	/**
	 * Chains and writes the drafts: the heads are locked here, as late as the transaction
	 * allows.
	 */
	private void write(List<Draft> drafts) {
		Set<Long> chains = new TreeSet<>();
		drafts.forEach(d -> chains.add(AuditHashes.chainOf(d.handoverId())));
		Map<Long, AuditMapper.Head> heads = lockChains(chains);
		List<AuditEntry> entries = new ArrayList<>(drafts.size());
		for (Draft d : drafts) {
			long chain = AuditHashes.chainOf(d.handoverId());
			AuditMapper.Head head = heads.get(chain);
			long at = head.lastSeq() + 1;
			String hash = AuditHashes.entry(head.lastHash(), chain, at, d.handoverId(), d.actorId(), d.action(),
					d.detail(), d.at());
			entries.add(new AuditEntry(0, chain, at, d.handoverId(), d.actorId(), d.action(), d.detail(), d.at(),
					head.lastHash(), hash));
			heads.put(chain, new AuditMapper.Head(chain, at, hash));
		}
		for (int from = 0; from < entries.size(); from += INSERT_ROWS) {
			mapper.insertAll(entries.subList(from, Math.min(entries.size(), from + INSERT_ROWS)));
		}
		// each head by its primary key: an UPDATE … WHERE chain_id IN (…) may scan a
		// small table whole and lock every
		// head in it, and then wait for a head another writer holds while holding the one
		// that writer waits for
		for (AuditMapper.Head head : heads.values()) {
			mapper.updateChain(head);
		}
	}

	/**
	 * Locks the heads of these chains in chain order, creating those that have none yet.
	 * A missing head is created by an insert that, when another transaction created it
	 * first, waits for that one and then locks the row exclusively
	 * ({@code ON DUPLICATE KEY UPDATE}): a plain insert would take a shared lock on the
	 * row it collides with, and two transactions that each hold one and then ask for the
	 * exclusive lock deadlock (four writers starting the same new chain at once did,
	 * AuditChainTest). A head is never looked for with a locking read while it may be
	 * missing either: that would lock the gap where it goes, which another transaction
	 * starting a chain inserts into. So every head lock is a lock on that one row, taken
	 * in chain order, and a transaction waits for a head only while holding lower ones.
	 */
	private Map<Long, AuditMapper.Head> lockChains(Set<Long> chains) {
		List<Long> ordered = List.copyOf(chains);
		Set<Long> existing = new TreeSet<>();
		List<Long> unknown = ordered.stream().filter(c -> !known.contains(c)).toList();
		existing.addAll(ordered);
		existing.removeAll(unknown);
		for (int from = 0; from < unknown.size(); from += INSERT_ROWS) {
			existing.addAll(mapper.existingChains(unknown.subList(from, Math.min(unknown.size(), from + INSERT_ROWS))));
		}
		Map<Long, AuditMapper.Head> heads = new TreeMap<>();
		for (long chain : ordered) {
			if (!existing.contains(chain)) {
				mapper.startChain(chain, AuditHashes.GENESIS);
			}
			// by its primary key, on a row that exists now: that row alone is locked
			// (already, if just started)
			AuditMapper.Head head = mapper.lockChain(chain);
			if (head != null) {
				heads.put(chain, head);
			}
		}
		if (heads.size() != chains.size()) {
			known.removeAll(chains);
			throw new IllegalStateException("Audit chains without a head after creating them: " + chains);
		}
		if (known.size() > KNOWN_CHAINS) {
			known.clear();
		}
		known.addAll(existing);
		return heads;
	}

	private record Draft(Long handoverId, Long actorId, String action, String detail, Instant at) {
	}

	/**
	 * One transaction's drafts, written before it commits, after every other
	 * synchronization's work.
	 */
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
