package dev.baton.bot.handover;

import java.util.List;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.Role;
import dev.baton.bot.policy.Policies;
import org.springframework.stereotype.Component;

/**
 * Who reviews a handover: the reviewers of each department its policy names, whose scope
 * covers the handover's unit.
 */
@Component
public class HandoverReviewers {

	private final Directory directory;

	private final Policies policies;

	HandoverReviewers(Directory directory, Policies policies) {
		this.directory = directory;
		this.policies = policies;
	}

	/** Reviewers of the department whose scope covers the handover's unit. */
	public List<Long> reviewers(Handover h, Department department) {
		return directory.holders(Role.REVIEWER, department, h.unitId());
	}

	/**
	 * The parties who also review it, by the rule the opening says
	 * ({@link OpeningPreview#partyReviewers}), for the given successor: empty once the
	 * reviews are over (archived) or the handover cancelled (newcomer 15: the record
	 * repeats it while it holds).
	 */
	public List<OpeningPreview.PartyReviewer> parties(Handover h, long successorId) {
		if (h.state().frozen() || !h.state().active()) {
			return List.of();
		}
		return OpeningPreview.partyReviewers(byDepartment(h), directory.official(h.departingId()),
				directory.official(successorId));
	}

	/**
	 * The departments a would-be successor reviews for over this handover's unit (that
	 * rule again, for the successor alone): empty when they review none of them. An id of
	 * nobody is simply nobody's reviewer.
	 */
	public List<OpeningPreview.PartyReviewer> successorReviews(Handover h, long successorId) {
		java.util.Map<Department, List<Official>> byDepartment = byDepartment(h);
		Official successor = byDepartment.values()
			.stream()
			.flatMap(List::stream)
			.filter(o -> o.id() == successorId)
			.findFirst()
			.orElse(null);
		if (successor == null) {
			return List.of();
		}
		return OpeningPreview.partyReviewers(byDepartment, directory.official(h.departingId()), successor)
			.stream()
			.filter(OpeningPreview.PartyReviewer::successor)
			.toList();
	}

	private java.util.Map<Department, List<Official>> byDepartment(Handover h) {
		java.util.Map<Department, List<Official>> byDepartment = new java.util.LinkedHashMap<>();
		for (Department d : policies.parse(h.policySnapshot()).reviewers()) {
			byDepartment.put(d, reviewers(h, d).stream().map(directory::official).toList());
		}
		return byDepartment;
	}

	/** Every reviewer of every reviewing department of the handover's policy. */
	public List<Long> allReviewers(Handover h) {
		return policies.parse(h.policySnapshot())
			.reviewers()
			.stream()
			.flatMap(d -> reviewers(h, d).stream())
			.distinct()
			.toList();
	}

}
