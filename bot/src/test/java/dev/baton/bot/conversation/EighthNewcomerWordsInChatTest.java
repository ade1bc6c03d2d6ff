package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 8: 上梅乡 and 石嘴山市统计局 driven through the web chat. A reviewer's "不是，我问问而已"
 * to the return card returned the checklist with "我问问而已" as its comment; "本部分无" right
 * after 提交 got a drafting reply while the handover was in review; "…我没什么要改的，重新送审" after a
 * return became an item; a ruling that corrected a deadline left the item's date as it
 * was.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, dev.baton.bot.StagedHandovers.class })
class EighthNewcomerWordsInChatTest {

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
	Checklists checklists;

	@Autowired
	Disputes disputes;

	@Autowired
	dev.baton.bot.StagedHandovers staged;

	@Autowired
	dev.baton.bot.outbox.Outbox outbox;

	@Autowired
	dev.baton.bot.delivery.NotificationRenderer renderer;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	@Autowired
	dev.baton.bot.documents.HandoverDocuments documents;

	TestOrg org;

	long handoverId;

	String departing;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		handoverId = steps().openAndSign(org, List.of(org.departing, org.successor, org.organizationReviewer,
				org.disciplineReviewer, org.financeReviewer, org.auditReviewer));
		departing = user(org.departing);
	}

	@Test
	void aNoWithMoreWordsToAYesNoCardIsANo() {
		chat.say(departing, "统计执法检查专项资金 已完成 45万元");
		chat.say(departing, "统计数据质量提升三年行动 推进中 2028-12-31");
		// the undo card: "不用了，留着吧" takes nothing back
		chat.say(departing, "好的");
		chat.say(departing, "撤销");
		assertThat(chat.lastCard(departing).title()).isEqualTo("请确认您的意思");
		List<String> said = chat.say(departing, "不用了，留着吧");
		assertThat(String.join("\n", said)).contains("没有办理").contains("现在您可以");
		assertThat(checklists.items(handoverId)).hasSize(2);
		toReview();

		// a reviewer's question about item 2, offered as a return: "不是，我问问而已" returns
		// nothing
		String finance = user(org.financeReviewer);
		chat.say(finance, "第2项期限写到2028年，是不是太长了？");
		assertThat(chat.lastCard(finance).body()).contains("退回");
		said = chat.say(finance, "不是，我问问而已");
		String reply = String.join("\n", said);
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.IN_REVIEW);
		assertThat(records.find(handoverId).reviewRound()).isEqualTo(1);
		assertThat(reply).contains("没有退回").contains("第2项").contains("退回 第2项").contains("通过").doesNotContain("已代表");
		// the other reviewers still review this round
		assertThat(String.join("\n", chat.say(user(org.organizationReviewer), "通过"))).contains("已代表组织部门审核通过");
		// and she can still approve
		assertThat(String.join("\n", chat.say(finance, "通过"))).contains("已代表财政部门审核通过");
	}

	@Test
	void aNoWithMoreWordsToTheRulingCardRulesNothing() {
		chat.say(departing, "局机关基本账户余额 现状 83.2万元");
		toConfirming();
		String successor = user(org.successor);
		chat.say(successor, "清单");
		chat.say(successor, "异议 1 账上是80万");
		String audit = user(org.auditReviewer);
		chat.say(audit, "第1项按80万元更正");
		assertThat(chat.lastCard(audit).body()).contains("裁定");
		List<String> said = chat.say(audit, "不是，我再核实一下");
		assertThat(String.join("\n", said)).contains("没有");
		assertThat(disputes.forHandover(handoverId)).allSatisfy(d -> assertThat(d.ruling()).isNull());
		assertThat(checklists.item(handoverId, 1).amount()).isEqualByComparingTo("832000");
	}

	@Test
	void aSectionReplyAfterSubmittingIsNoDraftingReply() {
		List<Section> sections = checklists.sections(handoverId);
		Section economic = sections.stream().filter(x -> x.code().equals("economic")).findFirst().orElseThrow();
		for (int i = 1; i < economic.position(); i++) {
			chat.say(departing, "本部分无");
		}
		chat.say(departing, "局机关基本账户余额 现状 83.2万元");
		for (int i = 0; i < sections.size() && !chat.say(departing, "本部分无").get(0).contains("最后一部分"); i++) {
			// sections before the last one with items declared empty; the one with an
			// item moves on
		}
		assertThat(String.join("\n", chat.say(departing, "提交"))).contains("已提交");
		List<String> said = chat.say(departing, "本部分无");
		String reply = String.join("\n", said);
		assertThat(reply).doesNotContain("已填好").doesNotContain("现在填写").contains("审核");
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.IN_REVIEW);
		assertThat(String.join("\n", chat.say(departing, "下一个"))).doesNotContain("现在填写");
		assertThat(sections).isNotEmpty();
	}

	@Test
	void theResubmitWordsAfterAReturnResubmitNeverAnItem() {
		chat.say(departing, "统计数据质量提升三年行动 推进中 2028-12-31");
		toReview();
		chat.say(user(org.financeReviewer), "退回 第1项 请说明期限依据");
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.DRAFTING);
		List<String> said = chat.say(departing, "财政那边好像是误退的，我没什么要改的，重新送审");
		assertThat(checklists.items(handoverId)).hasSize(1);
		assertThat(String.join("\n", said)).doesNotContain("已记录为第2项");
		// asked: a yes resubmits
		if (records.find(handoverId).state() == HandoverState.DRAFTING) {
			assertThat(String.join("\n", said)).contains("重新送审");
			chat.say(departing, "是的");
		}
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.IN_REVIEW);
		assertThat(records.find(handoverId).reviewRound()).isEqualTo(2);
		assertThat(checklists.items(handoverId)).hasSize(1);
	}

	@Test
	void aRulingCorrectsADeadlineAsItCorrectsAnAmount() {
		chat.say(departing, "统计数据质量提升三年行动 推进中 2028-12-31");
		toConfirming();
		String successor = user(org.successor);
		chat.say(successor, "清单");
		assertThat(String.join("\n", chat.say(successor, "异议 1 三年行动方案批的是到2027年底，不是2028年"))).contains("已对第1项提出异议");
		// the ruling department's example fits the item: a date, never money, for an item
		// with no amount
		assertThat(outbox.forHandover(handoverId)
			.stream()
			.filter(m -> m.event() == dev.baton.bot.outbox.OutboxEvent.ITEM_DISPUTED
					&& m.recipientId() == org.auditReviewer)
			.map(m -> renderer.render(m.event(), json.readTree(m.payload())))
			.toList()).anySatisfy(text -> assertThat(text).doesNotContain("××元").contains("应为××××年××月××日"));

		String audit = user(org.auditReviewer);
		List<String> said = chat.say(audit, "裁定 1 更正 经核对市政府批复文件，期限应为2027年12月31日");
		assertThat(String.join("\n", said)).contains("由2028-12-31更正为2027-12-31").doesNotContain("保持原值");
		assertThat(checklists.item(handoverId, 1).deadline()).isEqualTo(LocalDate.of(2027, 12, 31));
		// both parties are told from what to what
		assertThat(outbox.forHandover(handoverId)
			.stream()
			.filter(m -> m.event() == dev.baton.bot.outbox.OutboxEvent.DISPUTE_RULED
					&& m.recipientId() == org.departing)
			.map(m -> renderer.render(m.event(), json.readTree(m.payload())))
			.toList()).anySatisfy(text -> assertThat(text).contains("由2028-12-31更正为2027-12-31"));
		// a ruling is final: the departing official's 撤销 never takes it back
		staged.signAll(org, "shizuishan", handoverId);
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.ARCHIVED);
		assertThat(checklists.item(handoverId, 1).deadline()).isEqualTo(LocalDate.of(2027, 12, 31));
		// the 交接书 shows the ruled date and the one stated, as for an amount
		var row = documents.of(records.find(handoverId))
			.sections()
			.stream()
			.flatMap(b -> b.items().stream())
			.filter(r -> r.seq() == 1)
			.findFirst()
			.orElseThrow();
		assertThat(row.deadline()).isEqualTo(LocalDate.of(2027, 12, 31));
		assertThat(row.changes()).extracting(dev.baton.bot.documents.HandoverDocument.Change::sentence)
			.contains("更正：期限原记2028-12-31，已更正为2027-12-31（审计裁定更正）");
	}

	@Test
	void theRulingCardShowsTheDateACorrectionWillWrite() {
		chat.say(departing, "统计数据质量提升三年行动 推进中 2028-12-31");
		toConfirming();
		String successor = user(org.successor);
		chat.say(successor, "清单");
		chat.say(successor, "异议 1 三年行动方案批的是到2027年底，不是2028年");
		String audit = user(org.auditReviewer);
		chat.say(audit, "第1项经核对市政府批复文件，期限应为2027年12月31日，按此更正");
		// the card before the yes says what the yes will write, and never that the item
		// keeps its value
		assertThat(chat.lastCard(audit).body()).contains("将由2028-12-31更正为2027-12-31").doesNotContain("保持原值");
		assertThat(checklists.item(handoverId, 1).deadline()).isEqualTo(LocalDate.of(2028, 12, 31));
		assertThat(String.join("\n", chat.say(audit, "是的"))).contains("由2028-12-31更正为2027-12-31");
		assertThat(checklists.item(handoverId, 1).deadline()).isEqualTo(LocalDate.of(2027, 12, 31));
	}

	@Test
	void severalItemsToldApartAndTheFocusKeptAndTheSigningCodeExplained() {
		for (String item : List.of("统计执法检查专项资金 已完成 45万元", "统计数据质量提升三年行动 推进中 2028-12-31", "局机关基本账户余额 现状 83.2万元",
				"统计档案库房 现状 860平方米")) {
			chat.say(departing, item);
		}
		toConfirming();
		String successor = user(org.successor);
		// two items said at once: nothing filed, and how to dispute them one at a time
		// (finding 5)
		List<String> said = chat.say(successor, "第1项和第2项都不对");
		assertThat(String.join("\n", said)).contains("什么也没有做").contains("一项一项").contains("异议 1 理由");
		assertThat(disputes.forHandover(handoverId)).isEmpty();

		// another item acted on while item 2's card is open: back to the first item still
		// to confirm (finding 6)
		chat.say(successor, "清单");
		chat.say(successor, "好的");
		assertThat(chat.lastCard(successor).title()).contains("第2项");
		said = chat.say(successor, "第4项面积不对，应该是800平方米");
		assertThat(String.join("\n", said)).contains("已对第4项提出异议");
		assertThat(chat.lastCard(successor).title()).contains("第2项");
		chat.say(successor, "好的");
		chat.say(successor, "好的");
		assertThat(checklists.item(handoverId, 3).confirmation()).isEqualTo(Confirmation.CONFIRMED);
		chat.say(user(org.auditReviewer), "裁定 4 维持 经核实面积860平方米无误");

		// a wrong signing code: how to go on (finding 8)
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.SIGNING);
		String code = chat.say(departing, "签字").get(0).replaceAll("[^0-9]", "").substring(0, 6);
		String wrong = code.charAt(0) == '9' ? "1" + code.substring(1)
				: (char) (code.charAt(0) + 1) + code.substring(1);
		said = chat.say(departing, "签字 " + wrong);
		assertThat(String.join("\n", said)).contains("签字码不正确").contains("回复“签字”重新获取");
	}

	private void toReview() {
		steps().submitTheRestEmpty(handoverId, departing);
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.IN_REVIEW);
	}

	private void toConfirming() {
		toReview();
		steps().approveAsEveryReviewer(org);
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.CONFIRMING);
	}

	private void goTo(String code) {
		steps().goTo(handoverId, departing, code);
	}

	private static String user(long official) {
		return ChatSteps.user(official);
	}

	private ChatSteps steps() {
		return new ChatSteps(chat, directory, handovers, checklists);
	}

}
