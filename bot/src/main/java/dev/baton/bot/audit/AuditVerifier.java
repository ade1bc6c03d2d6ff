package dev.baton.bot.audit;

import java.util.List;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import org.springframework.stereotype.Service;

/**
 * Walks the audit chain from the first row and reports the first link that does not hold: a row changed (its hash
 * no longer matches), a row removed (a gap in seq, or the next row's prev_hash points elsewhere), or the tail cut
 * off (the head records more rows than remain).
 */
@Service
public class AuditVerifier {

	private static final int PAGE = 500;

	private final AuditMapper mapper;

	private final Access access;

	AuditVerifier(AuditMapper mapper, Access access) {
		this.mapper = mapper;
		this.access = access;
	}

	public AuditVerification verify(Actor actor) {
		access.require(actor, Action.VERIFY_AUDIT_LOG, new Subject("/", -1, -1));
		AuditMapper.Head head = mapper.readHead();
		long expectedSeq = 1;
		String prevHash = AuditLog.GENESIS;
		long checked = 0;
		List<AuditEntry> page = mapper.page(0, PAGE);
		while (!page.isEmpty()) {
			for (AuditEntry e : page) {
				if (e.seq() != expectedSeq) {
					return AuditVerification.broken(checked, expectedSeq, "row " + expectedSeq + " is missing");
				}
				if (!e.prevHash().equals(prevHash)) {
					return AuditVerification.broken(checked, e.seq(), "row " + e.seq() + " does not follow the row before it");
				}
				String recomputed = AuditLog.hash(e.prevHash(), e.seq(), e.handoverId(), e.actorId(), e.action(), e.detail(),
						e.createdAt());
				if (!recomputed.equals(e.hash())) {
					return AuditVerification.broken(checked, e.seq(), "row " + e.seq() + " was changed after it was written");
				}
				prevHash = e.hash();
				expectedSeq++;
				checked++;
			}
			page = mapper.page(expectedSeq - 1, PAGE);
		}
		if (head.lastSeq() != checked || !head.lastHash().equals(prevHash)) {
			return AuditVerification.broken(checked, checked + 1,
					"the log ends at row " + checked + " but " + head.lastSeq() + " were written");
		}
		return AuditVerification.ok(checked);
	}

}
