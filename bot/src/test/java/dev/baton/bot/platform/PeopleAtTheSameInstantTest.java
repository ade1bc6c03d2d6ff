package dev.baton.bot.platform;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverState;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.callback.DingTalkCallbackClient;
import dev.baton.emulator.record.Delivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many people at once, through the emulator over real HTTP with the real conversation:
 * the four reviewers of a handover approve at the same instant (twenty handovers over),
 * and every approval is recorded with no error reply (a deadlock between their
 * transactions is rolled back and tried again by the inbox, never told to anyone); thirty
 * people write in the same second and every one of them gets an answer.
 */
@DomainContext
@Import(StagedHandovers.class)
@TestPropertySource(properties = "baton.inbox.threads=4")
class PeopleAtTheSameInstantTest {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	static final List<Department> FOUR = List.of(Department.ORGANIZATION, Department.DISCIPLINE, Department.FINANCE,
			Department.AUDIT);

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	StagedHandovers staged;

	@Autowired
	HandoverRecords records;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${local.server.port}")
	int port;

	final AnswersOnRecord answers = new AnswersOnRecord(emulator);

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void realTime() {
		clock.set(Instant.ofEpochMilli(emulator.clock().millis()));
	}

	@Test
	void fourReviewersApprovingAtTheSameInstantTwentyTimesOverAreAllRecordedWithNoErrorReply() throws Exception {
		DingTalkCallbackClient callbacks = emulator.dingTalkCallbacks();
		URI url = URI.create("http://127.0.0.1:" + port + "/callbacks/dingtalk/main");
		ExecutorService four = Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < 20; round++) {
				TestOrg org = new TestOrg(directory, actors, "shizuishan");
				long id = staged.inReview(org, List.of(StagedHandovers.Stated.work("统计大数据平台二期")));
				List<String> reviewers = new ArrayList<>();
				for (Department d : FOUR) {
					String user = "r" + round + d.name().toLowerCase() + org.reviewer(d);
					directory.bindIdentity("DINGTALK", emulator.dingTalk().app().corpId(), user, org.reviewer(d));
					reviewers.add(user);
				}
				emulator.dingTalk().directory().addUsers(reviewers);
				long mark = answers.mark();
				CyclicBarrier together = new CyclicBarrier(4);
				List<CompletableFuture<Integer>> sent = new ArrayList<>();
				for (String user : reviewers) {
					var approve = callbacks.privateText(user, "通过");
					sent.add(CompletableFuture.supplyAsync(() -> {
						try {
							together.await();
						}
						catch (Exception ex) {
							throw new IllegalStateException(ex);
						}
						return callbacks.sendRobotMessage(url, approve).status();
					}, four));
				}
				for (CompletableFuture<Integer> s : sent) {
					assertThat(s.get()).isEqualTo(200);
				}
				int r = round;

				try {
					await().atMost(Duration.ofSeconds(30))
						.failFast("round " + r + ": a reviewer was told something else",
								() -> reviewers.stream()
									.flatMap(u -> answers.toSince(u, mark).stream())
									.anyMatch(d -> !d.content().contains("审核通过")))
						.until(() -> records.find(id).state() == HandoverState.CONFIRMING);
				}
				catch (org.awaitility.core.ConditionTimeoutException ex) {
					throw new AssertionError("round " + r + ": inbox " + jdbc.queryForList(
							"SELECT sender_key, status, attempts, retries, last_error FROM inbox WHERE sender_key LIKE ?",
							"DINGTALK:%:r" + r + "%") + "; decisions "
							+ jdbc.queryForList("SELECT * FROM review_decision WHERE handover_id = ?", id) + "; said "
							+ reviewers.stream().map(u -> answers.toSince(u, mark)).toList(), ex);
				}
				assertThat(jdbc.queryForObject(
						"SELECT COUNT(*) FROM review_decision WHERE handover_id = ?" + " AND decision = 'APPROVED'",
						Integer.class, id))
					.as("round %d: four approvals", r)
					.isEqualTo(4);
				for (String user : reviewers) {
					List<Delivery> said = answers.awaitTo(user, mark, 1);
					assertThat(said).as("round %d: %s", r, user)
						.extracting(Delivery::content)
						.anySatisfy(text -> assertThat(text).contains("审核通过"))
						.noneSatisfy(text -> assertThat(text).containsAnyOf("出错", "没有被记录", "未能处理"));
				}
			}
		}
		finally {
			four.shutdownNow();
		}
	}

	@Test
	void thirtyPeopleWritingInTheSameSecondAllGetTheirAnswers() throws Exception {
		DingTalkCallbackClient callbacks = emulator.dingTalkCallbacks();
		URI url = URI.create("http://127.0.0.1:" + port + "/callbacks/dingtalk/main");
		List<String> users = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			users.add("thirty" + i + "x" + System.nanoTime());
		}
		emulator.dingTalk().directory().addUsers(users);
		EmulatorApps.boundOfficials(directory, jdbc, "DINGTALK", emulator.dingTalk().app().corpId(), users);
		long mark = answers.mark();

		ExecutorService thirty = Executors.newFixedThreadPool(30);
		try {
			CyclicBarrier together = new CyclicBarrier(30);
			List<CompletableFuture<Integer>> sent = new ArrayList<>();
			for (String user : users) {
				var help = callbacks.privateText(user, "我的交接");
				sent.add(CompletableFuture.supplyAsync(() -> {
					try {
						together.await();
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					return callbacks.sendRobotMessage(url, help).status();
				}, thirty));
			}
			for (CompletableFuture<Integer> s : sent) {
				assertThat(s.get()).as("every callback stored and acknowledged").isEqualTo(200);
			}
		}
		finally {
			thirty.shutdownNow();
		}

		await().atMost(Duration.ofSeconds(60))
			.until(() -> users.stream().allMatch(u -> !answers.toSince(u, mark).isEmpty()));
		for (String user : users) {
			assertThat(answers.toSince(user, mark)).as(user).isNotEmpty();
		}
	}

}
