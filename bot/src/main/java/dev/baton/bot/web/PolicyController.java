package dev.baton.bot.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Actor;
import dev.baton.bot.directory.Department;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.policy.CopyRecipient;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Period;
import dev.baton.bot.policy.PolicyCatalog;
import dev.baton.bot.access.SignerRole;
import dev.baton.bot.policy.PolicyEditor;
import org.springframework.web.bind.annotation.GetMapping;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The handover policies a unit may follow (#13, newcomer 4: 1): what each sets, so an
 * administrator can choose one for {@code PUT /api/directory/units/{id}/policy} and an
 * organizer knows the rules of a handover; an administrator over every unit changes one
 * (#17).
 */
@RestController
@RequestMapping("/api/policies")
class PolicyController {

	private final PolicyCatalog catalog;

	private final PolicyEditor editor;

	PolicyController(PolicyCatalog catalog, PolicyEditor editor) {
		this.catalog = catalog;
		this.editor = editor;
	}

	/**
	 * Changes the policy (or adds it under a new code), for administrators over every
	 * unit: the body is a policy as {@code GET} gives it, without {@code code}. A policy
	 * that cannot work is refused with the reason (400 {@code policy.edit.*}); open
	 * handovers keep their copy.
	 */
	@PutMapping("/{code}")
	PolicyView save(Actor actor, @PathVariable String code, @Valid @RequestBody PolicyBody body) {
		return PolicyView.of(editor.save(actor, code, body.draft()));
	}

	/**
	 * A policy to store; the checks that say why one cannot work are
	 * {@link PolicyEditor}'s.
	 */
	record PolicyBody(@NotBlank @Size(max = 128) String name, @NotBlank @Size(max = 64) String templateCode,
			@NotNull Map<WaitingStepKind, Period> deadlines, @NotNull List<Department> reviewers,
			Department disputeRuler, @NotNull List<SignerRole> signers, List<CopyRecipient> copies, boolean publicity,
			Period maxExtension, int checkInMonths, int followUpYears, @Size(max = 64) String escalationCode,
			@Size(max = 2000) String note) {

		PolicyEditor.Draft draft() {
			return new PolicyEditor.Draft(name, templateCode, deadlines, reviewers, disputeRuler, signers, copies,
					publicity, maxExtension, checkInMonths, followUpYears, escalationCode, note);
		}

	}

	@GetMapping
	List<PolicyView> list(Actor actor) {
		return catalog.list(actor).stream().map(PolicyView::of).toList();
	}

	@GetMapping("/{code}")
	PolicyView one(Actor actor, @PathVariable String code) {
		return PolicyView.of(catalog.one(actor, code));
	}

	/**
	 * A policy as it is stored, its deadlines in the order of the process
	 * ({@code NOTICE_RECEIPT}, {@code CHECKLIST}, {@code REVIEW}, {@code CONFIRMATION},
	 * {@code RULING}, {@code SIGNING}, {@code PLAN}; each {@code value} and {@code unit}:
	 * {@code WORKING_DAYS} or {@code CALENDAR_DAYS}).
	 */
	record PolicyView(String code, String name, String templateCode, Map<WaitingStepKind, Period> deadlines,
			List<Department> reviewers, Department disputeRuler, List<SignerRole> signers, List<CopyRecipient> copies,
			boolean publicity, Period maxExtension, int checkInMonths, int followUpYears, String escalationCode,
			String note) {

		static PolicyView of(HandoverPolicy p) {
			Map<WaitingStepKind, Period> deadlines = new LinkedHashMap<>();
			for (WaitingStepKind kind : WaitingStepKind.values()) {
				if (p.deadlines().containsKey(kind)) {
					deadlines.put(kind, p.deadlines().get(kind));
				}
			}
			return new PolicyView(p.code(), p.name(), p.templateCode(), deadlines, p.reviewers(), p.disputeRuler(),
					p.signers(), p.copies(), p.publicity(), p.maxExtension(), p.checkInMonths(), p.followUpYears(),
					p.escalationCode(), p.note());
		}

	}

}
