package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static dev.baton.bot.conversation.ChatSteps.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, what newcomer 11 found in what the record keeps: a status change said with its
 * reason ("第10项还没付，改为未启动") was kept as a note and the status stayed; a question ("现在该干啥")
 * became an item and "这条不算，我是问…" did not undo it; a payable with a deadline was put down
 * as 现状 by the 经济事项 section's default.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class EleventhNewcomerRecordTest {

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

	TestOrg org;

	long handoverId;

	String departing;

	private void open(String seed) {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, seed);
		handoverId = steps().openAndSign(org, List.of(org.departing, org.successor, org.organizer, org.financeReviewer,
				org.organizationReviewer, org.disciplineReviewer, org.auditReviewer));
		departing = user(org.departing);
	}

	private ChatSteps steps() {
		return new ChatSteps(chat, directory, handovers, checklists);
	}

	@Test
	void aStatusChangeSaidWithItsReasonChangesTheStatusWhileDraftingAndAfterAReturn() {
		open("shizuishan");
		say("局机关基本账户余额86.5万元 现状");
		say("县农商银行贷款余额120万元 现状");
		String changed = say("第2项还没还，改成推进中");
		assertThat(checklists.item(handoverId, 2).status()).as(changed).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(checklists.supplements(handoverId)).isEmpty();
		steps().submitTheRestEmpty(handoverId, departing);
		chat.say(user(org.financeReviewer), "退回 第2项 贷款尚未还清，不应记为推进中以外的状态，请核实");
		String reply = say("第2项还没还完，改为未启动");
		assertThat(checklists.item(handoverId, 2).status()).as(reply).isEqualTo(ItemStatus.NOT_STARTED);
		assertThat(reply).doesNotContain("补充说明").contains("未启动");
		assertThat(checklists.supplements(handoverId)).isEmpty();
		// and said as 状态改为…
		String again = say("第2项状态改为推进中");
		assertThat(checklists.item(handoverId, 2).status()).as(again).isEqualTo(ItemStatus.IN_PROGRESS);
	}

	@Test
	void aQuestionIsNoItemAndThisOneDoesNotCountUndoesEvenWithWordsAfterIt() {
		open("shizuishan");
		String answer = say("现在该干啥");
		assertThat(checklists.items(handoverId)).as(answer).isEmpty();
		assertThat(answer).doesNotContain("第1项");
		say("下一步怎么办？");
		say("这个要填吗？");
		assertThat(checklists.items(handoverId)).isEmpty();
		say("统计执法检查专项行动 推进中");
		assertThat(checklists.items(handoverId)).hasSize(1);
		String undone = say("这条不算，我是问现在该做什么");
		assertThat(checklists.items(handoverId)).as(undone).isEmpty();
	}

	@Test
	void aPayableWithADeadlineIsUnfinishedNotAFactOnHand() {
		open("shizuishan");
		steps().goTo(handoverId, departing, "economic");
		String card = say("应付石嘴山市天诚印务有限公司印刷费3.2万元，明年1月15日前付清");
		assertThat(checklists.item(handoverId, 1).status()).as(card)
			.isIn(ItemStatus.NOT_STARTED, ItemStatus.IN_PROGRESS);
		say("欠县广播电视台宣传费1.5万元，2027年3月31日前付清");
		assertThat(checklists.item(handoverId, 2).status()).isIn(ItemStatus.NOT_STARTED, ItemStatus.IN_PROGRESS);
		// the unit's own account stays a fact on hand
		say("局机关基本账户余额86.5万元");
		assertThat(checklists.item(handoverId, 3).status()).isEqualTo(ItemStatus.ON_HAND);
	}

	private String say(String text) {
		return String.join("\n", chat.say(departing, text));
	}

}
