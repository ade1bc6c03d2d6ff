package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 14: the successor says a step is done in everyday words, naming it by
 * number ("5.1已经完成了", "第5项第1步已经办完了，…"): the step is completed, and the note keeps every
 * word but the step's name. A step named by number with 改回 and a date changes the step's
 * deadline.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class FourteenthNewcomerStepsInChatTest {

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
		handoverId = staged.archived(org, "shizuishan",
				List.of(Stated.work("统计数据平台二期"), Stated.work("欠宁夏信达软件公司系统运维费"), Stated.work("市委巡察反馈问题整改")));
		successor = user(org.successor);
		assertThat(chat.say(successor, "第1项统计平台：明年1月15日前完成系统联调；明年3月底前上线验收")).singleElement()
			.asString()
			.contains("步骤1.2");
		assertThat(chat.say(successor, "第2项运维费：明年1月20日前核对合同和发票；明年1月底前付清38万元")).singleElement()
			.asString()
			.contains("步骤2.2");
		assertThat(chat.say(successor, "第3项巡察整改：明年2月底前整改2件；明年3月底前剩下1件整改销号")).singleElement()
			.asString()
			.contains("步骤3.2");
	}

	/** Finding 1 and 4: a step named by number and said done is completed. */
	@Test
	void aStepNamedByNumberAndSaidDoneIsCompleted() {
		assertThat(chat.say(successor, "第2项第1步已经办完了，合同发票都核对过了")).singleElement()
			.asString()
			.contains("步骤2.1（第2项第1步：核对合同和发票）已完成");
		assertThat(step("2.1").open()).isFalse();
		assertThat(progress("2.1")).singleElement().satisfies(p -> {
			assertThat(p.completes()).isTrue();
			assertThat(p.note()).isEqualTo("已经办完了，合同发票都核对过了");
		});

		assertThat(chat.say(successor, "1.1已经干完了")).singleElement().asString().contains("步骤1.1（第1项第1步：完成系统联调）已完成");
		assertThat(progress("1.1")).singleElement().satisfies(p -> assertThat(p.completes()).isTrue());
		assertThat(step("1.1").open()).isFalse();

		// a share or a day to come is progress only
		assertThat(chat.say(successor, "1.2完成了八成，预计3月能全部完成")).singleElement()
			.asString()
			.contains("已记录步骤1.2（第1项第2步：上线验收）的进展");
		assertThat(step("1.2").open()).isTrue();
		assertThat(chat.say(successor, "1.2还没完成")).singleElement().asString().contains("的进展");
		assertThat(step("1.2").open()).isTrue();
	}

	/** Finding 3: 改回 + a date after a step's number changes its deadline. */
	@Test
	void aStepNamedByNumberWithChangedBackAndADateMovesItsDeadline() {
		assertThat(chat.say(successor, "3.2改到明年3月20日")).singleElement().asString().contains("2027-03-20");
		assertThat(chat.say(successor, "3.2改回3月31日吧，刚才改错了")).singleElement()
			.asString()
			.contains("由2027-03-20改为2027-03-31");
		assertThat(step("3.2").dueOn()).hasToString("2027-03-31");
		assertThat(progress("3.2")).isEmpty();
	}

	private FollowUpStep step(String label) {
		return followUp.steps(handoverId).stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
	}

	private List<Progress> progress(String label) {
		long id = step(label).id();
		return followUp.progress(handoverId).stream().filter(p -> p.stepId() == id).toList();
	}

	private static String user(long official) {
		return "p" + official;
	}

}
