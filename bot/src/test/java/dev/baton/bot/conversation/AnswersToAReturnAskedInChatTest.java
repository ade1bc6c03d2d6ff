package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12 newcomer 16, finding 1: after 财政 returned the checklist with 「运维费合同是哪年签的？」 on the
 * item of the 运维费, the departing official's 「合同是2024年签的，合同原件在局办公室档案柜」 was recorded as a
 * new item. Now words that are not clearly a new item, while a return is open, are asked
 * about with a card; 记为第N项补充 records them as 第N项补充：… does.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class AnswersToAReturnAskedInChatTest {

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
	HandoverRecords records;

	@Autowired
	Checklists checklists;

	TestOrg org;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.departing, org.successor, org.auditReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "c" + official, official);
		}
	}

	@Test
	void theAnswerToAReturnIsAskedAboutAndLandsOnTheReturnedItem() {
		long h = staged.inReview(org,
				List.of(Stated.work("统计大数据平台二期"), Stated.unfinishedMoney("欠宁夏信达软件公司系统运维费", "86000")));
		String departing = "c" + org.departing;
		chat.say("c" + org.auditReviewer, "退回 第2项 运维费合同是哪年签的？");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.DRAFTING);
		int before = checklists.items(h).size();

		String asked = String.join("\n", chat.say(departing, "合同是2024年签的，合同原件在局办公室档案柜"));
		assertThat(asked).contains("这是对第2项退回意见的答复吗？").doesNotContain("已记录为第3项");
		assertThat(checklists.items(h)).hasSize(before);
		assertThat(chat.lastCard(departing).buttons().stream().map(b -> b.label()).toList()).containsExactly("记为第2项补充",
				"记为新事项", "取消");

		String pressed = String.join("\n", chat.press(departing, "记为第2项补充"));
		assertThat(pressed).contains("已在第2项").contains("合同是2024年签的，合同原件在局办公室档案柜");
		assertThat(checklists.items(h)).hasSize(before);
		long item2 = checklists.items(h).stream().filter(i -> i.seq() == 2).findFirst().orElseThrow().id();
		assertThat(checklists.supplements(h)).anySatisfy(s -> {
			assertThat(s.itemId()).isEqualTo(item2);
			assertThat(s.body()).isEqualTo("合同是2024年签的，合同原件在局办公室档案柜");
		});
		assertThat(checklists.supplements(h)).hasSize(1);
	}

	@Test
	void aRealNewItemAfterAReturnIsStillRecordedAtOnce() {
		long h = staged.inReview(org,
				List.of(Stated.work("统计大数据平台二期"), Stated.unfinishedMoney("欠宁夏信达软件公司系统运维费", "86000")));
		String departing = "c" + org.departing;
		chat.say("c" + org.auditReviewer, "退回 第2项 运维费合同是哪年签的？");
		int before = checklists.items(h).size();
		String said = String.join("\n", chat.say(departing, "办公电脑 42台"));
		assertThat(said).doesNotContain("退回意见的答复吗");
		assertThat(checklists.items(h)).hasSize(before + 1);
	}

	@Test
	void newItemAndCancelOnTheCard() {
		long h = staged.inReview(org,
				List.of(Stated.work("统计大数据平台二期"), Stated.unfinishedMoney("欠宁夏信达软件公司系统运维费", "86000")));
		String departing = "c" + org.departing;
		chat.say("c" + org.auditReviewer, "退回 第2项 运维费合同是哪年签的？");
		int before = checklists.items(h).size();
		chat.say(departing, "合同原件在局办公室档案柜");
		assertThat(String.join("\n", chat.press(departing, "取消"))).contains("没有记录");
		assertThat(checklists.items(h)).hasSize(before);
		assertThat(checklists.supplements(h)).isEmpty();
		chat.say(departing, "局办公室档案柜钥匙由办公室主任保管");
		chat.press(departing, "记为新事项");
		assertThat(checklists.items(h)).hasSize(before + 1);
	}

}
