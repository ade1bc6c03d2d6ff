package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.outbox.OutboxMessage;
import dev.baton.bot.system.TimeSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 13: 石嘴山市统计局 driven through the web chat. An answer to the status card in
 * words (「已经换完了，今年4月」) became a new item; 下一个 named one of two items without a status;
 * 「第4项记错了，删掉」 and 「把交接书发我一份」「把交接台账发我一下」 were not understood; the organizer's help told
 * them to call an API and named the people of the handover just archived; the last
 * approval did not say the review was over; the supervisor's discipline notices had no
 * reason.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class ThirteenthNewcomerWordsInChatTest {

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	HandoverRecords records;

	@Autowired
	TimeSource time;

	@Autowired
	Checklists checklists;

	@Autowired
	ArchivedHandovers archived;

	@Autowired
	Outbox outbox;

	@Autowired
	JsonMapper json;

	@Autowired
	dev.baton.bot.delivery.NotificationRenderer renderer;

	TestOrg org;

	long handoverId;

	String departing;

	private void open() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		handoverId = steps().openAndSign(org,
				List.of(org.departing, org.successor, org.organizer, org.organizationReviewer, org.disciplineReviewer,
						org.financeReviewer, org.auditReviewer, org.supervisor));
		departing = user(org.departing);
	}

	@Test
	void anAnswerToTheStatusCardInWordsSetsTheStatusAndWhenNeverANewItem() {
		open();
		steps().goTo(handoverId, departing, "party_building");
		LocalDate today = time.today();

		chat.say(departing, "机关党支部换届选举");
		assertThat(chat.lastCard(departing).title()).isEqualTo("第1项的状态");
		String said = String.join("\n", chat.say(departing, "已经换完了，今年4月"));
		assertThat(said).contains("第1项已修改").contains("状态：已完成").doesNotContain("第2项");
		Item first = checklists.item(handoverId, 1);
		assertThat(first.status()).isEqualTo(ItemStatus.DONE);
		assertThat(first.doneIn()).isEqualTo(YearMonth.of(today.getYear(), 4));
		assertThat(first.title()).isEqualTo("机关党支部换届选举");

		// the class: a verb the grammar does not list, with or without a lead; work under
		// way or not begun
		chat.say(departing, "党员发展对象培训");
		assertThat(String.join("\n", chat.say(departing, "办完了"))).contains("第2项已修改").contains("状态：已完成");
		chat.say(departing, "党员积分制管理");
		assertThat(String.join("\n", chat.say(departing, "还在筹备"))).contains("第3项已修改").contains("状态：推进中");
		chat.say(departing, "支部标准化建设");
		assertThat(String.join("\n", chat.say(departing, "推进中，2027-06-30"))).contains("第4项已修改")
			.contains("状态：推进中")
			.contains("2027-06-30");
		chat.say(departing, "主题党日活动");
		assertThat(String.join("\n", chat.say(departing, "是今年3月份就搞完的"))).contains("第5项已修改").contains("状态：已完成");
		assertThat(checklists.item(handoverId, 5).doneIn()).isEqualTo(YearMonth.of(today.getYear(), 3));

		assertThat(checklists.items(handoverId)).extracting(Item::title)
			.containsExactly("机关党支部换届选举", "党员发展对象培训", "党员积分制管理", "支部标准化建设", "主题党日活动");
		assertThat(checklists.items(handoverId)).extracting(Item::status)
			.containsExactly(ItemStatus.DONE, ItemStatus.DONE, ItemStatus.IN_PROGRESS, ItemStatus.IN_PROGRESS,
					ItemStatus.DONE);
		assertThat(checklists.item(handoverId, 4).deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
	}

	@Test
	void nextNamesEveryItemStillWithoutAStatusAndADeleteSaidAfterTheItemWorks() {
		open();
		steps().goTo(handoverId, departing, "party_building");
		chat.say(departing, "机关党支部换届选举");
		chat.say(departing, "党风廉政教育月活动");
		chat.say(departing, "重复的一条");
		chat.say(departing, "又一条重复的");
		assertThat(checklists.items(handoverId)).allSatisfy(i -> assertThat(i.status()).isNull());

		String next = String.join("\n", chat.say(departing, "下一个"));
		assertThat(next).contains("第1项“机关党支部换届选举”")
			.contains("第2项“党风廉政教育月活动”")
			.contains("第3项“重复的一条”")
			.contains("第4项“又一条重复的”")
			.contains("还没有说明状态");

		// the item first, why, then the delete
		String deleted = String.join("\n", chat.say(departing, "第4项记错了，删掉"));
		assertThat(deleted).contains("已删除第4项");
		assertThat(String.join("\n", chat.say(departing, "第3项是重复的，去掉吧"))).contains("已删除第3项");
		assertThat(checklists.items(handoverId)).extracting(Item::seq).containsExactly(1, 2);

		// what comes next names both left
		String after = String.join("\n", chat.say(departing, "第1项已完成"));
		assertThat(after).contains("第2项");
		chat.say(departing, "第2项记错了删掉");
		assertThat(checklists.items(handoverId)).extracting(Item::seq).containsExactly(1);
	}

	@Test
	void theDocumentsAndTheLedgerAskedForInEverydayWordsAreSent() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.departing, org.successor, org.organizer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		long id = archived.archived(org, "shizuishan");
		String departingUser = user(org.departing);
		for (String words : List.of("把交接书发我一份", "交接书发我一下", "麻烦给我发一份交接书", "我要一份交接书")) {
			String said = String.join("\n", chat.say(departingUser, words));
			assertThat(said).as(words).contains("交接" + id + "的交接书（PDF）将以文件发到您的对话中").doesNotContain("没有听懂");
		}
		assertThat(String.join("\n", chat.say(departingUser, "把交接书的Word版发我一份"))).contains("（Word 版）");
		assertThat(String.join("\n", chat.say(departingUser, "把交接表发给我"))).contains("交接表（Excel 版）");

		String organizer = user(org.organizer);
		for (String words : List.of("把交接台账发我一下", "台账发我一份", "请把交接台账发给我")) {
			String said = String.join("\n", chat.say(organizer, words));
			assertThat(said).as(words).contains("的交接台账（Excel 版）将以文件发到您的对话中").doesNotContain("没有听懂");
		}
		// the words alone are no request
		assertThat(String.join("\n", chat.say(departingUser, "发我一份"))).contains("没有听懂");
	}

	@Test
	void theOrganizersHelpSaysInWordsWhoBindsAGroupAndItsExampleNamesNobodyReal() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		directory.bindIdentity("WEB", ScriptedChat.CORP, user(org.organizer), org.organizer);
		archived.archived(org, "shizuishan");
		String help = String.join("\n", chat.say(user(org.organizer), "帮助"));
		String departingName = directory.official(org.departing).name();
		String successorName = directory.official(org.successor).name();
		assertThat(help).doesNotContain("/api/")
			.doesNotContain("POST")
			.contains("网页对话的单位工作群：在交接棒管理台“单位与干部”的本单位页面“单位群”中绑定")
			.contains("如“发起交接 " + org.department.name() + " 卫路人 ")
			.doesNotContain("发起交接 " + org.department.name() + " " + departingName)
			.doesNotContain(successorName + " 工作调动");
	}

	@Test
	void eachApprovalSaysWhoStillReviewsAndTheLastSaysTheReviewIsOverAndWhatFollows() {
		open();
		chat.say(departing, "统计大数据平台二期 推进中 2027-03-31");
		steps().submitTheRestEmpty(handoverId, departing);
		String finance = directory.official(org.financeReviewer).name();
		String audit = directory.official(org.auditReviewer).name();

		String first = String.join("\n", chat.say(user(org.organizationReviewer), "看过了，没问题"));
		assertThat(first).contains("已代表组织部门审核通过。")
			.contains("还待")
			.contains("财政部门（" + finance + "）")
			.contains("审计部门（" + audit + "）")
			.doesNotContain("组织部门（");
		chat.say(user(org.disciplineReviewer), "同意");
		chat.say(user(org.financeReviewer), "通过");
		String last = String.join("\n", chat.say(user(org.auditReviewer), "👍"));
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.CONFIRMING);
		assertThat(last).contains("已代表审计部门审核通过。")
			.contains("联合审核结束")
			.contains("接任干部" + directory.official(org.successor).name() + "同志逐项确认")
			.doesNotContain("还待");
	}

	@Test
	void theSupervisorReadsTheSameReasonAsThePartiesForBothFlags() {
		open();
		chat.say(departing, "局机关基本账户余额 现状 86.5万元");
		steps().submitTheRestEmpty(handoverId, departing);
		chat.say(user(org.financeReviewer), "退回 第1项 请附银行对账单");
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.DRAFTING);
		String unclear = flagTo(org.supervisor);
		assertThat(unclear).startsWith("【纪律提示：交接不清】").contains("原因：").contains("请附银行对账单").contains("财政部门");
		// the departing official reads the flag in the return's notice, not twice
		// (newcomer 20a, finding 18)
		assertThat(outbox.forHandover(handoverId))
			.noneMatch(m -> m.event() == OutboxEvent.DISCIPLINE_FLAG && m.recipientId() == org.departing);

		chat.say(departing, "第1项补充：对账单原件在财务科");
		chat.say(departing, "重新送审");
		steps().approveAsEveryReviewer(org);
		String successor = user(org.successor);
		chat.say(successor, "清单");
		chat.say(successor, "第1项余额不对，我看账上是83.2万");
		String auditor = user(org.auditReviewer);
		chat.say(auditor, "第1项我们核对了银行对账单，实际余额83.2万，按83.2万更正");
		chat.say(auditor, "是的");
		assertThat(checklists.item(handoverId, 1).amount()).isEqualByComparingTo("832000");
		String untrue = flagTo(org.supervisor);
		assertThat(untrue).startsWith("【纪律提示：交接不实】")
			.contains("原因：")
			.contains("865,000.00元")
			.contains("832,000.00元")
			.contains("我们核对了银行对账单");
	}

	/** The newest discipline flag notice to {@code official}, as they read it. */
	private String flagTo(long official) {
		List<OutboxMessage> flags = outbox.forHandover(handoverId)
			.stream()
			.filter(m -> m.event() == OutboxEvent.DISCIPLINE_FLAG && m.recipientId() == official)
			.toList();
		assertThat(flags).isNotEmpty();
		OutboxMessage last = flags.get(flags.size() - 1);
		return renderer.render(last.event(), json.readTree(last.payload()));
	}

	private static String user(long official) {
		return ChatSteps.user(official);
	}

	private ChatSteps steps() {
		return new ChatSteps(chat, directory, handovers, checklists);
	}

}
