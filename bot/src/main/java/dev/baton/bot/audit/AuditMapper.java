package dev.baton.bot.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

	/**
	 * Which of these chains have a head row (a plain read: it locks nothing, not even the
	 * gaps).
	 */
	List<Long> existingChains(@Param("ids") Collection<Long> ids);

	/**
	 * A new chain's head, before its first entry, locked until the transaction ends; if
	 * another transaction created it meanwhile, waits for that one and locks the existing
	 * row exclusively, changing nothing (never a shared lock).
	 */
	void startChain(@Param("chainId") long chainId, @Param("genesis") String genesis);

	/**
	 * Locks this chain's head (an existing row) until the transaction ends; null if it
	 * has none.
	 */
	Head lockChain(@Param("chainId") long chainId);

	void insertAll(@Param("entries") List<AuditEntry> entries);

	void updateChain(@Param("h") Head head);

	List<Head> heads();

	/** The entries in chain order, after the given place. */
	List<AuditEntry> chainPage(@Param("afterChain") long afterChain, @Param("afterChainSeq") long afterChainSeq,
			@Param("limit") int limit);

	List<AuditEntry> forHandover(long handoverId);

	/** One chain's entries after the given place, in chain order. */
	List<AuditEntry> chainEntries(@Param("chainId") long chainId, @Param("afterChainSeq") long afterChainSeq,
			@Param("limit") int limit);

	/** One chain's head (null if it has none). */
	Head head(@Param("chainId") long chainId);

	/**
	 * Every anchor of one chain, oldest first, each with the hash of the entry it names
	 * as stored now.
	 */
	List<AnchorRow> anchorsOf(@Param("chainId") long chainId);

	/** One checkpoint (null if gone). */
	Checkpoint checkpoint(@Param("seq") long seq);

	/** Locks the newest checkpoint: checkpoints are written one at a time. */
	Checkpoint lockLastCheckpoint();

	/**
	 * The heads of the chains that moved since the checkpoint that last anchored them (or
	 * were never anchored).
	 */
	List<Head> movedHeads();

	void insertCheckpoint(@Param("c") Checkpoint checkpoint);

	void insertAnchors(@Param("checkpointSeq") long checkpointSeq, @Param("anchors") List<AuditHashes.Anchor> anchors);

	List<Checkpoint> checkpoints(@Param("afterSeq") long afterSeq, @Param("limit") int limit);

	/**
	 * The anchors of these checkpoints, each with the hash of the entry it names as it is
	 * stored now (null if gone).
	 */
	List<AnchorRow> anchors(@Param("fromSeq") long fromSeq, @Param("toSeq") long toSeq);

	record Head(long chainId, long lastSeq, String lastHash) {
	}

	record Checkpoint(long seq, Instant createdAt, int chains, String prevHash, String hash) {
	}

	record AnchorRow(long checkpointSeq, long chainId, long chainSeq, String hash, String entryHash) {
	}

}
