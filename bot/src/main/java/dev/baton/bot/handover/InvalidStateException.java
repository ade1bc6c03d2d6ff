package dev.baton.bot.handover;

import dev.baton.bot.system.BatonException;

/** The handover is not in a state where this can happen; nothing was changed. */
public class InvalidStateException extends BatonException {

	private final HandoverState state;

	InvalidStateException(Handover handover, HandoverState wanted) {
		this(handover.id(), handover.state(), wanted.name());
	}

	public InvalidStateException(long handoverId, HandoverState state, String attempted) {
		super("error.invalidState." + state.name(), "handover " + handoverId + " is " + state + ": cannot " + attempted,
				handoverId, attempted);
		this.state = state;
	}

	public HandoverState state() {
		return state;
	}

}
