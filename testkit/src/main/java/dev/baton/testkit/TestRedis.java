package dev.baton.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A real Redis server for the tests of this JVM: embedded-redis (Redis 6.2) started once
 * on a free port, or the external server named by {@code BATON_TEST_REDIS_URL}. Each
 * application context may take a logical database of its own ({@link #contextUrl()}): the
 * embedded server has {@value #EMBEDDED_DATABASES} of them.
 *
 * <p>
 * Never skipped: if the server cannot start, every test that needs it fails with the
 * reason.
 */
public final class TestRedis {

	private static final Logger log = LoggerFactory.getLogger(TestRedis.class);

	/**
	 * Logical databases of the embedded server: one for each application context of a
	 * suite, and to spare.
	 */
	static final int EMBEDDED_DATABASES = 4096;

	/** Logical databases an external server is assumed to have (Redis's default). */
	static final int EXTERNAL_DATABASES = 16;

	private final AtomicInteger contexts = new AtomicInteger();

	private static TestRedis instance;

	private final String url;

	private final String origin;

	/** The embedded server, null for an external one. */
	private final RedisServer embedded;

	private TestRedis(String url, String origin, RedisServer embedded) {
		this.embedded = embedded;
		this.url = url;
		this.origin = origin;
	}

	public static synchronized TestRedis get() {
		if (instance == null) {
			instance = start();
		}
		return instance;
	}

	/**
	 * An embedded Redis server of the caller's own, on a free port, for a test that stops
	 * and starts it under a running application ({@link #stopServer()}): the suite's
	 * server, which every cached context uses, is never stopped. Embedded even when the
	 * suite uses an external server. {@link #close()} stops it for good.
	 */
	public static TestRedis startOwn() {
		return startEmbedded("own embedded Redis");
	}

	/** Stops a server of one's own ({@link #startOwn()}) for good. */
	public synchronized void close() {
		if (this == instance) {
			throw new IllegalStateException("the suite's Redis server lives as long as the test JVM");
		}
		stopQuietly(requireEmbedded());
	}

	/** A {@code redis://host:port} URL (logical database 0). */
	public String url() {
		return url;
	}

	/**
	 * The URL of a logical database for one application context,
	 * {@code redis://host:port/<n>}: the next of the server's databases 1, 2, … (on an
	 * external server with Redis's default 16 they are used again after 15, and contexts
	 * far apart in a run may meet in one). Its keys (tokens, holds, quotas, dialogs) are
	 * no other context's.
	 */
	public String contextUrl() {
		int databases = embedded == null ? EXTERNAL_DATABASES : EMBEDDED_DATABASES;
		int database = 1 + (contexts.getAndIncrement() % (databases - 1));
		return url + "/" + database;
	}

	/** Where the server comes from, for logs: embedded or the external URL. */
	public String origin() {
		return origin;
	}

	/**
	 * Stops the embedded server (the outage drills: Redis gone under a running
	 * application); {@link #startServer()} starts it again on the same port, empty (it
	 * keeps nothing on disk). An external server cannot be stopped from here.
	 */
	public synchronized void stopServer() {
		try {
			requireEmbedded().stop();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not stop the embedded Redis", ex);
		}
	}

	/** Starts the embedded server again after {@link #stopServer()}, on the same port. */
	public synchronized void startServer() {
		try {
			requireEmbedded().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded Redis again", ex);
		}
	}

	private RedisServer requireEmbedded() {
		if (embedded == null) {
			throw new IllegalStateException(
					"the Redis server is external (" + origin + "): stop and start it yourself");
		}
		return embedded;
	}

	private static TestRedis start() {
		String external = System.getenv("BATON_TEST_REDIS_URL");
		if (external != null && !external.isBlank()) {
			log.info("Tests use the external Redis server {}", external);
			return new TestRedis(external.trim(), "external " + external.trim(), null);
		}
		return startEmbedded("embedded Redis");
	}

	private static TestRedis startEmbedded(String origin) {
		try {
			int port = freePort();
			RedisServer server = RedisServer.newRedisServer()
				.port(port)
				.bind("127.0.0.1")
				.setting("save \"\"")
				.setting("appendonly no")
				.setting("databases " + EMBEDDED_DATABASES)
				.build();
			long started = System.nanoTime();
			server.start();
			log.info("Redis (embedded) started on port {} in {} ms", port, (System.nanoTime() - started) / 1_000_000);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(server), "embedded-redis-stop"));
			return new TestRedis("redis://127.0.0.1:" + port, origin, server);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded Redis for the tests", ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	private static void stopQuietly(RedisServer server) {
		try {
			if (server.isActive()) {
				server.stop();
			}
		}
		catch (IOException ex) {
			log.warn("Stopping the embedded Redis failed", ex);
		}
	}

}
