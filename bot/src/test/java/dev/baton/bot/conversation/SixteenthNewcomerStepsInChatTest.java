package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.Progress;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.outbox.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 16 (chat): the which-step card proposing one step, answered in words.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class SixteenthNewcomerStepsInChatTest {

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
	HandoverService handovers;

	@Autowired
	Checklists checklists;

	@Autowired
	FollowUpService followUp;

	@Autowired
	Outbox outbox;

	@Autowired
	MessageSource messages;

	@Autowired
	JsonMapper json;

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	TestOrg org;

	long handoverId;

	String successor;

	ChatSteps.PlannedFollowUp follow;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		follow = new ChatSteps(chat, directory, handovers, checklists).archivedWithPlans(org, "shizuishan", staged,
				followUp, List.of(Stated.work("统计数据平台二期"), Stated.work("纪检监察信访件办理")),
				List.of(new ChatSteps.Plan("第1项统计平台：明年1月15日前完成系统联调；明年3月底前完成验收", "步骤1.2"),
						new ChatSteps.Plan("第2项信访件：12月31日前信访件办结", "步骤2.1")));
		handoverId = follow.handoverId();
		successor = follow.successor();
	}

	/**
	 * Finding 6: 「是的」 typed on the which-step card (是哪一步的进展？ with one proposed step)
	 * chooses that step, as pressing its button does.
	 */
	@Test
	void aYesOnTheWhichStepCardWithOneStepChoosesIt() {
		// 信访 is only part of the step's words (信访件): a weak match, asked about
		assertThat(chat.say(successor, "信访的事还没有弄好")).singleElement().asString().contains("步骤2.1（第2项第1步）：信访件办结");
		assertThat(chat.lastCard(successor).title()).isEqualTo("是哪一步的进展？");
		assertThat(progress("2.1")).isEmpty();

		assertThat(chat.say(successor, "是的")).singleElement().asString().contains("已记录步骤2.1（第2项第1步：信访件办结）的进展");
		assertThat(step("2.1").open()).isTrue();
		assertThat(progress("2.1")).singleElement().satisfies(p -> {
			assertThat(p.completes()).isFalse();
			assertThat(p.note()).isEqualTo("信访的事还没有弄好");
		});
	}

	/**
	 * t19a (fixt16b's left-over): 「是的」 answers the card itself, as pressing its step
	 * button does: the card shows the outcome, is not said to wait on the next message,
	 * and a later press of it records nothing twice.
	 */
	@Test
	void aYesAnswersTheWhichStepCardItself() {
		chat.say(successor, "信访的事还没有弄好");
		var card = chat.lastCard(successor);
		assertThat(card.title()).isEqualTo("是哪一步的进展？");

		assertThat(chat.say(successor, "是的")).singleElement().asString().contains("已记录步骤2.1（第2项第1步：信访件办结）的进展");
		assertThat(chat.outcomeOf(card)).isEqualTo("已记录为步骤2.1的进展");
		assertThat(progress("2.1")).singleElement().satisfies(p -> assertThat(p.note()).isEqualTo("信访的事还没有弄好"));

		assertThat(chat.say(successor, "进展")).singleElement().asString().doesNotContain("还在等您回答");
		assertThat(chat.press(successor, card, "步骤2.1 信访件办结")).singleElement()
			.asString()
			.contains("这张卡片已经处理过（已记录为步骤2.1的进展）");
		assertThat(progress("2.1")).hasSize(1);
	}

	/**
	 * Finding 8: words that name exactly one open step by all its own words (验收 of 完成验收,
	 * 信访件 of 信访件办结) record the progress at once, and the reply says which step and how to
	 * undo it; no card.
	 */
	@Test
	void wordsNamingOneStepWhollyRecordItAtOnce() {
		int cards = chat.cards(successor).size();
		assertThat(chat.say(successor, "验收那步完成了一半了")).singleElement()
			.asString()
			.contains("已记录步骤1.2（第1项第2步：完成验收）的进展")
			.contains("撤销");
		assertThat(progress("1.2")).singleElement().satisfies(p -> {
			assertThat(p.completes()).isFalse();
			assertThat(p.note()).contains("完成了一半");
		});
		assertThat(step("1.2").open()).isTrue();

		assertThat(chat.say(successor, "信访件还没完成，只完成了一半")).singleElement()
			.asString()
			.contains("已记录步骤2.1（第2项第1步：信访件办结）的进展")
			.contains("撤销");
		assertThat(progress("2.1")).singleElement().satisfies(p -> {
			assertThat(p.completes()).isFalse();
			assertThat(p.note()).isEqualTo("信访件还没完成，只完成了一半");
		});
		assertThat(step("2.1").open()).isTrue();
		assertThat(chat.cards(successor)).hasSize(cards);

		// 撤销 takes the last one back
		assertThat(chat.say(successor, "撤销")).singleElement().asString().contains("步骤2.1");
		assertThat(progress("2.1")).isEmpty();
	}

	/**
	 * Finding 8: the card stays when the words say more about the step than its own words
	 * (验收方案: a weak match) or fit two steps, and it quotes the person's whole sentence,
	 * not the words that named the step.
	 */
	@Test
	void aWeakOrSharedMatchKeepsTheCardQuotingTheWholeSentence() {
		assertThat(chat.say(successor, "验收方案那步已经定了")).singleElement()
			.asString()
			.contains("“验收方案那步已经定了”可能是这一步的进展")
			.contains("步骤1.2（第1项第2步）：完成验收");
		assertThat(chat.lastCard(successor).title()).isEqualTo("是哪一步的进展？");
		assertThat(followUp.progress(handoverId)).isEmpty();

		// the card above is said to wait, below the new question
		assertThat(String.join("\n", chat.say(successor, "联调和验收都在推进"))).contains("“联调和验收都在推进”可能是以下几个步骤");
		assertThat(followUp.progress(handoverId)).isEmpty();
	}

	private FollowUpStep step(String label) {
		return follow.step(label);
	}

	private List<Progress> progress(String label) {
		return follow.progress(label);
	}

}
