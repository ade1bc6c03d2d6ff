package dev.baton.bot.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.access.Actor;
import dev.baton.bot.system.Savepoints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Audit rows are written at commit, so a savepoint rolled back (an inbox turn's refused
 * or failed piece of work) must take back the rows noted inside it, or the chain would
 * record what never happened; rows noted before the savepoint, and after it, are kept.
 */
@DomainContext
class AuditUnderSavepointsTest {

	@Autowired
	AuditLog audit;

	@Autowired
	Savepoints savepoints;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFailedPieceOfWorkLeavesNoAuditRowsAndTheRestCommits() {
		String run = UUID.randomUUID().toString();
		tx.executeWithoutResult(status -> {
			audit.append(null, Actor.SYSTEM, "TEST_BEFORE", Map.of("run", run));
			assertThatThrownBy(() -> savepoints.run(() -> {
				audit.append(null, Actor.SYSTEM, "TEST_UNDONE", Map.of("run", run));
				throw new IllegalStateException("refused");
			})).hasMessage("refused");
			audit.append(null, Actor.SYSTEM, "TEST_AFTER", Map.of("run", run));
		});

		assertThat(actionsOf(run)).containsExactly("TEST_BEFORE", "TEST_AFTER");
	}

	@Test
	void aCaughtRefusalThatMarkedTheWorkRollbackOnlyLeavesNoAuditRows() {
		String run = UUID.randomUUID().toString();
		tx.executeWithoutResult(status -> {
			savepoints.attempt(() -> {
				audit.append(null, Actor.SYSTEM, "TEST_UNDONE", Map.of("run", run));
				try {
					// a service's own @Transactional method that threw and was caught
					// leaves the work rollback-only
					tx.executeWithoutResult(inner -> {
						throw new IllegalStateException("refused inside");
					});
				}
				catch (IllegalStateException refused) {
					// the conversation answers the refusal
				}
				return null;
			});
			audit.append(null, Actor.SYSTEM, "TEST_AFTER", Map.of("run", run));
		});

		assertThat(actionsOf(run)).containsExactly("TEST_AFTER");
	}

	@Test
	void workThatSucceedsKeepsItsAuditRows() {
		String run = UUID.randomUUID().toString();
		tx.executeWithoutResult(
				status -> savepoints.run(() -> audit.append(null, Actor.SYSTEM, "TEST_KEPT", Map.of("run", run))));

		assertThat(actionsOf(run)).containsExactly("TEST_KEPT");
	}

	private List<String> actionsOf(String run) {
		return jdbc.queryForList("SELECT action FROM audit_log WHERE detail LIKE ? ORDER BY seq", String.class,
				"%" + run + "%");
	}

}
