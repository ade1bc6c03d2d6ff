package dev.baton.bench.drill;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.baton.emulator.Api;
import dev.baton.emulator.limit.Fault;
import dev.baton.emulator.limit.FaultRule;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.record.Outcome;
import dev.baton.testkit.TestDatabase;

/**
 * R1 (#14): {@code kill -9} of Baton during a fan-out and, separately, during an inbound
 * burst, then a restart, and a count when everything has settled.
 * <ul>
 * <li><b>Fan-out:</b> one notice to {@code wecom} officials on WeCom and {@code dingtalk}
 * on DingTalk (outbox rows committed as a change commits them), sent by Baton's delivery
 * worker through the emulator. Baton is killed either a random time after the commit
 * (expanding and batching) or when the emulator has received a random share of the
 * messages (sending), then started again. Counted on the emulator, per platform and
 * recipient: lost (never delivered), duplicated (delivered more than once: what the
 * platforms' own de-duplication absorbed is not delivered, and is reported apart).</li>
 * <li><b>Inbound burst:</b> {@code burst} people each send one signed robot message (帮助);
 * Baton is killed when a random share of them has been acknowledged, and started again on
 * the same port; refused ones are sent again as a platform does. Every message
 * acknowledged must be handled exactly once: one inbox row, done, and its whole answer
 * delivered once to its person.</li>
 * </ul>
 * Run with {@code bench/drill-r1.sh [trials] [wecom] [dingtalk] [burst]}.
 */
public final class KillDrill {

	/** What one fan-out trial saw. */
	public record FanOutTrial(int trial, String killedWhen, long deliveredAtKill, int expected, Duration restart,
			Duration recovered, Tally tally, long absorbedByPlatform, long dead, long droppedByPlatform) {
	}

	/** What one burst trial saw. */
	public record BurstTrial(int trial, int acceptedAtKill, int messages, long acknowledged, long refused503,
			long noAnswer, long otherStatus, Duration restart, Duration recovered, Tally replies, long inboxRows,
			long inboxNotDone, long deadReplies) {
	}

	private final Rig rig;

	private final Random random;

	private KillDrill(Rig rig, long seed) {
		this.rig = rig;
		this.random = new Random(seed);
	}

	public static void main(String[] args) {
		int trials = args.length > 0 ? Integer.parseInt(args[0].strip()) : 10;
		int wecom = args.length > 1 ? Integer.parseInt(args[1].strip()) : 5000;
		int dingtalk = args.length > 2 ? Integer.parseInt(args[2].strip()) : 5000;
		int burst = args.length > 3 ? Integer.parseInt(args[3].strip()) : 1000;
		TestDatabase database = TestDatabase.get();
		System.out.printf(
				"R1 kill -9 drill: database %s; cores %d; %d trials; fan-out %,d WeCom + %,d DingTalk;"
						+ " burst %,d callbacks%n",
				database.origin(), Runtime.getRuntime().availableProcessors(), trials, wecom, dingtalk, burst);
		try (Rig rig = Rig.open(database, "baton_drill_r1", 1, Path.of("target", "drill-r1"), Map.of())) {
			KillDrill drill = new KillDrill(rig, 1);
			System.out.println("Baton ready in " + seconds(rig.startBot()) + " s (logs in target/drill-r1)");
			// a part given no size is left out
			List<FanOutTrial> fanOuts = wecom + dingtalk > 0 ? drill.fanOut(trials, wecom, dingtalk, KillDrill::print)
					: List.of();
			List<BurstTrial> bursts = burst > 0 ? drill.burst(trials, burst, KillDrill::print) : List.of();
			summary(fanOuts, bursts);
		}
		System.exit(0); // stops the embedded MariaDB and Redis through their shutdown
						// hooks
	}

	/**
	 * Fan-out trials, one after another on one database; Baton is running before and
	 * after.
	 */
	public List<FanOutTrial> fanOut(int trials, int wecom, int dingtalk,
			java.util.function.Consumer<FanOutTrial> each) {
		return fanOut(trials, wecom, dingtalk, false, each);
	}

	/**
	 * Trials alternate between a kill while expanding and batching and a kill while
	 * sending; {@code sendingFirst} starts with the latter and holds every send call
	 * after the first in the emulator until the kill, so that the kill always falls
	 * before the fan-out is through (a smoke of one trial needs it).
	 */
	public List<FanOutTrial> fanOut(int trials, int wecom, int dingtalk, boolean sendingFirst,
			java.util.function.Consumer<FanOutTrial> each) {
		var emulator = rig.emulator();
		// a corp of this size has a head-count cap of at least as many: its app may send
		// 200 × that a day (doc 90454)
		emulator.limits().appDailyRecipients(Api.WECOM_MESSAGE_SEND, 200 * Math.max(200, wecom));
		List<String> wecomUsers = emulator.wecom().directory().addNumberedUsers("w", wecom);
		List<String> dingUsers = emulator.dingTalk().directory().addNumberedUsers("d", dingtalk);
		List<Long> officials = new ArrayList<>(
				rig.bind("WECOM", emulator.wecom().app().corpId(), wecomUsers, "r1-wecom"));
		officials.addAll(rig.bind("DINGTALK", emulator.dingTalk().app().corpId(), dingUsers, "r1-ding"));
		List<String> owed = new ArrayList<>();
		wecomUsers.forEach(u -> owed.add("WECOM:" + u));
		dingUsers.forEach(u -> owed.add("DINGTALK:" + u));
		List<FanOutTrial> results = new ArrayList<>();
		for (int t = 1; t <= trials; t++) {
			FanOutTrial trial = fanOutTrial(t, sendingFirst ? t + 1 : t, sendingFirst, officials, owed);
			results.add(trial);
			each.accept(trial);
		}
		return results;
	}

	private FanOutTrial fanOutTrial(int t, int mode, boolean hold, List<Long> officials, List<String> owed) {
		long mark = rig.deliveryMark();
		int n = owed.size();
		// odd trials: killed while expanding and batching (a random 0.3–4 s after the
		// commit); even: while sending,
		// when the emulator has received a random share (10–70 %) of the messages
		boolean byTime = mode % 2 == 1;
		long delay = 300 + random.nextInt(3700);
		int share = Math.max(1, n / 10) + random.nextInt(Math.max(1, n * 6 / 10));
		// a small fan-out is a few calls that all land within milliseconds, before a kill
		// can: held, every send call after the first stays in flight until the kill
		FaultRule holding = hold && !byTime ? rig.emulator()
			.faults()
			.after(1, Fault.delay(Duration.ofSeconds(10)), Api.WECOM_MESSAGE_SEND, Api.DINGTALK_WORK_NOTIFICATION)
				: null;
		enqueueNotice(officials, t);
		long committed = System.nanoTime();
		long deadline = committed + Duration.ofMinutes(10).toNanos();
		while (System.nanoTime() < deadline) {
			long delivered = delivered(mark);
			if (byTime ? System.nanoTime() - committed >= delay * 1_000_000
					: delivered >= share || holding != null && holding.triggered() > 0 && delivered > 0) {
				break;
			}
			BotProcess.sleep(byTime ? 10 : 2);
		}
		rig.killBot();
		if (holding != null) {
			rig.emulator().faults().remove(holding);
		}
		long killed = System.nanoTime();
		long atKill = delivered(mark);
		Duration restart = rig.startBot();
		waitUntil(this::fanOutSettled, Duration.ofMinutes(20));
		Duration recovered = Duration.ofNanos(System.nanoTime() - killed);
		Map<String, Long> received = new HashMap<>();
		long absorbed = 0;
		long dropped = 0;
		for (Delivery d : rig.emulator().record().deliveries(d -> d.seq() > mark && isNotice(d))) {
			if (d.outcome() == Outcome.DELIVERED) {
				received.merge(d.platform().name() + ":" + d.recipient(), 1L, Long::sum);
			}
			else if (d.outcome() == Outcome.ABSORBED_DUPLICATE) {
				absorbed++;
			}
			else if (d.outcome() == Outcome.DROPPED_MEMBER_LIMIT) {
				dropped++;
			}
		}
		long dead = rig.jdbc().queryForObject("SELECT COUNT(*) FROM delivery WHERE status = 'DEAD'", Long.class);
		return new FanOutTrial(t,
				byTime ? String.format("%.1f s after the commit", delay / 1000.0)
						: "at the " + share + "th message received",
				atKill, n, restart, recovered, Tally.of(received, owed, 1), absorbed, dead, dropped);
	}

	/**
	 * The notice's outbox rows, committed in one transaction as a change would (distinct
	 * words each trial).
	 */
	private void enqueueNotice(List<Long> officials, int trial) {
		String payload = "{\"unit\":\"全市（演练第" + trial + "轮）\",\"departing\":\"示例\",\"successor\":\"示例\","
				+ "\"checklistDue\":\"2026-12-07\",\"receiptDue\":\"2026-11-25\"}";
		try (Connection c = rig.connect()) {
			c.setAutoCommit(false);
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO outbox (handover_id, event, recipient_id,"
					+ " group_unit_id, confidential, payload, status, attempts, available_at, created_at) VALUES (NULL,"
					+ " 'NOTICE_ISSUED', ?, NULL, FALSE, ?, 'PENDING', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))")) {
				for (Long official : officials) {
					insert.setLong(1, official);
					insert.setString(2, payload);
					insert.addBatch();
				}
				insert.executeBatch();
			}
			c.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not write the notice's outbox rows", ex);
		}
	}

	private boolean fanOutSettled() {
		var jdbc = rig.jdbc();
		return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE status = 'PENDING'", Long.class) == 0
				&& jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE status NOT IN ('SENT', 'DEAD')",
						Long.class) == 0
				&& jdbc.queryForObject("SELECT COUNT(*) FROM delivery_batch WHERE status NOT IN ('SENT', 'DEAD')",
						Long.class) == 0;
	}

	private long delivered(long mark) {
		return rig.emulator().record().deliveries(d -> d.seq() > mark && isNotice(d) && d.delivered()).size();
	}

	private static boolean isNotice(Delivery d) {
		return d.api() == Api.WECOM_MESSAGE_SEND || d.api() == Api.DINGTALK_WORK_NOTIFICATION;
	}

	/** Burst trials, one after another; Baton is running before and after. */
	public List<BurstTrial> burst(int trials, int people, java.util.function.Consumer<BurstTrial> each) {
		var emulator = rig.emulator();
		List<String> users = emulator.dingTalk().directory().addNumberedUsers("p", people + 1);
		rig.bind("DINGTALK", emulator.dingTalk().app().corpId(), users, "r1-burst");
		// how many messages an answer is: asked of the running Baton the first time a
		// trial is counted (the Baton
		// started for the first trial may take callbacks in without handling them: the
		// suite's smoke)
		int[] perAnswer = { 0 };
		java.util.function.IntSupplier answerLength = () -> {
			if (perAnswer[0] == 0) {
				perAnswer[0] = rig.messagesPerAnswer(users.get(people));
			}
			return perAnswer[0];
		};
		List<BurstTrial> results = new ArrayList<>();
		for (int t = 1; t <= trials; t++) {
			BurstTrial trial = burstTrial(t, users.subList(0, people), answerLength);
			results.add(trial);
			each.accept(trial);
		}
		return results;
	}

	private BurstTrial burstTrial(int t, List<String> users, java.util.function.IntSupplier answerLength) {
		long mark = rig.deliveryMark();
		long inboxBefore = rig.jdbc().queryForObject("SELECT COALESCE(MAX(id), 0) FROM inbox", Long.class);
		long repliesBefore = rig.jdbc().queryForObject("SELECT COALESCE(MAX(id), 0) FROM chat_reply", Long.class);
		int killAt = users.size() / 10 + random.nextInt(Math.max(1, users.size() * 7 / 10));
		// up to a connection's worth past killAt may be under way when the kill lands;
		// the rest wait for it
		int connections = 32;
		Burst burst = Burst.start(rig.emulator(), rig.robotUrl(), users, connections, Duration.ofMillis(200),
				Duration.ofMinutes(10), Math.min(killAt + connections, users.size() - 1));
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (burst.accepted() < killAt && System.nanoTime() < deadline) {
			BotProcess.sleep(1);
		}
		rig.killBot();
		long killed = System.nanoTime();
		int acceptedAtKill = burst.accepted();
		burst.release();
		Duration restart = rig.startBot();
		burst.await(Duration.ofMinutes(11));
		waitUntil(rig::conversationSettled, Duration.ofMinutes(20));
		Duration recovered = Duration.ofNanos(System.nanoTime() - killed);
		List<String> acknowledged = burst.messages()
			.stream()
			.filter(Burst.Message::accepted)
			.map(Burst.Message::user)
			.toList();
		Map<String, Long> replies = rig.repliesSince(mark);
		// the unacknowledged owe nothing, but may have been stored before the answer was
		// cut: not counted either way
		burst.messages().stream().filter(m -> !m.accepted()).forEach(m -> replies.remove(m.user()));
		List<String> keys = rig.jdbc()
			.queryForList("SELECT event_key FROM inbox WHERE id > ?", String.class, inboxBefore);
		long rows = 0;
		List<String> inboxProblems = new ArrayList<>();
		for (Burst.Message m : burst.messages()) {
			long n = keys.stream().filter(k -> k.contains(m.msgId())).count();
			rows += n;
			if (m.accepted() && n != 1) {
				inboxProblems.add(m.user() + ": " + n + " inbox rows for an acknowledged message");
			}
		}
		Tally tally = Tally.of(replies, acknowledged, answerLength.getAsInt());
		List<String> problems = new ArrayList<>();
		for (String problem : tally.problems()) {
			// what Baton recorded for that person: one answer sent twice, or two answers
			String user = problem.substring(0, problem.indexOf(':'));
			problems.add(problem + "; Baton's answers to them (id, status, sends): " + rig.jdbc()
				.query("SELECT id, status, attempts FROM chat_reply WHERE target_id = ? AND id > ? ORDER BY id",
						(rs, i) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getInt(3), user, repliesBefore));
		}
		problems.addAll(inboxProblems);
		return new BurstTrial(t, acceptedAtKill, users.size(), acknowledged.size(), burst.tries(x -> x.status() == 503),
				burst.tries(x -> x.status() == -1),
				burst.tries(x -> x.status() != 200 && x.status() != 503 && x.status() != -1), restart, recovered,
				new Tally(tally.expected(), tally.lost(), tally.duplicated() + inboxProblems.size(), problems), rows,
				rig.jdbc()
					.queryForObject("SELECT COUNT(*) FROM inbox WHERE id > ? AND status <> 'DONE'", Long.class,
							inboxBefore),
				rig.jdbc().queryForObject("SELECT COUNT(*) FROM chat_reply WHERE status = 'DEAD'", Long.class));
	}

	static void waitUntil(java.util.function.BooleanSupplier condition, Duration within) {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (condition.getAsBoolean()) {
					return;
				}
			}
			catch (RuntimeException ex) {
				// the database may be away (R7): look again
			}
			BotProcess.sleep(200);
		}
	}

	static String seconds(Duration d) {
		return String.format("%.1f", d.toMillis() / 1000.0);
	}

	static void print(FanOutTrial r) {
		System.out.printf("fan-out trial %d: killed %s (%,d of %,d received); restarted in %s s; settled %s s after the"
				+ " kill; lost %d, duplicated %d; absorbed by the platforms' de-duplication %d; dropped by a platform"
				+ " limit %d; dead letters %d%n", r.trial(), r.killedWhen(), r.deliveredAtKill(), r.expected(),
				seconds(r.restart()), seconds(r.recovered()), r.tally().lost(), r.tally().duplicated(),
				r.absorbedByPlatform(), r.droppedByPlatform(), r.dead());
		r.tally().problems().stream().limit(10).forEach(p -> System.out.println("  " + p));
	}

	static void print(BurstTrial r) {
		System.out.printf("burst trial %d: killed at %,d of %,d acknowledged; restarted in %s s; settled %s s after the"
				+ " kill; %,d acknowledged; tries refused: %,d with 503, %,d without an answer, %,d with another status;"
				+ " lost %d, duplicated %d; inbox rows %,d (%d not done); dead replies %d%n", r.trial(),
				r.acceptedAtKill(), r.messages(), seconds(r.restart()), seconds(r.recovered()), r.acknowledged(),
				r.refused503(), r.noAnswer(), r.otherStatus(), r.replies().lost(), r.replies().duplicated(),
				r.inboxRows(), r.inboxNotDone(), r.deadReplies());
		r.replies().problems().stream().limit(10).forEach(p -> System.out.println("  " + p));
	}

	static void summary(List<FanOutTrial> fanOuts, List<BurstTrial> bursts) {
		System.out.printf(
				"fan-out: %d trials, lost %d, duplicated %d, absorbed %d; time from kill to settled: median"
						+ " %s s (%s–%s)%n",
				fanOuts.size(), fanOuts.stream().mapToLong(r -> r.tally().lost()).sum(),
				fanOuts.stream().mapToLong(r -> r.tally().duplicated()).sum(),
				fanOuts.stream().mapToLong(FanOutTrial::absorbedByPlatform).sum(),
				median(fanOuts.stream().map(FanOutTrial::recovered).toList()),
				min(fanOuts.stream().map(FanOutTrial::recovered).toList()),
				max(fanOuts.stream().map(FanOutTrial::recovered).toList()));
		System.out.printf(
				"burst: %d trials, lost %d, duplicated %d, other statuses %d; time from kill to settled:"
						+ " median %s s (%s–%s)%n",
				bursts.size(), bursts.stream().mapToLong(r -> r.replies().lost()).sum(),
				bursts.stream().mapToLong(r -> r.replies().duplicated()).sum(),
				bursts.stream().mapToLong(BurstTrial::otherStatus).sum(),
				median(bursts.stream().map(BurstTrial::recovered).toList()),
				min(bursts.stream().map(BurstTrial::recovered).toList()),
				max(bursts.stream().map(BurstTrial::recovered).toList()));
	}

	private static String median(List<Duration> ds) {
		if (ds.isEmpty()) {
			return "-";
		}
		List<Duration> sorted = ds.stream().sorted().toList();
		return seconds(sorted.get(sorted.size() / 2));
	}

	private static String min(List<Duration> ds) {
		return ds.stream().min(Duration::compareTo).map(KillDrill::seconds).orElse("-");
	}

	private static String max(List<Duration> ds) {
		return ds.stream().max(Duration::compareTo).map(KillDrill::seconds).orElse("-");
	}

	/** For the suite's smoke: a drill on a rig already open, with Baton running. */
	public static KillDrill on(Rig rig, long seed) {
		return new KillDrill(rig, seed);
	}

}
