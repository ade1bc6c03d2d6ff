package dev.baton.bot.webchat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * One person's web chat: the last {@code capacity} entries in id order, and the long
 * polls waiting for the next one. Kept in memory: the web chat is the embedded default's
 * demo channel, and a restart empties it.
 */
final class Mailbox {

	private final int capacity;

	private final LongSupplier ids;

	private final Deque<WebChatMessage> entries = new ArrayDeque<>();

	private final List<Runnable> waiters = new ArrayList<>();

	/**
	 * @param ids entry ids, increasing across every mailbox of the platform
	 */
	Mailbox(int capacity, LongSupplier ids) {
		this.capacity = capacity;
		this.ids = ids;
	}

	/** Adds the entry made with the next id, then wakes every waiting poll. */
	WebChatMessage append(LongFunction<WebChatMessage> entry) {
		List<Runnable> woken;
		WebChatMessage added;
		synchronized (this) {
			added = add(entry);
			woken = drainWaiters();
		}
		woken.forEach(Runnable::run);
		return added;
	}

	/** The person's own message: added once, however often the page sends it. */
	WebChatMessage appendUserText(String messageId, String text, Instant at) {
		List<Runnable> woken;
		WebChatMessage entry;
		synchronized (this) {
			Optional<WebChatMessage> seen = entries.stream().filter(e -> messageId.equals(e.messageId())).findFirst();
			if (seen.isPresent()) {
				return seen.get();
			}
			entry = add(id -> WebChatMessage.fromUser(id, at, messageId, text));
			woken = drainWaiters();
		}
		woken.forEach(Runnable::run);
		return entry;
	}

	/**
	 * Shows the outcome on the card (its buttons go off) and adds a {@code cardUpdate}
	 * entry for pages that show the card already.
	 * @return false if the card is not (or no longer) in the mailbox
	 */
	boolean decide(String cardId, String outcome, Instant at) {
		List<Runnable> woken;
		synchronized (this) {
			if (entries.stream().noneMatch(e -> e.isCard(cardId))) {
				return false;
			}
			List<WebChatMessage> updated = entries.stream()
				.map(e -> e.isCard(cardId) ? e.withOutcome(outcome) : e)
				.toList();
			entries.clear();
			entries.addAll(updated);
			add(id -> WebChatMessage.cardUpdate(id, at, cardId, outcome));
			woken = drainWaiters();
		}
		woken.forEach(Runnable::run);
		return true;
	}

	synchronized List<WebChatMessage> after(long after) {
		return entries.stream().filter(e -> e.id() > after).toList();
	}

	/**
	 * Registers {@code wake} to run at the next entry, unless there is something after
	 * {@code after} already.
	 * @return false if there is something to read now (and nothing was registered)
	 */
	synchronized boolean waitAfter(long after, Runnable wake) {
		if (!entries.isEmpty() && entries.getLast().id() > after) {
			return false;
		}
		waiters.add(wake);
		return true;
	}

	synchronized void stopWaiting(Runnable wake) {
		waiters.remove(wake);
	}

	/** How many long polls wait for the next entry. */
	synchronized int waiting() {
		return waiters.size();
	}

	synchronized Optional<WebChatMessage.Card> card(String cardId) {
		return entries.stream().filter(e -> e.isCard(cardId)).map(WebChatMessage::card).findFirst();
	}

	private WebChatMessage add(LongFunction<WebChatMessage> entry) {
		WebChatMessage added = entry.apply(ids.getAsLong());
		entries.addLast(added);
		while (entries.size() > capacity) {
			entries.removeFirst();
		}
		return added;
	}

	private List<Runnable> drainWaiters() {
		List<Runnable> woken = new ArrayList<>(waiters);
		waiters.clear();
		return woken;
	}

}
