package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 2: the reply to a status said after the status card (第1项是现状) says what to
 * do next (the next item whose status is unsaid, else go on with the section, 下一个 or 提交);
 * and a department is named the same way in the replies a reviewer reads as in the
 * notices (已代表组织部门审核通过, 审核意见（第1轮，财政部门）), never 组织 / 财政.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class StatusRepliesAndDepartmentsInChatTest {

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
	Checklists checklists;

	@Autowired
	StagedHandovers staged;

	TestOrg org;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "wuyishan");
		for (long official : List.of(org.departing, org.organizationReviewer, org.financeReviewer,
				org.disciplineReviewer, org.auditReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
	}

	@Test
	void aStatusSaidAfterTheCardSaysWhatToDoNext() {
		long h = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		String departing = user(org.departing);
		chat.say(departing, "签收");
		// 交发展思路 has no default status: each item is asked about with a card
		assertThat(String.join("\n", chat.say(departing, "打造茶旅融合发展思路，已经写进乡十四五规划"))).contains("什么状态");
		assertThat(String.join("\n", chat.say(departing, "下梅古村落乡村振兴示范片区建设"))).contains("什么状态");

		// item 2's status is still unsaid: the reply to item 1's says so, and how
		String first = String.join("\n", chat.say(departing, "第1项是现状"));
		assertThat(first).contains("第1项已修改").contains("状态：现状").contains("第2项的状态还没有说明").contains("第2项状态改为");
		assertThat(checklists.item(h, 1).status()).isEqualTo(ItemStatus.ON_HAND);

		// every status is said: go on with the section, or move on
		String second = String.join("\n", chat.say(departing, "第2项是推进中"));
		assertThat(second).contains("第2项已修改").contains("继续发送本部分的下一个事项").contains("下一个").doesNotContain("还没有说明");

		// in the last section, 提交 is what comes next
		for (int i = 0; i < 7; i++) {
			chat.say(departing, "下一个");
		}
		chat.say(departing, "工作体会和注意事项已形成书面材料");
		String last = String.join("\n", chat.press(departing, "现状"));
		assertThat(last).contains("状态：现状").contains("提交");
	}

	/**
	 * Newcomer 5: with item 2's status card open, "第1项推进中" was taken as a bad answer
	 * about item 2 ("没有读懂第2项现在的 状态"). A status said of another item is that item's
	 * status; the open question stays open.
	 */
	@Test
	void aStatusSaidOfAnotherItemWhileACardIsOpenIsThatItemsStatus() {
		long h = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		String departing = user(org.departing);
		chat.say(departing, "签收");
		chat.say(departing, "打造茶旅融合发展思路，已经写进乡十四五规划");
		chat.say(departing, "下梅古村落乡村振兴示范片区建设");

		String reply = String.join("\n", chat.say(departing, "第1项推进中"));
		assertThat(reply).contains("第1项已修改").contains("状态：推进中").doesNotContain("没有读懂第2项");
		assertThat(checklists.item(h, 1).status()).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(checklists.item(h, 2).status()).isNull();
	}

	@Test
	void reviewRepliesNameDepartmentsAsTheNoticesDo() {
		long h = staged.inReview(org, List.of(Stated.work("下梅古村落乡村振兴示范片区建设"), Stated.balance("乡财政所基本户余额", "2364800")));
		assertThat(chat.say(user(org.organizationReviewer), "看过了，没问题")).singleElement()
			.asString()
			.startsWith("已代表组织部门审核通过。");
		assertThat(chat.say(user(org.financeReviewer), "退回 第2项 请附12月银行对账单")).singleElement()
			.asString()
			.contains("已代表财政部门退回交接清单");
		// the departing official reads the comment under the item as the notice names its
		// department
		assertThat(String.join("\n", chat.say(user(org.departing), "第2项"))).contains("审核意见（第1轮，财政部门）：请附12月银行对账单");
		assertThat(String.join("\n", chat.say(user(org.auditReviewer), "通过"))).contains("财政部门退回")
			.doesNotContain("由财政退回");
		assertThat(h).isPositive();
	}

	@Autowired
	org.springframework.context.MessageSource messages;

	/** A refusal naming a department names it as the notices do, in each language. */
	@Test
	void refusalsNameDepartmentsAsTheNoticesDo() {
		var refusal = new dev.baton.bot.access.NotPermittedException(dev.baton.bot.access.Action.RULE_DISPUTE,
				dev.baton.bot.directory.Department.AUDIT);
		assertThat(new Texts(messages, false).of(refusal)).isEqualTo("只有管辖该单位的审计部门审核人员可以对异议作出裁定（以审计部门结论为准）。");
		assertThat(new Texts(messages, true).of(refusal)).contains("Only a reviewer of the audit department")
			.contains("(the audit department rules)");
		var review = new dev.baton.bot.access.NotPermittedException(dev.baton.bot.access.Action.REVIEW,
				dev.baton.bot.directory.Department.FINANCE);
		assertThat(new Texts(messages, false).of(review)).startsWith("只有管辖该单位的财政部门审核人员可以代表财政部门审核");
	}

	private static String user(long official) {
		return "d" + official;
	}

}
