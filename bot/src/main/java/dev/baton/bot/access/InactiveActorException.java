package dev.baton.bot.access;

import dev.baton.bot.system.BatonException;

/** The official's account is no longer active: they may not act in Baton at all. */
public class InactiveActorException extends BatonException {

	public InactiveActorException(long officialId) {
		super("access.inactive", "official " + officialId + " is not active");
	}

}
