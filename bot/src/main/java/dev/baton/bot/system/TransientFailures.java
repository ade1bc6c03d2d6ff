package dev.baton.bot.system;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Failures of the database that say nothing about what a person asked: a deadlock, a lock
 * wait timeout, a lost or refused connection (Spring's
 * {@link TransientDataAccessException} family: {@code ConcurrencyFailureException},
 * {@code CannotAcquireLockException}, {@code QueryTimeoutException}…, and the recoverable
 * and resource failures). Work that meets one is rolled back whole and tried again; the
 * person is never told, nor asked to repeat.
 */
public final class TransientFailures {

	private TransientFailures() {
	}

	public static boolean isTransient(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
					|| t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof TransactionSystemException || t instanceof SQLTransientException
					|| t instanceof SQLRecoverableException
					|| t instanceof java.sql.SQLNonTransientConnectionException) {
				return true;
			}
			if (t instanceof java.sql.SQLException sql && isTransientState(sql)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE 40001 (serialization failure, deadlock), 08xxx (connection), and
	 * MySQL/MariaDB 1205/1213.
	 */
	private static boolean isTransientState(java.sql.SQLException sql) {
		String state = sql.getSQLState();
		return state != null && (state.equals("40001") || state.startsWith("08")) || sql.getErrorCode() == 1205
				|| sql.getErrorCode() == 1213;
	}

}
