package dev.baton.bot.escalation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.access.SignerRole;

/**
 * Who a stage tells, resolved through the org tree and roles when it fires (people move
 * between posts while a step waits). One instance serves one sweep and remembers what it
 * looked up, so a sweep of many steps of the same units asks the directory once per post.
 * The sweep's batches may run on several threads at once.
 */
final class FireTimeRecipients {

	/** The posts that watch a handover rather than act on it. */
	private static final Set<EscalationRecipient> WATCHERS = java.util.EnumSet.of(EscalationRecipient.DISCIPLINE,
			EscalationRecipient.SUPERVISOR);

	private final Directory directory;

	private final Map<String, List<Long>> holders = new ConcurrentHashMap<>();

	private final Map<Long, Boolean> active = new ConcurrentHashMap<>();

	FireTimeRecipients(Directory directory) {
		this.directory = directory;
	}

	/**
	 * @param ruler the department whose ruling on disputes is final (the actor of a
	 * RULING step)
	 */
	List<Long> resolve(EscalationRecipient recipient, DueStep step, Department ruler) {
		return switch (recipient) {
			case ACTOR -> actors(step, ruler);
			case ORGANIZER -> organizers(step);
			case DISCIPLINE -> holders(Role.REVIEWER, Department.DISCIPLINE, step.unitPath());
			case SUPERVISOR -> holders(Role.SUPERVISOR, null, step.unitPath());
			case ADMIN -> holders(Role.ADMIN, null, step.unitPath());
		};
	}

	/**
	 * Everybody the stage tells, and the posts among them that nobody holds; each person
	 * with the part they are told in (the first of the order of
	 * {@link EscalationRecipient}: whoever owes the step before the organizer, before the
	 * supervisors; one who owes it is told as one who owes it even when the stage names
	 * only his post), which says what is expected of them. The handover's parties (the
	 * departing official, the successor) never watch their own handover: a supervisor or
	 * discipline reviewer who is one is not told as such (one who owes the step still is,
	 * as the one who owes it), and a post held by parties only is reported as such, not
	 * as vacant (as the discipline flag's notice does, {@code FlagNotices}).
	 */
	Resolved resolveAll(List<EscalationRecipient> recipients, DueStep step, Department ruler) {
		Set<Long> people = new LinkedHashSet<>();
		List<EscalationRecipient> vacant = new ArrayList<>();
		Map<EscalationRecipient, List<Long>> partiesOnly = new EnumMap<>(EscalationRecipient.class);
		Map<EscalationRecipient, List<Long>> found = new EnumMap<>(EscalationRecipient.class);
		// one told as organizer or watcher who owes the step himself (the organizer who
		// also signs) is told it is his own to do, not to urge himself (newcomer 21,
		// finding 17)
		Set<Long> owing = recipients.contains(EscalationRecipient.ACTOR) ? Set.of() : Set.copyOf(actors(step, ruler));
		for (EscalationRecipient recipient : recipients) {
			List<Long> holding = resolve(recipient, step, ruler);
			if (holding.isEmpty()) {
				vacant.add(recipient);
			}
			else if (WATCHERS.contains(recipient)) {
				List<Long> parties = holding.stream().filter(id -> isParty(step, id)).toList();
				if (parties.size() == holding.size()) {
					partiesOnly.put(recipient, parties);
				}
				holding = holding.stream().filter(id -> !parties.contains(id) || owing.contains(id)).toList();
			}
			people.addAll(holding);
			found.put(recipient, holding);
		}
		Map<Long, EscalationRecipient> parts = new java.util.HashMap<>();
		people.stream().filter(owing::contains).forEach(id -> parts.put(id, EscalationRecipient.ACTOR));
		found.forEach((recipient, holding) -> holding.forEach(id -> parts.putIfAbsent(id, recipient)));
		return new Resolved(List.copyOf(people), List.copyOf(vacant),
				java.util.Collections.unmodifiableMap(partiesOnly), Map.copyOf(parts));
	}

	private static boolean isParty(DueStep step, long officialId) {
		return officialId == step.departingId() || officialId == step.successorId();
	}

	/**
	 * Who hears that a post was vacant: the organizer, else the administrators over the
	 * unit, else any.
	 */
	List<Long> vacancyWatchers(DueStep step) {
		List<Long> organizers = organizers(step);
		if (!organizers.isEmpty()) {
			return organizers;
		}
		List<Long> admins = holders(Role.ADMIN, null, step.unitPath());
		return admins.isEmpty() ? directory.holdersAnywhere(Role.ADMIN) : admins;
	}

	/** Whoever must act on the step (design: the step's actor). */
	List<Long> actors(DueStep step, Department ruler) {
		return switch (step.kind()) {
			case NOTICE_RECEIPT, CHECKLIST -> person(step.departingId());
			case CONFIRMATION, PLAN, FOLLOW_UP_STEP -> person(step.successorId());
			case REVIEW -> reviewers(step, Department.valueOf(step.subject()));
			case RULING -> reviewers(step, ruler);
			case SIGNING -> signer(step, SignerRole.valueOf(step.subject()));
		};
	}

	private List<Long> signer(DueStep step, SignerRole role) {
		return switch (role) {
			case DEPARTING -> person(step.departingId());
			case SUCCESSOR -> person(step.successorId());
			case ORGANIZER -> organizers(step);
			default -> reviewers(step, role.department());
		};
	}

	/**
	 * The department's reviewers who may act on the step: its parties never review or
	 * sign for a department on their own handover (newcomer 25, finding 1).
	 */
	private List<Long> reviewers(DueStep step, Department department) {
		return holders(Role.REVIEWER, department, step.unitPath()).stream().filter(id -> !isParty(step, id)).toList();
	}

	/**
	 * The organizer who opened the handover while they are active, else whoever holds the
	 * post over the unit now.
	 */
	private List<Long> organizers(DueStep step) {
		List<Long> organizer = person(step.organizerId());
		return organizer.isEmpty() ? holders(Role.ORGANIZER, null, step.unitPath()) : organizer;
	}

	private List<Long> person(long officialId) {
		boolean isActive = active.computeIfAbsent(officialId, id -> directory.official(id).active());
		return isActive ? List.of(officialId) : List.of();
	}

	private List<Long> holders(Role role, Department department, String unitPath) {
		String key = role + "/" + department + "/" + unitPath;
		return holders.computeIfAbsent(key, k -> List.copyOf(directory.holdersOver(role, department, unitPath)));
	}

	/**
	 * @param vacant the posts the stage names that nobody holds
	 * @param partiesOnly the watcher posts the stage names whose holders are all parties
	 * of the handover, with those parties: held, but nobody watches for them
	 */
	record Resolved(List<Long> people, List<EscalationRecipient> vacant,
			Map<EscalationRecipient, List<Long>> partiesOnly, Map<Long, EscalationRecipient> parts) {
	}

}
