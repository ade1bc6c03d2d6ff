package dev.baton.bot.conversation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.outbox.OutboxMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12, findings 1, 14 and 8: the follow-up steps of two unfinished items (4 and 1,
 * planned in that order) are named by item and step ("4.2") in the plan replies, in 进展,
 * in 进度, in the notices and in what people type back; "进展 1 …" that could be item 1's
 * step or step 1 of item 4 is asked about and changes nothing; a step due in a year whose
 * holiday calendar is not loaded (2027-01-01, 元旦) is flagged in the reply that set it and
 * in health; the organizer's progress notice carries the progress itself.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class FollowUpStepsInChatTest {

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	StagedHandovers staged;

	@Autowired
	FollowUpService followUp;

	@Autowired
	Outbox outbox;

	@Autowired
	NotificationRenderer renderer;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	TestOrg org;

	long handoverId;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.successor, org.departing)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		// archived in mid-December: the plan is due in 2027, a year with no holiday
		// notice loaded
		clock.set(Instant.parse("2026-12-14T01:00:00Z"));
		handoverId = staged.archived(org, "shizuishan", List.of(Stated.work("统计大数据平台二期"),
				Stated.balance("银行账户余额", "1234567.89"), Stated.done("机构编制"), Stated.work("办公楼维修工程")));
	}

	/**
	 * Newcomer pass: a plan written as people write it, steps between commas, each with
	 * its date, is as many steps; the example of how to write a plan names an item that
	 * needs one (it named item 1 whatever item 1 was).
	 */
	@Test
	void aPlanWrittenWithCommasHasAStepPerDateAndTheExampleNamesAnItemThatNeedsAPlan() {
		String successor = user(org.successor);
		assertThat(chat.say(successor, "计划 1 2027年3月31日前完成平台验收，6月30日前完成结算")).singleElement()
			.asString()
			.contains("步骤1.1（第1项第1步）：完成平台验收，2027-03-31前完成")
			.contains("步骤1.2（第1项第2步）：完成结算，2027-06-30前完成");
		assertThat(followUp.steps(handoverId)).hasSize(2);
		// item 1 is planned: the example names item 4, the one still open
		assertThat(chat.say(successor, "计划")).singleElement().asString().contains("例如“计划 4 ").doesNotContain("计划 1 ");
	}

	@Test
	void stepsAreNamedByItemAndStepAndAnAmbiguousNumberIsAskedAbout() {
		String successor = user(org.successor);

		// ---- item 4 first, in two steps; then item 1 in one step due on 2027-01-01 (元旦,
		// a year not loaded)
		List<String> plan4 = chat.say(successor, "计划 4 2026-12-31 完成维修验收；2027-01-29 结清工程款");
		assertThat(plan4).singleElement()
			.asString()
			.contains("步骤4.1（第4项第1步）：完成维修验收，2026-12-31前完成")
			.contains("步骤4.2（第4项第2步）：结清工程款，2027-01-29前完成")
			.contains("进展 4.1")
			.doesNotContain("步骤1（")
			.doesNotContain("step:");
		List<String> plan1 = chat.say(successor, "计划 1 2027-01-01 完成平台验收");
		assertThat(plan1).singleElement()
			.asString()
			.contains("步骤1.1（第1项第1步）：完成平台验收，2027-01-01前完成")
			// finding 14: the reply that set the deadline says the day could not be
			// checked, in words
			// newcomer D28: said in full once (the plan of item 4 had a 2027 day),
			// briefly after that
			// newcomer 3, finding 24: said on its own, with nothing "同样" refers to
			.contains("2027年的国务院节假日安排仍未录入，无法核对2027-01-01是否为节假日")
			.doesNotContain("同样")
			.doesNotContain("2027年的国务院节假日安排尚未录入")
			// newcomer D28: 元旦 is a public holiday on a fixed day, known without the
			// year's notice
			.contains("步骤1.1的期限2027-01-01是元旦，不是工作日");
		assertThat(plan4).singleElement().asString().contains("2027年的国务院节假日安排尚未录入").doesNotContain("不是工作日");

		// ---- "进展 1" fits item 1's step (1.1) and step 1 of item 4 (4.1): asked, nothing
		// recorded
		List<String> ambiguous = chat.say(successor, "进展 1 已完成 已通过验收");
		assertThat(ambiguous).singleElement().asString().contains("步骤1.1").contains("步骤4.1").contains("没有记录");
		assertThat(completed()).isEmpty();
		assertThat(progressRows()).isZero();

		// ---- "进展 4.1 …" is item 4's first step, whatever order the plans came in
		assertThat(chat.say(successor, "进展 4.1 已完成 维修已通过验收")).singleElement()
			.asString()
			.contains("步骤4.1（第4项第1步：完成维修验收）已完成");
		assertThat(completed()).containsExactly("4.1");

		// ---- now only item 1's step fits "1": it is taken
		assertThat(chat.say(successor, "进展 1 平台验收材料已报送")).singleElement()
			.asString()
			.contains("已记录步骤1.1（第1项第1步：完成平台验收）的进展");
		assertThat(completed()).containsExactly("4.1");
		assertThat(progressRows()).isEqualTo(2);

		// ---- a number no step has: nothing recorded, the steps listed
		assertThat(chat.say(successor, "进展 4.3 已完成")).singleElement()
			.asString()
			.contains("没有步骤“4.3”")
			.contains("步骤4.2");
		assertThat(progressRows()).isEqualTo(2);

		// ---- said the long way round, item then step
		assertThat(chat.say(successor, "第4项第2步 工程款结算资料已报财政")).singleElement()
			.asString()
			.contains("已记录步骤4.2（第4项第2步：结清工程款）的进展");
		assertThat(progressRows()).isEqualTo(3);

		// ---- 进展 lists every step with its label and latest progress; 进度 names the open
		// steps the same way
		assertThat(chat.say(successor, "进展")).singleElement()
			.asString()
			.contains("步骤4.1（第4项第1步）：完成维修验收，已完成；最新进展：维修已通过验收")
			.contains("步骤1.1（第1项第1步）：完成平台验收，2027-01-01前完成；最新进展：平台验收材料已报送")
			.contains("步骤4.2（第4项第2步）：结清工程款，2027-01-29前完成；最新进展：工程款结算资料已报财政");
		assertThat(chat.say(successor, "进度")).singleElement()
			.asString()
			.contains("步骤1.1（第1项第1步）：完成平台验收")
			.contains("步骤4.2（第4项第2步）：结清工程款")
			.doesNotContain("step:");
		// the organizer may look too, without being told to report
		assertThat(chat.say(user(org.organizer), "进展")).singleElement()
			.asString()
			.contains("步骤4.2（第4项第2步）")
			.doesNotContain("例如");

		// ---- the organizer's notice says which step and what happened, and sends them
		// where it is shown
		List<String> notices = outbox.forHandover(handoverId)
			.stream()
			.filter(m -> m.event() == OutboxEvent.PROGRESS_REPORTED)
			.map(this::render)
			.toList();
		assertThat(notices).hasSize(3);
		// newcomer B18: done or going, the notice sends the organizer to the same place
		assertThat(notices.get(0)).contains("推进步骤4.1（第4项「办公楼维修工程」步骤1：完成维修验收）已完成：维修已通过验收")
			.contains("回复“进度 " + handoverId + "”查看全部步骤的进展");
		assertThat(notices.get(1)).contains("回复“进度 " + handoverId + "”查看全部步骤的进展");
		assertThat(notices.get(1)).contains("推进步骤1.1").contains("平台验收材料已报送").doesNotContain("回复“进度”");

		// ---- "已完成" with nothing more completes the step; a done step is said to be
		// done, not recorded again
		assertThat(chat.say(successor, "进展 4.2 已完成")).singleElement().asString().contains("步骤4.2（第4项第2步：结清工程款）已完成");
		assertThat(completed()).containsExactlyInAnyOrder("4.1", "4.2");
		assertThat(chat.say(successor, "进展 4.1 又补充了验收报告")).singleElement().asString().contains("步骤4.1已经完成，这次没有再记录");
		assertThat(progressRows()).isEqualTo(4);
	}

	/**
	 * Issue #12, newcomer findings B17, D27 and D28: the successor's 进展 reads as the plan
	 * with how to report (not as a question got wrong); 进度 says each open step once, in
	 * item.step order; a step due on a Sunday is flagged.
	 */
	@Test
	void theSuccessorReadsThePlanEachStepOnceAndASundayIsFlagged() {
		String successor = user(org.successor);
		// 2027-02-28 is a Sunday (and 2027 has no notice loaded: still a Sunday on the
		// Monday-to-Friday fallback)
		String plan4 = single(chat.say(successor, "计划 4 2027-02-26 完成维修验收；2027-02-28 结清工程款"));
		assertThat(plan4).contains("步骤4.2的期限2027-02-28是星期日，不是工作日").doesNotContain("步骤4.1的期限");
		single(chat.say(successor, "计划 1 2027-01-29 完成平台验收"));

		String steps = single(chat.say(successor, "进展"));
		assertThat(steps).startsWith("未了事项推进计划")
			.doesNotContain("请写明是哪一步")
			.contains("步骤4.2（第4项第2步）：结清工程款")
			.contains("报告进展请回复“进展 ");

		String status = single(chat.say(successor, "进度"));
		for (String label : List.of("步骤1.1（", "步骤4.1（", "步骤4.2（")) {
			assertThat(status.split(java.util.regex.Pattern.quote(label), -1)).as(label).hasSize(2);
		}
		assertThat(status.indexOf("步骤1.1（")).isLessThan(status.indexOf("步骤4.1（"));
		assertThat(status.indexOf("步骤4.1（")).isLessThan(status.indexOf("步骤4.2（"));
	}

	private static String single(List<String> replies) {
		assertThat(replies).hasSize(1);
		return replies.get(0);
	}

	@Test
	void aDeadlineInAYearWithoutItsHolidayNoticeIsFlaggedInTheNoticeAndInHealth() throws Exception {
		// the plan request of a handover archived on 2026-12-14 is due in January 2027
		OutboxMessage planRequested = outbox.forHandover(handoverId)
			.stream()
			.filter(m -> m.event() == OutboxEvent.PLAN_REQUESTED)
			.findFirst()
			.orElseThrow();
		assertThat(json.readTree(planRequested.payload()).path("dueOn").asString()).startsWith("2027-");
		assertThat(render(planRequested)).contains("2027年的国务院节假日安排尚未录入").contains("暂按周一至周五计算");

		// health names the missing year and how to add it (details at
		// /actuator/health/holidays)
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/holidays")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode details = json.readTree(response.body()).path("components").path("calendar").path("details");
		assertThat(details.path("missingYears").toString()).contains("2027");
		// in README's words: the administrators over every unit, their own token; no name
		// of Baton's code
		// (#13, newcomer 4: 21)
		assertThat(details.path("warning").asString()).contains("2027")
			.contains("POST /api/admin/calendar/years")
			.contains("An administrator over every unit")
			.contains("their own access token")
			.contains("POST /api/tokens")
			.doesNotContain("ApiTokens")
			.doesNotContain("whoever runs the service");
	}

	/**
	 * Newcomer 25, finding 15: a successor who is also the administrator asked to load a
	 * missing year reads, in the plan request and in the reply to the plan, that it is
	 * theirs to load, on the console's 节假日 page; not that the administrators were asked.
	 * A successor who is none reads that they were.
	 */
	@Test
	void aSuccessorWhoLoadsTheHolidayNoticeIsToldItIsTheirsToLoad() {
		TestOrg own = new TestOrg(directory, actors, "shizuishan");
		directory.assignRootAdmin(own.successor);
		directory.bindIdentity("WEB", ScriptedChat.CORP, user(own.successor), own.successor);
		long handover = staged.archived(own, "shizuishan", List.of(Stated.work("统计大数据平台二期")));
		OutboxMessage request = outbox.forHandover(handover)
			.stream()
			.filter(m -> m.event() == OutboxEvent.PLAN_REQUESTED && Long.valueOf(own.successor).equals(m.recipientId()))
			.findFirst()
			.orElseThrow();
		assertThat(render(request)).contains("2027年的国务院节假日安排尚未录入")
			.contains("该年的节假日安排要由您录入（您是系统管理员）：请登录管理台，在“节假日”页录入")
			.doesNotContain("已提请系统管理员");
		assertThat(single(chat.say(user(own.successor), "计划 1 2027-03-31 完成平台验收"))).contains("2027年的国务院节假日安排尚未录入")
			.contains("该年的节假日安排要由您录入（您是系统管理员）")
			.doesNotContain("已提请系统管理员");

		assertThat(single(chat.say(user(org.successor), "计划 1 2027-03-31 完成平台验收"))).contains("2027年的国务院节假日安排尚未录入")
			.contains("已提请系统管理员录入")
			.doesNotContain("要由您录入");
	}

	private String render(OutboxMessage m) {
		return renderer.render(m.event(), json.readTree(m.payload()));
	}

	private List<String> completed() {
		return followUp.steps(handoverId)
			.stream()
			.filter(s -> s.completedAt() != null)
			.map(s -> s.itemSeq() + "." + s.seq())
			.toList();
	}

	private int progressRows() {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM followup_progress g JOIN followup_step s ON s.id = g.step_id"
						+ " JOIN followup_plan p ON p.id = s.plan_id WHERE p.handover_id = ?",
				Integer.class, handoverId);
	}

	private static String user(long official) {
		return "u" + official;
	}

}
