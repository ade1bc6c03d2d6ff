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
import dev.baton.bot.followup.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * #12, newcomer 2: after the archive the successor writes a plan and progress as people
 * do, without 计划 / 进展. "第2项护岸工程：2027年3月31日前完成…；…" names an item and gives dated steps: a
 * plan for that item (refused, with the item's title, when the words before the steps
 * name another item). "护岸砌筑那一步已经干完了" is progress on the one open step whose words it
 * names; when the words fit several steps Baton asks which, with a button per step, and
 * records nothing until one is pressed. Said by anyone else, or before the archive,
 * neither is read.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class PlansAndProgressInWordsInChatTest {

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

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.successor, org.departing)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		handoverId = staged.archived(org, "shizuishan",
				List.of(Stated.work("统计大数据平台二期"), Stated.work("梅溪河上梅段生态护岸工程"), Stated.work("上梅村茶叶初制所改造提升")));
	}

	/**
	 * #12, newcomer 6 (finding 13): plans in everyday dates; a holiday whose year is not
	 * loaded is said, not guessed.
	 */
	@Test
	void plansInEverydayDatesAndHolidaysWhoseYearIsNotLoaded() {
		String successor = user(org.successor);
		// the suite's clock: 2026-11-23
		assertThat(chat.say(successor, "第2项护岸工程：12月底前完成验收")).singleElement()
			.asString()
			.contains("步骤2.1（第2项第1步）：完成验收，2026-12-31前完成")
			.contains("例如“进展 2.1 完成验收，目前……”");
		assertThat(chat.say(successor, "第3项茶叶初制所，明年1月15日前走完付款审批，明年3月底前投用")).singleElement()
			.asString()
			.contains("步骤3.1（第3项第1步）：走完付款审批，2027-01-15前完成")
			// among several steps the words naming the item stay out of them (newcomer
			// 24,
			// finding 14)
			.contains("步骤3.2（第3项第2步）：投用，2027-03-31前完成");
		// 春节 of 2027: no notice loaded, so the plan is not recorded and the reply says
		// why, with the item's example
		assertThat(chat.say(successor, "第1项：明年春节前把平台尾款付清")).singleElement()
			.asString()
			.contains("第1项的推进计划没有记录")
			.contains("2027年的节假日安排还没有载入")
			.contains("回复这一步的日期即可，例如“2027年2月5日前把平台尾款付清”");
		assertThat(followUp.steps(handoverId)).extracting(FollowUpStep::label).containsExactly("2.1", "3.1", "3.2");
	}

	/**
	 * Newcomer 24, finding 13: a plan refused for one step's day is kept as the question;
	 * a short reply with the day ("那就明年1月29日前付清") is that step, and the whole plan is
	 * recorded, both steps. A plain date in 2027, whose holidays are not loaded, is taken
	 * (and said unchecked).
	 */
	@Test
	void aShortReplyWithTheDayRecordsThePlanRefusedForOneStep() {
		String successor = user(org.successor);
		assertThat(chat.say(successor, "第1项平台二期：12月底前跟信达把账对清；明年春节前付清")).singleElement()
			.asString()
			.contains("第1项的推进计划没有记录")
			.contains("回复这一步的日期即可");
		assertThat(followUp.steps(handoverId)).isEmpty();
		assertThat(chat.say(successor, "那就明年1月29日前付清")).singleElement()
			.asString()
			.contains("第1项的推进计划已记录")
			.contains("步骤1.1（第1项第1步）：跟信达把账对清，2026-12-31前完成")
			.contains("2027-01-29前完成")
			.contains("2027年的国务院节假日安排尚未录入");
		assertThat(followUp.steps(handoverId)).extracting(FollowUpStep::label, FollowUpStep::dueOn)
			.containsExactly(tuple("1.1", LocalDate.of(2026, 12, 31)), tuple("1.2", LocalDate.of(2027, 1, 29)));
		assertThat(step("1.2").description()).contains("付清").doesNotContain("春节").doesNotContain("那就");

		// the date alone keeps the step's words; new words with the date replace them
		assertThat(chat.say(successor, "第2项：明年春节前完工验收")).singleElement().asString().contains("第2项的推进计划没有记录");
		assertThat(chat.say(successor, "改成2027年2月3日")).singleElement()
			.asString()
			.contains("第2项的推进计划已记录")
			.contains("完工验收，2027-02-03前完成");
		assertThat(chat.say(successor, "第3项：12月20日前完成设备调试；明年春节前验收")).singleElement()
			.asString()
			.contains("第3项的推进计划没有记录");
		assertThat(chat.say(successor, "就2月4日前组织投用验收吧")).singleElement()
			.asString()
			.contains("步骤3.1（第3项第1步）：完成设备调试，2026-12-20前完成")
			.contains("组织投用验收，2027-02-04前完成");
		assertThat(step("3.2").description()).isEqualTo("组织投用验收");
	}

	/**
	 * A reply that gives no day is not the answer: the question lapses and the message is
	 * read on its own; a day sent after that records nothing.
	 */
	@Test
	void aReplyWithoutADayLetsTheQuestionLapse() {
		String successor = user(org.successor);
		chat.say(successor, "第1项：12月底前跟信达把账对清；明年春节前付清");
		assertThat(String.join("\n", chat.say(successor, "计划"))).contains("第1项");
		assertThat(String.join("\n", chat.say(successor, "明年1月29日前付清"))).doesNotContain("已记录");
		assertThat(followUp.steps(handoverId)).isEmpty();
	}

	@Test
	void aPlanAndProgressSaidWithoutTheirCommandWords() {
		String successor = user(org.successor);

		// ---- a plan: the item named, then dated steps
		assertThat(chat.say(successor, "第2项护岸工程：2027年3月31日前完成剩余护岸砌筑；2027年5月31日前完工验收")).singleElement()
			.asString()
			.contains("第2项的推进计划已记录")
			.contains("步骤2.1（第2项第1步）：完成剩余护岸砌筑，2027-03-31前完成")
			.contains("步骤2.2（第2项第2步）：完工验收，2027-05-31前完成");
		assertThat(chat.say(successor, "第3项茶叶初制所，2027年3月15日前完成设备安装调试，3月31日前验收投用")).singleElement()
			.asString()
			.contains("步骤3.1（第3项第1步）：完成设备安装调试，2027-03-15前完成")
			.contains("步骤3.2（第3项第2步）：验收投用，2027-03-31前完成");
		// the words before the steps name another item than the number: nothing is
		// planned, the item is named
		assertThat(chat.say(successor, "第1项护岸工程：2027年3月31日前完成砌筑")).singleElement()
			.asString()
			.contains("第1项是“统计大数据平台二期”")
			.contains("没有记录");
		assertThat(followUp.steps(handoverId)).extracting(FollowUpStep::label)
			.containsExactly("2.1", "2.2", "3.1", "3.2");

		// ---- progress on the one step its words name
		assertThat(chat.say(successor, "护岸砌筑那一步已经干完了，剩下的等验收")).singleElement()
			.asString()
			.contains("步骤2.1（第2项第1步：完成剩余护岸砌筑）已完成");
		assertThat(step("2.1").open()).isFalse();
		assertThat(progress("2.1")).singleElement()
			.satisfies(p -> assertThat(p.note()).isEqualTo("护岸砌筑那一步已经干完了，剩下的等验收"));

		// ---- words that fit two open steps: asked, with a button each; nothing is
		// recorded until one is pressed
		List<String> which = chat.say(successor, "验收那一步材料已经报上去了");
		assertThat(which).singleElement().asString().contains("步骤2.2").contains("步骤3.2").contains("没有记录");
		var card = chat.lastCard(successor);
		assertThat(card.buttons()).extracting(b -> b.label()).containsExactly("步骤2.2 完工验收", "步骤3.2 验收投用", "都不是");
		assertThat(progress("2.2")).isEmpty();
		assertThat(progress("3.2")).isEmpty();
		assertThat(chat.press(successor, "步骤3.2 验收投用")).singleElement().asString().contains("已记录步骤3.2（第3项第2步：验收投用）的进展");
		assertThat(progress("3.2")).singleElement().satisfies(p -> assertThat(p.note()).isEqualTo("验收那一步材料已经报上去了"));
		assertThat(step("3.2").open()).isTrue();
		assertThat(progress("2.2")).isEmpty();
		// the card answered once: a second press records nothing more
		chat.press(successor, card, "步骤2.2 完工验收");
		assertThat(progress("2.2")).isEmpty();
		assertThat(progress("3.2")).hasSize(1);

		// ---- the same words from the departing official are no progress
		assertThat(String.join("\n", chat.say(user(org.departing), "设备安装调试那一步已经干完了"))).doesNotContain("已记录");
		assertThat(step("3.1").open()).isTrue();
		assertThat(progress("3.1")).isEmpty();
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
