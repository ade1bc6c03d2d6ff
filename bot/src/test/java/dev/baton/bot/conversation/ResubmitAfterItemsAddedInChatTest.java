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
 * #12, newcomer 16 (t19a): 「改好了，重新送审」 after an item was added since the return went into
 * the next round unremarked, the answer to the return recorded as item 9 with it. Now
 * Baton says how many items were added since the return and which, how to withdraw one
 * (删除第N项), and asks 仍然送审 / 先不送审 with a card; a typed yes answers that card.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class ResubmitAfterItemsAddedInChatTest {

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

	String departing;

	long h;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.departing, org.successor, org.financeReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "r" + official, official);
		}
		departing = "r" + org.departing;
		h = staged.inReview(org, List.of(Stated.work("统计大数据平台二期"), Stated.unfinishedMoney("欠宁夏信达软件公司系统运维费", "380000")));
		chat.say("r" + org.financeReviewer, "退回 第2项 运维费合同是哪年签的？");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.DRAFTING);
	}

	@Test
	void resubmittingWithAnAnswerRecordedAsAnItemSaysWhichAndHowToWithdrawIt() {
		chat.say(departing, "合同是2024年签的，合同原件在局办公室档案柜");
		chat.press(departing, "记为新事项");
		assertThat(checklists.items(h)).hasSize(3);

		String asked = String.join("\n", chat.say(departing, "改好了，重新送审"));
		assertThat(asked).contains("退回后您新增了1项：第3项「合同是2024年签的，合同原件在局办公室档案柜」").contains("删除第3项").contains("仍然送审吗？");
		assertThat(chat.lastCard(departing).buttons().stream().map(b -> b.label()).toList()).containsExactly("仍然送审",
				"先不送审");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.DRAFTING);

		var card = chat.lastCard(departing);
		assertThat(String.join("\n", chat.press(departing, "先不送审"))).contains("先不送审").contains("删除第3项");
		assertThat(chat.outcomeOf(card)).isEqualTo("先不送审");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.DRAFTING);

		chat.say(departing, "删除第3项");
		chat.say(departing, "第2项补充：合同是2024年签的，合同原件在局办公室档案柜");
		assertThat(String.join("\n", chat.say(departing, "改好了，重新送审"))).contains("交接清单已提交").doesNotContain("仍然送审");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.IN_REVIEW);
		assertThat(checklists.items(h)).hasSize(2);
	}

	@Test
	void aRealNewItemGoesWithAYesOrAPressAndTheCardShowsIt() {
		assertThat(String.join("\n", chat.say(departing, "欠福建建工工程款45.6万，还没付"))).contains("已记录为第3项");
		chat.say(departing, "改好了，重新送审");
		var card = chat.lastCard(departing);
		assertThat(card.title()).isEqualTo("退回后新增了1项，仍然送审吗？");

		assertThat(String.join("\n", chat.say(departing, "是的"))).contains("交接清单已提交");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.IN_REVIEW);
		assertThat(chat.outcomeOf(card)).isEqualTo("已重新送审");
		assertThat(String.join("\n", chat.press(departing, card, "仍然送审"))).doesNotContain("交接清单已提交");
		assertThat(records.find(h).reviewRound()).isEqualTo(2);
	}

	@Test
	void nothingAddedSinceTheReturnGoesAtOnce() {
		chat.say(departing, "第2项补充：运维合同2024年3月签订，原件存局办公室档案柜");
		assertThat(String.join("\n", chat.say(departing, "改好了，重新送审"))).contains("交接清单已提交");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.IN_REVIEW);
	}

}
