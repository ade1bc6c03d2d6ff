package dev.baton.bot.conversation;

import dev.baton.bot.DomainContext;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 3 (findings 21, 22): every reply to the departing official while drafting
 * says what to do next, and says it for where they are: before anything was submitted the
 * way on is 提交, never 重新送审; a field emptied, a two-figures answer, an edit undone, an
 * item deleted each end with the next step.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class NextStepWhileDraftingInChatTest {

	private static final String GO_ON = "继续发送本部分的下一个事项";

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

	DraftingTalk talk;

	@BeforeEach
	void setUp() {
		talk = new DraftingTalk(chat, conversation, directory, actors, handovers, checklists);
	}

	@Test
	void beforeTheFirstSubmissionTheWayOnIsSubmitNotResubmit() {
		talk.say("统计平台二期 推进中 120万元");
		String said = talk.say("第1项补充：合同已签订，正在联调");
		assertThat(said).contains("已在第1项").contains(GO_ON).doesNotContain("重新送审");
	}

	@Test
	void everyCorrectionSaysWhatComesNext() {
		talk.say("统计平台二期 推进中 120万元 2027-03-31");
		assertThat(talk.say("第1项期限改为无")).contains("已清除第1项的期限").contains(GO_ON);
		assertThat(talk.say("撤销")).contains("已撤销对第1项的修改").contains(GO_ON);

		talk.say("机房改造 推进中 总投资86万元，已拨付50万元");
		assertThat(talk.say("记为一项")).contains("第2项").contains(GO_ON);

		talk.say("人口抽样调查 未启动");
		assertThat(talk.say("删除第3项")).contains("已删除第3项").contains(GO_ON);

		talk.say("办公楼维修 推进中 总投资80万元，已拨付30万元");
		assertThat(talk.press("记为两项")).contains("已记为两项").contains(GO_ON);
	}

}
