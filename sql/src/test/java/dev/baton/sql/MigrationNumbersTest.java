package dev.baton.sql;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How migrations are numbered (sql/README.md): a migration released on main
 * ({@code released-migrations.txt}) is never renamed, edited or removed, and a new one
 * takes a version above every released one, so that no database already migrated meets a
 * version below its own. And what Flyway does when that rule is broken: it refuses to
 * start rather than skip the migration in silence.
 */
class MigrationNumbersTest {

	private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__[a-z0-9_]+\\.sql");

	private static final Path MIGRATIONS = Path.of("migrations");

	private static final Path RELEASED = Path.of("released-migrations.txt");

	@Test
	void everyMigrationIsNamedVersionTwoUnderscoresWordsAndNoVersionIsTakenTwice() throws IOException {
		Map<BigInteger, String> versions = new TreeMap<>();
		for (String file : files()) {
			Matcher m = NAME.matcher(file);
			assertThat(m.matches()).as("%s is named V<number>__<lower_case_words>.sql", file).isTrue();
			String before = versions.put(new BigInteger(m.group(1)), file);
			assertThat(before).as("version of %s also taken by %s", file, before).isNull();
		}
		assertThat(versions).isNotEmpty();
	}

	@Test
	void aReleasedMigrationIsNeverRenamedEditedOrRemoved() throws IOException {
		List<String> files = files();
		for (Map.Entry<String, String> released : released().entrySet()) {
			assertThat(files).as("%s was released on main: it stays, under this name", released.getKey())
				.contains(released.getKey());
			assertThat(sha256(MIGRATIONS.resolve(released.getKey())))
				.as("%s was released on main and may not change (a database that ran it would refuse to start: its"
						+ " checksum differs); write a new migration instead", released.getKey())
				.isEqualTo(released.getValue());
		}
	}

	@Test
	void aNewMigrationTakesAVersionAboveEveryReleasedOne() throws IOException {
		Map<String, String> released = released();
		BigInteger highest = released.keySet()
			.stream()
			.map(MigrationNumbersTest::version)
			.max(BigInteger::compareTo)
			.orElseThrow();
		List<String> unreleased = new ArrayList<>();
		for (String file : files()) {
			if (!released.containsKey(file)) {
				unreleased.add(file);
				assertThat(version(file))
					.as("%s is not released yet, so its version must be above V%s, the highest on main: a database"
							+ " already at V%s would refuse to start on it (sql/README.md)", file, highest, highest)
					.isGreaterThan(highest);
			}
		}
		// the list only grows: every released file is still there (checked above), so
		// nothing here is lost
		assertThat(released.size() + unreleased.size()).isEqualTo(files().size());
	}

	/**
	 * What protects a database already migrated: a migration below its highest version is
	 * not applied behind its back (Flyway's outOfOrder is false, Spring Boot's default
	 * and Baton's), and validation on migrate (on by default) makes the start fail,
	 * naming the version. Only a start with outOfOrder set applies it.
	 */
	@Test
	void aLowerVersionAddedAfterAHigherOneWasAppliedStopsTheStartNamingIt(@TempDir Path dir) throws IOException {
		Path scripts = Files.createDirectories(dir.resolve("scripts"));
		Files.writeString(scripts.resolve("V6__first.sql"), "CREATE TABLE t6 (id INT);\n");
		Files.writeString(scripts.resolve("V10__second.sql"), "CREATE TABLE t10 (id INT);\n");
		String url = "jdbc:h2:file:" + dir.resolve("db") + MigrationsTest.H2_OPTIONS;
		assertThat(flyway(url, scripts, false).migrate().migrationsExecuted).isEqualTo(2);

		Files.writeString(scripts.resolve("V7__late.sql"), "CREATE TABLE t7 (id INT);\n");

		assertThatThrownBy(() -> flyway(url, scripts, false).migrate()).isInstanceOf(FlywayException.class)
			.hasMessageContaining("not applied to database")
			.hasMessageContaining("7");
		assertThat(flyway(url, scripts, true).migrate().migrationsExecuted).isEqualTo(1);
	}

	private static Flyway flyway(String url, Path scripts, boolean outOfOrder) {
		return Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("filesystem:" + scripts.toAbsolutePath())
			.outOfOrder(outOfOrder)
			.load();
	}

	private static List<String> files() throws IOException {
		try (Stream<Path> paths = Files.list(MIGRATIONS)) {
			return paths.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** file name → its sha256 when released */
	private static Map<String, String> released() throws IOException {
		Map<String, String> released = new LinkedHashMap<>();
		for (String line : Files.readAllLines(RELEASED)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.strip().split("\\s+");
			assertThat(parts).as("line '%s' of %s: sha256, then the file", line, RELEASED).hasSize(2);
			released.put(parts[1], parts[0]);
		}
		assertThat(released).isNotEmpty();
		return released;
	}

	private static BigInteger version(String file) {
		Matcher m = NAME.matcher(file);
		assertThat(m.matches()).as(file).isTrue();
		return new BigInteger(m.group(1));
	}

	private static String sha256(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
