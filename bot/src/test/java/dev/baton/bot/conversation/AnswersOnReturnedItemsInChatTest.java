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
 * #12 newcomer 2: after a return, the departing official answers a returned item plainly
 * ("第2项，是梅溪村8.2万、里洋村 4.4万，合同约定2027年3月底前收回"): that is a supplement to the item the latest
 * return commented on, not the not-an-item answer. An item the return did not comment on
 * still gets the not-an-item answer.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class AnswersOnReturnedItemsInChatTest {

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
	void aPlainAnswerOnAReturnedItemIsItsSupplement() {
		long h = staged.inReview(org, List.of(Stated.work("统计大数据平台二期"), Stated.balance("应收借款", "126000")));
		String departing = "c" + org.departing;
		chat.say("c" + org.auditReviewer, "退回 第2项 请写明借款单位和收回期限");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.DRAFTING);
		int before = checklists.items(h).size();

		String answer = String.join("\n", chat.say(departing, "第2项，是梅溪村8.2万、里洋村4.4万，合同约定2027年3月底前收回"));
		assertThat(answer).contains("第2项").contains("梅溪村8.2万").doesNotContain("没有记为新事项");
		// this chat is the web chat, which takes no files: evidence is named in words
		// (#13, newcomer 4: 7)
		assertThat(answer).contains("网页对话不能发送文件").doesNotContain("发送图片或文件");
		assertThat(String.join("\n", chat.say(departing, "第2项"))).contains("合同约定2027年3月底前收回")
			.contains("网页对话不能发送文件：佐证材料请写在补充说明里")
			.doesNotContain("发送图片或文件");

		assertThat(String.join("\n", chat.say(departing, "第1项，是平台二期的尾款"))).contains("没有记为新事项");
		assertThat(checklists.items(h)).hasSize(before);
	}

}
