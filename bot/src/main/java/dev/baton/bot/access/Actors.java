package dev.baton.bot.access;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Actor} for an official from the directory, with the roles they hold
 * now.
 */
@Component
public class Actors {

	private final Directory directory;

	Actors(Directory directory) {
		this.directory = directory;
	}

	/**
	 * @throws InactiveActorException if the official's account is no longer active
	 */
	public Actor of(long officialId) {
		Official official = directory.official(officialId);
		if (!official.active()) {
			throw new InactiveActorException(officialId);
		}
		return new Actor(official.id(), official.name(), directory.rolesOf(officialId));
	}

}
