package dev.baton.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.baton.testkit.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same migrations, unchanged, on H2 in MySQL mode (the embedded default) and on a
 * real MariaDB server: both apply cleanly, end with the same tables and columns, and a
 * second run changes nothing.
 */
class MigrationsTest {

	static final String H2_OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

	@TempDir
	Path dir;

	@Test
	void migrationsApplyOnH2InMySqlMode() throws SQLException {
		String url = "jdbc:h2:file:" + dir.resolve("baton") + H2_OPTIONS;

		Map<String, TreeSet<String>> schema = migrateTwiceAndDescribe(url, "sa", "");

		assertThat(schema).containsKeys("qrtz_job_details", "qrtz_triggers", "qrtz_locks", "flyway_schema_history");
	}

	@Test
	void migrationsApplyOnMariaDb() throws SQLException {
		TestDatabase server = TestDatabase.get();
		String url = server.createFreshDatabase("baton_migrations");

		Map<String, TreeSet<String>> schema = migrateTwiceAndDescribe(url, server.user(), server.password());

		try (Connection connection = server.connect("baton_migrations");
				Statement statement = connection.createStatement();
				ResultSet version = statement.executeQuery("SELECT VERSION()")) {
			version.next();
			assertThat(version.getString(1)).as("server version").containsIgnoringCase("mariadb");
		}
		assertThat(schema).containsKeys("qrtz_job_details", "qrtz_triggers", "qrtz_locks", "flyway_schema_history");
	}

	@Test
	void h2AndMariaDbEndWithTheSameTablesAndColumns() throws SQLException {
		TestDatabase server = TestDatabase.get();
		Map<String, TreeSet<String>> onH2 = migrateTwiceAndDescribe(
				"jdbc:h2:mem:compare;DB_CLOSE_DELAY=-1" + H2_OPTIONS, "sa", "");
		Map<String, TreeSet<String>> onMariaDb = migrateTwiceAndDescribe(server.createFreshDatabase("baton_compare"),
				server.user(), server.password());

		assertThat(onH2).isEqualTo(onMariaDb);
	}

	@Test
	void tablesHoldChineseTextAndEmojiOnMariaDb() throws SQLException {
		TestDatabase server = TestDatabase.get();
		String url = server.createFreshDatabase("baton_utf8mb4");
		Flyway.configure().dataSource(url, server.user(), server.password()).load().migrate();
		String description = "离任交接提醒 · 久拖不交 ⏰🙂";

		try (Connection connection = server.connect("baton_utf8mb4")) {
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP, DESCRIPTION, JOB_CLASS_NAME,"
							+ " IS_DURABLE, IS_NONCONCURRENT, IS_UPDATE_DATA, REQUESTS_RECOVERY) VALUES (?,?,?,?,?,?,?,?,?)")) {
				insert.setString(1, "baton");
				insert.setString(2, "提醒");
				insert.setString(3, "默认");
				insert.setString(4, description);
				insert.setString(5, "dev.baton.Example");
				insert.setBoolean(6, true);
				insert.setBoolean(7, false);
				insert.setBoolean(8, false);
				insert.setBoolean(9, true);
				insert.executeUpdate();
			}
			try (PreparedStatement select = connection.prepareStatement(
					"SELECT DESCRIPTION, IS_DURABLE, IS_NONCONCURRENT FROM QRTZ_JOB_DETAILS WHERE JOB_NAME = ?")) {
				select.setString(1, "提醒");
				try (ResultSet row = select.executeQuery()) {
					assertThat(row.next()).isTrue();
					assertThat(row.getString(1)).isEqualTo(description);
					assertThat(row.getBoolean(2)).isTrue();
					assertThat(row.getBoolean(3)).isFalse();
				}
			}
		}
	}

	@Test
	void anOutboxRowForAGroupCannotBeConfidentialOnEitherDatabase() throws SQLException {
		TestDatabase server = TestDatabase.get();
		assertGroupRowsAreNeverConfidential(server.createFreshDatabase("baton_group_rows"), server.user(),
				server.password());
		assertGroupRowsAreNeverConfidential("jdbc:h2:mem:grouprows;DB_CLOSE_DELAY=-1" + H2_OPTIONS, "sa", "");
	}

	/**
	 * The database itself keeps amounts and discipline matters out of group messages
	 * (V11's check).
	 */
	private static void assertGroupRowsAreNeverConfidential(String url, String user, String password)
			throws SQLException {
		Flyway flyway = Flyway.configure().dataSource(url, user, password).load();
		flyway.migrate();
		try (Connection connection = flyway.getConfiguration().getDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.executeUpdate("INSERT INTO org_unit (id, code, name, unit_type, path, created_at)"
					+ " VALUES (7, 'u7', '测试单位', 'COUNTY', '/7/', '2026-12-03 08:00:00')");
			String insert = "INSERT INTO outbox (event, recipient_id, group_unit_id, confidential, payload, status, attempts,"
					+ " available_at, created_at) VALUES ('PUBLICITY', %s, %s, %s, '{}', 'PENDING', 0,"
					+ " '2026-12-03 08:00:00', '2026-12-03 08:00:00')";

			statement.executeUpdate(insert.formatted("NULL", "7", "FALSE"));
			assertThat(count(statement, "SELECT COUNT(*) FROM outbox WHERE group_unit_id = 7")).isEqualTo(1);

			for (String[] refused : new String[][] { { "NULL", "7", "TRUE" }, { "NULL", "NULL", "FALSE" } }) {
				org.assertj.core.api.Assertions
					.assertThatThrownBy(() -> statement.executeUpdate(insert.formatted((Object[]) refused)))
					.as("%s on %s", String.join(",", refused), url)
					.isInstanceOf(SQLException.class);
			}
			assertThat(count(statement, "SELECT COUNT(*) FROM outbox")).isEqualTo(1);
		}
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * Migrates, checks that a second run applies nothing, and returns table → columns
	 * (lower case).
	 */
	private static Map<String, TreeSet<String>> migrateTwiceAndDescribe(String url, String user, String password)
			throws SQLException {
		Flyway flyway = Flyway.configure().dataSource(url, user, password).load();
		MigrateResult first = flyway.migrate();
		assertThat(first.success).isTrue();
		assertThat(first.migrationsExecuted).as("migrations applied on %s", url).isPositive();

		MigrateResult second = flyway.migrate();
		assertThat(second.migrationsExecuted).as("a second run on %s", url).isZero();
		flyway.validate();

		try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
			return describe(connection);
		}
	}

	private static Map<String, TreeSet<String>> describe(Connection connection) throws SQLException {
		Map<String, TreeSet<String>> tables = new TreeMap<>();
		DatabaseMetaData meta = connection.getMetaData();
		try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
			while (columns.next()) {
				String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
				String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
				String nullable = columns.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : "";
				tables.computeIfAbsent(table, t -> new TreeSet<>()).add(column + nullable);
			}
		}
		return tables;
	}

}
