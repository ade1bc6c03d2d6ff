package dev.baton.bot.conversation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 11: an item's yes said with what was checked (黄海, successor: 「第4项林地面积没问题」
 * got 没有听懂这条消息, while 「第3项金额不对，…」 was read as a dispute and 「第4项没问题」 as a yes); and a
 * figure quoted back as the person wrote it (周红: 「办案点面积 1200万」 was answered 「12000000
 * 没有写单位」).
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class TwelfthTalkItemWordsInChatTest {

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
	HandoverRecords records;

	@Autowired
	ChecklistService checklist;

	@Autowired
	Checklists checklists;

	@Autowired
	ReviewService review;

	@Autowired
	Policies policies;

	@Test
	void anItemsYesSaidWithWhatWasCheckedConfirmsThatItem() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "default");
		ChatSteps steps = new ChatSteps(chat, directory, handovers, checklists);
		long id = steps.openAndSign(org, List.of(org.departing, org.successor));
		Actor departing = org.actor(org.departing);
		checklist.addItem(departing, id, "key_work", new ItemDraft("高标准农田建设", null, ItemStatus.IN_PROGRESS, null, null,
				null, java.time.LocalDate.of(2027, 10, 31), null, true));
		checklist.addItem(departing, id, "economic", new ItemDraft("欠宁夏润丰农业科技有限公司滴灌设备款", null, ItemStatus.NOT_STARTED,
				new BigDecimal("1280000"), "CNY", "宁夏润丰农业科技有限公司", java.time.LocalDate.of(2027, 2, 5), null, true));
		checklist.addItem(departing, id, "economic",
				ItemDraft.titled("集体林地")
					.withQuantity(new BigDecimal("23000"), "亩")
					.withStatus(ItemStatus.ON_HAND, false));
		checklist.addItem(departing, id, "economic",
				ItemDraft.titled("局属农机站在编人员")
					.withQuantity(new BigDecimal("14"), "人")
					.withStatus(ItemStatus.ON_HAND, false));
		for (var s : checklists.sections(id)) {
			if (!s.code().equals("key_work") && !s.code().equals("economic")) {
				checklist.declareSectionEmpty(departing, id, s.code());
			}
		}
		checklist.submit(departing, id);
		for (Department d : policies.byCode("default").reviewers()) {
			review.approve(org.actor(org.reviewer(d)), id, d, "同意", Map.of());
		}
		assertThat(records.find(id).state()).isEqualTo(HandoverState.CONFIRMING);
		String successor = ChatSteps.user(org.successor);
		chat.say(successor, "清单");
		assertThat(String.join("\n", chat.say(successor, "好的"))).contains("第1项已确认");

		// the card shows item 2; the words name item 3 and what was checked on it
		String forest = String.join("\n", chat.say(successor, "第3项林地面积没问题"));

		assertThat(forest).contains("第3项已确认").doesNotContain("没有听懂");
		assertThat(checklists.item(id, 3).confirmation()).isEqualTo(Confirmation.CONFIRMED);
		assertThat(checklists.item(id, 2).confirmation()).as("the item on the card is still to confirm")
			.isEqualTo(Confirmation.PENDING);

		String people = String.join("\n", chat.say(successor, "第4项的人数核对无误"));
		assertThat(people).contains("第4项已确认").doesNotContain("没有听懂");
		assertThat(checklists.item(id, 4).confirmation()).isEqualTo(Confirmation.CONFIRMED);

		// a no with what was wrong stays a dispute, its words the reason
		String amount = String.join("\n", chat.say(successor, "第2项金额不对，合同上是118万"));
		assertThat(amount).contains("已对第2项提出异议").contains("第2项金额不对，合同上是118万");
		assertThat(checklists.item(id, 2).confirmation()).isEqualTo(Confirmation.DISPUTED);
	}

	@Test
	void aFigureWithoutAUnitIsQuotedBackAsItWasWritten() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "default");
		ChatSteps steps = new ChatSteps(chat, directory, handovers, checklists);
		long id = steps.openAndSign(org, List.of(org.departing));
		String departing = ChatSteps.user(org.departing);
		steps.goTo(id, departing, "economic");

		String big = String.join("\n", chat.say(departing, "办案点面积 1200万"));
		assertThat(big).contains("这条没有记录：1200万 没有写单位").doesNotContain("12000000");
		String decimal = String.join("\n", chat.say(departing, "机关院内绿化面积1.2万"));
		assertThat(decimal).contains("这条没有记录：1.2万 没有写单位").doesNotContain("12000");
		assertThat(String.join("\n", chat.say(departing, "办公用房总面积 3250"))).contains("这条没有记录：3250 没有写单位");
		assertThat(checklists.items(id)).isEmpty();
	}

}
