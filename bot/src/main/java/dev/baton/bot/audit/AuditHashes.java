package dev.baton.bot.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The hashes that seal the audit log: an entry in its chain, an entry of the legacy
 * chain, a checkpoint.
 */
final class AuditHashes {

	static final String GENESIS = "0".repeat(64);

	/**
	 * The chain of the rows written before the chains (V40), sealed by {@link #legacy}.
	 */
	static final long LEGACY_CHAIN = -1;

	/** The chain of unit-level and system events: every audit row without a handover. */
	static final long SYSTEM_CHAIN = 0;

	private AuditHashes() {
	}

	static long chainOf(Long handoverId) {
		return handoverId == null ? SYSTEM_CHAIN : handoverId;
	}

	/**
	 * An entry of a chain: its predecessor's hash, its chain and place in it, and
	 * everything it says.
	 */
	static String entry(String prevHash, long chainId, long chainSeq, Long handoverId, Long actorId, String action,
			String detail, Instant createdAt) {
		return sha256(String.join("\n", "chain", prevHash, Long.toString(chainId), Long.toString(chainSeq),
				text(handoverId), text(actorId), action, Long.toString(createdAt.toEpochMilli()), detail));
	}

	/**
	 * An entry of the legacy chain, as it was sealed when the log was one chain (its
	 * place was the global seq).
	 */
	static String legacy(String prevHash, long seq, Long handoverId, Long actorId, String action, String detail,
			Instant createdAt) {
		return sha256(String.join("\n", prevHash, Long.toString(seq), text(handoverId), text(actorId), action,
				Long.toString(createdAt.toEpochMilli()), detail));
	}

	/** Whichever of the two seals this entry's chain uses. */
	static String of(AuditEntry e) {
		return e.chainId() == LEGACY_CHAIN
				? legacy(e.prevHash(), e.chainSeq(), e.handoverId(), e.actorId(), e.action(), e.detail(), e.createdAt())
				: entry(e.prevHash(), e.chainId(), e.chainSeq(), e.handoverId(), e.actorId(), e.action(), e.detail(),
						e.createdAt());
	}

	/** A checkpoint: the one before it, and the heads it anchors (in chain order). */
	static String checkpoint(String prevHash, long seq, Instant createdAt, List<Anchor> anchors) {
		StringBuilder text = new StringBuilder("checkpoint\n").append(prevHash)
			.append('\n')
			.append(seq)
			.append('\n')
			.append(createdAt.toEpochMilli());
		for (Anchor a : anchors) {
			text.append('\n').append(a.chainId()).append(' ').append(a.chainSeq()).append(' ').append(a.hash());
		}
		return sha256(text.toString());
	}

	private static String text(Long value) {
		return value == null ? "" : value.toString();
	}

	private static String sha256(String canonical) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

	/** A chain's head as a checkpoint anchored it. */
	record Anchor(long chainId, long chainSeq, String hash) {
	}

}
