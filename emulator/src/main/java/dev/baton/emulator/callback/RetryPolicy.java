package dev.baton.emulator.callback;

import java.time.Duration;

/**
 * How a platform re-sends a callback: wait {@code answerTimeout} for an answer; on no
 * answer, a non-200 status or a broken connection, send again, at most {@code retries}
 * more times.
 */
public record RetryPolicy(int retries, Duration answerTimeout, Duration pause) {

	/**
	 * WeCom: no answer within 5 s → drop and re-send, 3 retries in total (wecom.md §2.3).
	 */
	public static RetryPolicy wecom() {
		return new RetryPolicy(3, Duration.ofSeconds(5), Duration.ZERO);
	}

	/** One attempt only. */
	public static RetryPolicy once(Duration answerTimeout) {
		return new RetryPolicy(0, answerTimeout, Duration.ZERO);
	}

	public RetryPolicy withAnswerTimeout(Duration timeout) {
		return new RetryPolicy(retries, timeout, pause);
	}
}
