package dev.baton.bot.delivery;

import java.util.List;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.directory.Directory;
import org.springframework.stereotype.Service;

/**
 * What could not be delivered to a unit's officials and groups, in one list: replies in the conversation, notices and
 * group posts, each with the platform's reason. For the unit's administrators and organizers.
 */
@Service
public class DeadLetters {

	static final int MAX = 500;

	private final DeadLetterMapper mapper;

	private final Directory directory;

	private final Access access;

	DeadLetters(DeadLetterMapper mapper, Directory directory, Access access) {
		this.mapper = mapper;
		this.directory = directory;
		this.access = access;
	}

	/** The newest (at most {@code limit}, capped at 500) of the units under {@code unitId}, newest first. */
	public List<DeadLetter> under(Actor actor, long unitId, int limit) {
		String path = directory.unit(unitId).path();
		access.require(actor, Action.VIEW_DEAD_LETTERS, Subject.unit(path));
		return mapper.under(path, Math.max(1, Math.min(limit, MAX)));
	}

}
