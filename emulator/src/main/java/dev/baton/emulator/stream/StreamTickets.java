package dev.baton.emulator.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Connection tickets from {@code /v1.0/gateway/connections/open}: valid 90 s, good for
 * one connection.
 */
public final class StreamTickets {

	public static final Duration VALIDITY = Duration.ofSeconds(90);

	/** Who may connect with a ticket and which topics they subscribed to. */
	public record Grant(String appKey, List<String> topics, long issuedAtMillis) {
	}

	private final Map<String, Grant> open = new ConcurrentHashMap<>();

	private final LongSupplier clock;

	public StreamTickets(LongSupplier clock) {
		this.clock = clock;
	}

	public String issue(String appKey, List<String> topics) {
		String ticket = UUID.randomUUID().toString();
		open.put(ticket, new Grant(appKey, List.copyOf(topics), clock.getAsLong()));
		return ticket;
	}

	/** Uses up a ticket; empty when unknown, used or older than 90 s. */
	public Optional<Grant> redeem(String ticket) {
		Grant grant = ticket == null ? null : open.remove(ticket);
		if (grant == null || clock.getAsLong() - grant.issuedAtMillis() > VALIDITY.toMillis()) {
			return Optional.empty();
		}
		return Optional.of(grant);
	}

}
