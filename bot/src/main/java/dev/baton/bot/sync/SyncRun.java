package dev.baton.bot.sync;

import java.time.Instant;

/**
 * One run of the sync for one platform app: by hand ({@code MANUAL}), at night
 * ({@code NIGHTLY}) or for one org event ({@code EVENT}, with its type and key), what it
 * counted, and how it ended: {@code RUNNING}, {@code DONE}, {@code PARTIAL} (some reads
 * failed, so nobody was deactivated) or {@code FAILED} (nothing could be read).
 */
public record SyncRun(long id, String platform, String corpId, String source, Long unitId, String triggerKind,
		String eventType, String eventKey, Long requestedBy, String outcome, Instant startedAt, Instant finishedAt,
		int created, int changed, int bound, int deactivated, int unmatched, int conflicts, int failed) {
}
