package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 2: the successor's card showed 金额：980,000.00元 beside 原文：…95万元 with
 * nothing saying the departing official had corrected it. Wherever the words as said are
 * shown against a value that was changed since (the edit reply, 第N项, 清单, the successor's
 * confirmation card), the value says it was corrected and what it was first recorded as;
 * a value never changed, or said for the first time later, says nothing of the kind.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class CorrectedValuesBesideTheWordsInChatTest {

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
	Checklists checklists;

	TestOrg org;

	long handoverId;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "wuyishan");
		for (long official : List.of(org.departing, org.successor, org.organizationReviewer, org.disciplineReviewer,
				org.financeReviewer, org.auditReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		handoverId = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
	}

	@Test
	void aCorrectedValueSaysSoWhereverTheWordsAsSaidAreShown() {
		String departing = user(org.departing);
		chat.say(departing, "签收");
		chat.say(departing, "打造茶旅融合发展思路，已经写进乡十四五规划");
		chat.say(departing, "现状");
		chat.say(departing, "下一个");
		chat.say(departing, "上梅村茶叶初制所改造提升 推进中 95万元 2027-03-31");
		chat.say(departing, "乡卫生院综合楼改造 推进中 180万元 2027-08-31");
		chat.say(departing, "邹氏家祠修缮工程 推进中 65万元 2027-04-30");

		String amount = String.join("\n", chat.say(departing, "第2项金额写错了，应该是98万"));
		assertThat(amount).contains("金额：980,000.00元（离任干部已更正，原记为950,000.00元）")
			.contains("原文：上梅村茶叶初制所改造提升 推进中 95万元 2027-03-31");
		String status = String.join("\n", chat.say(departing, "第3项其实还没启动"));
		assertThat(status).contains("状态：未启动（离任干部已更正，原记为推进中）").contains("金额：1,800,000.00元\n");
		String deadline = String.join("\n", chat.say(departing, "第4项期限改为2027-05-31"));
		assertThat(deadline).contains("期限：2027-05-31（离任干部已更正，原记为2027-04-30）");
		// an edit back to the value first said is no correction
		String back = String.join("\n", chat.say(departing, "第4项期限改为2027-04-30"));
		assertThat(back).contains("期限：2027-04-30\n").doesNotContain("已更正");
		// a status said for the first time after the card corrects nothing
		assertThat(String.join("\n", chat.say(departing, "第1项"))).contains("状态：现状\n").doesNotContain("已更正");

		assertThat(String.join("\n", chat.say(departing, "第2项"))).contains("金额：980,000.00元（离任干部已更正，原记为950,000.00元）");
		String list = String.join("\n", chat.say(departing, "清单"));
		assertThat(list).contains("金额：980,000.00元（离任干部已更正，原记为950,000.00元）")
			.contains("状态：未启动（离任干部已更正，原记为推进中）")
			.contains("金额：650,000.00元\n期限：2027-04-30\n");

		// ---- the successor's card says it too
		chat.say(departing, "下一个");
		for (int i = 0; i < 6; i++) {
			chat.say(departing, "本部分无");
		}
		assertThat(String.join("\n", chat.say(departing, "提交"))).contains("已提交");
		for (long reviewer : List.of(org.organizationReviewer, org.disciplineReviewer, org.financeReviewer,
				org.auditReviewer)) {
			chat.say(user(reviewer), "通过");
		}
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.CONFIRMING);
		String successor = user(org.successor);
		chat.say(successor, "清单");
		chat.say(successor, "确认");
		var card = chat.lastCard(successor);
		assertThat(card.body()).startsWith("第2项")
			.contains("金额：980,000.00元（离任干部已更正，原记为950,000.00元）")
			.contains("原文：上梅村茶叶初制所改造提升 推进中 95万元 2027-03-31");
		chat.say(successor, "确认");
		assertThat(chat.lastCard(successor).body()).startsWith("第3项").contains("状态：未启动（离任干部已更正，原记为推进中）");
		assertThat(checklists.item(handoverId, 2).amount()).isEqualByComparingTo("980000");
	}

	private static String user(long official) {
		return "v" + official;
	}

}
