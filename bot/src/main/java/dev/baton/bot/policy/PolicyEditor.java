package dev.baton.bot.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.SignerRole;
import dev.baton.bot.access.Subject;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.directory.Department;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import dev.baton.bot.template.Templates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a handover policy, or adds one, for the administrators over every unit
 * ({@link Action#EDIT_POLICIES}, #17). A policy that cannot work is refused with the
 * reason and nothing is stored: a deadline missing, no reviewing department, a ruler who
 * does not review, a party who does not sign, a reviewer signing for a department that
 * does not review, a follow-up that never checks in, an unknown checklist template or
 * escalation. Handovers already open keep the copy they opened with; the change is in the
 * audit log.
 */
@Service
public class PolicyEditor {

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

	private static final int NAME_MAX = 128;

	private static final int NOTE_MAX = 2000;

	private final PolicyMapper mapper;

	private final Policies policies;

	private final Templates templates;

	private final Access access;

	private final AuditLog audit;

	private final TimeSource time;

	PolicyEditor(PolicyMapper mapper, Policies policies, Templates templates, Access access, AuditLog audit,
			TimeSource time) {
		this.mapper = mapper;
		this.policies = policies;
		this.templates = templates;
		this.access = access;
		this.audit = audit;
		this.time = time;
	}

	/**
	 * What an administrator sets; every field is checked before a {@link HandoverPolicy}
	 * is made of it.
	 */
	public record Draft(String name, String templateCode, Map<WaitingStepKind, Period> deadlines,
			List<Department> reviewers, Department disputeRuler, List<SignerRole> signers, List<CopyRecipient> copies,
			boolean publicity, Period maxExtension, int checkInMonths, int followUpYears, String escalationCode,
			String note) {
	}

	/**
	 * Stores the policy under {@code code} (a new one, or the one there replaced);
	 * audited.
	 */
	@Transactional
	public HandoverPolicy save(Actor actor, String code, Draft draft) {
		access.require(actor, Action.EDIT_POLICIES, Subject.ROOT);
		HandoverPolicy policy = check(code, draft);
		String before = mapper.findBody(code);
		String body = policies.toJson(policy);
		if (before == null) {
			mapper.insert(code, policy.name(), body, time.now());
		}
		else {
			mapper.update(code, policy.name(), body, time.now());
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("policy", code);
		detail.put("name", policy.name());
		detail.put("created", before == null);
		detail.put("changed", changed(before == null ? null : policies.parse(before), policy));
		audit.append(null, actor, before == null ? "POLICY_CREATED" : "POLICY_CHANGED", detail);
		return policy;
	}

	/** The policy the draft makes, or the first reason it cannot work. */
	HandoverPolicy check(String code, Draft d) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw invalid("policy.edit.badCode", String.valueOf(code));
		}
		if (d.name() == null || d.name().isBlank() || d.name().strip().length() > NAME_MAX) {
			throw invalid("policy.edit.badName", NAME_MAX);
		}
		if (d.note() != null && d.note().length() > NOTE_MAX) {
			throw invalid("policy.edit.noteTooLong", NOTE_MAX);
		}
		for (WaitingStepKind kind : WaitingStepKind.values()) {
			if (kind != WaitingStepKind.FOLLOW_UP_STEP && (d.deadlines() == null || d.deadlines().get(kind) == null)) {
				throw invalid("policy.edit.noDeadline", label(kind.name()));
			}
		}
		if (d.maxExtension() == null) {
			throw invalid("policy.edit.noMaxExtension");
		}
		List<Department> reviewers = d.reviewers() == null ? List.of() : d.reviewers();
		List<SignerRole> signers = d.signers() == null ? List.of() : d.signers();
		if (reviewers.isEmpty()) {
			throw invalid("policy.edit.noReviewers");
		}
		if (d.disputeRuler() == null) {
			throw invalid("policy.edit.noRuler");
		}
		if (!reviewers.contains(d.disputeRuler())) {
			throw invalid("policy.edit.rulerNotReviewer", label(d.disputeRuler().name()));
		}
		if (!signers.contains(SignerRole.DEPARTING) || !signers.contains(SignerRole.SUCCESSOR)) {
			throw invalid("policy.edit.partiesSign");
		}
		for (SignerRole signer : signers) {
			if (signer.department() != null && !reviewers.contains(signer.department())) {
				throw invalid("policy.edit.signerNotReviewer", label(signer.department().name()));
			}
		}
		if (d.checkInMonths() < 1 || d.followUpYears() < 1 || d.followUpYears() > 10) {
			throw invalid("policy.edit.followUp");
		}
		if (d.checkInMonths() > d.followUpYears() * 12) {
			throw invalid("policy.edit.checkInNever", d.checkInMonths(), d.followUpYears());
		}
		try {
			templates.latest(d.templateCode());
		}
		catch (NotFoundException ex) {
			throw invalid("policy.edit.noTemplate", String.valueOf(d.templateCode()));
		}
		String escalation = d.escalationCode() == null || d.escalationCode().isBlank()
				? HandoverPolicy.DEFAULT_ESCALATION : d.escalationCode().strip();
		if (mapper.findEscalationBody(escalation) == null) {
			throw invalid("policy.edit.noEscalation", escalation);
		}
		return new HandoverPolicy(code, d.name().strip(), d.templateCode(), d.deadlines(), reviewers, d.disputeRuler(),
				signers, d.copies() == null ? List.of() : d.copies(), d.checkInMonths(), d.followUpYears(),
				d.publicity(), d.note() == null ? null : d.note().strip(), escalation, d.maxExtension());
	}

	/** The names of the fields that differ, for the audit log. */
	private static List<String> changed(HandoverPolicy was, HandoverPolicy now) {
		if (was == null) {
			return List.of();
		}
		Map<String, Boolean> diff = new LinkedHashMap<>();
		diff.put("name", !was.name().equals(now.name()));
		diff.put("templateCode", !was.templateCode().equals(now.templateCode()));
		diff.put("deadlines", !was.deadlines().equals(now.deadlines()));
		diff.put("reviewers", !was.reviewers().equals(now.reviewers()));
		diff.put("disputeRuler", was.disputeRuler() != now.disputeRuler());
		diff.put("signers", !was.signers().equals(now.signers()));
		diff.put("copies", !was.copies().equals(now.copies()));
		diff.put("publicity", was.publicity() != now.publicity());
		diff.put("maxExtension", !was.maxExtension().equals(now.maxExtension()));
		diff.put("checkInMonths", was.checkInMonths() != now.checkInMonths());
		diff.put("followUpYears", was.followUpYears() != now.followUpYears());
		diff.put("escalationCode", !was.escalationCode().equals(now.escalationCode()));
		diff.put("note", !java.util.Objects.equals(was.note(), now.note()));
		return diff.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
	}

	/** A message argument said in the reader's language ({@code label.<CODE>}). */
	private static Object label(String code) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] { "label." + code },
				code);
	}

	private static InvalidInputException invalid(String key, Object... arguments) {
		return new InvalidInputException(key, "policy refused: " + key, arguments);
	}

}
