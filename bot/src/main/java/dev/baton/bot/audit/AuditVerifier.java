package dev.baton.bot.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.audit.AuditVerification.Problem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks every audit chain from its first entry, then every checkpoint, and reports the
 * first link that does not hold: an entry changed (its hash no longer matches), removed
 * (a gap in its chain), rewritten with a new hash, moved or reordered (the next entry no
 * longer follows it), a chain's end cut off (its head records more), a chain dropped
 * whole (its head, or the checkpoint that anchored it, records it), a checkpoint removed
 * or changed, or an anchored entry gone. The walk reads one consistent snapshot, so
 * writes made meanwhile are not mistaken for damage.
 */
@Service
public class AuditVerifier {

	private static final int PAGE = 1000;

	private static final int CHECKPOINT_PAGE = 200;

	private final AuditMapper mapper;

	private final Access access;

	private final MessageSource messages;

	private final TransactionTemplate snapshot;

	AuditVerifier(AuditMapper mapper, Access access, MessageSource messages, PlatformTransactionManager transactions) {
		this.mapper = mapper;
		this.access = access;
		this.messages = messages;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	public AuditVerification verify(Actor actor) {
		access.require(actor, Action.VERIFY_AUDIT_LOG, new Subject("/", -1, -1));
		return snapshot.execute(status -> new Walk().run());
	}

	/**
	 * Checks one handover's own chain (every entry's hash, its link to the one before and
	 * its place, the chain's head) and every checkpoint that anchors it (each recomputed
	 * from its anchors and linked to the checkpoint before it, each anchor still naming
	 * the entry it anchored), in one consistent snapshot. The handover's entries from
	 * before the chains are checked one by one (their links run through the whole log of
	 * that time). The caller checks that the reader may see the handover; nothing about
	 * any other handover is read or said.
	 */
	public HandoverChainCheck verifyHandover(long handoverId) {
		return snapshot.execute(status -> new HandoverWalk(handoverId).run());
	}

	/** One handover's chain walked, and its anchoring checkpoints. */
	private final class HandoverWalk {

		final long chain;

		long entries;

		long legacy;

		HandoverWalk(long handoverId) {
			this.chain = AuditHashes.chainOf(handoverId);
		}

		HandoverChainCheck run() {
			for (AuditEntry e : mapper.forHandover(chain)) {
				if (e.chainId() == AuditHashes.LEGACY_CHAIN) {
					if (!AuditHashes.of(e).equals(e.hash())) {
						return broken(Problem.CHANGED, AuditHashes.LEGACY_CHAIN, e.chainSeq(), null);
					}
					legacy++;
				}
			}
			long expected = 1;
			String prev = AuditHashes.GENESIS;
			List<AuditEntry> page = mapper.chainEntries(chain, 0, PAGE);
			while (!page.isEmpty()) {
				for (AuditEntry e : page) {
					if (e.handoverId() == null || e.handoverId() != chain) {
						return broken(Problem.MISPLACED, chain, e.chainSeq(), null);
					}
					if (e.chainSeq() != expected) {
						return broken(Problem.MISSING, chain, expected, null);
					}
					if (!e.prevHash().equals(prev)) {
						return broken(Problem.OUT_OF_ORDER, chain, e.chainSeq(), null);
					}
					if (!AuditHashes.of(e).equals(e.hash())) {
						return broken(Problem.CHANGED, chain, e.chainSeq(), null);
					}
					prev = e.hash();
					expected++;
					entries++;
				}
				page = mapper.chainEntries(chain, page.get(page.size() - 1).chainSeq(), PAGE);
			}
			AuditMapper.Head head = mapper.head(chain);
			if (head == null && entries > 0) {
				return broken(Problem.HEAD_MISSING, chain, null, null);
			}
			if (head != null && entries == 0 && head.lastSeq() > 0) {
				return broken(Problem.CHAIN_DROPPED, chain, 1L, head.lastSeq());
			}
			if (head != null && (head.lastSeq() != entries || !head.lastHash().equals(prev))) {
				return broken(Problem.TAIL_CUT, chain, entries + 1, head.lastSeq());
			}
			long anchoredUpTo = 0;
			AuditMapper.Checkpoint newest = null;
			List<AuditMapper.AnchorRow> anchors = mapper.anchorsOf(chain);
			for (AuditMapper.AnchorRow a : anchors) {
				if (a.chainSeq() > entries) {
					return broken(Problem.CHAIN_DROPPED, chain, entries + 1, a.chainSeq());
				}
				if (!a.hash().equals(a.entryHash())) {
					return broken(Problem.ANCHOR_BROKEN, chain, a.chainSeq(), a.checkpointSeq());
				}
				AuditMapper.Checkpoint c = mapper.checkpoint(a.checkpointSeq());
				if (c == null || !holds(c)) {
					return broken(Problem.CHECKPOINT_BROKEN, null, null, a.checkpointSeq());
				}
				anchoredUpTo = Math.max(anchoredUpTo, a.chainSeq());
				newest = c;
			}
			return new HandoverChainCheck(true, entries, legacy, anchoredUpTo, newest == null ? null : newest.seq(),
					newest == null ? null : newest.createdAt(), newest == null ? null : newest.hash(), anchors.size(),
					null, null, null);
		}

		/**
		 * A checkpoint recomputes from its anchors and follows the checkpoint before it.
		 */
		private boolean holds(AuditMapper.Checkpoint c) {
			List<AuditHashes.Anchor> its = mapper.anchors(c.seq(), c.seq())
				.stream()
				.map(a -> new AuditHashes.Anchor(a.chainId(), a.chainSeq(), a.hash()))
				.toList();
			AuditMapper.Checkpoint before = mapper.checkpoint(c.seq() - 1);
			return before != null && before.hash().equals(c.prevHash()) && c.chains() == its.size()
					&& AuditHashes.checkpoint(c.prevHash(), c.seq(), c.createdAt(), its).equals(c.hash());
		}

		private HandoverChainCheck broken(Problem kind, Long chainId, Long entry, Long number) {
			Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
			String name = chainId == null ? "" : chainId == AuditHashes.LEGACY_CHAIN
					? messages.getMessage("audit.chain.legacy", null, locale)
					: messages.getMessage("audit.chain.handover", new Object[] { Long.toString(chainId) }, locale);
			String text = messages.getMessage("audit.verify." + kind.name(),
					new Object[] { name, entry == null ? "" : Long.toString(entry),
							number == null ? "" : Long.toString(number),
							entry == null ? "" : Long.toString(entry - 1) },
					locale);
			return new HandoverChainCheck(false, entries, legacy, 0, null, null, null, 0, kind, entry, text);
		}

	}

	/** One verification's walk and what it has counted. */
	private final class Walk {

		long rows;

		long chains;

		long checkpoints;

		String latestCheckpointHash = AuditHashes.GENESIS;

		AuditVerification run() {
			AuditVerification broken = chains();
			return broken != null ? broken : checkpoints();
		}

		private AuditVerification chains() {
			Map<Long, AuditMapper.Head> heads = new TreeMap<>();
			mapper.heads().forEach(h -> heads.put(h.chainId(), h));
			Long chain = null;
			long expected = 1;
			String prev = AuditHashes.GENESIS;
			long lastSeq = Long.MIN_VALUE;
			List<AuditEntry> page = mapper.chainPage(Long.MIN_VALUE, 0, PAGE);
			while (!page.isEmpty()) {
				for (AuditEntry e : page) {
					if (chain == null || e.chainId() != chain) {
						if (chain != null) {
							AuditVerification broken = closeChain(heads, chain, expected - 1, prev);
							if (broken != null) {
								return broken;
							}
						}
						chain = e.chainId();
						chains++;
						expected = 1;
						prev = AuditHashes.GENESIS;
						lastSeq = Long.MIN_VALUE;
					}
					if (e.chainId() != AuditHashes.LEGACY_CHAIN && e.chainId() != AuditHashes.chainOf(e.handoverId())) {
						return broken(Problem.MISPLACED, chain, e.chainSeq(), null, null);
					}
					if (e.chainSeq() != expected) {
						return broken(Problem.MISSING, chain, expected, null, null);
					}
					if (!e.prevHash().equals(prev) || e.seq() <= lastSeq) {
						return broken(Problem.OUT_OF_ORDER, chain, e.chainSeq(), null, null);
					}
					if (!AuditHashes.of(e).equals(e.hash())) {
						return broken(Problem.CHANGED, chain, e.chainSeq(), null, null);
					}
					prev = e.hash();
					lastSeq = e.seq();
					expected++;
					rows++;
				}
				AuditEntry last = page.get(page.size() - 1);
				page = mapper.chainPage(last.chainId(), last.chainSeq(), PAGE);
			}
			if (chain != null) {
				AuditVerification broken = closeChain(heads, chain, expected - 1, prev);
				if (broken != null) {
					return broken;
				}
			}
			for (AuditMapper.Head head : heads.values()) {
				if (head.lastSeq() > 0) {
					return broken(Problem.CHAIN_DROPPED, head.chainId(), 1L, head.lastSeq(), null);
				}
			}
			return null;
		}

		/**
		 * A chain's walk ended at entry {@code reached}: its head must record exactly
		 * that entry.
		 */
		private AuditVerification closeChain(Map<Long, AuditMapper.Head> heads, long chain, long reached,
				String lastHash) {
			AuditMapper.Head head = heads.remove(chain);
			if (head == null) {
				return broken(Problem.HEAD_MISSING, chain, null, null, null);
			}
			if (head.lastSeq() != reached || !head.lastHash().equals(lastHash)) {
				return broken(Problem.TAIL_CUT, chain, reached + 1, head.lastSeq(), null);
			}
			return null;
		}

		private AuditVerification checkpoints() {
			long expected = 0;
			String prev = AuditHashes.GENESIS;
			List<AuditMapper.Checkpoint> page = mapper.checkpoints(-1, CHECKPOINT_PAGE);
			while (!page.isEmpty()) {
				Map<Long, List<AuditMapper.AnchorRow>> anchors = new HashMap<>();
				mapper.anchors(page.get(0).seq(), page.get(page.size() - 1).seq())
					.forEach(a -> anchors.computeIfAbsent(a.checkpointSeq(), k -> new ArrayList<>()).add(a));
				for (AuditMapper.Checkpoint c : page) {
					if (c.seq() != expected) {
						return broken(Problem.CHECKPOINT_BROKEN, null, null, expected, expected);
					}
					List<AuditMapper.AnchorRow> its = anchors.getOrDefault(c.seq(), List.of());
					if (c.seq() == 0) {
						if (!c.hash().equals(AuditHashes.GENESIS) || !its.isEmpty()) {
							return broken(Problem.CHECKPOINT_BROKEN, null, null, 0L, 0L);
						}
					}
					else {
						String recomputed = AuditHashes.checkpoint(c.prevHash(), c.seq(), c.createdAt(),
								its.stream()
									.map(a -> new AuditHashes.Anchor(a.chainId(), a.chainSeq(), a.hash()))
									.toList());
						if (!c.prevHash().equals(prev) || !recomputed.equals(c.hash()) || c.chains() != its.size()) {
							return broken(Problem.CHECKPOINT_BROKEN, null, null, c.seq(), c.seq());
						}
						for (AuditMapper.AnchorRow a : its) {
							if (!a.hash().equals(a.entryHash())) {
								return broken(Problem.ANCHOR_BROKEN, a.chainId(), a.chainSeq(), c.seq(), c.seq());
							}
						}
						checkpoints++;
					}
					prev = c.hash();
					expected++;
				}
				page = mapper.checkpoints(page.get(page.size() - 1).seq(), CHECKPOINT_PAGE);
			}
			latestCheckpointHash = prev;
			return new AuditVerification(true, rows, chains, checkpoints, latestCheckpointHash, null, null, null, null,
					null);
		}

		private AuditVerification broken(Problem kind, Long chain, Long entry, Long number, Long checkpoint) {
			String text = problem(kind, chain, entry, number, Locale.SIMPLIFIED_CHINESE) + "\n"
					+ problem(kind, chain, entry, number, Locale.ENGLISH);
			return new AuditVerification(false, rows, chains, checkpoints, null, kind, chain, entry, checkpoint, text);
		}

		/**
		 * Chinese first, then English, whatever the request's language: an administrator
		 * may forward it.
		 */
		private String problem(Problem kind, Long chain, Long entry, Long number, Locale locale) {
			String name = chain == null ? "" : chainName(chain, locale);
			return messages.getMessage("audit.verify." + kind.name(),
					new Object[] { name, text(entry), text(number), entry == null ? "" : Long.toString(entry - 1) },
					locale);
		}

		private String chainName(long chain, Locale locale) {
			if (chain == AuditHashes.LEGACY_CHAIN) {
				return messages.getMessage("audit.chain.legacy", null, locale);
			}
			if (chain == AuditHashes.SYSTEM_CHAIN) {
				return messages.getMessage("audit.chain.system", null, locale);
			}
			return messages.getMessage("audit.chain.handover", new Object[] { Long.toString(chain) }, locale);
		}

		private String text(Long n) {
			return n == null ? "" : Long.toString(n);
		}

	}

}
