package dev.baton.bot.inbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.baton.bot.DomainContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox's group commit on the suite's MariaDB: callbacks stored at the same instant
 * are written together (fewer statements than rows), each caller is told only once its
 * own row is committed, a replay (stored before, or twice in one burst) is told apart
 * from a new event exactly as one by one, and a row that cannot be stored fails its own
 * caller only. The rows go to a lane of their own, which no inbox worker handles.
 */
@DomainContext
class GroupedInboxInsertsTest {

	@Autowired
	InboxMapper mapper;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aBurstIsWrittenInFewerStatementsThanRowsAndEveryRowOnce() throws Exception {
		String lane = lane();
		GroupedInserts inserts = new GroupedInserts(new InboxRowsInsert(jdbc));
		List<InboxMapper.NewRow> rows = rows(lane, "e", 64);

		Map<Integer, Object> outcomes = burst(inserts, rows);

		assertThat(outcomes.values()).as("every caller was told its row is stored").containsOnly(true).hasSize(64);
		assertThat(count(lane)).isEqualTo(64);
		assertThat(
				jdbc.queryForObject("SELECT COUNT(DISTINCT event_key) FROM inbox WHERE lane = ?", Integer.class, lane))
			.isEqualTo(64);
		assertThat(inserts.statements()).as("rows that came together were written together").isLessThan(64);
	}

	@Test
	void replaysInABurstAreToldApartFromNewEventsAsOneByOne() throws Exception {
		String lane = lane();
		GroupedInserts inserts = new GroupedInserts(new InboxRowsInsert(jdbc));
		for (int i = 0; i < 10; i++) {
			assertThat(inserts.insert(row(lane, "old" + i))).isTrue();
		}
		assertThat(inserts.insert(row(lane, "old0"))).as("a replay alone").isFalse();
		List<InboxMapper.NewRow> rows = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			rows.add(row(lane, "old" + i)); // stored before
			rows.add(row(lane, "new" + i)); // new, twice in the burst
			rows.add(row(lane, "new" + i));
			rows.add(row(lane, "once" + i)); // new
		}

		Map<Integer, Object> outcomes = burst(inserts, rows);

		for (int i = 0; i < rows.size(); i++) {
			String key = rows.get(i).eventKey();
			if (key.startsWith("old")) {
				assertThat(outcomes.get(i)).as("%s was stored before", key).isEqualTo(false);
			}
			else if (key.startsWith("once")) {
				assertThat(outcomes.get(i)).as("%s is new", key).isEqualTo(true);
			}
		}
		for (int i = 0; i < 10; i++) {
			int first = 4 * i + 1;
			assertThat(List.of(outcomes.get(first), outcomes.get(first + 1)))
				.as("new%d twice at once: stored by one of them, a replay for the other", i)
				.containsExactlyInAnyOrder(true, false);
		}
		assertThat(count(lane)).as("10 old, 10 new, 10 once").isEqualTo(30);
	}

	@Test
	void aRowThatCannotBeStoredFailsItsOwnCallerOnly() throws Exception {
		String lane = lane();
		GroupedInserts inserts = new GroupedInserts(new InboxRowsInsert(jdbc));
		List<InboxMapper.NewRow> rows = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			InboxMapper.NewRow good = row(lane, "e" + i);
			rows.add(i != 17 ? good : new InboxMapper.NewRow(lane, "A-PLATFORM-NAME-TOO-LONG-FOR-ITS-COLUMN",
					good.eventHash(), good.eventKey(), good.senderKey(), good.body(), good.at()));
		}

		Map<Integer, Object> outcomes = burst(inserts, rows);

		assertThat(outcomes.get(17)).isInstanceOf(RuntimeException.class);
		outcomes.remove(17);
		assertThat(outcomes.values()).containsOnly(true).hasSize(39);
		assertThat(count(lane)).isEqualTo(39);
	}

	@Test
	void aRowWrittenInAGroupReadsBackAsWrittenAndWaiting() throws Exception {
		String lane = lane();
		GroupedInserts inserts = new GroupedInserts(new InboxRowsInsert(jdbc));
		List<InboxMapper.NewRow> rows = rows(lane, "r", 12);

		burst(inserts, rows);

		for (InboxMapper.NewRow r : rows) {
			Map<String, Object> stored = jdbc
				.queryForMap("SELECT id, platform, event_hash, event_key, sender_key, body, status, attempts, retries"
						+ " FROM inbox WHERE lane = ? AND event_key = ?", lane, r.eventKey());
			assertThat(stored).containsEntry("platform", r.platform())
				.containsEntry("event_hash", r.eventHash())
				.containsEntry("sender_key", r.senderKey())
				.containsEntry("body", r.body())
				.containsEntry("status", "WAITING")
				.containsEntry("attempts", 0)
				.containsEntry("retries", 0);
			InboxRow read = mapper.byId(((Number) stored.get("id")).longValue());
			assertThat(read.availableAt()).as("the instant as written, through the mappers' UTC type handler")
				.isEqualTo(r.at());
		}
	}

	/** Each row stored by a thread of its own, all released at once: index → outcome. */
	private static Map<Integer, Object> burst(GroupedInserts inserts, List<InboxMapper.NewRow> rows) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(rows.size());
		try {
			CyclicBarrier start = new CyclicBarrier(rows.size());
			Map<Integer, Object> outcomes = new ConcurrentHashMap<>();
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				int index = i;
				running.add(threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					try {
						outcomes.put(index, inserts.insert(rows.get(index)));
					}
					catch (RuntimeException ex) {
						outcomes.put(index, ex);
					}
					return null;
				}));
			}
			for (Future<?> f : running) {
				f.get(30, TimeUnit.SECONDS);
			}
			return outcomes;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static String lane() {
		return "grouped-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static List<InboxMapper.NewRow> rows(String lane, String prefix, int n) {
		List<InboxMapper.NewRow> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			rows.add(row(lane, prefix + i));
		}
		return rows;
	}

	private static InboxMapper.NewRow row(String lane, String key) {
		return new InboxMapper.NewRow(lane, "DINGTALK", Inbox.sha256(key), key, "DINGTALK:corp:" + key,
				"{\"said\":\"" + key + "\"}", Instant.now().truncatedTo(ChronoUnit.MILLIS));
	}

	private int count(String lane) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM inbox WHERE lane = ?", Integer.class, lane);
	}

}
