package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.conversation.ChatSteps.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, what newcomer 9's documents check and the eleventh talk found in the words kept:
 * filler that opens an item ("局里今年的重点是…", "乡内有…") stayed in its title; the counterparty
 * of "欠宁夏信达软件公司系统运维费 38万 还没付" was left empty (the 交接书's 对方单位 blank), and could not be
 * corrected as 对方单位; the answer to a dispute named 审计部门 whoever the handover's policy has
 * rule.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class EleventhTalkWordsInChatTest {

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
	StagedHandovers staged;

	@Autowired
	JdbcTemplate jdbc;

	TestOrg org;

	long handoverId;

	String departing;

	private void open(String seed) {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, seed);
		handoverId = steps().openAndSign(org, List.of(org.departing, org.successor, org.organizer));
		departing = user(org.departing);
	}

	private ChatSteps steps() {
		return new ChatSteps(chat, directory, handovers, checklists);
	}

	@Test
	void wordsThatOpenAnItemLeaveItsTitleAndStayInItsWordsAsSaid() {
		open("shizuishan");
		say("局里今年的重点是统计数据质量提升三年行动 推进中 2027年6月底前完成");
		say("乡内有县级文物保护单位3处");
		say("我们这里还有一座小型水库 现状");
		say("还有一个统计执法检查专项行动 推进中");
		say("目前最要紧的是第五次经济普查数据质量核查 推进中");
		// words that only look like an opener stay: 有线 is a word, and nothing would be
		// left of "今年是"
		say("有线电视网络改造 未启动");
		List<Item> items = checklists.items(handoverId);
		assertThat(items).extracting(Item::title)
			.containsExactly("统计数据质量提升三年行动", "县级文物保护单位", "小型水库", "统计执法检查专项行动", "第五次经济普查数据质量核查", "有线电视网络改造");
		// the words as said are kept beside the title (原文)
		assertThat(items.get(0).said()).isEqualTo("局里今年的重点是统计数据质量提升三年行动 推进中 2027年6月底前完成");
		assertThat(items.get(1).said()).isEqualTo("乡内有县级文物保护单位3处");
		assertThat(items.get(1).quantity()).isEqualByComparingTo("3");
		assertThat(String.join("\n", chat.say(departing, "第1项"))).contains("统计数据质量提升三年行动")
			.contains("原文：局里今年的重点是统计数据质量提升三年行动");
	}

	@Test
	void theCounterpartyIsReadFromTheWordsShownOnTheCardAndCanBeCorrectedOrCleared() {
		open("shizuishan");
		steps().goTo(handoverId, departing, "economic");
		String card = say("欠宁夏信达软件公司系统运维费 38万 还没付");
		assertThat(card).contains("对方：宁夏信达软件公司");
		say("与福建建工签订的敬老院工程合同，尾款36.5万元 推进中");
		say("向县农村信用社借款200万元 推进中");
		say("县农商银行贷款余额120万元 现状");
		// the unit's own account names no counterparty
		say("局机关基本账户余额86.5万元 现状");
		List<Item> items = checklists.items(handoverId);
		assertThat(items).extracting(Item::counterparty).containsExactly("宁夏信达软件公司", "福建建工", "县农村信用社", "县农商银行", null);
		// corrected as 对方单位, and cleared
		assertThat(say("第1项对方单位改为宁夏信达科技有限公司")).contains("宁夏信达科技有限公司");
		assertThat(checklists.item(handoverId, 1).counterparty()).isEqualTo("宁夏信达科技有限公司");
		say("第2项对方单位改为无");
		assertThat(checklists.item(handoverId, 2).counterparty()).isNull();
		assertThat(checklists.item(handoverId, 2).amount()).isEqualByComparingTo("365000");
	}

	@Test
	void aDisputesAnswerNamesTheDepartmentThatRulesUnderTheHandoversPolicy() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.departing, org.successor)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		handoverId = staged.confirming(org, "shizuishan",
				List.of(Stated.balance("局机关基本账户余额", "832000"), Stated.work("统计信息化平台二期建设")));
		String successor = user(org.successor);
		assertThat(String.join("\n", chat.say(successor, "异议 1 余额与对账单不符"))).contains("已转审计部门裁定");
		// the same handover under a policy whose finance department rules: 财政部门 is named,
		// not 审计
		jdbc.update("UPDATE handover SET policy_snapshot = REPLACE(policy_snapshot, '\"disputeRuler\":\"AUDIT\"',"
				+ " '\"disputeRuler\":\"FINANCE\"') WHERE id = ?", handoverId);
		assertThat(jdbc.queryForObject("SELECT policy_snapshot FROM handover WHERE id = ?", String.class, handoverId))
			.contains("\"disputeRuler\":\"FINANCE\"");
		String said = String.join("\n", chat.say(successor, "异议 2 二期还没验收"));
		assertThat(said).contains("已转财政部门裁定").doesNotContain("审计");
	}

	private String say(String text) {
		return String.join("\n", chat.say(departing, text));
	}

}
