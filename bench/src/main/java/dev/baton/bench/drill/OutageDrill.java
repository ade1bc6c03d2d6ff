package dev.baton.bench.drill;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.baton.emulator.Api;
import dev.baton.emulator.callback.CallbackAttempt;
import dev.baton.emulator.callback.RetryPolicy;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.record.Outcome;
import dev.baton.testkit.TestDatabase;
import dev.baton.testkit.TestRedis;
import tools.jackson.databind.node.ObjectNode;

/**
 * R7 (#14): the shared servers stopped and started again under a running Baton, which is
 * never restarted.
 * <ul>
 * <li><b>Redis mid-conversation:</b> {@code people} people talk to Baton in a closed loop
 * (a signed robot message, the answer, the next message), {@code turns} turns each; when
 * a third of the turns are done Redis is stopped for {@code down} seconds and started
 * again (empty: it keeps nothing on disk). The database stays up, so no callback may be
 * refused; every turn must be answered once after Redis is back.</li>
 * <li><b>MariaDB during an inbound burst:</b> {@code burst} people each send one signed
 * robot message; when a random share is acknowledged the database server is stopped for
 * {@code down} seconds and started again. Callbacks may be refused (503) only while it is
 * down; every acknowledged message is handled once and its answer delivered once.</li>
 * </ul>
 * Run with {@code bench/drill-r7.sh [people] [turns] [burst] [seconds down] [trials]}.
 */
public final class OutageDrill {

	/** A Redis outage in a conversation. */
	public record RedisTrial(int trial, int people, int turns, Duration down, long refusedWhileRedisDown,
			long refusedOtherwise, long repliesWhileDown, Duration firstReplyAfterBack, Duration allAnsweredAfterBack,
			Tally replies, long deadReplies, long inboxNotDone) {
	}

	/** A database outage in an inbound burst. */
	public record DatabaseTrial(int trial, int acceptedAtStop, int messages, Duration down, long refused503WhileDown,
			long noAnswerWhileDown, long refusedWhileUp, Duration lastRefusalAfterBack, Duration longestTryWhileDown,
			long otherStatus, long acknowledged, Duration settledAfterBack, Tally replies, long inboxRows,
			long inboxNotDone, long deadReplies) {
	}

	private final Rig rig;

	private final Random random;

	private OutageDrill(Rig rig, long seed) {
		this.rig = rig;
		this.random = new Random(seed);
	}

	public static OutageDrill on(Rig rig, long seed) {
		return new OutageDrill(rig, seed);
	}

	public static void main(String[] args) {
		int people = args.length > 0 ? Integer.parseInt(args[0].strip()) : 100;
		int turns = args.length > 1 ? Integer.parseInt(args[1].strip()) : 10;
		int burst = args.length > 2 ? Integer.parseInt(args[2].strip()) : 1000;
		Duration down = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3].strip()) : 20);
		int trials = args.length > 4 ? Integer.parseInt(args[4].strip()) : 3;
		TestDatabase database = TestDatabase.get();
		System.out.printf(
				"R7 outage drill: database %s; Redis %s; cores %d; %d trials; conversation %d people × %d"
						+ " turns; burst %,d callbacks; %d s down%n",
				database.origin(), TestRedis.get().origin(), Runtime.getRuntime().availableProcessors(), trials, people,
				turns, burst, down.toSeconds());
		try (Rig rig = Rig.open(database, "baton_drill_r7", 7, Path.of("target", "drill-r7"), Map.of())) {
			System.out.println("Baton ready in " + KillDrill.seconds(rig.startBot()) + " s (logs in target/drill-r7)");
			OutageDrill drill = new OutageDrill(rig, 7);
			List<String> talkers = drill.people("c", people);
			int perAnswer = rig.messagesPerAnswer(talkers.get(people));
			for (int t = 1; t <= trials; t++) {
				print(drill.redisTrial(t, talkers.subList(0, people), turns, perAnswer, down));
			}
			List<String> senders = drill.people("q", burst);
			for (int t = 1; t <= trials; t++) {
				print(drill.databaseTrial(t, senders.subList(0, burst), perAnswer, down));
			}
		}
		System.exit(0);
	}

	/** {@code n + 1} DingTalk people bound to officials (the last one for a warm-up). */
	public List<String> people(String prefix, int n) {
		var emulator = rig.emulator();
		List<String> users = emulator.dingTalk().directory().addNumberedUsers(prefix, n + 1);
		rig.bind("DINGTALK", emulator.dingTalk().app().corpId(), users, "r7-" + prefix);
		return users;
	}

	public RedisTrial redisTrial(int trial, List<String> people, int turns, int perAnswer, Duration down) {
		long mark = rig.deliveryMark();
		Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
		people.forEach(p -> answered.put(p, new AtomicInteger()));
		List<Burst.Try> tries = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger turnsDone = new AtomicInteger();
		AtomicLong lastReply = new AtomicLong();
		List<Long> replyTimes = Collections.synchronizedList(new ArrayList<>());
		var client = rig.emulator().dingTalkCallbacks().retryPolicy(RetryPolicy.once(Duration.ofSeconds(5)));
		ExecutorService talkers = Executors.newFixedThreadPool(people.size());
		long until = System.nanoTime() + Duration.ofMinutes(15).toNanos();
		for (String person : people) {
			talkers.execute(() -> {
				for (int turn = 1; turn <= turns && System.nanoTime() < until; turn++) {
					ObjectNode message = Burst.help(rig.emulator(), person);
					while (System.nanoTime() < until) {
						long start = System.nanoTime();
						CallbackAttempt attempt = client.sendRobotMessage(rig.robotUrl(), message).last();
						tries.add(new Burst.Try(start, System.nanoTime(), attempt.status(), attempt.error()));
						if (attempt.accepted()) {
							break;
						}
						BotProcess.sleep(200);
					}
					while (answered.get(person).get() < turn * perAnswer && System.nanoTime() < until) {
						BotProcess.sleep(20);
					}
					turnsDone.incrementAndGet();
				}
			});
		}
		talkers.shutdown();
		// the emulator's record, read by one watcher: each person's answers so far
		Thread watcher = new Thread(() -> {
			long seq = mark;
			while (!talkers.isTerminated()) {
				long from = seq;
				for (Delivery d : rig.emulator().record().deliveries(d -> d.seq() > from)) {
					seq = Math.max(seq, d.seq());
					if (d.outcome() == Outcome.DELIVERED && isReply(d) && answered.containsKey(d.recipient())) {
						answered.get(d.recipient()).incrementAndGet();
						lastReply.set(System.nanoTime());
						replyTimes.add(System.nanoTime());
					}
				}
				BotProcess.sleep(10);
			}
		}, "r7-watcher");
		watcher.start();
		int third = people.size() * turns / 3;
		while (turnsDone.get() < third && System.nanoTime() < until) {
			BotProcess.sleep(5);
		}
		long stopping = System.nanoTime();
		TestRedis.get().stopServer();
		BotProcess.sleep(down.toMillis());
		TestRedis.get().startServer();
		long back = System.nanoTime();
		try {
			talkers.awaitTermination(16, TimeUnit.MINUTES);
			watcher.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		long allDone = lastReply.get();
		KillDrill.waitUntil(rig::conversationSettled, Duration.ofMinutes(5));
		long repliesWhileDown;
		long firstAfter;
		synchronized (replyTimes) {
			repliesWhileDown = replyTimes.stream().filter(t -> t > stopping && t < back).count();
			firstAfter = replyTimes.stream().filter(t -> t >= back).mapToLong(Long::longValue).min().orElse(-1);
		}
		long refusedDown;
		long refusedUp;
		synchronized (tries) {
			refusedDown = tries.stream().filter(t -> t.status() != 200 && t.overlaps(stopping, back)).count();
			refusedUp = tries.stream().filter(t -> t.status() != 200 && !t.overlaps(stopping, back)).count();
		}
		Map<String, Long> replies = rig.repliesSince(mark);
		return new RedisTrial(trial, people.size(), turns, down, refusedDown, refusedUp, repliesWhileDown,
				firstAfter < 0 ? null : Duration.ofNanos(firstAfter - back),
				Duration.ofNanos(Math.max(0, allDone - back)), Tally.of(replies, people, turns * perAnswer),
				rig.jdbc().queryForObject("SELECT COUNT(*) FROM chat_reply WHERE status = 'DEAD'", Long.class),
				rig.jdbc().queryForObject("SELECT COUNT(*) FROM inbox WHERE status <> 'DONE'", Long.class));
	}

	public DatabaseTrial databaseTrial(int trial, List<String> people, int perAnswer, Duration down) {
		long mark = rig.deliveryMark();
		long inboxBefore = rig.jdbc().queryForObject("SELECT COALESCE(MAX(id), 0) FROM inbox", Long.class);
		int stopAt = people.size() / 10 + random.nextInt(Math.max(1, people.size() * 6 / 10));
		// up to a connection's worth past stopAt may be under way when the server stops;
		// the rest wait for the stop
		int connections = 32;
		Burst burst = Burst.start(rig.emulator(), rig.robotUrl(), people, connections, Duration.ofMillis(200),
				Duration.ofMinutes(10), Math.min(stopAt + connections, people.size() - 1));
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (burst.accepted() < stopAt && System.nanoTime() < deadline) {
			BotProcess.sleep(1);
		}
		int acceptedAtStop = burst.accepted();
		long stopping = System.nanoTime();
		rig.database().stopServer();
		burst.release();
		BotProcess.sleep(down.toMillis());
		rig.database().startServer();
		long back = System.nanoTime();
		burst.await(Duration.ofMinutes(11));
		KillDrill.waitUntil(rig::conversationSettled, Duration.ofMinutes(10));
		long settled = System.nanoTime();
		List<Burst.Try> all = burst.messages().stream().flatMap(m -> m.tries().stream()).toList();
		// a try under way while the server was down may be refused; one wholly before or
		// after it may not
		long refused503Down = all.stream().filter(t -> t.status() == 503 && t.overlaps(stopping, back)).count();
		long noAnswerDown = all.stream().filter(t -> t.status() == -1 && t.overlaps(stopping, back)).count();
		List<Burst.Try> refusedUp = all.stream().filter(t -> t.status() != 200 && !t.overlaps(stopping, back)).toList();
		long lastRefusal = all.stream()
			.filter(t -> t.status() != 200 && t.at() > back)
			.mapToLong(Burst.Try::at)
			.max()
			.orElse(back);
		long longestWhileDown = all.stream()
			.filter(t -> t.overlaps(stopping, back))
			.mapToLong(t -> t.at() - t.start())
			.max()
			.orElse(0);
		List<String> acknowledged = burst.messages()
			.stream()
			.filter(Burst.Message::accepted)
			.map(Burst.Message::user)
			.toList();
		Map<String, Long> replies = rig.repliesSince(mark);
		burst.messages().stream().filter(m -> !m.accepted()).forEach(m -> replies.remove(m.user()));
		List<String> keys = rig.jdbc()
			.queryForList("SELECT event_key FROM inbox WHERE id > ?", String.class, inboxBefore);
		long rows = 0;
		List<String> problems = new ArrayList<>();
		for (Burst.Message m : burst.messages()) {
			long n = keys.stream().filter(k -> k.contains(m.msgId())).count();
			rows += n;
			if (m.accepted() && n != 1) {
				problems.add(m.user() + ": " + n + " inbox rows for an acknowledged message");
			}
		}
		Tally tally = Tally.of(replies, acknowledged, perAnswer);
		problems.addAll(0, tally.problems());
		return new DatabaseTrial(trial, acceptedAtStop, people.size(), down, refused503Down, noAnswerDown,
				refusedUp.size(), Duration.ofNanos(lastRefusal - back), Duration.ofNanos(longestWhileDown),
				all.stream().filter(t -> t.status() != 200 && t.status() != 503 && t.status() != -1).count(),
				acknowledged.size(), Duration.ofNanos(settled - back),
				new Tally(tally.expected(), tally.lost(),
						tally.duplicated() + problems.size() - tally.problems().size(), problems),
				rows,
				rig.jdbc()
					.queryForObject("SELECT COUNT(*) FROM inbox WHERE id > ? AND status <> 'DONE'", Long.class,
							inboxBefore),
				rig.jdbc().queryForObject("SELECT COUNT(*) FROM chat_reply WHERE status = 'DEAD'", Long.class));
	}

	private static boolean isReply(Delivery d) {
		return d.api() == Api.DINGTALK_SESSION_WEBHOOK || d.api() == Api.DINGTALK_ROBOT_BATCH_SEND;
	}

	static void print(RedisTrial r) {
		System.out.printf("redis trial %d: %d people × %d turns, Redis down %d s; callbacks refused while Redis was"
				+ " down %d, otherwise %d; answers delivered while it was down %d; first answer %s s after it was"
				+ " back, the last %s s after; lost %d, duplicated %d; dead replies %d; inbox not done %d%n", r.trial(),
				r.people(), r.turns(), r.down().toSeconds(), r.refusedWhileRedisDown(), r.refusedOtherwise(),
				r.repliesWhileDown(),
				r.firstReplyAfterBack() == null ? "-" : KillDrill.seconds(r.firstReplyAfterBack()),
				KillDrill.seconds(r.allAnsweredAfterBack()), r.replies().lost(), r.replies().duplicated(),
				r.deadReplies(), r.inboxNotDone());
		r.replies().problems().stream().limit(10).forEach(p -> System.out.println("  " + p));
	}

	static void print(DatabaseTrial r) {
		System.out.printf("database trial %d: stopped at %,d of %,d acknowledged, down %d s; while down: %,d tries"
				+ " refused with 503, %,d without an answer, the longest try %s s; refused while the database was up: %d"
				+ " (the last refusal ended %s s after it was back); other statuses %d; %,d acknowledged; settled %s s after it was back; lost %d,"
				+ " duplicated %d; inbox rows %,d (%d not done); dead replies %d%n", r.trial(), r.acceptedAtStop(),
				r.messages(), r.down().toSeconds(), r.refused503WhileDown(), r.noAnswerWhileDown(),
				KillDrill.seconds(r.longestTryWhileDown()), r.refusedWhileUp(),
				KillDrill.seconds(r.lastRefusalAfterBack()), r.otherStatus(), r.acknowledged(),
				KillDrill.seconds(r.settledAfterBack()), r.replies().lost(), r.replies().duplicated(), r.inboxRows(),
				r.inboxNotDone(), r.deadReplies());
		r.replies().problems().stream().limit(10).forEach(p -> System.out.println("  " + p));
	}

}
