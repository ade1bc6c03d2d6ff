package dev.baton.bot.signoff;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.confirmation.SigningStart;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverOfficials;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.HandoverReviewers;
import dev.baton.bot.handover.HandoverNotices;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.policy.CopyRecipient;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.access.SignerRole;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-off (签字): every signer the policy requires signs with a one-time code Baton issues
 * to them (a deliberate act, never a stray "ok"). The last signature archives the record:
 * its digest is fixed, a copy goes to each copy recipient, its public summary goes to the
 * unit's groups when the policy asks for publicity (公开), and the case moves to follow-up
 * (or closes when nothing is unfinished).
 */
@Service
public class SignoffService implements SigningStart {

	static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

	static final int CODE_ATTEMPTS = 5;

	private final HandoverRecords records;

	private final SignoffMapper mapper;

	private final Access access;

	private final Checklists checklists;

	private final RecordDigest digest;

	private final Publicity publicity;

	private final Directory directory;

	private final HandoverOfficials officials;

	private final TimeSource time;

	private final WaitingSteps waitingSteps;

	private final HandoverNotices handoverNotices;

	private final HandoverReviewers handoverReviewers;

	SignoffService(HandoverRecords records, SignoffMapper mapper, Access access, Checklists checklists,
			RecordDigest digest, Publicity publicity, Directory directory, HandoverOfficials officials, TimeSource time,
			WaitingSteps waitingSteps, HandoverNotices handoverNotices, HandoverReviewers handoverReviewers) {
		this.handoverReviewers = handoverReviewers;
		this.handoverNotices = handoverNotices;
		this.waitingSteps = waitingSteps;
		this.time = time;
		this.officials = officials;
		this.directory = directory;
		this.records = records;
		this.mapper = mapper;
		this.access = access;
		this.checklists = checklists;
		this.digest = digest;
		this.publicity = publicity;
	}

	/** Every item is settled: signing opens, one waiting step per required signer. */
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void begin(Handover h, Actor actor) {
		records.moved(h, h.startSigning(), actor);
		for (SignerRole role : records.policy(h).signers()) {
			var due = waitingSteps.openStep(h, WaitingStepKind.SIGNING, role.name());
			handoverNotices.notify(h, OutboxEvent.SIGNING_REQUESTED, signers(h, role), false,
					Map.of("as", role.name(), "dueOn", due.toString()));
		}
	}

	/**
	 * Issues a fresh code to the actor (earlier unused ones stop working). The caller
	 * shows it to the signer 1:1; it is not stored in the clear anywhere.
	 */
	@Transactional
	public String issueCode(Actor actor, long handoverId) {
		Handover h = records.lock(handoverId);
		h.requireSigning();
		if (pendingCapacities(actor, h).isEmpty()) {
			if (eligibleCapacities(actor, h).isEmpty()) {
				throw new NotPermittedException(Action.SIGN, null);
			}
			return null; // already signed in every capacity
		}
		String code = SigningCodes.newCode();
		var now = time.now();
		mapper.retireCodes(h.id(), actor.officialId(), now);
		mapper.insertCode(h.id(), actor.officialId(), SigningCodes.hash(h.id(), actor.officialId(), code),
				now.plus(CODE_LIFETIME));
		records.audit(h, actor, "SIGNING_CODE_ISSUED", Map.of());
		return code;
	}

	/** Signs in every capacity the actor holds and has not signed in yet. */
	@Transactional
	public SignOutcome sign(Actor actor, long handoverId, String code) {
		Handover h = records.lock(handoverId);
		h.requireSigning();
		List<SignerRole> pending = pendingCapacities(actor, h);
		if (pending.isEmpty()) {
			if (eligibleCapacities(actor, h).isEmpty()) {
				throw new NotPermittedException(Action.SIGN, null);
			}
			return new SignOutcome(SignOutcome.Status.ALREADY_SIGNED, List.of(), 0);
		}
		var now = time.now();
		SignoffMapper.ActiveCode active = mapper.activeCode(h.id(), actor.officialId(), now);
		if (active == null) {
			return new SignOutcome(SignOutcome.Status.NO_VALID_CODE, List.of(), 0);
		}
		if (!SigningCodes.matches(active.codeSha256(), h.id(), actor.officialId(), code)) {
			mapper.spendAttempt(active.id());
			int left = CODE_ATTEMPTS - active.attempts() - 1;
			if (left <= 0) {
				mapper.retireCodes(h.id(), actor.officialId(), now);
			}
			records.audit(h, actor, "SIGNING_CODE_REJECTED", Map.of("attemptsLeft", Math.max(left, 0)));
			return new SignOutcome(left > 0 ? SignOutcome.Status.WRONG_CODE : SignOutcome.Status.NO_VALID_CODE,
					List.of(), Math.max(left, 0));
		}
		mapper.retireCodes(h.id(), actor.officialId(), now);
		for (SignerRole role : pending) {
			mapper.insertSignature(h.id(), role, actor.officialId(), now);
			waitingSteps.closeStep(h, WaitingStepKind.SIGNING, role.name());
		}
		records.audit(h, actor, "SIGNED", Map.of("as", pending.stream().map(Enum::name).toList()));
		if (signedRoles(h).containsAll(records.policy(h).signers())) {
			archive(h, actor);
		}
		return new SignOutcome(SignOutcome.Status.SIGNED, pending, 0);
	}

	/**
	 * The handover a signing code typed by the actor was issued for, among the codes
	 * issued to them in the last day, used or not (#12, newcomer 11: a code typed again
	 * after it signed, or while another handover is in focus); null when it is none of
	 * theirs.
	 */
	@Transactional(readOnly = true)
	public Long handoverOfCode(Actor actor, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		for (SignoffMapper.IssuedCode issued : mapper.recentCodes(actor.officialId(),
				time.now().minus(java.time.Duration.ofDays(1)))) {
			if (SigningCodes.matches(issued.codeSha256(), issued.handoverId(), actor.officialId(), code)) {
				return issued.handoverId();
			}
		}
		return null;
	}

	/**
	 * Whether the handover is being signed and waits on the actor's signature in a
	 * capacity they hold.
	 */
	@Transactional(readOnly = true)
	public boolean awaits(Actor actor, long handoverId) {
		Handover h = records.find(handoverId);
		return h.state() == HandoverState.SIGNING && !pendingCapacities(actor, h).isEmpty();
	}

	public List<Signature> signatures(long handoverId) {
		return mapper.signatures(handoverId);
	}

	/** Recomputes the archived record's digest: true while nothing in it has changed. */
	public boolean archiveIntact(long handoverId) {
		Handover h = records.find(handoverId);
		return h.archiveSha256() != null && h.archiveSha256().equals(digest.of(h));
	}

	private void archive(Handover h, Actor actor) {
		// the names and posts of everyone the record names, as they are today, sealed
		// with it (#15)
		officials.keep(h.id(), digest.officialsNamed(h));
		String sha256 = digest.of(h);
		records.moved(h, h.archive(time.now(), sha256), actor);
		HandoverPolicy policy = records.policy(h);
		// 一式N份 is one copy per party, not per signer: each holder is told whose copy
		// theirs is and who shares it
		List<String> parties = policy.copies().stream().map(Enum::name).toList();
		long signers = mapper.signatures(h.id()).stream().map(Signature::officialId).distinct().count();
		Set<Long> told = new HashSet<>();
		for (CopyRecipient copy : policy.copies()) {
			Collection<Long> holders = copyHolders(h, copy);
			Map<String, Object> notice = new LinkedHashMap<>();
			notice.put("copy", copy.name());
			notice.put("copies", policy.copies().size());
			notice.put("parties", parties);
			notice.put("signers", signers);
			notice.put("holders", holders.stream().map(id -> directory.official(id).name()).toList());
			notice.put("sha256", sha256);
			// the copy itself: the 交接书 as PDF, made from the frozen record when it is
			// sent (#15)
			notice.put("document", "pdf");
			handoverNotices.notify(h, OutboxEvent.ARCHIVED_COPY, holders, true, notice);
			told.addAll(holders);
		}
		// a signer whose party keeps no copy under this policy is told too, and where the
		// copies are
		List<Long> untold = mapper.signatures(h.id())
			.stream()
			.map(Signature::officialId)
			.distinct()
			.filter(id -> !told.contains(id))
			.toList();
		if (!untold.isEmpty()) {
			handoverNotices.notify(h, OutboxEvent.ARCHIVED_COPY, untold, true, Map.of("variant", "NO_COPY", "copies",
					policy.copies().size(), "parties", parties, "signers", signers, "sha256", sha256));
		}
		if (policy.publicity()) {
			publicity.onArchived(h);
		}
		List<Item> unfinished = checklists.items(h.id()).stream().filter(Item::unfinished).toList();
		if (unfinished.isEmpty()) {
			records.moved(h, h.close(time.now()), actor);
			return;
		}
		var due = waitingSteps.openStep(h, WaitingStepKind.PLAN, "");
		handoverNotices.notify(h, OutboxEvent.PLAN_REQUESTED, List.of(h.successorId()), false,
				Map.of("unfinished", unfinished.stream().map(Item::seq).toList(), "dueOn", due.toString()));
	}

	private List<SignerRole> eligibleCapacities(Actor actor, Handover h) {
		return records.policy(h)
			.signers()
			.stream()
			.filter(role -> access.mayActAs(actor, role, records.subject(h)))
			.toList();
	}

	private List<SignerRole> pendingCapacities(Actor actor, Handover h) {
		Set<SignerRole> signed = signedRoles(h);
		return eligibleCapacities(actor, h).stream().filter(role -> !signed.contains(role)).toList();
	}

	private Set<SignerRole> signedRoles(Handover h) {
		return mapper.signatures(h.id()).stream().map(Signature::signerRole).collect(Collectors.toSet());
	}

	/** Who signs as the role: their names are said with it (newcomer 16, finding 12). */
	public Collection<Long> signersAs(Handover h, SignerRole role) {
		return signers(h, role);
	}

	private Collection<Long> signers(Handover h, SignerRole role) {
		return switch (role) {
			case DEPARTING -> List.of(h.departingId());
			case SUCCESSOR -> List.of(h.successorId());
			case ORGANIZER -> List.of(h.organizerId());
			default -> handoverReviewers.reviewers(h, role.department());
		};
	}

	/**
	 * Who keeps a party's copy: the 组织 copy is the organization reviewers' and the
	 * organizer's (who signs).
	 */
	private Collection<Long> copyHolders(Handover h, CopyRecipient copy) {
		return switch (copy) {
			case DEPARTING -> List.of(h.departingId());
			case SUCCESSOR -> List.of(h.successorId());
			case ORGANIZATION -> {
				Set<Long> holders = new LinkedHashSet<>(handoverReviewers.reviewers(h, Department.ORGANIZATION));
				holders.add(h.organizerId());
				yield new ArrayList<>(holders);
			}
			default -> new ArrayList<>(handoverReviewers.reviewers(h, Department.valueOf(copy.name())));
		};
	}

}
