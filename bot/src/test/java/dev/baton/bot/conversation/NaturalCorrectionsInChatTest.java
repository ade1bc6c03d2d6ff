package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12 newcomer pass: the departing official puts entries right in their own words, and a
 * message about an item is never recorded as a new one: 发错了，这条撤回 undoes, 第3项其实还没启动 sets
 * the status, 第1项金额写错了，应该是54万 the amount; what names an item but cannot be read
 * (第18项也是，单位平方米) and a measure with no unit (办公用房总面积 3250) are answered with how to say
 * it, and nothing changes.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class NaturalCorrectionsInChatTest {

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
	AuditLog audit;

	TestOrg org;

	long handoverId;

	String departing;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "wuyishan");
		for (long official : List.of(org.departing, org.auditReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "c" + official, official);
		}
		handoverId = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		departing = "c" + org.departing;
		chat.say(departing, "签收");
	}

	@Test
	void messagesAboutItemsAreNeverNewItems() {
		goTo("pending");
		chat.say(departing, "安置房二期 推进中");
		chat.say(departing, "统计平台二期 2026年底完成 45万元 推进中");
		chat.say(departing, "下午三点的会改到四点了");
		assertThat(chat.say(departing, "发错了，这条撤回")).singleElement().asString().contains("已撤销").contains("第3项");
		assertThat(chat.say(departing, "第1项其实还没启动")).singleElement().asString().contains("第1项").contains("未启动");
		assertThat(checklists.item(handoverId, 1).status()).isEqualTo(ItemStatus.NOT_STARTED);
		assertThat(chat.say(departing, "第2项金额写错了，应该是54万")).singleElement().asString().contains("第2项");
		assertThat(checklists.item(handoverId, 2).amount()).isEqualByComparingTo("540000");

		List<Item> before = checklists.items(handoverId);
		assertThat(chat.say(departing, "第18项也是，单位平方米")).singleElement()
			.asString()
			.contains("没有记为新事项")
			.contains("第18项")
			.contains("第18项期限改为2027-05-31");
		assertThat(chat.say(departing, "写错了，那个是去年的数")).singleElement().asString().contains("没有记为新事项");
		assertThat(chat.say(departing, "办公用房总面积 3250")).singleElement().asString().contains("没有写单位").contains("3250");
		assertThat(chat.say(departing, "机关院内绿化面积1.2万")).singleElement().asString().contains("没有写单位");
		assertThat(checklists.items(handoverId)).hasSameSizeAs(before);
		assertThat(chat.say(departing, "办公用房总面积 3250平方米")).first().asString().contains("3250");
		assertThat(checklists.items(handoverId)).hasSize(before.size() + 1);
	}

	@Test
	void aStatusAloneAnswersTheItemWithoutOneAndIsNeverAnItem() {
		goTo("pending");
		chat.say(departing, "梅溪河护岸工程 总投资860万元");
		chat.say(departing, "茶叶初制所改造 推进中 95万元");
		assertThat(chat.say(departing, "推进中")).first().asString().contains("第1项").contains("推进中");
		assertThat(checklists.item(handoverId, 1).status()).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(checklists.items(handoverId)).hasSize(2);

		chat.say(departing, "老年食堂 10万元");
		chat.say(departing, "卫生院改造 180万元");
		chat.say(departing, "村道硬化 推进中");
		assertThat(chat.say(departing, "还没开始")).singleElement().asString().contains("第3项、第4项").contains("第3项状态改为未启动");
		assertThat(checklists.items(handoverId)).hasSize(5);
		assertThat(checklists.item(handoverId, 3).status()).isNull();
		assertThat(checklists.item(handoverId, 4).status()).isNull();

		chat.say(departing, "第3项状态改为已完成");
		chat.say(departing, "第4项状态改为推进中");
		assertThat(chat.say(departing, "是现状")).singleElement().asString().contains("状态改为");
		assertThat(checklists.items(handoverId)).hasSize(5);

		assertThat(chat.say(departing, "还有一个，答应群众的梅溪村老年食堂，已完成")).first().asString().contains("第6项");
		assertThat(checklists.item(handoverId, 6).title()).doesNotContain("还有").contains("梅溪村老年食堂");
		assertThat(chat.say(departing, "第3项完工时间是2027年5月31日")).first().asString().contains("第3项");
		assertThat(checklists.item(handoverId, 3).deadline()).isEqualTo(java.time.LocalDate.of(2027, 5, 31));
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
