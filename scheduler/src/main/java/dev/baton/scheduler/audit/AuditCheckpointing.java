package dev.baton.scheduler.audit;

import java.util.Optional;

/**
 * Anchors the heads of the audit chains in a global checkpoint (the bot's audit log
 * implements it).
 */
public interface AuditCheckpointing {

	/** The new checkpoint's number, or empty when no chain moved since the last one. */
	Optional<Long> checkpoint();

}
