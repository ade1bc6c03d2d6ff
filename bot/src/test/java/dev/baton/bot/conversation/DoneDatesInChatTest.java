package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.time.YearMonth;

import dev.baton.bot.DomainContext;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 3 (findings 3, 4, 20, 27): when an item was done is its own field, never
 * the deadline. "机关党支部换届选举 已完成 2026年4月" records the month as said (2026年4月, no day made
 * up) and leaves the title; "第10项是2026年4月完成的" and "第10项完成时间改为2026-04-30" set it; 撤销 takes
 * the change back; a date still to come is no completion date, so nothing changes and the
 * reply says how to set a deadline; "第10项完成时间改为无" empties it.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class DoneDatesInChatTest {

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
		talk.goTo("party_building");
	}

	@Test
	void aMonthSaidWithDoneIsWhenItWasDoneAndLeavesTheTitle() {
		String added = talk.say("机关党支部换届选举 已完成 2026年4月");
		assertThat(added).contains("第1项 机关党支部换届选举\n").contains("完成时间：2026年4月").doesNotContain("期限");
		Item item = talk.item(1);
		assertThat(item.title()).isEqualTo("机关党支部换届选举");
		assertThat(item.doneIn()).isEqualTo(YearMonth.of(2026, 4));
		assertThat(item.doneOn()).as("no day is made up").isNull();
		assertThat(item.deadline()).isNull();
		assertThat(item.status()).isEqualTo(ItemStatus.DONE);
		// said as a clause of its own, with 完成 after it, likewise
		talk.say("党员发展工作，已完成，今年6月完成的");
		assertThat(talk.item(2).title()).isEqualTo("党员发展工作");
		assertThat(talk.item(2).doneIn()).isEqualTo(YearMonth.of(2026, 6));
		// a month that is part of the name is not when it was done
		talk.say("2026年4月主题党日活动 已完成");
		assertThat(talk.item(3).title()).isEqualTo("2026年4月主题党日活动");
		assertThat(talk.item(3).doneIn()).isNull();
	}

	@Test
	void theCompletionDateIsSetInWordsOrAsAFieldAndNeverAsTheDeadline() {
		talk.say("机关党支部换届选举 已完成");
		String said = talk.say("第1项是2026年4月完成的");
		assertThat(said).contains("第1项").contains("完成时间：2026年4月").doesNotContain("期限").doesNotContain("没有记为新事项");
		assertThat(talk.item(1).doneIn()).isEqualTo(YearMonth.of(2026, 4));
		assertThat(talk.item(1).deadline()).isNull();

		said = talk.say("第1项完成时间改为2026-04-30");
		assertThat(said).contains("完成时间：2026-04-30").doesNotContain("期限");
		assertThat(talk.item(1).doneOn()).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(talk.item(1).doneIn()).isNull();
		assertThat(talk.item(1).deadline()).isNull();

		assertThat(talk.say("撤销")).contains("完成时间：2026年4月");
		assertThat(talk.item(1).doneIn()).isEqualTo(YearMonth.of(2026, 4));
		assertThat(talk.item(1).doneOn()).isNull();

		// a day still to come is not when it was done: nothing changes, and the reply
		// names the deadline instead
		said = talk.say("第1项完成时间改为2027-03-31");
		assertThat(said).contains("第1项期限改为");
		assertThat(talk.item(1).doneIn()).isEqualTo(YearMonth.of(2026, 4));
		assertThat(talk.item(1).deadline()).isNull();

		said = talk.say("第1项完成时间改为无");
		assertThat(said).contains("已清除第1项的完成时间");
		assertThat(talk.item(1).doneIn()).isNull();
		assertThat(talk.item(1).doneOn()).isNull();
	}

	@Test
	void sayingWhenAnItemWasDoneMakesItDone() {
		talk.say("换届选举筹备工作 推进中");
		assertThat(talk.item(1).unfinished()).isTrue();
		String said = talk.say("第1项已于2026年10月15日完成");
		assertThat(said).contains("状态：已完成").contains("完成时间：2026-10-15");
		Item item = talk.item(1);
		assertThat(item.status()).isEqualTo(ItemStatus.DONE);
		assertThat(item.unfinished()).isFalse();
		assertThat(item.doneOn()).isEqualTo(LocalDate.of(2026, 10, 15));
		// a day without a year that has not come yet this year was last year's
		talk.say("第1项是12月20日完成的");
		assertThat(talk.item(1).doneOn()).isEqualTo(LocalDate.of(2025, 12, 20));
	}

	@Test
	void theHintForWordsAboutAnItemNamesTheCompletionDate() {
		talk.say("机关党支部换届选举 已完成");
		assertThat(talk.say("第1项那个时间我再核实一下")).contains("没有记为新事项").contains("第1项完成时间改为");
		assertThat(talk.items()).hasSize(1);
	}

}
