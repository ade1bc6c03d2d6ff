package dev.baton.bot.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.discipline.TimeFlags;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.calendar.WorkCalendar;
import dev.baton.scheduler.escalation.DueStepSweep;
import dev.baton.scheduler.escalation.SweepOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one sweep behind every reminder and escalation: it reads only the steps whose next
 * action is due (an index on {@code waiting_step.next_action_at}), so its cost grows with
 * the due steps, not with the open ones. Several instances may sweep at once: each takes
 * the due steps in its own random order, in batches, each batch one transaction that
 * locks its steps and skips those another instance holds; a stage is sent by the sweep
 * that claims it on the step's own row: the UPDATE that moves the step's next action also
 * appends the stage to the step's log ({@link StageLog}) and compares and sets the step's
 * {@code sweep_seq} (V54), so a sweep that read a step another one has written since
 * matches fewer rows than it wrote and rolls its batch back: nothing is sent twice even
 * if two sweeps met on one step.
 *
 * <p>
 * A batch is four statements whatever its size: its steps locked and read in one (with
 * the stages they recorded), their handovers, then its writes as multi-row statements
 * (the claims with the next actions, the outbox rows in bounded chunks); a fifth reads
 * the {@code escalation_notice} rows of steps that had stages recorded there before V54.
 * Within one sweep the batches may run on several threads
 * ({@code baton.escalation.sweep-threads}, default 1), so the JVM planning one batch
 * overlaps the database writing another; they are as safe together as two instances'
 * batches are (disjoint steps, read committed, stages claimed by compare-and-set on the
 * steps' rows). On the shared bench machine two threads were not measurably faster
 * (BENCHMARKS.md, P2), hence the default.
 */
@Service
public class EscalationSweep implements DueStepSweep {

	/** Steps per transaction unless configured ({@code baton.escalation.sweep-batch}). */
	static final int DEFAULT_BATCH = 50;

	/** Batches at once unless configured ({@code baton.escalation.sweep-threads}). */
	static final int DEFAULT_THREADS = 1;

	private static final Logger log = LoggerFactory.getLogger(EscalationSweep.class);

	private static final ThreadFactory SWEEP_THREADS = task -> {
		Thread t = new Thread(task, "due-step-sweep");
		t.setDaemon(true);
		return t;
	};

	private final EscalationMapper mapper;

	private final StageMessages messages;

	private final EscalationPolicies escalationPolicies;

	private final Policies policies;

	private final Directory directory;

	private final WorkCalendar calendar;

	private final TimeSource time;

	private final TransactionTemplate transaction;

	private final int batchSize;

	private final int threads;

	private volatile Instant lastSweptAt;

	private final TimeFlags timeFlags;

	EscalationSweep(EscalationMapper mapper, StageMessages messages, EscalationPolicies escalationPolicies,
			Policies policies, Directory directory, WorkCalendar calendar, TimeSource time,
			PlatformTransactionManager transactions, EscalationProperties properties, TimeFlags timeFlags) {
		this.timeFlags = timeFlags;
		this.batchSize = properties.sweepBatch();
		this.threads = properties.sweepThreads();
		this.mapper = mapper;
		this.messages = messages;
		this.escalationPolicies = escalationPolicies;
		this.policies = policies;
		this.directory = directory;
		this.calendar = calendar;
		this.time = time;
		this.transaction = new TransactionTemplate(transactions);
		// the batch locks its steps by primary key and claims stages on those rows: no
		// gap locks are needed, and
		// under REPEATABLE READ they would hold up a reviewer closing a step next to one
		// the sweep holds
		this.transaction.setIsolationLevel(TransactionTemplate.ISOLATION_READ_COMMITTED);
	}

	@Override
	public SweepOutcome sweepDue() {
		Instant now = time.now();
		Run run = new Run(now, time.today(), new FireTimeRecipients(directory));
		Set<Long> seen = new HashSet<>();
		ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, SWEEP_THREADS) : null;
		try {
			while (true) {
				List<Long> ids = new ArrayList<>(mapper.dueStepIds(now, batchSize * 10));
				ids.removeIf(id -> !seen.add(id));
				if (ids.isEmpty()) {
					break;
				}
				Collections.shuffle(ids);
				List<Future<?>> batches = new ArrayList<>();
				for (int from = 0; from < ids.size(); from += batchSize) {
					List<Long> batch = ids.subList(from, Math.min(ids.size(), from + batchSize));
					if (pool == null) {
						sweepInTransaction(batch, run);
					}
					else {
						batches.add(pool.submit(() -> sweepInTransaction(batch, run)));
					}
				}
				for (Future<?> done : batches) {
					waitFor(done);
				}
			}
		}
		finally {
			if (pool != null) {
				pool.shutdownNow();
			}
		}
		SweepOutcome outcome;
		synchronized (run) {
			outcome = run.total.outcome();
		}
		lastSweptAt = now;
		if (outcome.visited() > 0) {
			log.debug("Sweep at {}: {}", now, outcome);
		}
		return outcome;
	}

	private void sweepInTransaction(List<Long> batch, Run run) {
		Tally tally = new Tally();
		try {
			transaction.executeWithoutResult(status -> sweepBatch(batch, run, tally));
			run.add(tally);
		}
		catch (TransientDataAccessException ex) {
			log.info("A sweep batch of {} steps met a concurrent change and is left to the next sweep: {}",
					batch.size(), ex.getMessage());
			run.failedBatch();
		}
	}

	private static void waitFor(Future<?> batch) {
		try {
			batch.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The sweep was interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** When this instance last finished a sweep (by Baton's clock), if it has. */
	public java.util.Optional<Instant> lastSweptAt() {
		return java.util.Optional.ofNullable(lastSweptAt);
	}

	private void sweepBatch(List<Long> batch, Run run, Tally tally) {
		List<EscalationMapper.StepRow> locked = mapper.lockDue(batch, run.now);
		if (locked.isEmpty()) {
			return;
		}
		Map<Long, Set<String>> recorded = new HashMap<>();
		Map<Long, Integer> seqs = new HashMap<>();
		List<Long> legacy = new ArrayList<>();
		for (EscalationMapper.StepRow row : locked) {
			recorded.put(row.id(), StageLog.stages(row.stageLog()));
			seqs.put(row.id(), row.sweepSeq());
			if (row.legacyNotices()) {
				legacy.add(row.id());
			}
		}
		if (!legacy.isEmpty()) {
			mapper.recorded(legacy).forEach(r -> recorded.get(r.stepId()).add(r.stage()));
		}
		List<DueStep> described = describe(locked);
		run.loadSnapshots(described);
		List<StageMessages.Planned> sends = new ArrayList<>();
		List<EscalationMapper.NextAction> next = new ArrayList<>();
		boolean logged = false;
		for (DueStep step : described) {
			tally.visited++;
			StepDecision decision = decide(step, recorded.get(step.id()), run);
			String appended = null;
			if (decision.sends()) {
				Department ruler = step.kind() == WaitingStepKind.RULING ? run.ruler(step.handoverId()) : null;
				StageMessages.Planned planned = messages.plan(step, decision, run.recipients, ruler, run.now,
						run.today);
				sends.add(planned);
				appended = StageLog.lines(planned.notices(), run.now);
				logged = true;
				if (planned.skipped()) {
					tally.skipped++;
				}
				else {
					tally.sent++;
				}
				tally.missed += decision.missed().size();
			}
			else if (decision.deferred()) {
				tally.deferred++;
			}
			next.add(
					new EscalationMapper.NextAction(step.id(), decision.nextActionAt(), seqs.get(step.id()), appended));
		}
		// the claim: compare-and-set on each step's sweep_seq, before anything is queued
		int written = mapper.setNextActions(next, logged);
		if (written != next.size()) {
			throw new ConcurrencyFailureException(
					"Another sweep wrote " + (next.size() - written) + " of this batch's steps since it read them");
		}
		// 久拖不交 and 交后不理 raised by the steps met overdue, noted and told once (#15): a
		// query more only for a batch that holds such a step; to whom this sweep's
		// escalation of the same step tells now, in that escalation (newcomer 23,
		// finding 18)
		Map<Long, Set<Long>> escalated = StageMessages.escalated(sends);
		List<TimeFlags.Overdue> overdue = described.stream()
			.filter(step -> step.state().active() && TimeFlags.flagOf(step.kind()) != null
					&& run.today.isAfter(step.dueOn()))
			.map(step -> new TimeFlags.Overdue(step.id(), step.handoverId(), step.kind(), step.subject(), step.dueOn(),
					escalated.getOrDefault(step.id(), Set.of())))
			.toList();
		messages.write(overdue.isEmpty() ? sends : StageMessages.fold(sends, timeFlags.raise(overdue)));
	}

	/**
	 * The locked steps, each with its handover's names and state (read once for all the
	 * batch's steps of it).
	 */
	private List<DueStep> describe(List<EscalationMapper.StepRow> steps) {
		Map<Long, EscalationMapper.CaseRow> cases = new HashMap<>();
		mapper.cases(steps.stream().map(EscalationMapper.StepRow::handoverId).distinct().toList())
			.forEach(c -> cases.put(c.id(), c));
		List<DueStep> described = new ArrayList<>(steps.size());
		for (EscalationMapper.StepRow w : steps) {
			EscalationMapper.CaseRow h = cases.get(w.handoverId());
			described.add(new DueStep(w.id(), w.handoverId(), w.kind(), w.subject(), w.round(), w.startedOn(),
					w.dueOn(), h.unitId(), h.unitPath(), h.unitName(), h.state(), h.departingId(), h.departingName(),
					h.successorId(), h.successorName(), h.organizerId(), w.extensions(), w.extendedOn()));
		}
		return described;
	}

	private StepDecision decide(DueStep step, Set<String> recorded, Run run) {
		if (!step.state().active()) {
			return new StepDecision(null, List.of(), null, false);
		}
		EscalationPolicy policy = run.policy(step.handoverId());
		Ladder ladder = policy.ladder(step.kind());
		SendWindow window = new SendWindow(policy.sendFrom(), policy.sendUntil(), calendar, time.zone());
		List<Stage> schedule = new StageSchedule(ladder, calendar, time.zone(), window,
				StageSchedule.countsWorkingDays(run.handoverPolicy(step.handoverId()), step.kind()))
			.through(step.remindAfter(), step.dueOn(), run.now, step.extensions());
		return StepDecision.decide(schedule, recorded, run.now, window, ladder.urgent());
	}

	/** One sweep's moment and what it has looked up already. */
	private final class Run {

		final Instant now;

		final LocalDate today;

		final FireTimeRecipients recipients;

		final Map<String, EscalationPolicy> policies = new ConcurrentHashMap<>();

		final Map<String, dev.baton.bot.policy.HandoverPolicy> handoverPolicies = new ConcurrentHashMap<>();

		/**
		 * Each handover's snapshots, as one shared copy of each distinct text (a sweep
		 * meets few distinct ones).
		 */
		final Map<Long, EscalationMapper.Snapshots> snapshots = new ConcurrentHashMap<>();

		final Map<String, String> distinct = new ConcurrentHashMap<>();

		private final Tally total = new Tally();

		Run(Instant now, LocalDate today, FireTimeRecipients recipients) {
			this.now = now;
			this.today = today;
			this.recipients = recipients;
		}

		synchronized void add(Tally batch) {
			total.add(batch);
		}

		synchronized void failedBatch() {
			total.failedBatches++;
		}

		/**
		 * Reads the snapshots of the handovers of these steps that this sweep has not met
		 * yet.
		 */
		void loadSnapshots(List<DueStep> steps) {
			Set<Long> missing = new HashSet<>();
			steps.stream().map(DueStep::handoverId).filter(id -> !snapshots.containsKey(id)).forEach(missing::add);
			if (missing.isEmpty()) {
				return;
			}
			for (EscalationMapper.Snapshots s : mapper.snapshots(missing)) {
				snapshots.put(s.id(), new EscalationMapper.Snapshots(s.id(), shared(s.policySnapshot()),
						shared(s.escalationSnapshot())));
			}
		}

		private String shared(String text) {
			return text == null ? null : distinct.computeIfAbsent(text, t -> t);
		}

		EscalationPolicy policy(long handoverId) {
			String snapshot = snapshots.get(handoverId).escalationSnapshot();
			return policies.computeIfAbsent(snapshot == null ? "" : snapshot,
					s -> escalationPolicies.ofSnapshot(snapshot));
		}

		Department ruler(long handoverId) {
			return handoverPolicy(handoverId).disputeRuler();
		}

		/** The handover's policy as it opened with it (one parse per distinct text). */
		dev.baton.bot.policy.HandoverPolicy handoverPolicy(long handoverId) {
			return handoverPolicies.computeIfAbsent(snapshots.get(handoverId).policySnapshot(),
					s -> EscalationSweep.this.policies.parse(s));
		}

	}

	/** Counts of one batch, added to the sweep's once the batch commits. */
	private static final class Tally {

		int visited;

		int sent;

		int skipped;

		int missed;

		int deferred;

		int failedBatches;

		void add(Tally other) {
			visited += other.visited;
			sent += other.sent;
			skipped += other.skipped;
			missed += other.missed;
			deferred += other.deferred;
		}

		SweepOutcome outcome() {
			return new SweepOutcome(visited, sent, skipped, missed, deferred, failedBatches);
		}

	}

}
