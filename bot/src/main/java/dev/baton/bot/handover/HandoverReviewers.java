package dev.baton.bot.handover;

import java.util.List;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
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
