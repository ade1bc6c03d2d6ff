package dev.baton.bot.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.escalation.EscalationSweep;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four reviewers approve the same handover at the same instant (the normal case: one
 * meeting, four phones), twenty rounds, while the due-step sweep runs over the same
 * handovers' waiting steps as the every-minute job would, and while a transaction does
 * what a sweep batch does when a stage finds a post vacant: it locks the review steps,
 * moves their next action, and writes an audit row (ESCALATION_SKIPPED). Every approval
 * is recorded, nothing fails (a lost deadlock told a reviewer 您的内容没有被记录, #14), and the
 * handover moves to confirmation exactly once.
 *
 * <p>
 * The deadlock was: the approval held the handover and the audit head (its
 * REVIEW_APPROVED row) and waited for its review step, which the sweep batch held while
 * it waited for the audit head to report a vacancy.
 */
@DomainContext
@Import(StagedHandovers.class)
class FourReviewersAtOnceTest {

	private static final int ROUNDS = 20;

	@Autowired
	StagedHandovers staged;

	@Autowired
	ReviewService review;

	@Autowired
	HandoverService handovers;

	@Autowired
	EscalationSweep sweep;

	@Autowired
	AuditLog audit;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void fourApprovalsAtTheSameInstantAreAllRecordedTwentyTimesOver() throws Exception {
		List<Department> departments = List.of(Department.ORGANIZATION, Department.DISCIPLINE, Department.FINANCE,
				Department.AUDIT);
		ExecutorService pool = Executors.newFixedThreadPool(departments.size() + 2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				TestOrg org = new TestOrg(directory, actors, null);
				long id = staged.inReview(org, List.of(Stated.work("推进老旧小区改造"), Stated.done("完成年度统计公报")));
				CyclicBarrier start = new CyclicBarrier(departments.size() + 2);
				List<Callable<Void>> calls = new ArrayList<>();
				for (Department d : departments) {
					calls.add(() -> {
						start.await(10, TimeUnit.SECONDS);
						review.approve(org.actor(org.reviewer(d)), id, d, "同意", Map.of());
						return null;
					});
				}
				// the sweep looks at the review steps the submission just opened, as the
				// every-minute job does
				calls.add(() -> {
					start.await(10, TimeUnit.SECONDS);
					sweep.sweepDue();
					return null;
				});
				// a sweep batch over this handover's review steps that finds a post
				// vacant
				calls.add(() -> {
					start.await(10, TimeUnit.SECONDS);
					tx.executeWithoutResult(status -> {
						List<Long> steps = jdbc
							.queryForList(
									"SELECT id FROM waiting_step WHERE handover_id = ? AND kind = 'REVIEW'"
											+ " AND done_at IS NULL ORDER BY id FOR UPDATE SKIP LOCKED",
									Long.class, id);
						for (Long step : steps) {
							jdbc.update("UPDATE waiting_step SET next_action_at = next_action_at WHERE id = ?", step);
						}
						audit.append(id, Actor.SYSTEM, "ESCALATION_SKIPPED",
								Map.of("steps", steps, "vacant", List.of("SUPERVISOR")));
					});
					return null;
				});
				List<Future<Void>> done = new ArrayList<>();
				for (Callable<Void> call : calls) {
					done.add(pool.submit(call));
				}
				for (Future<Void> f : done) {
					f.get(60, TimeUnit.SECONDS); // an approval that lost a deadlock
													// throws here
				}

				int round0 = round;
				assertThat(review.decisions(id)).as("round %d", round0)
					.extracting(ReviewDecision::department)
					.containsExactlyInAnyOrderElementsOf(departments);
				assertThat(review.decisions(id)).allMatch(d -> d.decision().equals("APPROVED"));
				assertThat(handovers.get(org.actor(org.organizer), id).state()).isEqualTo(HandoverState.CONFIRMING);
				assertThat(audit.history(id).stream().filter(e -> e.action().equals("REVIEW_APPROVED")).count())
					.isEqualTo(4);
				assertThat(audit.history(id)
					.stream()
					.filter(e -> e.action().equals("STATE_CHANGED") && e.detail().contains("\"CONFIRMING\""))
					.count()).isEqualTo(1);
				assertThat(jdbc.queryForObject(
						"SELECT COUNT(*) FROM waiting_step WHERE handover_id = ? AND kind = 'REVIEW' AND done_at IS NULL",
						Integer.class, id))
					.isZero();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
