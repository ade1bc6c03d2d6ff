package dev.baton.bot.access;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Role;
import dev.baton.bot.policy.SignerRole;
import org.springframework.stereotype.Component;

/**
 * Who may do what, checked in the service layer before anything changes. Scope is the org tree: a role held at a
 * unit covers the units below it. The parties of a handover never act as its organizer, reviewer or ruler.
 */
@Component
public class Access {

	public void require(Actor actor, Action action, Subject subject) {
		require(actor, action, subject, null);
	}

	/** @param department the reviewing department for {@link Action#REVIEW} and {@link Action#RULE_DISPUTE} */
	public void require(Actor actor, Action action, Subject subject, Department department) {
		if (!allowed(actor, action, subject, department)) {
			throw new NotPermittedException(action, department);
		}
	}

	public boolean allowed(Actor actor, Action action, Subject subject, Department department) {
		if (actor.isSystem()) {
			return true;
		}
		String unit = subject.unitPath();
		boolean party = actor.is(subject.departingId()) || actor.is(subject.successorId());
		return switch (action) {
			case OPEN_HANDOVER, CANCEL_HANDOVER -> !party && actor.holds(Role.ORGANIZER, null, unit);
			case VIEW_HANDOVER -> party || actor.holds(Role.ORGANIZER, null, unit) || actor.holds(Role.REVIEWER, null, unit)
					|| actor.holds(Role.SUPERVISOR, null, unit) || actor.holds(Role.ADMIN, null, unit);
			case ACKNOWLEDGE_NOTICE, EDIT_CHECKLIST, SUBMIT_CHECKLIST -> actor.is(subject.departingId());
			case CONFIRM_ITEM, DISPUTE_ITEM, SUBMIT_PLAN, REPORT_PROGRESS -> actor.is(subject.successorId());
			case REVIEW, RULE_DISPUTE -> !party && department != null && actor.holds(Role.REVIEWER, department, unit);
			case SIGN -> false; // per signer role: see mayActAs
			// the chain and the calendar are global: any administrator may
			case VERIFY_AUDIT_LOG, MANAGE_CALENDAR, CHECK_PLATFORMS -> actor.roles().stream().anyMatch(r -> r.role() == Role.ADMIN);
			case MANAGE_DIRECTORY -> actor.holds(Role.ADMIN, null, unit);
			// a broadcast about a unit: its administrators and organizers; about every unit ("/"): administrators
			case MANAGE_BROADCASTS -> unit.equals("/") ? actor.roles().stream().anyMatch(r -> r.role() == Role.ADMIN)
					: actor.holds(Role.ADMIN, null, unit) || actor.holds(Role.ORGANIZER, null, unit);
			// a unit's chat groups: its administrators and organizers
			case MANAGE_GROUPS -> actor.holds(Role.ADMIN, null, unit) || actor.holds(Role.ORGANIZER, null, unit);
			// the organizers over the unit, never a party of the handover (#13)
			case CHANGE_SUCCESSOR, EXTEND_DEADLINE -> !party && actor.holds(Role.ORGANIZER, null, unit);
		};
	}

	/**
	 * Whether the actor may see supervision matters of the handover (discipline flags): organizers, reviewers,
	 * supervisors and administrators over its unit, never its own parties.
	 */
	public boolean maySeeSupervision(Actor actor, Subject subject) {
		if (actor.isSystem()) {
			return true;
		}
		if (actor.is(subject.departingId()) || actor.is(subject.successorId())) {
			return false;
		}
		String unit = subject.unitPath();
		return actor.holds(Role.ORGANIZER, null, unit) || actor.holds(Role.REVIEWER, null, unit)
				|| actor.holds(Role.SUPERVISOR, null, unit) || actor.holds(Role.ADMIN, null, unit);
	}

	/** Whether the actor may sign in this capacity. */
	public boolean mayActAs(Actor actor, SignerRole signer, Subject subject) {
		if (actor.isSystem()) {
			return false; // a signature is a person's act
		}
		boolean party = actor.is(subject.departingId()) || actor.is(subject.successorId());
		return switch (signer) {
			case DEPARTING -> actor.is(subject.departingId());
			case SUCCESSOR -> actor.is(subject.successorId());
			case ORGANIZER -> !party && actor.holds(Role.ORGANIZER, null, subject.unitPath());
			default -> !party && actor.holds(Role.REVIEWER, signer.department(), subject.unitPath());
		};
	}

}
