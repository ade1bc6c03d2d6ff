package dev.baton.bot.console;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.access.Subject;
import dev.baton.bot.system.DemoClock;
import org.springframework.stereotype.Component;

/**
 * Which links the console's navigation shows the signed-in person: only those whose page
 * {@link Access} lets them open (newcomer 12: 平台自检 was offered to an organizer, who then
 * met a 403 page). A unit's page counts when the action is allowed over a scope the
 * person holds a role in; a global one when it is allowed over every unit. Templates
 * reach it as {@code @consoleNav}.
 */
@Component("consoleNav")
public class ConsoleNavigation {

	/**
	 * Each link of the navigation (its id without {@code nav-}) by the action its page
	 * checks; the home page and one's own API tokens need none.
	 */
	static final Map<String, Action> LINKS = Map.of("dashboard", Action.VIEW_LEDGER, "dead-letters",
			Action.VIEW_DEAD_LETTERS, "directory", Action.MANAGE_DIRECTORY, "roster", Action.MANAGE_DIRECTORY, "sync",
			Action.SYNC_DIRECTORY, "policies", Action.VIEW_POLICIES, "calendar", Action.VIEW_POLICIES, "broadcasts",
			Action.MANAGE_BROADCASTS, "platforms", Action.CHECK_PLATFORMS, "demo-clock", Action.MOVE_DEMO_CLOCK);

	/** The link shown in demo mode only. */
	static final String DEMO_CLOCK = "demo-clock";

	private final Access access;

	private final Actors actors;

	private final DemoClock demoClock;

	ConsoleNavigation(Access access, Actors actors, DemoClock demoClock) {
		this.access = access;
		this.actors = actors;
		this.demoClock = demoClock;
	}

	/** The links (by their names in {@link #LINKS}) the navigation shows the person. */
	public Set<String> shown(long officialId) {
		Actor actor = actors.of(officialId);
		Set<String> shown = new TreeSet<>();
		LINKS.forEach((link, action) -> {
			if ((demoClock.on() || !DEMO_CLOCK.equals(link)) && allowedSomewhere(actor, action)) {
				shown.add(link);
			}
		});
		return shown;
	}

	private boolean allowedSomewhere(Actor actor, Action action) {
		return access.allowed(actor, action, Subject.ROOT, null) || actor.roles()
			.stream()
			.anyMatch(r -> access.allowed(actor, action, Subject.unit(r.scopePath()), null));
	}

}
