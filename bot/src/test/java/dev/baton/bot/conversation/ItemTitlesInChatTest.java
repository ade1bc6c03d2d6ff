package dev.baton.bot.conversation;

import java.math.BigDecimal;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an item said in free text reads in the record (#12 newcomer findings C20, C24,
 * C25): its title is what it is, without the figures read into its fields, so correcting
 * the amount leaves no old figure in the title; the words as said are kept (原文, and in
 * the audit log); a date said with 已完成 is when it was done, not a deadline; 清单 says which
 * numbers were withdrawn, so gaps in the numbering are explained.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class ItemTitlesInChatTest {

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

	@Autowired
	JdbcTemplate jdbc;

	long handoverId;

	String departing;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "wuyishan");
		directory.bindIdentity("WEB", ScriptedChat.CORP, "r" + org.departing, org.departing);
		handoverId = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		departing = "r" + org.departing;
		chat.say(departing, "签收");
	}

	@Test
	void theTitleHoldsNoFigureThatACorrectionCouldContradict() {
		String added = String.join("\n", chat.say(departing, "统计执法检查专项资金 已完成 45万元"));
		assertThat(added).contains("第1项 统计执法检查专项资金\n").contains("原文：统计执法检查专项资金 已完成 45万元");
		Item item = checklists.item(handoverId, 1);
		assertThat(item.title()).isEqualTo("统计执法检查专项资金");
		assertThat(item.status()).isEqualTo(ItemStatus.DONE);
		assertThat(item.amount()).isEqualByComparingTo("450000");
		assertThat(item.said()).isEqualTo("统计执法检查专项资金 已完成 45万元");

		String edited = String.join("\n", chat.say(departing, "第1项金额改为54万"));
		assertThat(edited).contains("第1项 统计执法检查专项资金\n").contains("金额：540,000.00元");
		assertThat(checklists.item(handoverId, 1).title()).isEqualTo("统计执法检查专项资金");

		chat.say(departing, "办公用房建筑面积1200平方米");
		Item area = checklists.item(handoverId, 2);
		assertThat(area.title()).isEqualTo("办公用房建筑面积");
		assertThat(area.quantity()).isEqualByComparingTo(new BigDecimal("1200"));
		assertThat(area.quantityUnit()).isEqualTo("平方米");

		// words with no figure in them: the title is all of them, and no 原文 line repeats
		// it
		String plain = String.join("\n", chat.say(departing, "乡村振兴产业规划"));
		assertThat(plain).contains("第3项 乡村振兴产业规划").doesNotContain("原文");
		assertThat(checklists.item(handoverId, 3).said()).isNull();

		// the audit log keeps the words as said beside the title
		assertThat(jdbc
			.queryForList(
					"SELECT detail FROM audit_log WHERE handover_id = ? AND action = 'ITEM_ADDED'" + " ORDER BY seq",
					String.class, handoverId)
			.get(0)).contains("\"said\":\"统计执法检查专项资金 已完成 45万元\"").contains("\"title\":\"统计执法检查专项资金\"");
	}

	@Test
	void aDateSaidWithDoneIsWhenItWasDoneNotADeadline() {
		String added = String.join("\n", chat.say(departing, "机关党支部换届选举 已完成 2026-09-15"));
		assertThat(added).contains("第1项 机关党支部换届选举\n").contains("完成时间：2026-09-15").doesNotContain("期限");
		Item item = checklists.item(handoverId, 1);
		assertThat(item.deadline()).isNull();
		assertThat(item.doneOn()).hasToString("2026-09-15");

		chat.say(departing, "统计大数据平台二期建设，正在推进，2027年3月31日前完成");
		Item work = checklists.item(handoverId, 2);
		assertThat(work.title()).isEqualTo("统计大数据平台二期建设");
		assertThat(work.deadline()).hasToString("2027-03-31");
		assertThat(work.doneOn()).isNull();
		assertThat(String.join("\n", chat.say(departing, "第2项"))).contains("期限：2027-03-31");
	}

	@Test
	void theChecklistSaysWhichNumbersWereWithdrawn() {
		for (String said : List.of("乡村振兴产业规划", "老李，下午三点的会改到四点了", "安置房二期", "汛期山体滑坡隐患点")) {
			chat.say(departing, said);
			chat.say(departing, "推进中");
		}
		chat.say(departing, "删除第2项");
		chat.say(departing, "删除第3项");
		String list = String.join("\n", chat.say(departing, "清单"));
		assertThat(list).contains("（第2、3项已删除或撤销，编号不再使用）");
		assertThat(list.split("编号不再使用", -1)).as("said once").hasSize(2);
	}

}
