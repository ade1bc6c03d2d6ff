package dev.baton.bot.access;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what, checked in the service layer before anything changes. Scope is the org
 * tree: a role held at a unit covers the units below it, and an administrator held over
 * the root scope ({@link Subject#ROOT}) covers every unit and alone does the global
 * actions. The parties of a handover never act as its organizer, reviewer or ruler.
 */
@Component
public class Access {

	public void require(Actor actor, Action action, Subject subject) {
		require(actor, action, subject, null);
	}

	/**
	 * @param department the reviewing department for {@link Action#REVIEW} and
	 * {@link Action#RULE_DISPUTE}
	 */
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
			case VIEW_HANDOVER ->
				party || actor.holds(Role.ORGANIZER, null, unit) || actor.holds(Role.REVIEWER, null, unit)
						|| actor.holds(Role.SUPERVISOR, null, unit) || actor.holds(Role.ADMIN, null, unit);
			case ACKNOWLEDGE_NOTICE, EDIT_CHECKLIST, SUBMIT_CHECKLIST -> actor.is(subject.departingId());
			case CONFIRM_ITEM, DISPUTE_ITEM, SUBMIT_PLAN, REPORT_PROGRESS -> actor.is(subject.successorId());
			case REVIEW, RULE_DISPUTE -> !party && department != null && actor.holds(Role.REVIEWER, department, unit);
			case SIGN -> false; // per signer role: see mayActAs
			// the chain, the national calendar and the chat apps are global:
			// administrators over the root scope only,
			// whatever the subject (a unit's administrator does not get them)
			case VERIFY_AUDIT_LOG, MANAGE_CALENDAR, CHECK_PLATFORMS -> actor.holds(Role.ADMIN, null, Subject.ROOT_PATH);
			// the unit's officials, their chat accounts, and roles other than
			// administrator over it: its administrators
			// and organizers (granting a role, the subject is the role's scope: nobody
			// grants wider than they hold)
			case MANAGE_DIRECTORY -> actor.holds(Role.ADMIN, null, unit) || actor.holds(Role.ORGANIZER, null, unit);
			// a broadcast about a unit: its administrators and organizers; about every
			// unit ("/"): root administrators
			// (only an administrator is ever held over the root scope)
			case MANAGE_BROADCASTS -> actor.holds(Role.ADMIN, null, unit) || actor.holds(Role.ORGANIZER, null, unit);
			// a unit's chat groups: its administrators and organizers
			case MANAGE_GROUPS -> actor.holds(Role.ADMIN, null, unit) || actor.holds(Role.ORGANIZER, null, unit);
			// creating a unit below it (a top unit: "/"), renaming it, setting its
			// policy: its administrators
			case MANAGE_UNITS -> actor.holds(Role.ADMIN, null, unit);
			// reading the unit's part of the directory: anyone holding a role over it
			case VIEW_DIRECTORY -> actor.holds(Role.ADMIN, null, unit) || actor.holds(Role.ORGANIZER, null, unit)
					|| actor.holds(Role.REVIEWER, null, unit) || actor.holds(Role.SUPERVISOR, null, unit);
			// the administrator role over a scope (the subject), or managing someone who
			// holds it there: administrators
			// over that scope
			case GRANT_ADMIN -> actor.holds(Role.ADMIN, null, unit);
			// API tokens for (and of) the unit's officials: its administrators; one's own
			// tokens need no permission
			case MANAGE_TOKENS -> actor.holds(Role.ADMIN, null, unit);
			// the directory sync of a platform app: administrators over the unit it syncs
			// under (a root administrator
			// covers every unit)
			case SYNC_DIRECTORY -> actor.holds(Role.ADMIN, null, unit);
			// the organizers over the unit, never a party of the handover (#13)
			case CHANGE_SUCCESSOR, EXTEND_DEADLINE -> !party && actor.holds(Role.ORGANIZER, null, unit);
			// the policies a unit may follow: whoever opens handovers or sets a unit's
			// policy, over any unit (#13)
			// and, in demo mode, the demo's clock, which they move forward to watch
			// deadlines pass (#17)
			case VIEW_POLICIES, MOVE_DEMO_CLOCK ->
				actor.roles().stream().anyMatch(r -> r.role() == Role.ORGANIZER || r.role() == Role.ADMIN);
			// what could not be delivered to the unit's officials and groups: its
			// administrators and organizers
			case VIEW_DEAD_LETTERS -> actor.holds(Role.ADMIN, null, unit) || actor.holds(Role.ORGANIZER, null, unit);
			// the ledger of the handovers under a unit: whoever oversees the unit's
			// handovers (#15)
			case VIEW_LEDGER -> actor.holds(Role.ORGANIZER, null, unit) || actor.holds(Role.REVIEWER, null, unit)
					|| actor.holds(Role.SUPERVISOR, null, unit) || actor.holds(Role.ADMIN, null, unit);
			// a console account (user name and password) for an official of the unit: its
			// administrators (#17)
			case MANAGE_CONSOLE_ACCOUNTS -> actor.holds(Role.ADMIN, null, unit);
			// 催办: those who follow the unit's handovers (organizers, supervisors), never
			// a party (#17)
			case URGE_STEP ->
				!party && (actor.holds(Role.ORGANIZER, null, unit) || actor.holds(Role.SUPERVISOR, null, unit));
			// a dead letter of the unit's officials or groups sent again: whoever may see
			// them (#17)
			case RETRY_DEAD_LETTER -> actor.holds(Role.ADMIN, null, unit) || actor.holds(Role.ORGANIZER, null, unit);
			// giving a dead letter up: the same people as sending it again (#17)
			case DISCARD_DEAD_LETTER -> actor.holds(Role.ADMIN, null, unit) || actor.holds(Role.ORGANIZER, null, unit);
			// a policy or template is shared by every unit that follows it:
			// administrators over every unit (#17)
			case EDIT_POLICIES -> actor.holds(Role.ADMIN, null, Subject.ROOT_PATH);
		};
	}

	/**
	 * Whether the actor may see supervision matters of the handover (discipline flags):
	 * organizers, reviewers, supervisors and administrators over its unit, never its own
	 * parties.
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
