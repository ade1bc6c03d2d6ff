package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditEntry;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.PlanStep;
import dev.baton.bot.followup.Progress;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer pass 3 (石嘴山市统计局), what the successor says once the handover is archived:
 * progress in their own words (findings 1, 16, 17, 18), kept exactly as said (11), taken
 * back or corrected when it was wrong (1), a step's date changed (12), and help and plan
 * replies that point at the person's own steps (24, 25).
 * <ul>
 * <li>"系统联调测试完成了八成，预计1月10日能全部完成" is progress on 联调测试, never its completion: a share, a
 * date to come, 预计/能/将, 还没 are not done.</li>
 * <li>The successor takes back their last report with 撤销, or reopens a step with
 * "不对，2.1还没完成…": the step is open again, the words said stay in the audit log, the
 * organizer is told. 撤销 from anyone else is never answered with the departing official's
 * refusal.</li>
 * <li>Progress said in own words goes to the one step it names (the step's own words win
 * outright; a clear best match is taken), or is asked about with a card.</li>
 * <li>"步骤3.1的期限改成12月18日" / "3.1改到12月18日" changes the step's due day, audited, the
 * organizer told.</li>
 * </ul>
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class ProgressAsSaidAfterTheArchiveInChatTest {

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
	HandoverRecords records;

	@Autowired
	WaitingSteps waitingSteps;

	@Autowired
	Outbox outbox;

	@Autowired
	NotificationRenderer renderer;

	@Autowired
	AuditLog audit;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	TestOrg org;

	long handoverId;

	String successor;

	/**
	 * Item 1 is done (it has no plan: no "进展 1.2" may be offered); items 2–8 are planned
	 * as the newcomer planned them; item 9 is left for the successor to plan in chat.
	 */
	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.successor, org.departing, org.financeReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		successor = user(org.successor);
		handoverId = staged.archived(org, "shizuishan",
				List.of(Stated.done("第五次全国经济普查数据开发和公报发布"), Stated.work("统计信息化平台二期建设"), Stated.work("全市统计执法检查专项行动"),
						Stated.work("第五次经济普查专项经费结余上缴财政"), Stated.work("2026年统计调查专项资金"),
						Stated.work("欠宁夏某信息技术公司统计软件运维费"), Stated.work("市委巡察反馈问题整改"), Stated.work("原统计局家属楼房产证办理遗留问题"),
						Stated.work("“四上”企业培育入库工作")));
		var s = org.actor(org.successor);
		followUp.submitPlan(s, handoverId, 2,
				List.of(step("完成系统联调测试", "2027-01-15"), step("完成终验", "2027-03-31"), step("付清尾款90万元", "2027-04-30")));
		followUp.submitPlan(s, handoverId, 3,
				List.of(step("完成对全部被查单位的现场检查", "2026-12-20"), step("形成检查报告报市政府", "2026-12-31")));
		followUp.submitPlan(s, handoverId, 4,
				List.of(step("向财政局报送结余资金上缴申请", "2026-12-25"), step("完成上缴国库", "2026-12-31")));
		followUp.submitPlan(s, handoverId, 5, List.of(step("完成剩余资金支付", "2026-12-25"), step("完成年度决算", "2027-01-20")));
		followUp.submitPlan(s, handoverId, 6,
				List.of(step("完成运维服务年度验收评价", "2027-01-20"), step("付清18.5万元", "2027-01-31")));
		followUp.submitPlan(s, handoverId, 7,
				List.of(step("完成剩余3条问题的追责问责", "2027-01-29"), step("向市委巡察办报送整改报告", "2027-02-26")));
		followUp.submitPlan(s, handoverId, 8,
				List.of(step("与自然资源局确定补办方案", "2027-03-31"), step("24户全部办结不动产权证", "2027-09-30")));
	}

	/**
	 * Finding 1: a share done and a date to come are progress on the step, never its
	 * completion.
	 */
	@Test
	void progressThatSaysTheWorkIsNotYetDoneNeverCompletesTheStep() {
		String said = say(successor, "系统联调测试完成了八成，预计1月10日能全部完成");
		assertThat(said).contains("已记录步骤2.1（第2项第1步：完成系统联调测试）的进展").doesNotContain("已完成");
		assertThat(step("2.1").open()).isTrue();
		assertThat(progress("2.1")).singleElement().satisfies(p -> {
			assertThat(p.note()).isEqualTo("系统联调测试完成了八成，预计1月10日能全部完成");
			assertThat(p.completes()).isFalse();
		});
		// the organizer reads progress, not a step done "完成了八成"
		assertThat(organizerNotices()).singleElement().asString().contains("有新进展").doesNotContain("已完成：");

		// the same with the command word: 完成了八成 / 已完成60% / 预计下周完成 are not done
		for (String partly : List.of("进展 2.1 完成了八成，剩余接口下周联调", "进展 2.1 已完成60%", "进展 2.1 预计1月10日能全部完成",
				"进展 2.1 还没完成，卡在数据接口")) {
			assertThat(say(successor, partly)).as(partly).contains("已记录步骤2.1").doesNotContain("已完成，已记录");
			assertThat(step("2.1").open()).as(partly).isTrue();
		}
		assertThat(progress("2.1")).hasSize(5).noneMatch(Progress::completes);
	}

	/**
	 * Finding 1: the successor takes back their last report (撤销), or says it was wrong;
	 * the history stays.
	 */
	@Test
	void theSuccessorTakesBackAWrongReportAndTheOrganizerIsTold() {
		// ---- a completion taken back with 撤销: the step is open again, the report no
		// longer stands
		assertThat(say(successor, "进展 2.1 已完成 联调测试全部通过")).contains("步骤2.1").contains("已完成");
		assertThat(step("2.1").open()).isFalse();
		String undone = say(successor, "撤销");
		assertThat(undone).contains("已撤回")
			.contains("步骤2.1")
			.contains("联调测试全部通过")
			.contains("未完成")
			.doesNotContain("只有离任干部");
		assertThat(step("2.1").open()).isTrue();
		assertThat(progress("2.1")).isEmpty();
		assertThat(openWaitingStep("2.1")).isNotNull();
		// nothing more of theirs to take back
		assertThat(say(successor, "撤销")).contains("没有可以撤回").doesNotContain("只有离任干部");

		// ---- a completion corrected in words: reopened, the correction is the step's
		// latest progress
		say(successor, "进展 2.1 已完成 联调测试全部通过");
		assertThat(step("2.1").open()).isFalse();
		String corrected = say(successor, "不对，2.1还没完成，只完成了八成");
		assertThat(corrected).contains("步骤2.1").contains("未完成").doesNotContain("已经完成，这次没有再记录");
		assertThat(step("2.1").open()).isTrue();
		assertThat(progress("2.1")).singleElement().satisfies(p -> {
			assertThat(p.note()).isEqualTo("还没完成，只完成了八成");
			assertThat(p.completes()).isFalse();
		});
		assertThat(say(successor, "进度")).contains("步骤2.1（第2项第1步）：完成系统联调测试，2027-01-15前完成")
			.contains("还没完成，只完成了八成")
			.doesNotContain("步骤2.1（第2项第1步）：完成系统联调测试，2027-01-15前完成，已完成");

		// ---- what was said stays in the audit log; the organizer was told each time
		List<String> actions = audit.history(handoverId).stream().map(AuditEntry::action).toList();
		assertThat(actions).contains("STEP_COMPLETED", "PROGRESS_WITHDRAWN", "STEP_REOPENED");
		assertThat(audit.history(handoverId).stream().filter(a -> a.action().equals("PROGRESS_WITHDRAWN")))
			.singleElement()
			.satisfies(a -> assertThat(a.detail()).contains("联调测试全部通过"));
		List<String> told = organizerNotices();
		assertThat(told).hasSize(4);
		assertThat(told.get(1)).contains("步骤2.1").contains("撤回").contains("联调测试全部通过").contains("未完成");
		assertThat(told.get(3)).contains("步骤2.1").contains("更正").contains("还没完成，只完成了八成");

		// ---- 撤销 from anyone else is never the departing official's refusal
		for (long other : List.of(org.organizer, org.financeReviewer, org.departing)) {
			assertThat(say(user(other), "撤销")).doesNotContain("只有离任干部本人可以填写或修改交接清单");
		}
		assertThat(step("2.1").open()).isTrue();
	}

	/**
	 * Findings 16, 17, 18 and 11: progress in own words goes to the step it names; the
	 * words are kept exactly.
	 */
	@Test
	void progressInOwnWordsGoesToTheStepItNamesAndIsKeptAsSaid() {
		// 16: the step's meaning words, in another order, no finished word: progress on
		// 4.1, not done
		assertThat(say(successor, "结余资金上缴申请已经报给财政局了")).contains("已记录步骤4.1（第4项第1步：向财政局报送结余资金上缴申请）的进展");
		assertThat(step("4.1").open()).isTrue();
		// 17: the step's own words are never asked about, even with other steps sharing a
		// word (上缴, 资金, 报送)
		assertThat(say(successor, "向财政局报送结余资金上缴申请那一步已经做完了")).contains("步骤4.1（第4项第1步：向财政局报送结余资金上缴申请）已完成")
			.doesNotContain("是哪一步");
		assertThat(step("4.1").open()).isFalse();
		assertThat(say(successor, "运维服务年度验收评价已经做完了")).contains("步骤6.1（第6项第1步：完成运维服务年度验收评价）已完成").doesNotContain("是哪一步");
		assertThat(step("6.1").open()).isFalse();
		// 18: a clause of its own words about one step: progress on it, kept with its
		// final 了 (11)
		assertThat(say(successor, "和自然资源局开了协调会，补办方案初稿出来了")).contains("已记录步骤8.1（第8项第1步：与自然资源局确定补办方案）的进展");
		assertThat(progress("8.1")).singleElement()
			.satisfies(p -> assertThat(p.note()).isEqualTo("和自然资源局开了协调会，补办方案初稿出来了"));
		assertThat(say(successor, "进展 8.1 补办方案初稿出来了")).contains("已记录步骤8.1");
		assertThat(progress("8.1")).extracting(Progress::note).last().isEqualTo("补办方案初稿出来了");
		assertThat(organizerNotices()).last().asString().contains("补办方案初稿出来了。");
		// words that fit two steps equally are asked about, nothing recorded
		int before = progressRows();
		assertThat(say(successor, "报告已经在写了")).contains("是哪一步").contains("步骤3.2").contains("步骤7.2");
		assertThat(progressRows()).isEqualTo(before);
		// words that name an item are about its steps only; two letters in common are
		// asked about, even for one step
		// one step is asked as one, not as "one of these" (#12, newcomer 6, finding 15)
		assertThat(say(successor, "第2项的终验方案已经定了")).contains("可能是这一步的进展")
			.doesNotContain("以下几个")
			.contains("步骤2.2")
			.doesNotContain("步骤2.1")
			.doesNotContain("步骤7.2");
		assertThat(progressRows()).isEqualTo(before);
	}

	/**
	 * Finding 12: a step's due day is changed as people say it, audited, the organizer
	 * told; help lists how.
	 */
	@Test
	void aStepsDueDayIsChangedAsSaid() {
		String changed = say(successor, "步骤3.1的期限改成12月18日");
		assertThat(changed).contains("步骤3.1").contains("2026-12-20").contains("2026-12-18");
		assertThat(step("3.1").dueOn()).isEqualTo(LocalDate.of(2026, 12, 18));
		assertThat(openWaitingStep("3.1").dueOn()).isEqualTo(LocalDate.of(2026, 12, 18));
		assertThat(say(successor, "3.2改到12月30日")).contains("步骤3.2").contains("2026-12-30");
		assertThat(step("3.2").dueOn()).isEqualTo(LocalDate.of(2026, 12, 30));
		assertThat(say(successor, "把第2项第2步的截止日期改为2027年3月26日")).contains("步骤2.2").contains("2027-03-26");
		assertThat(step("2.2").dueOn()).isEqualTo(LocalDate.of(2027, 3, 26));
		// the same day again changes nothing, and nobody is told
		assertThat(say(successor, "3.1改到12月18日")).contains("没有修改");
		// audited with both days; the organizer told
		assertThat(audit.history(handoverId).stream().filter(a -> a.action().equals("STEP_CHANGED"))).hasSize(3)
			.first()
			.satisfies(a -> assertThat(a.detail()).contains("2026-12-20").contains("2026-12-18"));
		assertThat(organizerNotices()).hasSize(3).first().asString().contains("步骤3.1").contains("2026-12-18");
		// a day gone by, or a step no one planned: refused, nothing changes
		assertThat(say(successor, "步骤3.1的期限改成2026年11月1日")).doesNotContain("已将");
		assertThat(step("3.1").dueOn()).isEqualTo(LocalDate.of(2026, 12, 18));
		assertThat(say(successor, "步骤3.5的期限改成12月18日")).contains("3.5").doesNotContain("已将");
		// help says how
		assertThat(say(successor, "帮助")).contains("期限改为");
	}

	/**
	 * Findings 24 and 25: the plan reply says what it could not check without a dangling
	 * 同样; help's example is real.
	 */
	@Test
	void planRepliesAndHelpSpeakOfThePersonsOwnSteps() {
		String help = say(successor, "帮助");
		assertThat(help).contains("进展 2.1").doesNotContain("1.2");
		String plan = say(successor, "计划 9 2027-01-15 完成2026年度新增入库企业审核");
		assertThat(plan).contains("步骤9.1").contains("2027-01-15").doesNotContain("同样");
		assertThat(say(successor, "帮助")).doesNotContain("进展 1.");
	}

	private String say(String userId, String text) {
		return String.join("\n", chat.say(userId, text));
	}

	private static PlanStep step(String what, String due) {
		return new PlanStep(what, LocalDate.parse(due));
	}

	private FollowUpStep step(String label) {
		return followUp.steps(handoverId).stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
	}

	private List<Progress> progress(String label) {
		long id = step(label).id();
		return followUp.progress(handoverId).stream().filter(p -> p.stepId() == id).toList();
	}

	private int progressRows() {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM followup_progress g JOIN followup_step s ON s.id = g.step_id"
						+ " JOIN followup_plan p ON p.id = s.plan_id WHERE p.handover_id = ?",
				Integer.class, handoverId);
	}

	private WaitingStep openWaitingStep(String label) {
		return waitingSteps.steps(handoverId)
			.stream()
			.filter(s -> s.open() && s.kind() == WaitingStepKind.FOLLOW_UP_STEP && s.subject().equals(label))
			.reduce((a, b) -> b)
			.orElse(null);
	}

	private List<String> organizerNotices() {
		return outbox.forHandover(handoverId)
			.stream()
			.filter(m -> m.event() == OutboxEvent.PROGRESS_REPORTED
					&& Long.valueOf(org.organizer).equals(m.recipientId()))
			.map(m -> renderer.render(m.event(), json.readTree(m.payload())))
			.toList();
	}

	private static String user(long official) {
		return "p" + official;
	}

}
