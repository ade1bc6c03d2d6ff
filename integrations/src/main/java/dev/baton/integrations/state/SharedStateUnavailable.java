package dev.baton.integrations.state;

/**
 * The shared state did not answer (Redis stopped, restarting or out of reach). Nothing
 * about the work at hand is wrong: it can be done once the state answers again, so
 * callers wait and try again rather than count it as a failure of the work.
 */
public class SharedStateUnavailable extends RuntimeException {

	public SharedStateUnavailable(String where, Throwable cause) {
		super("the shared state at " + where + " did not answer: " + cause.getMessage(), cause);
	}

	/**
	 * Whether this failure, or any failure it was caused by, is the shared state not
	 * answering.
	 */
	public static boolean isCause(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SharedStateUnavailable) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

}
