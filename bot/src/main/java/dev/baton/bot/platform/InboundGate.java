package dev.baton.bot.platform;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.InboundListener;
import dev.baton.integrations.state.SharedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Where every verified callback passes: claimed once (Redis SET NX with a TTL, across instances), then handed to the
 * bot on a bounded, named pool, so the platform gets its answer at once (WeCom waits 5 s, DingTalk cards 2 s) and
 * its retries of the same event change nothing. When the pool is full the claim is released and the platform is
 * told to try again (503): nothing is lost.
 */
public class InboundGate implements DisposableBean {

	/** Longer than any platform's redelivery (WeCom seconds, DingTalk observed up to a minute). */
	static final Duration SEEN_FOR = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(InboundGate.class);

	private final SharedState state;

	private final InboundListener listener;

	private final ThreadPoolExecutor pool;

	public InboundGate(SharedState state, InboundListener listener, int threads, int queue) {
		this.state = state;
		this.listener = listener;
		AtomicInteger n = new AtomicInteger();
		ThreadFactory named = r -> {
			Thread t = new Thread(r, "baton-inbound-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
		this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), named,
				new ThreadPoolExecutor.AbortPolicy());
	}

	/** @return true if this is the first time the event arrived (and it was handed on) */
	public boolean admit(InboundEvent event) {
		String key = "inbound:" + event.dedupKey();
		if (!state.putIfAbsent(key, "1", SEEN_FOR)) {
			log.debug("Redelivery of {} ignored", event.dedupKey());
			return false;
		}
		try {
			pool.execute(() -> handle(event));
			return true;
		}
		catch (RejectedExecutionException ex) {
			state.delete(key);
			throw new CallbackRejected(503, "busy: try again", ex);
		}
	}

	private void handle(InboundEvent event) {
		try {
			listener.onEvent(event);
		}
		catch (RuntimeException ex) {
			log.error("Handling {} failed", event.dedupKey(), ex);
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		pool.shutdown();
		if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
			pool.shutdownNow();
		}
	}

}
