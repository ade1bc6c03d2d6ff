package dev.baton.bot.escalation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.discipline.TimeFlags;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.calendar.WorkCalendar;
import dev.baton.scheduler.escalation.SweepOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static dev.baton.bot.escalation.EscalationSupport.beijing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #14, P2 (V54): a due step's stage is claimed on the step's own row, by compare-and-set
 * on its {@code sweep_seq} in the UPDATE that moves its next action, and recorded in its
 * stage log; stages recorded in {@code escalation_notice} before V54 still count.
 */
@DomainContext
class StagesClaimedOnTheStepTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	EscalationSweep sweep;

	@Autowired
	StepOwners stepOwners;

	@Autowired
	Outbox outbox;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

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

	@AfterEach
	void resetClock() {
		clock.set(DomainContext.Clocks.START);
	}

	/**
	 * Two sweeps that both read a step: the one whose reading is no longer the step's
	 * (another wrote it since) matches no row, claims nothing and queues nothing; the
	 * step's stage is sent once, by the other.
	 */
	@Test
	void aSweepThatReadAStepBeforeAnotherWroteItClaimsNothingAndQueuesNothing() {
		long id = openedWithChecklistDue12_02();
		clock.set(beijing("2026-11-27T09:30")); // R3 of the checklist is due

		SweepOutcome stale = staleSweep().sweepDue();

		assertThat(stale.sent()).isZero();
		assertThat(stale.failedBatches()).isPositive();
		assertThat(reminders(id)).isZero();
		assertThat(stepOwners.notices(id)).isEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM waiting_step WHERE handover_id = ? AND stage_log IS NULL"
				+ " AND next_action_at <= ?", Long.class, id, time.now()))
			.as("still due, nothing recorded")
			.isEqualTo(1);

		sweep.sweepDue();
		sweep.sweepDue();
		assertThat(reminders(id)).isEqualTo(1);
		assertThat(stepOwners.notices(id).stream().map(n -> n.stage() + ":" + n.outcome())).containsExactly("R3:SENT");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM escalation_notice WHERE handover_id = ?", Long.class, id))
			.as("no claim row")
			.isZero();
	}

	/**
	 * A step that had stages recorded in escalation_notice before V54 (legacy_notices):
	 * they are not sent again, and the record lists them before those on the step's row.
	 */
	@Test
	void stagesRecordedBeforeV54AreNotSentAgainAndStayOnTheRecord() {
		long id = openedWithChecklistDue12_02();
		long step = jdbc.queryForObject("SELECT id FROM waiting_step WHERE handover_id = ? AND kind = 'CHECKLIST'",
				Long.class, id);
		jdbc.update(
				"INSERT INTO escalation_notice (step_id, handover_id, stage, esc_level, outcome, scheduled_at,"
						+ " fired_at, recipients) VALUES (?, ?, 'R3', 0, 'SENT', ?, ?, 1)",
				step, id, beijing("2026-11-27T09:00"), beijing("2026-11-27T09:00"));
		jdbc.update("UPDATE waiting_step SET legacy_notices = TRUE WHERE id = ?", step);

		clock.set(beijing("2026-11-27T09:30"));
		sweep.sweepDue();
		assertThat(reminders(id)).as("R3 was sent before the upgrade").isZero();

		clock.set(beijing("2026-12-01T09:30"));
		sweep.sweepDue();
		assertThat(reminders(id)).isEqualTo(1);
		assertThat(stepOwners.notices(id).stream().map(n -> n.stage() + ":" + n.outcome())).containsExactly("R3:SENT",
				"R1:SENT");
	}

	/**
	 * A step overdue for years whose last level repeats daily: its log grows a line a
	 * day, past what TEXT held (64 KB, about 2,000 lines; V65 makes it MEDIUMTEXT). The
	 * sweep still appends to it and claims the due stage exactly once.
	 */
	@Test
	void aStepWithYearsOfStagesInItsLogIsStillClaimedOnce() {
		long id = openedWithChecklistDue12_02();
		long step = jdbc.queryForObject("SELECT id FROM waiting_step WHERE handover_id = ? AND kind = 'CHECKLIST'",
				Long.class, id);
		StringBuilder years = new StringBuilder();
		long day = 86_400_000L;
		long first = beijing("2019-01-02T09:00").toEpochMilli();
		for (int i = 0; i < 2_500; i++) {
			// a level-3 repeat a day, as StageLog writes it, under keys no ladder uses
			years.append("Y")
				.append(i)
				.append("|3|SENT|")
				.append(first + i * day)
				.append('|')
				.append(first + i * day)
				.append("|2\n");
		}
		assertThat(years.length()).as("more than TEXT holds").isGreaterThan(65_535);
		jdbc.update("UPDATE waiting_step SET stage_log = ? WHERE id = ?", years.toString(), step);

		clock.set(beijing("2026-11-27T09:30")); // R3 of the checklist is due
		sweep.sweepDue();
		sweep.sweepDue();

		assertThat(reminders(id)).isEqualTo(1);
		String log = jdbc.queryForObject("SELECT stage_log FROM waiting_step WHERE id = ?", String.class, step);
		assertThat(log).startsWith(years.toString());
		List<EscalationNotice> notices = StageLog.notices(step, id, log);
		assertThat(notices).hasSize(2_501);
		assertThat(notices.get(2_500).stage() + ":" + notices.get(2_500).outcome()).isEqualTo("R3:SENT");
	}

	private long openedWithChecklistDue12_02() {
		return SweepFixtures.openedWithChecklistDue12_02(context);
	}

	private long reminders(long handoverId) {
		return outbox.forHandover(handoverId).stream().filter(m -> m.event().name().equals("REMINDER")).count();
	}

	/**
	 * A sweep whose reading of every step it locks is one write behind (as if another
	 * sweep had written the step between its reading and its claim).
	 */
	private EscalationSweep staleSweep() {
		EscalationMapper stale = (EscalationMapper) Proxy.newProxyInstance(EscalationMapper.class.getClassLoader(),
				new Class<?>[] { EscalationMapper.class }, (proxy, method, args) -> {
					Object result;
					try {
						result = method.invoke(mapper, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
					if (!method.getName().equals("lockDue")) {
						return result;
					}
					@SuppressWarnings("unchecked")
					List<EscalationMapper.StepRow> rows = (List<EscalationMapper.StepRow>) result;
					return rows.stream()
						.map(r -> new EscalationMapper.StepRow(r.id(), r.handoverId(), r.kind(), r.subject(), r.round(),
								r.startedOn(), r.dueOn(), r.extensions(), r.extendedOn(), r.stageLog(),
								r.sweepSeq() - 1, r.legacyNotices()))
						.toList();
				});
		return new EscalationSweep(stale, messages, escalationPolicies, policies, directory, calendar, time,
				transactions, properties, timeFlags);
	}

}
