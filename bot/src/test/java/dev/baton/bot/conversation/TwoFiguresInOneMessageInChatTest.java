package dev.baton.bot.conversation;

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
 * #12, newcomer 2: "乡村两级小型水库 4座，山塘12处" was recorded as one item holding 4座, the 12处 only
 * in its title. A message with two quantities (or two sums of money) in separate clauses
 * is recorded as one item with nothing lost: the first figure in its field, the second
 * clause in the item's 说明 (newcomer 3, finding 13: never only in a broken title), and
 * Baton says so and asks at once, with a card, whether they are two items: 记为两项 makes
 * two, each with its own figure; 记为一项 keeps both figures on the one item. A second clause
 * that details the first (其中2处运行不正常) is one item and asks nothing.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class TwoFiguresInOneMessageInChatTest {

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
		directory.bindIdentity("WEB", ScriptedChat.CORP, "t" + org.departing, org.departing);
		handoverId = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		departing = "t" + org.departing;
		chat.say(departing, "签收");
	}

	@Test
	void twoQuantitiesAreAskedAboutAndRecordedAsTwoItemsOnAPress() {
		goTo("assets");
		String said = String.join("\n", chat.say(departing, "乡村两级小型水库 4座，山塘12处"));
		assertThat(said).contains("已记录为第1项")
			.contains("数量：4座")
			.contains("说明：山塘12处")
			.contains("“山塘12处”记在说明里")
			.contains("是两项吗");
		var card = chat.lastCard(departing);
		assertThat(card.buttons()).extracting(b -> b.label()).containsExactly("记为两项", "记为一项");
		// recorded meanwhile with nothing lost: the second figure in the item's 说明, not
		// in its title
		assertThat(checklists.item(handoverId, 1).title()).isEqualTo("乡村两级小型水库");
		assertThat(checklists.item(handoverId, 1).details()).isEqualTo("山塘12处");

		String split = String.join("\n", chat.press(departing, "记为两项"));
		assertThat(split).contains("第1项").contains("第2项").contains("12处");
		assertThat(live())
			.extracting(i -> i.seq() + " " + i.title() + " " + i.quantity().toPlainString() + i.quantityUnit() + " "
					+ i.status())
			.containsExactly("1 乡村两级小型水库 4座 ON_HAND", "2 山塘 12处 ON_HAND");
		assertThat(live()).allSatisfy(i -> assertThat(i.said()).isEqualTo("乡村两级小型水库 4座，山塘12处"));
		assertThat(live()).allSatisfy(i -> assertThat(i.details()).as("two items: no second figure to note").isNull());
		assertThat(chat.outcomeOf(card)).contains("记为两项");
		// pressed again, nothing is split twice
		chat.press(departing, card, "记为两项");
		assertThat(live()).hasSize(2);
	}

	@Test
	void twoSumsKeptAsOneItemSayWhereTheSecondStays() {
		goTo("pending");
		String said = String.join("\n", chat.say(departing, "上梅村茶叶初制所改造 推进中 总投资95万元，已拨付60万元"));
		assertThat(said).contains("金额：950,000.00元").contains("“已拨付60万元”记在说明里").contains("是两项吗");
		String kept = String.join("\n", chat.say(departing, "记为一项"));
		assertThat(kept).contains("第1项").contains("一项").contains("说明：已拨付60万元");
		assertThat(live()).singleElement().satisfies(i -> {
			// both figures are on the record: the amount in its field, the second in a
			// labelled note
			assertThat(i.amount()).isEqualByComparingTo("950000");
			assertThat(i.title()).isEqualTo("上梅村茶叶初制所改造");
			assertThat(i.details()).isEqualTo("已拨付60万元");
			assertThat(i.status()).isEqualTo(ItemStatus.IN_PROGRESS);
		});
		assertThat(chat.outcomeOf(chat.lastCard(departing))).contains("记为一项");
	}

	/**
	 * Newcomer 18: after 「不对，期限是明年5月底」 then 「一项就行」 the reply showed 期限：2027-05-31 without
	 * the 「（离任干部已更正，原记为2027-06-30）」 the replies before and after it show.
	 */
	@Test
	void keptAsOneItemAfterACorrectionStillSaysWhatWasFirstRecorded() {
		goTo("pending");
		String said = String.join("\n",
				chat.say(departing, "坑口村至黄柏村通村公路硬化工程 推进中 已完成路基约一半，合同价186万元，已拨付72万元，2027-06-30前完工"));
		assertThat(said).contains("是两项吗");
		String fixed = String.join("\n", chat.say(departing, "不对，期限是2027年5月31日"));
		assertThat(fixed).contains("期限：2027-05-31（离任干部已更正，原记为2027-06-30）");
		String kept = String.join("\n", chat.say(departing, "一项就行"));
		assertThat(kept).contains("记为一项").contains("期限：2027-05-31（离任干部已更正，原记为2027-06-30）");
	}

	@Test
	void aClauseThatDetailsTheFirstIsOneItemAndAsksNothing() {
		goTo("river");
		String said = String.join("\n", chat.say(departing, "村级污水处理设施 9处，其中2处运行不正常"));
		assertThat(said).contains("已记录为第1项").contains("数量：9处").doesNotContain("是两项吗");
		// the clause that details the figure is the item's 说明, not part of its name (#12,
		// newcomer 5, finding 2)
		assertThat(live()).singleElement().satisfies(i -> {
			assertThat(i.title()).isEqualTo("村级污水处理设施");
			assertThat(i.details()).isEqualTo("其中2处运行不正常");
		});
		// a figure of each kind is one item too (涉及17人，欠缴约43万元)
		String both = String.join("\n", chat.say(departing, "原乡农机站职工社保欠缴问题，涉及17人，欠缴约43万元，推进中"));
		assertThat(both).contains("已记录为第2项").doesNotContain("是两项吗");
	}

	@Test
	void aTypedAnswerSplitsToo() {
		goTo("forest");
		chat.say(departing, "生态公益林3.82万亩，商品林7.54万亩");
		String split = String.join("\n", chat.say(departing, "分开记"));
		assertThat(split).contains("第2项");
		assertThat(live()).extracting(i -> i.title() + " " + i.quantity().toPlainString() + i.quantityUnit())
			.containsExactly("生态公益林 38200亩", "商品林 75400亩");
		// the answer once the question is closed is never a new item
		assertThat(String.join("\n", chat.say(departing, "记为两项"))).contains("没有记为新事项");
		assertThat(live()).hasSize(2);
	}

	private List<Item> live() {
		return checklists.items(handoverId);
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
