package dev.baton.bot.documents;

import dev.baton.bot.system.ConflictException;

/** The 交接书 exists only once the record is archived (and frozen); nothing was made. */
public class NotArchivedException extends ConflictException {

	public NotArchivedException(long handoverId) {
		super("documents.notArchived", "handover " + handoverId + " is not archived: it has no documents yet",
				handoverId);
	}

}
