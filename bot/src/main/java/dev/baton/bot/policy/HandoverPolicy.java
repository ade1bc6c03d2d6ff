package dev.baton.bot.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.baton.bot.access.SignerRole;
import dev.baton.bot.directory.Department;

/**
 * How a unit runs its handovers, stored as JSON in {@code handover_policy.body}, assigned
 * to org units and inherited down the tree, and copied into every handover when it opens
 * (later edits leave open cases alone).
 *
 * @param code stable identifier, e.g. {@code shizuishan}
 * @param name what people call it (zh)
 * @param templateCode the checklist template; its newest version is used when a handover
 * opens
 * @param deadlines the deadline of every waiting step except follow-up steps, whose dates
 * the plan sets
 * @param reviewers the departments that review jointly; every one must approve
 * @param disputeRuler the department whose ruling on a disputed item is final (default
 * 审计: 审计结论为准)
 * @param signers who must sign before the record is archived
 * @param copies who receives a copy of the archived 交接书
 * @param checkInMonths how often the successor is asked for progress on the follow-up
 * plan
 * @param followUpYears how long follow-up lasts at most
 * @param publicity whether the archived handover's public summary is posted to the unit's
 * group
 * @param note where the regime comes from
 * @param escalationCode the escalation policy ({@code escalation_policy}) of its waiting
 * steps; {@code default} when not named
 * @param maxExtension the most an organizer may move a waiting step's due day past the
 * day it was first given, in total (延期, #13); when not named, one more checklist period
 */
public record HandoverPolicy(String code, String name, String templateCode, Map<WaitingStepKind, Period> deadlines,
		List<Department> reviewers, Department disputeRuler, List<SignerRole> signers, List<CopyRecipient> copies,
		int checkInMonths, int followUpYears, boolean publicity, String note, String escalationCode,
		Period maxExtension) {

	public static final String DEFAULT_ESCALATION = "default";

	public HandoverPolicy {
		if (escalationCode == null || escalationCode.isBlank()) {
			escalationCode = DEFAULT_ESCALATION;
		}
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(templateCode, "templateCode");
		deadlines = Map.copyOf(deadlines);
		if (maxExtension == null && deadlines.containsKey(WaitingStepKind.CHECKLIST)) {
			maxExtension = deadlines.get(WaitingStepKind.CHECKLIST);
		}
		reviewers = List.copyOf(reviewers);
		signers = List.copyOf(signers);
		copies = List.copyOf(copies);
		for (WaitingStepKind kind : WaitingStepKind.values()) {
			if (kind != WaitingStepKind.FOLLOW_UP_STEP && !deadlines.containsKey(kind)) {
				throw new IllegalArgumentException("policy " + code + " has no deadline for " + kind);
			}
		}
		if (reviewers.isEmpty()) {
			throw new IllegalArgumentException("policy " + code + " names no reviewing department");
		}
		if (disputeRuler == null || !reviewers.contains(disputeRuler)) {
			throw new IllegalArgumentException("policy " + code + ": the dispute ruler must be a reviewing department");
		}
		if (!signers.contains(SignerRole.DEPARTING) || !signers.contains(SignerRole.SUCCESSOR)) {
			throw new IllegalArgumentException("policy " + code + ": both parties must sign");
		}
		for (SignerRole signer : signers) {
			if (signer.department() != null && !reviewers.contains(signer.department())) {
				throw new IllegalArgumentException("policy " + code + ": " + signer + " does not review");
			}
		}
		if (checkInMonths < 1 || followUpYears < 1) {
			throw new IllegalArgumentException("policy " + code + ": follow-up cadence and horizon must be positive");
		}
	}

	public Period deadline(WaitingStepKind kind) {
		Period period = deadlines.get(kind);
		if (period == null) {
			throw new IllegalArgumentException("policy " + code + " sets no deadline for " + kind);
		}
		return period;
	}

}
