package dev.baton.bot.system;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A piece of work inside a larger transaction (an inbox turn) that may be undone alone: it runs under a savepoint
 * (a new transaction when there is none). If it throws, or a refusal thrown inside a service's own
 * {@code @Transactional} method left the transaction marked rollback-only and was caught (the conversation answers
 * refusals), its writes are rolled back to the savepoint and the rest of the transaction (the answer, the inbox row
 * done) commits as usual.
 */
public class Savepoints {

	private final TransactionTemplate nested;

	public Savepoints(PlatformTransactionManager transactions) {
		this.nested = new TransactionTemplate(transactions);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	public <T> T attempt(Supplier<T> work) {
		return nested.execute(status -> {
			T result = work.get();
			if (status.isRollbackOnly()) {
				// a refusal that was caught: what was written before it is undone, the answer stands
				status.setRollbackOnly();
			}
			return result;
		});
	}

}
