package dev.baton.bot.escalation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.delivery.OutboxExpander;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.discipline.TimeFlags;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxMessage;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.calendar.WorkCalendar;
import dev.baton.scheduler.escalation.SweepOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.baton.bot.escalation.EscalationSupport.beijing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #14, P2 (V65): a batch of the due-step sweep queues its reminders as one
 * {@code outbox_bundle} row instead of an outbox row per due step; the delivery worker
 * unpacks it into the outbox rows the sweep used to write (one per recipient, the sweep's
 * moment as their creation), once however many unpack at the same time, and expands those
 * as before.
 */
@DomainContext
class SweepQueuesOneBundleABatchTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxExpander expander;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	EscalationMapper mapper;

	@Autowired
	StageMessages messages;

	@Autowired
	EscalationPolicies escalationPolicies;

	@Autowired
	Policies policies;

	@Autowired
	WorkCalendar calendar;

	@Autowired
	TimeSource time;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EscalationProperties properties;

	@Autowired
	TimeFlags timeFlags;

	@Test
	void aBatchIsOneBundleUnpackedOnceIntoARowPerRecipient() throws Exception {
		List<Long> ids = List.of(opened(), opened(), opened());
		clock.set(beijing("2026-11-27T09:30")); // R3 of each checklist is due
		Instant sweptAt = time.now();

		SweepOutcome outcome = sweepOf(ids).sweepDue();

		assertThat(outcome.sent()).isEqualTo(3);
		assertThat(outcome.failedBatches()).isZero();
		for (long id : ids) {
			assertThat(outbox.forHandover(id)).as("nothing per recipient before the unpacking")
				.noneMatch(m -> m.event().name().equals("REMINDER"));
		}
		assertThat(bundlesNaming(ids)).as("one bundle for the batch's three due steps").isEqualTo(1);

		// four workers unpack at the same moment: the bundle's rows once
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> unpacked = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Callable<Integer> unpack = () -> {
				start.await();
				return outbox.unpackBundles(Integer.MAX_VALUE);
			};
			unpacked.add(pool.submit(unpack));
		}
		start.countDown();
		for (Future<Integer> f : unpacked) {
			f.get();
		}
		pool.shutdown();

		assertThat(bundlesNaming(ids)).isZero();
		for (long id : ids) {
			List<OutboxMessage> reminders = outbox.forHandover(id)
				.stream()
				.filter(m -> m.event().name().equals("REMINDER"))
				.toList();
			long departing = jdbc.queryForObject("SELECT departing_id FROM handover WHERE id = ?", Long.class, id);
			long step = jdbc.queryForObject("SELECT id FROM waiting_step WHERE handover_id = ? AND kind = 'CHECKLIST'",
					Long.class, id);
			// R3 of a checklist tells its actor, the departing official: one row, as the
			// sweep wrote it before V65
			assertThat(reminders).hasSize(1);
			OutboxMessage row = reminders.get(0);
			assertThat(row.recipientId()).isEqualTo(departing);
			assertThat(row.groupUnitId()).isNull();
			assertThat(row.confidential()).isFalse();
			assertThat(row.status()).isEqualTo("PENDING");
			assertThat(row.createdAt()).isEqualTo(sweptAt);
			assertThat(row.availableAt()).isEqualTo(sweptAt);
			JsonNode payload = json.readTree(row.payload());
			assertThat(payload.path("handoverId").asLong()).isEqualTo(id);
			assertThat(payload.path("stepId").asLong()).isEqualTo(step);
			assertThat(payload.path("stage").asString()).isEqualTo("R3");
			assertThat(payload.path("dueOn").asString()).isEqualTo("2026-12-02");
			assertThat(payload.path("sentAt").asString()).isEqualTo(sweptAt.toString());
		}
	}

	@Test
	void theDeliveryWorkerUnpacksABundleAndExpandsItsRows() {
		List<Long> ids = List.of(opened(), opened());
		clock.set(beijing("2026-11-27T09:30"));

		assertThat(sweepOf(ids).sweepDue().sent()).isEqualTo(2);
		assertThat(bundlesNaming(ids)).isEqualTo(1);

		while (expander.expand(500) > 0) {
			// the worker's steps: unpack a bundle, expand what is pending
		}

		assertThat(bundlesNaming(ids)).isZero();
		for (long id : ids) {
			List<Map<String, Object>> rows = jdbc
				.queryForList("SELECT status, last_error FROM outbox WHERE handover_id = ? AND event = 'REMINDER'", id);
			// the test org's officials have no chat account: a dead letter the organizer
			// sees, as for any notice
			assertThat(rows).hasSize(1);
			assertThat(rows.get(0)).containsEntry("status", "NO_ACCOUNT")
				.containsEntry("last_error", "no chat account bound to the recipient");
		}
	}

	private long bundlesNaming(List<Long> handovers) {
		StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM outbox_bundle WHERE 1 = 0");
		for (long id : handovers) {
			sql.append(" OR notifications LIKE '%\"handoverId\":").append(id).append(",%'");
		}
		return jdbc.queryForObject(sql.toString(), Long.class);
	}

	private long opened() {
		TestOrg org = new TestOrg(directory, actors, "jingxian");
		clock.set(beijing("2026-11-23T10:00"));
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		handovers.acknowledge(org.actor(org.departing), id);
		return id;
	}

	/**
	 * The sweep over these handovers' steps only (the suite's database holds other tests'
	 * steps, some due at the same moment).
	 */
	private EscalationSweep sweepOf(List<Long> handoverIds) {
		String mySteps = "SELECT id FROM waiting_step WHERE next_action_at <= ? AND handover_id IN ("
				+ String.join(",", handoverIds.stream().map(String::valueOf).toList()) + ") ORDER BY id";
		EscalationMapper mine = (EscalationMapper) Proxy.newProxyInstance(EscalationMapper.class.getClassLoader(),
				new Class<?>[] { EscalationMapper.class }, (proxy, method, args) -> {
					if (method.getName().equals("dueStepIds")) {
						return jdbc.queryForList(mySteps, Long.class, args[0]);
					}
					try {
						return method.invoke(mapper, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
		return new EscalationSweep(mine, messages, escalationPolicies, policies, directory, calendar, time,
				transactions, properties, timeFlags);
	}

}
