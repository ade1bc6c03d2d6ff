package dev.baton.bot.confirmation;

import dev.baton.bot.access.Actor;
import dev.baton.bot.handover.Handover;

/**
 * What follows the last settled item: signing opens. Sign-off builds on confirmation (its
 * record digest reads the disputes) and implements this ({@code signoff.SignoffService}),
 * so confirmation does not depend on it back.
 */
public interface SigningStart {

	/**
	 * Every item is settled: signing opens, one waiting step per required signer (in the
	 * caller's transaction).
	 */
	void begin(Handover h, Actor actor);

}
