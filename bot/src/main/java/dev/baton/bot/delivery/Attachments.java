package dev.baton.bot.delivery;

import dev.baton.integrations.chat.OutboundMessage;

/**
 * Makes the file a delivery names (the 交接书 of an archived handover, #15) when it is sent:
 * the delivery keeps only what names it, and the file is made again from the frozen
 * record, so every attempt sends the same file. Throws when the file cannot be made (the
 * delivery is then a dead letter).
 */
public interface Attachments {

	OutboundMessage.File file(long handoverId, String format, String caption);

	/**
	 * The ledger (台账) of the handovers under a unit, as the official who asked for it may
	 * see it ("台账", #15).
	 */
	OutboundMessage.File ledger(long unitId, long officialId, String caption);

}
