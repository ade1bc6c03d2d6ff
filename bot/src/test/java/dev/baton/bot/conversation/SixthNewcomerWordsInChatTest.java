package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 6: a municipal statistics bureau's director handing over, typing as
 * people do. 明年底 is next year's 12-31; "期限不对，是…" right after an item puts its deadline
 * right; a month done with any verb (今年6月份发布的) is its 完成时间; a status in a 其中 clause is of
 * the part only; 把第N项改成 + words is a rename; 860平方 is a quantity; submissions, empty
 * sections and the status of several items are never items.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class SixthNewcomerWordsInChatTest {

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

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "wuyishan");
		directory.bindIdentity("WEB", ScriptedChat.CORP, "c" + org.departing, org.departing);
		handoverId = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		departing = "c" + org.departing;
		chat.say(departing, "收到了，签收");
	}

	@Test
	void yearsSaidFromTodayAndDoneMonthsAndPartsGoToTheRightFields() {
		int year = 2026; // the suite's clock: 2026-11-23
		chat.say(departing, "统计数据质量提升三年行动还在推进，明年底前完成");
		Item plan = checklists.item(handoverId, 1);
		assertThat(plan.title()).isEqualTo("统计数据质量提升三年行动");
		assertThat(plan.deadline()).isEqualTo(LocalDate.of(year + 1, 12, 31));

		// "期限不对，…" right after an item: its deadline put right, never a new item
		List<String> said = chat.say(departing, "期限不对，是后年年底，" + (year + 2) + "年12月31日");
		assertThat(said).first().asString().contains("第1项已修改").contains("期限：" + (year + 2) + "-12-31");
		assertThat(checklists.item(handoverId, 1).deadline()).isEqualTo(LocalDate.of(year + 2, 12, 31));
		assertThat(checklists.items(handoverId)).hasSize(1);

		chat.say(departing, "第四次全国经济普查数据发布 已经办完了，今年6月份发布的");
		Item done = checklists.item(handoverId, 2);
		assertThat(done.title()).isEqualTo("第四次全国经济普查数据发布");
		assertThat(done.status()).isEqualTo(ItemStatus.DONE);
		assertThat(done.doneIn()).isEqualTo(YearMonth.of(year, 6));

		// a status said of a part (其中…) is not the item's: Baton asks
		said = chat.say(departing, "信访件 3件，其中2件已办结");
		Item letters = checklists.item(handoverId, 3);
		assertThat(letters.status()).isNull();
		assertThat(letters.details()).isEqualTo("其中2件已办结");
		assertThat(chat.lastCard(departing).title()).isEqualTo("第3项的状态");
		// 还没开始 + what: 未启动
		assertThat(chat.say(departing, "还没开始清算")).first().asString().contains("第3项").contains("未启动");
		assertThat(checklists.item(handoverId, 3).status()).isEqualTo(ItemStatus.NOT_STARTED);
		// not finished, and what is left: 推进中, the rest in its 说明
		chat.say(departing, "第3项没办完，还有1件在办");
		assertThat(checklists.item(handoverId, 3).status()).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(checklists.item(handoverId, 3).details()).isEqualTo("其中2件已办结；还有1件在办");
		// how to change an item is shown in its own unit (件), never in 平方米
		assertThat(chat.say(departing, "第3项领导很重视")).first().asString().contains("第3项数量改为3件").doesNotContain("平方米");
		assertThat(checklists.items(handoverId)).hasSize(3);
	}

	@Test
	void renamesFiguresAfterACopulaUnitsAndDeletesWithAReason() {
		goTo("assets");
		chat.say(departing, "局机关基本账户 截至2026年10月31日余额123456.78元");
		chat.say(departing, "把第1项改成局机关基本账户余额（截至10月31日）");
		Item account = checklists.item(handoverId, 1);
		assertThat(account.title()).isEqualTo("局机关基本账户余额（截至10月31日）");
		assertThat(account.deadline()).isNull();
		// a no to what Baton just did points to 撤销, never a generic hint
		assertThat(chat.say(departing, "不对，我是要改名字，不是改期限")).first().asString().contains("撤销").contains("第1项改名为");

		chat.say(departing, "统计档案库房 860平方");
		Item store = checklists.item(handoverId, 2);
		assertThat(store.title()).isEqualTo("统计档案库房");
		assertThat(store.quantity()).isEqualByComparingTo("860");
		assertThat(store.quantityUnit()).isEqualTo("平方米");
		chat.say(departing, "第2项是900平方米");
		assertThat(checklists.item(handoverId, 2).quantity()).isEqualByComparingTo("900");

		chat.say(departing, "培训基地林地 120亩");
		assertThat(chat.say(departing, "把第3项删掉，记错单位了，我们没有培训基地")).first().asString().contains("已删除第3项");
		assertThat(checklists.items(handoverId)).extracting(Item::seq).containsExactly(1, 2);
	}

	@Test
	void submittingEmptySectionsAndStatusesOfSeveralAreNeverItems() {
		goTo("pending");
		chat.say(departing, "乡村两级小型水库 4座，山塘12处");
		chat.say(departing, "分两项吧");
		assertThat(checklists.items(handoverId)).hasSize(2);
		List<String> said = chat.say(departing, "这两项都是现状");
		assertThat(said).first().asString().contains("第1项、第2项的状态都已记为现状");
		assertThat(checklists.items(handoverId)).hasSize(2)
			.allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemStatus.ON_HAND));
		// "其他没有" in a section with items: it is done, on to the next
		assertThat(chat.say(departing, "其他没有")).first().asString().contains("部分已填好");
		// "没了" in an empty section: declared empty
		assertThat(chat.say(departing, "没了")).first().asString().contains("部分无事项");
		for (String message : List.of("重新送审", "改好了，重新送审", "都填好了，提交吧")) {
			chat.say(departing, message);
			assertThat(checklists.items(handoverId)).as(message).hasSize(2);
		}
		// a short message that looks like a command is asked about, never recorded
		assertThat(chat.say(departing, "改好了再送审吧")).first().asString().contains("像是一句指令").contains("添加 改好了再送审吧");
		assertThat(checklists.items(handoverId)).hasSize(2);
	}

	@Test
	void anEmptySectionIsSaidToBeEmptyAndSubmittingNamesIt() {
		// 下一个 on a section with nothing: not "filled", and how to declare it is said
		assertThat(chat.say(departing, "下一个")).first().asString().contains("还没有事项，也没有声明“本部分无”").doesNotContain("部分已填好");
		int sections = checklists.sections(handoverId).size();
		for (int i = 2; i <= sections; i++) {
			chat.say(departing, "本部分无"); // every section but the first declared empty
		}
		String first = checklists.sections(handoverId).get(0).titleZh();
		String refusal = chat.say(departing, "提交").get(0);
		assertThat(refusal).contains("还不能提交").contains("“" + first + "”").contains("本部分无").doesNotContain("帮助");
		// the focus is on it now: 本部分无 declares it, and then it submits
		chat.say(departing, "本部分无");
		assertThat(checklists.sections(handoverId).get(0).declaredEmpty()).isTrue();
		assertThat(chat.say(departing, "提交").get(0)).contains("交接清单已提交");
	}

	private void goTo(String code) {
		Section target = checklists.sections(handoverId)
			.stream()
			.filter(s -> s.code().equals(code))
			.findFirst()
			.orElseThrow();
		for (int i = 1; i < target.position(); i++) {
			chat.say(departing, "下一个");
		}
	}

}
