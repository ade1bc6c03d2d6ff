package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.outbox.OutboxMessage;
import dev.baton.integrations.chat.OutboundMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 20a (chat, 石嘴山市水务局): the successor's walk through the items goes back to the
 * first item still to confirm, one card live at a time (finding 8); a no typed to Baton's
 * questions answers their cards, and a press after is told so once (finding 10); replies
 * that end a flow say what comes next (findings 3 and 14).
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class TwentiethNewcomerInChatTest {

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
	Disputes disputes;

	@Autowired
	ConfirmationService confirmation;

	@Autowired
	Outbox outbox;

	private TestOrg bound() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.successor, org.departing, org.auditReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "p" + official, official);
		}
		return org;
	}

	/**
	 * Finding 8: item 3 shown and disputed while item 1's card waited; the next card was
	 * item 4's, and a 确认 then confirmed item 4, not item 1. The walk goes back to item 1,
	 * and one card is live at a time.
	 */
	@Test
	void afterDisputingAnItemShownOutOfTurnTheWalkGoesBackToTheFirstItemStillToConfirm() {
		TestOrg org = bound();
		long id = staged.confirming(org, "shizuishan", List.of(Stated.work("星海湖生态补水工程"), Stated.work("第三水厂扩建工程"),
				Stated.work("城区雨污分流管网改造"), Stated.work("引黄灌区节水改造")));
		String successor = "p" + org.successor;
		chat.say(successor, "清单");
		assertThat(chat.lastCard(successor).cardId()).startsWith("confirm-" + id + "-1-");
		chat.say(successor, "第3项");
		assertThat(chat.lastCard(successor).cardId()).startsWith("confirm-" + id + "-3-");

		chat.say(successor, "异议 3 合同约定的完工时间不对");
		assertThat(checklists.item(id, 3).confirmation()).isEqualTo(Confirmation.DISPUTED);
		assertThat(chat.cards(successor)).noneMatch(c -> c.cardId().startsWith("confirm-" + id + "-4-"));

		chat.say(successor, "确认");
		assertThat(checklists.item(id, 1).confirmation()).isEqualTo(Confirmation.CONFIRMED);
		assertThat(checklists.item(id, 4).confirmation()).isEqualTo(Confirmation.PENDING);
		assertThat(
				chat.cards(successor).stream().filter(c -> chat.outcomeOf(c) == null).map(OutboundMessage.Card::cardId))
			.singleElement()
			.asString()
			.startsWith("confirm-" + id + "-2-");
	}

	/**
	 * Finding 10: two questions on cards waited, a 不是 was typed; it answered them, yet
	 * neither card showed it, and each card's 不是 pressed afterwards answered again. The
	 * typed no settles both; a press after says the card was answered, once.
	 */
	@Test
	void aNoTypedToTwoOpenQuestionsAnswersBothCardsAndAPressAfterIsToldSo() {
		TestOrg org = bound();
		long id = staged.confirming(org, "shizuishan",
				List.of(Stated.work("统计数据平台二期"), Stated.done("全市经济普查工作"), Stated.work("合同是2024年签的")));
		String successor = "p" + org.successor;
		chat.say(successor, "清单");
		chat.say(successor, "第3项这条看不懂，这不是一个交接事项");
		OutboundMessage.Card first = chat.lastCard(successor);
		chat.say(successor, "第2项这条看不懂，跟实际不一样");
		OutboundMessage.Card second = chat.lastCard(successor);
		assertThat(second.cardId()).isNotEqualTo(first.cardId());
		assertThat(first.buttons()).extracting(b -> b.label()).contains("不是");
		assertThat(second.buttons()).extracting(b -> b.label()).contains("不是");

		assertThat(String.join("\n", chat.say(successor, "不是"))).contains("好的，没有办理，也没有记录任何内容");
		assertThat(chat.outcomeOf(first)).isEqualTo("已选择“不是”，未办理");
		assertThat(chat.outcomeOf(second)).isEqualTo("已选择“不是”，未办理");

		String answered = "这张卡片已经处理过（已选择“不是”，未办理），这次没有办理。";
		assertThat(String.join("\n", chat.press(successor, first, "不是"))).isEqualTo(answered);
		assertThat(String.join("\n", chat.press(successor, second, "不是"))).isEqualTo(answered);
		assertThat(disputes.forHandover(id)).isEmpty();
	}

	/** Finding 3: 「这两项都是现状」 said the statuses and nothing of what comes next. */
	@Test
	void theStatusOfSeveralItemsSaysWhatComesNext() {
		TestOrg org = bound();
		handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER));
		String departing = "p" + org.departing;
		chat.say(departing, "收到了，签收");
		chat.say(departing, "城区供水管网改造");
		chat.say(departing, "老旧小区改造");

		String said = String.join("\n", chat.say(departing, "这两项都是现状"));

		assertThat(said).contains("第1项、第2项的状态都已记为现状。\n").containsAnyOf("“下一个”", "“提交”");
	}

	/**
	 * Finding 14: a ruling left the ruler with nothing about what came next (another
	 * dispute to rule, then the signature now due).
	 */
	@Test
	void aRulingSaysWhatWaitsOnTheRulerNext() {
		TestOrg org = bound();
		long id = staged.confirming(org, "shizuishan",
				List.of(Stated.balance("单位基本账户余额", "865000"), Stated.onHand("防汛物资仓库编织袋", "20000", "条")));
		confirmation.dispute(org.actor(org.successor), id, 1, "余额不对，我看账上是83.2万");
		confirmation.dispute(org.actor(org.successor), id, 2, "仓库里只有1.8万条");
		String audit = "p" + org.auditReviewer;

		String first = String.join("\n", chat.say(audit, "裁定 1 维持 经核对银行对账单无误"));
		assertThat(first).contains("已对第1项作出裁定").contains("接下来：").contains("裁定 2 维持");

		// newcomer 24, finding 12: the last ruling opens signing, and the 【请签字】 notice
		// queued to the ruler (a signer) by that ruling says the step; the reply does not
		// say it a second time
		String last = String.join("\n", chat.say(audit, "裁定 2 维持 经现场盘点无误"));
		assertThat(last).contains("已对第2项作出裁定").doesNotContain("接下来").doesNotContain("签字码");
		assertThat(outbox.forHandover(id)).filteredOn(m -> m.event() == OutboxEvent.SIGNING_REQUESTED)
			.extracting(OutboxMessage::recipientId)
			.containsOnlyOnce(org.auditReviewer);
	}

	/**
	 * Newcomer 24, finding 12: the one-time code was 签字码 in the replies and 一次性验证码 in the
	 * 【请签字】 notice; one word for it in every text.
	 */
	@Test
	void theOneTimeCodeHasOneName() throws java.io.IOException {
		for (String bundle : List.of("/messages.properties", "/messages_en.properties")) {
			java.util.Properties texts = new java.util.Properties();
			try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream(bundle),
					java.nio.charset.StandardCharsets.UTF_8)) {
				texts.load(in);
			}
			assertThat(texts.stringPropertyNames()).as(bundle)
				.filteredOn(key -> texts.getProperty(key).matches("(?s).*(验证码|one-time code).*"))
				.isEmpty();
			assertThat(texts.getProperty("notify.SIGNING_REQUESTED")).as(bundle)
				.containsAnyOf("一次性签字码", "one-time signing code");
		}
	}

	/**
	 * Finding 14: a progress report taken back, and a step's deadline changed, ended with
	 * "已告知组织部门" and nothing about what comes next.
	 */
	@Test
	void aReportTakenBackAndADeadlineChangedSayWhatComesNext() {
		TestOrg org = bound();
		staged.archived(org, "shizuishan",
				List.of(Stated.work("统计数据平台二期"), Stated.unfinishedMoney("欠宁夏信达软件公司系统运维费", "380000")));
		String successor = "p" + org.successor;
		chat.say(successor, "第1项统计平台：明年1月15日前完成系统联调；明年3月底前完成验收");
		chat.say(successor, "第2项运维费：12月底前付清");
		assertThat(String.join("\n", chat.say(successor, "进展 1.1 联调完成了一半"))).contains("步骤1.1");

		String undone = String.join("\n", chat.say(successor, "撤销"));
		assertThat(undone).contains("已撤回您对步骤1.1").contains("接下来：").contains("回复“进展 ");

		String moved = String.join("\n", chat.say(successor, "步骤1.1的期限改为2027-01-29"));
		assertThat(moved).contains("的期限由").contains("接下来：").contains("回复“进展 ");
	}

}
