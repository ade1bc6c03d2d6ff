package dev.baton.bot.console.opening;

import dev.baton.bot.access.Actor;
import dev.baton.bot.directory.Role;

/**
 * Who the console offers 发起交接 to: an organizer over some unit (as {@code Access} allows
 * OPEN_HANDOVER to an organizer over the unit who is not a party). The home page and the
 * dashboard link to the form only for them; the form itself checks each unit with
 * {@code Access}.
 */
public final class Openers {

	private Openers() {
	}

	public static boolean mayOpen(Actor actor) {
		return actor != null && !actor.isSystem() && actor.roles().stream().anyMatch(r -> r.role() == Role.ORGANIZER);
	}

}
