package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer pass 3, findings 15 and 23: the audit department rules as people talk.
 * <ul>
 * <li>"第1项我们去银行核实了，12月4日基本户实际余额1198467.89元，差额是…劳务费，按1198467.89元更正" (a date, two figures,
 * a long story) gets the ruling card, not "没有听懂"; its figure is the one after 按 / 更正为 /
 * 应为, not the first in the sentence ("差额36100元…余额按1198467.89元更正" corrects to
 * 1198467.89).</li>
 * <li>A quantity item's ruling example is in its unit (应为××台), in the notice and in help,
 * never money.</li>
 * </ul>
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class RulingsAsSaidInChatTest {

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
	Checklists checklists;

	@Autowired
	ConfirmationService confirmation;

	@Autowired
	Outbox outbox;

	@Autowired
	NotificationRenderer renderer;

	@Autowired
	JsonMapper json;

	TestOrg org;

	long h;

	String audit;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		audit = "a" + org.auditReviewer;
		directory.bindIdentity("WEB", ScriptedChat.CORP, audit, org.auditReviewer);
		h = staged.confirming(org, "shizuishan", List.of(Stated.balance("基本户银行存款余额", "1234567.89"),
				Stated.onHand("台式电脑和笔记本共计", "128", "台"), Stated.balance("应收市社保中心代垫职工社保费", "32000")));
		var successor = org.actor(org.successor);
		confirmation.dispute(successor, h, 1, "我看了12月4日的银行对账单，基本户余额是119.85万元左右");
		confirmation.dispute(successor, h, 2, "资产卡片上只有121台，另外7台已经报废但没有核销");
		confirmation.dispute(successor, h, 3, "社保中心对账是2.9万元");
	}

	@Test
	void aLongRulingInWordsGetsTheCardAndRulesTheFigureAfterAn() {
		String asked = say(audit, "第1项我们去银行核实了，12月4日基本户实际余额1198467.89元，差额是12月初支付的统计调查劳务费，按1198467.89元更正");
		// the note is the reasoning: the last clause only repeated the figure (#12,
		// newcomer
		// 16, finding 11)
		assertThat(asked).doesNotContain("没有听懂")
			.contains("裁定 1 更正 我们去银行核实了，12月4日基本户实际余额1198467.89元，差额是12月初支付的统计调查劳务费")
			.doesNotContain("按1198467.89元更正");
		assertThat(String.join("\n", chat.press(audit, "确认"))).contains("1,198,467.89元");
		assertThat(checklists.item(h, 1).amount()).isEqualByComparingTo("1198467.89");

		// the figure after 按 / 应为 rules, not the first one in the sentence
		assertThat(say(audit, "裁定 3 更正 多计了3000元，应为2.9万元")).contains("29,000.00元");
		assertThat(checklists.item(h, 3).amount()).isEqualByComparingTo("29000");
	}

	@Test
	void aQuantityItemsRulingExampleIsInItsUnit() {
		List<String> toAudit = outbox.forHandover(h)
			.stream()
			.filter(m -> m.event() == OutboxEvent.ITEM_DISPUTED
					&& Long.valueOf(org.auditReviewer).equals(m.recipientId()))
			.map(m -> renderer.render(m.event(), json.readTree(m.payload())))
			.toList();
		assertThat(toAudit).hasSize(3);
		// one neutral form: a placeholder in the item's unit, never the disputed figure
		// (#12 newcomer 6, finding 15)
		assertThat(toAudit.get(1)).contains("第2项")
			.contains("裁定 2 更正 应为××台")
			.doesNotContain("万元")
			.doesNotContain("应为121台");
		assertThat(toAudit.get(0)).contains("裁定 1 更正 应为××元");
		// help names each disputed item's example in its own unit
		String help = say(audit, "帮助");
		assertThat(help).contains("裁定 2").containsPattern("第2项[^\\n]*应为××台");
		assertThat(help).doesNotContainPattern("第2项[^\\n]*万元");
		// a ruling in words on the quantity item rules its figure in its unit
		assertThat(say(audit, "第2项核实了，原记128台有误，按121台更正")).contains("裁定 2 更正");
		assertThat(String.join("\n", chat.press(audit, "确认"))).contains("121台");
		assertThat(checklists.item(h, 2).quantity()).isEqualByComparingTo("121");
	}

	private String say(String user, String text) {
		return String.join("\n", chat.say(user, text));
	}

}
