package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 18 (chat, 武夷山市上梅乡), the successor's side: an objection naming an item is
 * asked as a dispute of THAT item whatever item is shown (also before any); 「补偿协议今天和村民签了」
 * (the step's own verb with 了) reports the step 与村民签订补偿协议 done.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class EighteenthNewcomerSuccessorInChatTest {

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	Checklists checklists;

	@Autowired
	StagedHandovers staged;

	@Autowired
	Disputes disputes;

	@Autowired
	FollowUpService followUp;

	private TestOrg bound() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.successor, org.departing)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "p" + official, official);
		}
		return org;
	}

	/**
	 * Finding: 「第5项跟实际不一样，林业站台账上集体林地是2.1万亩」 before any item was shown got 「请先核对这一项」 with
	 * item 1's card; it is asked as a dispute of item 5, before any item is shown and
	 * with another item's card open.
	 */
	@Test
	void anObjectionNamingAnItemIsAskedAboutThatItem() {
		TestOrg org = bound();
		long id = staged.confirming(org, "shizuishan", List.of(Stated.done("茶旅融合产业规划"), Stated.work("乡村道路硬化"),
				Stated.work("村民土地征收补偿信访件"), Stated.done("林下经济示范基地"), Stated.work("集体林地")));
		String successor = "p" + org.successor;
		List<String> asked = chat.say(successor, "第5项跟实际不一样，林业站台账上集体林地是2.1万亩");
		assertThat(String.join("\n", asked)).contains("对第5项提出异议吗？").doesNotContain("请先核对这一项");
		assertThat(chat.lastCard(successor).buttons()).extracting(b -> b.label()).containsExactly("提出异议", "不是");
		assertThat(disputes.forHandover(id)).isEmpty();
		chat.press(successor, "提出异议");
		assertThat(disputes.forHandover(id)).singleElement()
			.satisfies(d -> assertThat(d.itemId()).isEqualTo(checklists.item(id, 5).id()));

		// with item 1's card open, an objection to item 4 is item 4's
		chat.say(successor, "清单");
		List<String> other = chat.say(successor, "第4项跟实际不一样，基地还没有验收");
		assertThat(String.join("\n", other)).contains("对第4项提出异议吗？").doesNotContain("请先核对这一项");
		assertThat(disputes.forHandover(id)).hasSize(1);
	}

	/**
	 * Finding: 「补偿协议今天和村民签了」 about 与村民签订补偿协议 was recorded only as progress; the step's
	 * own verb with 了 reports it done, as 「…这一步已经办完了」 does.
	 */
	@Test
	void theStepsOwnVerbWithLeReportsItDone() {
		TestOrg org = bound();
		long id = staged.archived(org, "shizuishan", List.of(Stated.work("乡村道路硬化"), Stated.work("黄柏村村民土地征收补偿信访件")));
		String successor = "p" + org.successor;
		chat.say(successor, "第2项：12月底前与村民签订补偿协议；明年1月15日前兑付补偿款并办结信访件");
		assertThat(step(id, "2.1").open()).isTrue();
		List<String> said = chat.say(successor, "补偿协议今天和村民签了");
		assertThat(String.join("\n", said)).contains("步骤2.1").contains("已完成");
		assertThat(step(id, "2.1").open()).isFalse();
		assertThat(step(id, "2.2").open()).isTrue();
	}

	private FollowUpStep step(long id, String label) {
		return followUp.steps(id).stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
	}

}
