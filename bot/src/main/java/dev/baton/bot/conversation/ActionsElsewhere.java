package dev.baton.bot.conversation;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.baton.bot.audit.HandoverActed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One action, one outcome, whichever way it came (#12): an action on a handover taken
 * outside a chat turn (the console, the REST API, the system, another person's turn that
 * ran elsewhere) settles the cards live in people's chats as a turn settles them
 * ({@link LiveCards#settle}), once what did it has committed. In a chat turn the turn
 * settles the handovers it acted on itself, after its own cards are decided, so a pressed
 * card is updated once.
 */
@Component
class ActionsElsewhere {

	private static final Logger log = LoggerFactory.getLogger(ActionsElsewhere.class);

	/** The handovers acted on in the chat turn this thread runs, if it runs one. */
	private static final ThreadLocal<Set<Long>> TURN = new ThreadLocal<>();

	private final LiveCards cards;

	private final TransactionTemplate fresh;

	ActionsElsewhere(LiveCards cards, PlatformTransactionManager transactions) {
		this.cards = cards;
		this.fresh = new TransactionTemplate(transactions);
		this.fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Runs a chat turn, noting the handovers it acts on for the turn to settle
	 * ({@link #actedInTurn}).
	 */
	static void turn(Runnable turn) {
		Set<Long> outer = TURN.get();
		TURN.set(new LinkedHashSet<>());
		try {
			turn.run();
		}
		finally {
			if (outer == null) {
				TURN.remove();
			}
			else {
				TURN.set(outer);
			}
		}
	}

	/** The handovers the running chat turn acted on so far. */
	static Set<Long> actedInTurn() {
		Set<Long> acted = TURN.get();
		return acted == null ? Set.of() : Set.copyOf(acted);
	}

	@EventListener
	void acted(HandoverActed acted) {
		Set<Long> turn = TURN.get();
		if (turn != null) {
			turn.add(acted.handoverId());
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			settle(Set.of(acted.handoverId()));
			return;
		}
		for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
			if (s instanceof Committed committed) {
				committed.handovers.add(acted.handoverId());
				return;
			}
		}
		Committed committed = new Committed();
		committed.handovers.add(acted.handoverId());
		TransactionSynchronizationManager.registerSynchronization(committed);
	}

	/**
	 * The cards of the handovers, brought up to the record in a transaction of their own:
	 * a card that could not be updated still answers a press with what happened.
	 */
	private void settle(Set<Long> handovers) {
		try {
			fresh.executeWithoutResult(status -> handovers.forEach(cards::settle));
		}
		catch (RuntimeException ex) {
			log.warn("The live cards of handovers {} could not be brought up to date", handovers, ex);
		}
	}

	/** The handovers a transaction acted on, settled once it commits. */
	private final class Committed implements TransactionSynchronization {

		private final Set<Long> handovers = new LinkedHashSet<>();

		@Override
		public void afterCommit() {
			settle(handovers);
		}

	}

}
