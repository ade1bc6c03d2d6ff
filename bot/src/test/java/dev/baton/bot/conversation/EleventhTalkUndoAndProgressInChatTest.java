package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.PlanStep;
import dev.baton.bot.followup.Progress;
import dev.baton.integrations.chat.OutboundMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static dev.baton.bot.conversation.ChatSteps.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 8, finding 7: after Baton asked which step a progress report was about
 * (and recorded nothing), the successor's 撤销 took back an older report. 撤销 takes back
 * only what the last message recorded; after a question it says nothing was recorded, and
 * the question is dropped (its card shows so; a press then records nothing).
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class EleventhTalkUndoAndProgressInChatTest {

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

	TestOrg org;

	long handoverId;

	String successor;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.successor, org.departing)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		successor = user(org.successor);
		handoverId = staged.archived(org, "shizuishan",
				List.of(Stated.done("第五次全国经济普查数据开发和公报发布"), Stated.work("统计信息化平台二期建设")));
		followUp.submitPlan(org.actor(org.successor), handoverId, 2,
				List.of(new PlanStep("完成系统联调测试", LocalDate.parse("2027-01-15")),
						new PlanStep("完成终验", LocalDate.parse("2027-03-31"))));
	}

	@Test
	void undoAfterAStepQuestionTakesBackNothingAndDropsTheQuestion() {
		assertThat(say("进展 2.1 接口联调完成了八成")).contains("已记录步骤2.1");
		// words that may be step 2.2: asked with a card, nothing recorded
		assertThat(say("第2项的终验方案已经定了")).contains("可能是这一步的进展");
		OutboundMessage.Card asked = chat.lastCard(successor);
		String undone = say("撤销");
		// the older report stands; Baton says the last message recorded nothing and the
		// question is dropped
		assertThat(undone).contains("上一条消息没有记下任何进展")
			.contains("没有撤回任何记录")
			.contains("刚才的问题已作废")
			.doesNotContain("已撤回您对步骤");
		assertThat(notes()).containsExactly("接口联调完成了八成");
		assertThat(chat.outcomeOf(asked)).contains("已作废");
		// pressing the dropped question's button afterwards records nothing
		chat.press(successor, asked, asked.buttons().get(0).label());
		assertThat(notes()).containsExactly("接口联调完成了八成");
	}

	@Test
	void undoTakesBackTheReportTheLastMessageRecordedAndOnlyThatOne() {
		say("进展 2.1 接口联调完成了八成");
		say("进展 2.2 终验方案初稿已经出来了");
		assertThat(say("撤销")).contains("已撤回您对步骤2.2").contains("终验方案初稿已经出来了");
		assertThat(notes()).containsExactly("接口联调完成了八成");
		// a report taken back is not where the step stands (#12, newcomer 8, finding 11):
		// 进度 shows none for 2.2
		assertThat(say("进度")).contains("接口联调完成了八成").doesNotContain("终验方案初稿已经出来了");
		// a second 撤销: the last message recorded nothing, so the older report stays
		assertThat(say("撤销")).contains("上一条消息没有记下任何进展").doesNotContain("已撤回您对步骤");
		assertThat(notes()).containsExactly("接口联调完成了八成");
		// a step completed and undone at once is open again
		assertThat(say("进展 2.1 已完成 联调全部通过")).contains("已完成");
		assertThat(say("撤销")).contains("已撤回您对步骤2.1").contains("恢复为未完成");
		assertThat(step("2.1").open()).isTrue();
	}

	private String say(String text) {
		return String.join("\n", chat.say(successor, text));
	}

	private FollowUpStep step(String label) {
		return followUp.steps(handoverId).stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
	}

	/** The notes of the reports that stand, oldest first. */
	private List<String> notes() {
		return followUp.progress(handoverId).stream().map(Progress::note).toList();
	}

}
