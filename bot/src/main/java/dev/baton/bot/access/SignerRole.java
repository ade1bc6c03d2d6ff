package dev.baton.bot.access;

import dev.baton.bot.directory.Department;

/** Who signs the 交接书. Reviewers sign once per reviewing department. */
public enum SignerRole {

	DEPARTING, SUCCESSOR, ORGANIZER, REVIEWER_ORGANIZATION, REVIEWER_DISCIPLINE, REVIEWER_FINANCE, REVIEWER_AUDIT;

	public static SignerRole reviewer(Department department) {
		return valueOf("REVIEWER_" + department.name());
	}

	/** The department of a reviewer's signature, or null for the other roles. */
	public Department department() {
		return name().startsWith("REVIEWER_") ? Department.valueOf(name().substring("REVIEWER_".length())) : null;
	}

}
