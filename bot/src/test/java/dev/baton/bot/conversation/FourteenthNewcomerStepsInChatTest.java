package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.conversation.grammar.CommandParser;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.Progress;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 14: the successor says a step is done in everyday words, naming it by
 * number ("5.1已经完成了", "第5项第1步已经办完了，…"): the step is completed, and the note keeps every
 * word but the step's name. A step named by number with 改回 and a date changes the step's
 * deadline.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class FourteenthNewcomerStepsInChatTest {

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
	HandoverService handovers;

	@Autowired
	Checklists checklists;

	@Autowired
	FollowUpService followUp;

	@Autowired
	Outbox outbox;

	@Autowired
	MessageSource messages;

	@Autowired
	JsonMapper json;

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	TestOrg org;

	long handoverId;

	String successor;

	ChatSteps.PlannedFollowUp follow;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		follow = new ChatSteps(chat, directory, handovers, checklists).archivedWithPlans(org, "shizuishan", staged,
				followUp, List.of(Stated.work("统计数据平台二期"), Stated.work("欠宁夏信达软件公司系统运维费"), Stated.work("市委巡察反馈问题整改")),
				List.of(new ChatSteps.Plan("第1项统计平台：明年1月15日前完成系统联调；明年3月底前上线验收", "步骤1.2"),
						new ChatSteps.Plan("第2项运维费：明年1月20日前核对合同和发票；明年1月底前付清38万元", "步骤2.2"),
						new ChatSteps.Plan("第3项巡察整改：明年2月底前整改2件；明年3月底前剩下1件整改销号", "步骤3.2")));
		handoverId = follow.handoverId();
		successor = follow.successor();
	}

	/** Finding 1 and 4: a step named by number and said done is completed. */
	@Test
	void aStepNamedByNumberAndSaidDoneIsCompleted() {
		assertThat(chat.say(successor, "第2项第1步已经办完了，合同发票都核对过了")).singleElement()
			.asString()
			.contains("步骤2.1（第2项第1步：核对合同和发票）已完成");
		assertThat(step("2.1").open()).isFalse();
		assertThat(progress("2.1")).singleElement().satisfies(p -> {
			assertThat(p.completes()).isTrue();
			assertThat(p.note()).isEqualTo("已经办完了，合同发票都核对过了");
		});

		assertThat(chat.say(successor, "1.1已经干完了")).singleElement().asString().contains("步骤1.1（第1项第1步：完成系统联调）已完成");
		assertThat(progress("1.1")).singleElement().satisfies(p -> assertThat(p.completes()).isTrue());
		assertThat(step("1.1").open()).isFalse();

		// a share or a day to come is progress only
		assertThat(chat.say(successor, "1.2完成了八成，预计3月能全部完成")).singleElement()
			.asString()
			.contains("已记录步骤1.2（第1项第2步：上线验收）的进展");
		assertThat(step("1.2").open()).isTrue();
		assertThat(chat.say(successor, "1.2还没完成")).singleElement().asString().contains("的进展");
		assertThat(step("1.2").open()).isTrue();
	}

	/** Finding 3: 改回 + a date after a step's number changes its deadline. */
	@Test
	void aStepNamedByNumberWithChangedBackAndADateMovesItsDeadline() {
		assertThat(chat.say(successor, "3.2改到明年3月20日")).singleElement().asString().contains("2027-03-20");
		assertThat(chat.say(successor, "3.2改回3月31日吧，刚才改错了")).singleElement()
			.asString()
			.contains("由2027-03-20改为2027-03-31");
		assertThat(step("3.2").dueOn()).hasToString("2027-03-31");
		assertThat(progress("3.2")).isEmpty();
	}

	/**
	 * Finding 1: a step named by its own words ("…那一步", "…的那步") and the rest of the
	 * sentence saying it is done completes it, even when the step's words are a done word
	 * too (付清); 还没 / 没有 / 未 before the done word, or a share, is progress only.
	 */
	@Test
	void aStepNamedByItsWordsAndSaidDoneIsCompleted() {
		assertThat(chat.say(successor, "付清38万元那一步，钱已经付清了")).singleElement()
			.asString()
			.contains("步骤2.2（第2项第2步：付清38万元）已完成");
		assertThat(step("2.2").open()).isFalse();
		assertThat(progress("2.2")).singleElement().satisfies(p -> {
			assertThat(p.completes()).isTrue();
			assertThat(p.note()).isEqualTo("付清38万元那一步，钱已经付清了");
		});

		assertThat(chat.say(successor, "核对合同和发票的那步弄好了")).singleElement()
			.asString()
			.contains("步骤2.1（第2项第1步：核对合同和发票）已完成");
		assertThat(progress("2.1")).singleElement().satisfies(p -> assertThat(p.completes()).isTrue());

		assertThat(chat.say(successor, "完成系统联调那一步搞定了")).singleElement().asString().contains("步骤1.1（第1项第1步：完成系统联调）已完成");
		assertThat(step("1.1").open()).isFalse();

		// negation before the done word: progress only
		assertThat(chat.say(successor, "上线验收那一步还没有弄好")).singleElement().asString().contains("已记录步骤1.2（第1项第2步：上线验收）的进展");
		assertThat(chat.say(successor, "剩下1件整改销号那一步还没整改完")).singleElement()
			.asString()
			.contains("已记录步骤3.2（第3项第2步：剩下1件整改销号）的进展");
		assertThat(step("1.2").open()).isTrue();
		assertThat(step("3.2").open()).isTrue();
		assertThat(progress("1.2")).singleElement().satisfies(p -> assertThat(p.completes()).isFalse());
		assertThat(progress("3.2")).singleElement().satisfies(p -> assertThat(p.completes()).isFalse());

		// 不对，1.1还没完成，只完成了九成: the step said done is open again, progress only
		assertThat(chat.say(successor, "不对，1.1还没完成，只完成了九成")).singleElement()
			.asString()
			.contains("步骤1.1（第1项第1步：完成系统联调）已改为未完成");
		assertThat(step("1.1").open()).isTrue();
		assertThat(progress("1.1")).singleElement().satisfies(p -> {
			assertThat(p.completes()).isFalse();
			assertThat(p.note()).contains("只完成了九成");
		});
	}

	/**
	 * Finding 5: a step's exact text, figures and all, names it without the which-step
	 * card.
	 */
	@Test
	void aStepsExactTextNamesItWithoutACard() {
		assertThat(chat.say(successor, "整改2件那一步已经干完了")).singleElement().asString().contains("步骤3.1（第3项第1步：整改2件）已完成");
		assertThat(progress("3.1")).singleElement().satisfies(p -> {
			assertThat(p.completes()).isTrue();
			assertThat(p.note()).isEqualTo("整改2件那一步已经干完了");
		});
		assertThat(step("3.2").open()).isTrue();
	}

	/**
	 * Findings 2 and 4: words that say done but may be several steps get the which-step
	 * card, which says so; the step chosen is completed and the reply says it; the note
	 * is the whole sentence.
	 */
	@Test
	void theStepChosenOnTheCardForWordsSaidDoneIsCompleted() {
		assertThat(chat.say(successor, "巡察整改的2件已经整改完了")).singleElement()
			.asString()
			.contains("“巡察整改的2件已经整改完了”说的是已完成")
			.contains("选定的步骤将记为已完成")
			.contains("步骤3.1（第3项第1步）：整改2件")
			.contains("步骤3.2（第3项第2步）：剩下1件整改销号");
		assertThat(chat.lastCard(successor).title()).isEqualTo("哪一步已完成？");
		assertThat(progress("3.1")).isEmpty();

		assertThat(chat.press(successor, "步骤3.1 整改2件")).singleElement()
			.asString()
			.contains("步骤3.1（第3项第1步：整改2件）已完成，已记录");
		assertThat(chat.outcomeOf(chat.lastCard(successor))).isEqualTo("已记录步骤3.1已完成");
		assertThat(step("3.1").open()).isFalse();
		assertThat(progress("3.1")).singleElement().satisfies(p -> {
			assertThat(p.completes()).isTrue();
			assertThat(p.note()).isEqualTo("巡察整改的2件已经整改完了");
		});

		// words that say no more than progress: the card and its choice stay progress
		assertThat(chat.say(successor, "系统联调和上线验收都在推进")).singleElement()
			.asString()
			.contains("可能是以下几个步骤")
			.doesNotContain("已完成");
		assertThat(chat.lastCard(successor).title()).isEqualTo("是哪一步的进展？");
		assertThat(chat.press(successor, "步骤1.2 上线验收")).singleElement().asString().contains("已记录步骤1.2（第1项第2步：上线验收）的进展");
		assertThat(chat.outcomeOf(chat.lastCard(successor))).isEqualTo("已记录为步骤1.2的进展");
		assertThat(progress("1.2")).singleElement().satisfies(p -> assertThat(p.completes()).isFalse());
	}

	/**
	 * Finding 4: a done report on a step named by its words keeps the whole sentence as
	 * its note, the words before the done phrase too.
	 */
	@Test
	void aDoneReportInWordsKeepsTheWholeSentence() {
		assertThat(chat.say(successor, "核对合同和发票已经办完了，合同发票都核对过了")).singleElement()
			.asString()
			.contains("步骤2.1（第2项第1步：核对合同和发票）已完成");
		assertThat(progress("2.1")).singleElement()
			.satisfies(p -> assertThat(p.note()).isEqualTo("核对合同和发票已经办完了，合同发票都核对过了"));
		// the done phrase first, the step's words after it
		assertThat(chat.say(successor, "已经办完了，系统联调各模块都通了")).singleElement()
			.asString()
			.contains("步骤1.1（第1项第1步：完成系统联调）已完成");
		assertThat(progress("1.1")).singleElement().satisfies(p -> {
			assertThat(p.completes()).isTrue();
			assertThat(p.note()).isEqualTo("已经办完了，系统联调各模块都通了");
		});
	}

	/**
	 * Finding 5: 第1步 is the first step of an item: asked among the items' open first
	 * steps only, and taken when one item has its first step open.
	 */
	@Test
	void theFirstStepIsAskedAmongFirstStepsOnly() {
		String asked = chat.say(successor, "第1步已经办完了").get(0);
		assertThat(asked).contains("“第1步”可能是以下几个步骤")
			.contains("步骤1.1（第1项第1步）")
			.contains("步骤2.1（第2项第1步）")
			.contains("步骤3.1（第3项第1步）")
			.doesNotContain("步骤1.2")
			.doesNotContain("步骤2.2")
			.doesNotContain("步骤3.2");
		assertThat(followUp.progress(handoverId)).isEmpty();

		chat.say(successor, "进展 2.1 已完成");
		chat.say(successor, "进展 3.1 已完成");
		assertThat(chat.say(successor, "第1步已经办完了")).singleElement().asString().contains("步骤1.1（第1项第1步：完成系统联调）已完成");
		assertThat(step("1.1").open()).isFalse();
		assertThat(step("1.2").open()).isTrue();
	}

	/**
	 * talk12b: the organizer's progress notice names the item by its title beside the
	 * step.
	 */
	@Test
	void theProgressNoticeNamesTheItem() {
		chat.say(successor, "付清38万元那一步，钱已经付清了");
		chat.say(successor, "1.1完成了八成");
		NotificationRenderer renderer = new NotificationRenderer(messages, Locale.SIMPLIFIED_CHINESE);
		List<String> notices = outbox.forHandover(handoverId)
			.stream()
			.filter(m -> m.event() == OutboxEvent.PROGRESS_REPORTED
					&& Long.valueOf(org.organizer).equals(m.recipientId()))
			.map(m -> renderer.render(m.event(), json.readTree(m.payload())))
			.toList();
		assertThat(notices).hasSize(2);
		assertThat(notices.get(0)).contains("第2项「欠宁夏信达软件公司系统运维费」步骤2：付清38万元").contains("已完成");
		assertThat(notices.get(1)).contains("第1项「统计数据平台二期」步骤1：完成系统联调").contains("有新进展：完成了八成");
	}

	/** talk12b: 在办 is a status, under way. */
	@Test
	void stillBeingHandledIsUnderWay() {
		CommandParser parser = new CommandParser();
		assertThat(parser.parse("添加 纪检监察信访件办理 还有3件在办", TODAY).status()).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(parser.parse("添加 市委巡察反馈问题整改 还有3件在办，明年3月底前整改完", TODAY).status()).isEqualTo(ItemStatus.IN_PROGRESS);
		// 现在办 / 在办公室 say no status
		assertThat(parser.parse("添加 办公用房 现在办公室在三楼", TODAY).status()).isNull();
	}

	private FollowUpStep step(String label) {
		return follow.step(label);
	}

	private List<Progress> progress(String label) {
		return follow.progress(label);
	}

}
