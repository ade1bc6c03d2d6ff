package dev.baton.bot.handover;

import dev.baton.bot.system.BatonException;

/**
 * The handover is archived: its record no longer changes; later facts are appended as new
 * records.
 */
public class RecordFrozenException extends BatonException {

	public RecordFrozenException(long handoverId) {
		super("error.frozen", "handover " + handoverId + " is archived and can no longer be changed", handoverId);
	}

}
