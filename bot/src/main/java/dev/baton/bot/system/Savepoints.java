package dev.baton.bot.system;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A piece of work inside a larger transaction (an inbox turn) that may be undone alone:
 * it runs under a savepoint (a new transaction when there is none). If it throws, or a
 * refusal thrown inside a service's own {@code @Transactional} method left the
 * transaction marked rollback-only and was caught (the conversation answers refusals),
 * its writes are rolled back to the savepoint and the rest of the transaction (the
 * answer, the inbox row done) commits as usual. What participants keep outside the
 * database until commit (the audit log's noted rows) is cut back to where it stood when
 * the savepoint was set, so nothing undone is audited.
 */
public class Savepoints {

	private final TransactionTemplate nested;

	private final List<SavepointParticipant> participants;

	public Savepoints(PlatformTransactionManager transactions, List<SavepointParticipant> participants) {
		this.nested = new TransactionTemplate(transactions);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.participants = List.copyOf(participants);
	}

	public <T> T attempt(Supplier<T> work) {
		return nested.execute(status -> {
			int[] marks = new int[participants.size()];
			for (int i = 0; i < marks.length; i++) {
				marks[i] = participants.get(i).mark();
			}
			try {
				T result = work.get();
				if (status.isRollbackOnly()) {
					// a refusal that was caught: what was written before it is undone,
					// the answer stands
					status.setRollbackOnly();
					rollBackTo(marks);
				}
				return result;
			}
			catch (RuntimeException | Error ex) {
				rollBackTo(marks);
				throw ex;
			}
		});
	}

	/**
	 * Runs the work under a savepoint; if it throws, its writes are undone and the
	 * exception passes on, while the enclosing transaction may go on and commit.
	 */
	public void run(Runnable work) {
		attempt(() -> {
			work.run();
			return null;
		});
	}

	private void rollBackTo(int[] marks) {
		for (int i = 0; i < marks.length; i++) {
			participants.get(i).rollBackTo(marks[i]);
		}
	}

}
