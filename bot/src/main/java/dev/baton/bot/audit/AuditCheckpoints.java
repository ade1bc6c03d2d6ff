package dev.baton.bot.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.audit.AuditCheckpointing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The global checkpoints of the audit log: each one anchors the head of every chain that
 * moved since the previous checkpoint (the rest were anchored before) and hashes the
 * previous checkpoint with them, so checkpoint n vouches for the heads of all chains as
 * they stood when it was written. Verification then finds a chain cut short or dropped
 * whole, head row and all, if a checkpoint had anchored it.
 *
 * <p>
 * A checkpoint is written by a job every minute (one instance of the cluster), not by a
 * write every N entries: counting entries across the system is itself one row every
 * audited write would have to touch — the hot spot the chains remove — and a checkpoint
 * made at a commit would make that person's write pay for it. The job reads the heads
 * without locking them (one consistent read), so writers never wait for it; what it costs
 * is that the newest minute of entries is guarded by the chains and their heads alone
 * until the next checkpoint.
 */
@Service
public class AuditCheckpoints implements AuditCheckpointing {

	private final AuditMapper mapper;

	private final TimeSource time;

	private final TransactionTemplate transaction;

	AuditCheckpoints(AuditMapper mapper, TimeSource time, PlatformTransactionManager transactions) {
		this.mapper = mapper;
		this.time = time;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Writes a checkpoint if any chain moved since the last one; the checkpoint's number,
	 * or empty if none moved.
	 */
	@Override
	public Optional<Long> checkpoint() {
		return Optional.ofNullable(transaction.execute(status -> {
			AuditMapper.Checkpoint last = mapper.lockLastCheckpoint();
			List<AuditHashes.Anchor> anchors = mapper.movedHeads()
				.stream()
				.map(h -> new AuditHashes.Anchor(h.chainId(), h.lastSeq(), h.lastHash()))
				.toList();
			if (anchors.isEmpty()) {
				return null;
			}
			long seq = last.seq() + 1;
			Instant now = time.now();
			String hash = AuditHashes.checkpoint(last.hash(), seq, now, anchors);
			mapper.insertCheckpoint(new AuditMapper.Checkpoint(seq, now, anchors.size(), last.hash(), hash));
			for (int from = 0; from < anchors.size(); from += 500) {
				mapper.insertAnchors(seq, anchors.subList(from, Math.min(anchors.size(), from + 500)));
			}
			return seq;
		}));
	}

}
