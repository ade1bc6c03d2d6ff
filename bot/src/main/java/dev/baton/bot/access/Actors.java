package dev.baton.bot.access;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import org.springframework.stereotype.Component;

/** Builds the {@link Actor} for an official from the directory, with the roles they hold now. */
@Component
public class Actors {

	private final Directory directory;

	Actors(Directory directory) {
		this.directory = directory;
	}

	public Actor of(long officialId) {
		Official official = directory.official(officialId);
		return new Actor(official.id(), official.name(), directory.rolesOf(officialId));
	}

}
