package dev.baton.bot.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import javax.sql.DataSource;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditVerification.Problem;
import dev.baton.bot.directory.Directory;
import dev.baton.testkit.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An audit log written as one chain before V40 verifies after the upgrade: its rows
 * become the legacy chain, sealed as they were, and new entries go to the chains per
 * handover; the first checkpoint anchors both. A legacy row changed after the upgrade is
 * still found.
 */
class AuditUpgradeTest {

	private static final Instant WRITTEN = Instant.parse("2026-11-02T03:04:05.678Z");

	@Test
	void anExistingLogVerifiesAfterTheUpgradeOnMariaDb() {
		TestDatabase database = TestDatabase.get();
		String url = database.createFreshDatabase("baton_audit_upgrade");
		DataSource data = new DriverManagerDataSource(url, database.user(), database.password());
		Flyway.configure().dataSource(data).target("39").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(data);
		String head = writeTheOldWay(jdbc, 5);

		try (ConfigurableApplicationContext baton = start(url, database)) {
			AuditVerifier verifier = baton.getBean(AuditVerifier.class);
			AuditLog audit = baton.getBean(AuditLog.class);
			TestOrg org = new TestOrg(baton.getBean(Directory.class), baton.getBean(Actors.class), null);
			Actor admin = org.actor(org.rootAdmin(baton.getBean(Directory.class)));

			assertThat(jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_chain WHERE chain_id = -1"))
				.containsEntry("last_seq", 5L)
				.containsEntry("last_hash", head);
			AuditVerification upgraded = verifier.verify(admin);
			assertThat(upgraded.intact()).as(String.valueOf(upgraded.problem())).isTrue();
			assertThat(upgraded.rowsChecked()).isGreaterThanOrEqualTo(5);

			// new entries on the old handover 7: its chain starts after the legacy rows,
			// and its history holds both
			baton.getBean(TransactionTemplate.class)
				.executeWithoutResult(s -> audit.append(7L, Actor.SYSTEM, "AFTER_UPGRADE", Map.of("n", 1)));
			assertThat(audit.history(7)).extracting(AuditEntry::action)
				.containsExactly("OLD_ACTION", "OLD_ACTION", "AFTER_UPGRADE");
			assertThat(audit.history(7)).extracting(AuditEntry::chainId).containsExactly(-1L, -1L, 7L);
			assertThat(jdbc.queryForObject("SELECT MAX(seq) FROM audit_log", Long.class)).isGreaterThan(5);

			long checkpoint = baton.getBean(AuditCheckpoints.class).checkpoint().orElseThrow();
			assertThat(jdbc.queryForList("SELECT chain_id FROM audit_anchor WHERE checkpoint_seq = ?", Long.class,
					checkpoint))
				.contains(-1L, 7L);
			AuditVerification anchored = verifier.verify(admin);
			assertThat(anchored.intact()).as(String.valueOf(anchored.problem())).isTrue();
			assertThat(anchored.checkpointsChecked()).isEqualTo(1);

			jdbc.update("UPDATE audit_log SET detail = '{\"n\":99}' WHERE chain_id = -1 AND chain_seq = 2");
			AuditVerification tampered = verifier.verify(admin);
			assertThat(tampered.kind()).isEqualTo(Problem.CHANGED);
			assertThat(tampered.brokenChain()).isEqualTo(-1L);
			assertThat(tampered.brokenEntry()).isEqualTo(2L);
			assertThat(tampered.problem()).contains("written before the upgrade");
		}
	}

	@Test
	void theEmbeddedDefaultsLogMigratesOnH2() throws Exception {
		Path dir = Files.createTempDirectory("audit-upgrade");
		String url = "jdbc:h2:file:" + dir.resolve("baton")
				+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
		DataSource data = new DriverManagerDataSource(url, "sa", "");
		Flyway.configure().dataSource(data).target("39").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(data);
		String head = writeTheOldWay(jdbc, 3);

		Flyway.configure().dataSource(data).load().migrate();

		assertThat(jdbc.queryForList("SELECT chain_seq FROM audit_log WHERE chain_id = -1 ORDER BY seq", Long.class))
			.containsExactly(1L, 2L, 3L);
		assertThat(jdbc.queryForObject("SELECT last_hash FROM audit_chain WHERE chain_id = -1", String.class))
			.isEqualTo(head);
		// the database gives seq now, after the rows there are
		jdbc.update(
				"INSERT INTO audit_log (chain_id, chain_seq, handover_id, actor_id, action, detail, created_at,"
						+ " prev_hash, hash) VALUES (0, 1, NULL, NULL, 'NEW', '{}', ?, ?, ?)",
				LocalDateTime.now(), AuditHashes.GENESIS, AuditHashes.GENESIS);
		assertThat(jdbc.queryForObject("SELECT seq FROM audit_log WHERE action = 'NEW'", Long.class)).isEqualTo(4L);
	}

	/**
	 * Rows as the single-chain log wrote them: global seq, the legacy seal, the one head
	 * row.
	 */
	private static String writeTheOldWay(JdbcTemplate jdbc, int rows) {
		String prev = AuditHashes.GENESIS;
		for (long seq = 1; seq <= rows; seq++) {
			Long handover = seq % 2 == 0 ? 7L : null;
			String detail = "{\"n\":" + seq + ",\"note\":\"升级前 ✓\"}";
			Instant at = WRITTEN.plusSeconds(seq);
			String hash = AuditHashes.legacy(prev, seq, handover, 3L, "OLD_ACTION", detail, at);
			jdbc.update(
					"INSERT INTO audit_log (seq, handover_id, actor_id, action, detail, created_at, prev_hash, hash)"
							+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
					seq, handover, 3L, "OLD_ACTION", detail, LocalDateTime.ofInstant(at, ZoneOffset.UTC), prev, hash);
			prev = hash;
		}
		jdbc.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", rows, prev);
		return prev;
	}

	private static ConfigurableApplicationContext start(String url, TestDatabase database) {
		return new SpringApplicationBuilder(BatonApplication.class).initializers(context -> {
			context.getBeanFactory()
				.registerSingleton("upgradeClock", Clock.fixed(WRITTEN.plusSeconds(86_400), ZoneOffset.UTC));
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("audit-upgrade-test",
						Map.of("spring.datasource.url", url, "spring.datasource.username", database.user(),
								"spring.datasource.password", database.password(), "server.port", "0",
								"baton.escalation.sweep-job", "false", "baton.delivery.worker", "false",
								"baton.audit.checkpoint-job", "false")));
		}).run();
	}

}
