package dev.baton.bot.handover;

import java.util.List;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.Role;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.WordList;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

	/**
	 * The department's people for this handover: the holders of its reviewer post over
	 * the unit now, less the handover's parties (the departing official and the successor
	 * as they are now), who never review, sign or keep a copy for a department on their
	 * own handover (newcomer 25, findings 1, 3, 10). Empty when the post is vacant or
	 * held by parties only ({@link #recusedOnly}).
	 */
	public List<Long> reviewers(Handover h, Department department) {
		return holders(h, department).stream().filter(id -> !isParty(h, id)).toList();
	}

	/**
	 * The departments of the handover's policy whose reviewer post is held, but by its
	 * parties only: nobody can review (or sign) for them until a reviewer is added.
	 */
	public List<Department> recusedOnly(Handover h) {
		return recusedOnly(h.unitId(), policies.parse(h.policySnapshot()).reviewers(), h.departingId(),
				h.successorId());
	}

	/** {@link #recusedOnly(Handover)} for a handover not opened yet. */
	List<Department> recusedOnly(long unitId, List<Department> departments, long departingId, long successorId) {
		return departments.stream().filter(d -> {
			List<Long> holding = directory.holders(Role.REVIEWER, d, unitId);
			return !holding.isEmpty() && holding.stream().allMatch(id -> id == departingId || id == successorId);
		}).toList();
	}

	/**
	 * The parties of the handover who hold the department's reviewer post (who recuse).
	 */
	public List<Long> recused(Handover h, Department department) {
		return holders(h, department).stream().filter(id -> isParty(h, id)).toList();
	}

	/**
	 * Refuses to open a handover one of whose departments would have nobody to review it
	 * (its reviewers are all parties): the confirmation card and the console's check page
	 * say a reviewer must be added first, and 确认 holds to it in chat, console and API
	 * alike. A post nobody holds is not refused (as before: the notice names it vacant
	 * and the escalation reports it).
	 */
	void refuseRecusedOnly(long unitId, List<Department> departments, Official departing, Official successor) {
		List<Department> nobody = recusedOnly(unitId, departments, departing.id(), successor.id());
		if (nobody.isEmpty()) {
			return;
		}
		Department d = nobody.get(0);
		List<String> parties = directory.holders(Role.REVIEWER, d, unitId)
			.stream()
			.map(id -> id == departing.id() ? departing.name() : successor.name())
			.distinct()
			.toList();
		throw new InvalidInputException("handover.open.reviewerNeeded",
				"every " + d + " reviewer of the unit is a party of the handover: add one before opening",
				new DefaultMessageSourceResolvable("label." + d.name()), WordList.of(parties));
	}

	/** Whether the official is a party of the handover (departing or successor). */
	public static boolean isParty(Handover h, long officialId) {
		return officialId == h.departingId() || officialId == h.successorId();
	}

	private List<Long> holders(Handover h, Department department) {
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
			byDepartment.put(d, holders(h, d).stream().map(directory::official).toList());
		}
		return byDepartment;
	}

	/**
	 * Every reviewer of every reviewing department of the handover's policy, parties left
	 * out.
	 */
	public List<Long> allReviewers(Handover h) {
		return policies.parse(h.policySnapshot())
			.reviewers()
			.stream()
			.flatMap(d -> reviewers(h, d).stream())
			.distinct()
			.toList();
	}

}
