package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.checklist.Item;
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
 * #12, newcomer 7: 上梅乡 driven through the web chat. An item number said beats the card in
 * focus (a dispute of 第7项 was filed against item 2, whose card was shown); 这条不算 after a
 * stray 好的 undid an older change; an as-of date stayed in a title; the next-step prompt
 * came before the status card; every item was offered "金额改为…".
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class SeventhNewcomerWordsInChatTest {

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
	org.springframework.context.MessageSource messages;

	TestOrg org;

	long handoverId;

	String departing;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "wuyishan");
		handoverId = steps().openAndSign(org, List.of(org.departing, org.successor, org.organizationReviewer,
				org.disciplineReviewer, org.financeReviewer, org.auditReviewer));
		departing = user(org.departing);
	}

	@Test
	void anItemNumberSaidBeatsTheCardInFocus() {
		chat.say(departing, "茶旅融合产业规划 已完成");
		chat.say(departing, "乡村振兴示范村创建 推进中 2027-12-31");
		chat.say(departing, "乡财政所基本账户余额 现状 86.5万元");
		chat.say(departing, "乡敬老院改造 推进中 38万元");
		// while drafting, "第3项不对，是83.2万" puts item 3 right, whatever item is in focus
		// (item 4 was just recorded)
		List<String> said = chat.say(departing, "第3项不对，是83.2万");
		assertThat(said).first().asString().contains("第3项");
		assertThat(checklists.item(handoverId, 3).amount()).isEqualByComparingTo("832000");
		assertThat(checklists.item(handoverId, 4).amount()).isEqualByComparingTo("380000");
		toConfirming();

		String successor = user(org.successor);
		chat.say(successor, "清单");
		chat.say(successor, "好的"); // item 1 confirmed; item 2's card is shown
		assertThat(chat.lastCard(successor).title()).contains("第2项");
		said = chat.say(successor, "第3项余额不对，我看账上是83.2万");
		assertThat(String.join("\n", said)).contains("已对第3项提出异议").doesNotContain("第2项提出异议");
		assertThat(checklists.item(handoverId, 3).confirmation()).isEqualTo(Confirmation.DISPUTED);
		assertThat(checklists.item(handoverId, 2).confirmation()).isEqualTo(Confirmation.PENDING);
		assertThat(disputes.forHandover(handoverId)).hasSize(1)
			.allSatisfy(d -> assertThat(d.reason()).contains("83.2万"));

		// after acting on another item than the one in focus, back to the first still to
		// confirm (newcomer 8, finding 6)
		assertThat(chat.lastCard(successor).title()).contains("第2项");
		chat.say(successor, "下一个");
		// two items named and the card on a third (item 4's, next after skipping item 2):
		// asked which, nothing done
		assertThat(chat.lastCard(successor).title()).contains("第4项");
		said = chat.say(successor, "第1项和第2项金额都不对");
		assertThat(String.join("\n", said)).contains("第1项、第2项").contains("第4项").doesNotContain("已对");
		assertThat(checklists.item(handoverId, 2).confirmation()).isEqualTo(Confirmation.PENDING);
		assertThat(checklists.item(handoverId, 4).confirmation()).isEqualTo(Confirmation.PENDING);

		// the reason asked for item 4 that names another item is not filed against item 4
		// unasked: asked first
		chat.press(successor, "有异议");
		said = chat.say(successor, "第2项金额不对，应该是36万");
		assertThat(checklists.item(handoverId, 4).confirmation()).isEqualTo(Confirmation.PENDING);
		assertThat(checklists.item(handoverId, 2).confirmation()).isEqualTo(Confirmation.PENDING);
		assertThat(String.join("\n", said)).contains("第2项");
		assertThat(disputes.forHandover(handoverId)).hasSize(1);
		// a yes files it against item 2, with the words as its reason
		said = chat.say(successor, "是的");
		assertThat(String.join("\n", said)).contains("已对第2项提出异议");
		assertThat(checklists.item(handoverId, 2).confirmation()).isEqualTo(Confirmation.DISPUTED);
		assertThat(checklists.item(handoverId, 4).confirmation()).isEqualTo(Confirmation.PENDING);
		assertThat(disputes.forHandover(handoverId)).hasSize(2)
			.anySatisfy(d -> assertThat(d.reason()).isEqualTo("第2项金额不对，应该是36万"));

		// the note asked for correcting item 3 that names item 2: never ruled on item 3
		// unasked
		String audit = user(org.auditReviewer);
		assertThat(String.join("\n", chat.say(audit, "裁定 3 更正"))).contains("第3项");
		said = chat.say(audit, "第2项应为36万元，经核实");
		assertThat(String.join("\n", said)).contains("第2项");
		assertThat(disputes.forHandover(handoverId)).allSatisfy(d -> assertThat(d.ruling()).isNull());
		assertThat(checklists.item(handoverId, 3).amount()).isEqualByComparingTo("832000");
	}

	@Test
	void undoTakesBackOnlyTheEntryTheLastMessageMadeAndSaysWhat() {
		goTo("pending");
		chat.say(departing, "欠上梅建材厂货款 未启动 12万元");
		chat.say(departing, "第1项期限改为2027年2月5日");
		assertThat(chat.say(departing, "好的")).first().asString().doesNotContain("已记录");
		// the stray 好的 recorded nothing: nothing of it to take back, and the older change
		// stays
		List<String> said = chat.say(departing, "这条不算");
		assertThat(String.join("\n", said)).contains("没有记下").contains("第1项");
		assertThat(checklists.item(handoverId, 1).deadline()).isEqualTo(LocalDate.of(2027, 2, 5));
		// asked, a yes takes the older change back, and says which
		said = chat.say(departing, "是的");
		assertThat(String.join("\n", said)).contains("已撤销对第1项的修改");
		assertThat(checklists.item(handoverId, 1).deadline()).isNull();

		// right after an entry, 撤销 takes it back at once and names it
		chat.say(departing, "垃圾中转站 尚未开工");
		said = chat.say(departing, "发错了，这条撤回");
		assertThat(String.join("\n", said)).contains("第2项").contains("垃圾中转站");
		assertThat(checklists.items(handoverId)).extracting(Item::seq).containsExactly(1);
		// and a second 撤销 at once is not taken for an older entry unasked
		said = chat.say(departing, "撤销");
		assertThat(String.join("\n", said)).contains("没有记下").contains("添加第1项“欠上梅建材厂货款”");
		assertThat(checklists.items(handoverId)).extracting(Item::seq).containsExactly(1);
		// the card's button takes it back, once
		var asked = chat.lastCard(departing);
		assertThat(String.join("\n", chat.press(departing, asked, "撤销它"))).contains("已撤销").contains("第1项");
		assertThat(checklists.items(handoverId)).isEmpty();
		chat.press(departing, asked, "撤销它");
		assertThat(checklists.items(handoverId)).isEmpty();
	}

	@Test
	void anAsOfDateAndClausesAfterTheFigureGoToTheNote() {
		goTo("assets");
		chat.say(departing, "乡财政所基本账户余额865000元，截至11月30日");
		Item account = checklists.item(handoverId, 1);
		assertThat(account.title()).isEqualTo("乡财政所基本账户余额");
		assertThat(account.details()).isEqualTo("截至11月30日");
		assertThat(account.deadline()).isNull();
		assertThat(account.amount()).isEqualByComparingTo("865000");
		chat.say(departing, "乡政府办公楼 1栋，产权证在乡财政所保管");
		Item building = checklists.item(handoverId, 2);
		assertThat(building.title()).isEqualTo("乡政府办公楼");
		assertThat(building.details()).isEqualTo("产权证在乡财政所保管");
	}

	@Test
	void whatWasRecordedThenTheCardThenWhatToDoNext() {
		goTo("pending");
		List<String> said = chat.say(departing, "欠上梅建材厂货款12万元");
		assertThat(said).hasSize(3);
		assertThat(said.get(0)).contains("已记录为第1项").doesNotContain("继续发送");
		assertThat(said.get(1)).contains("目前是什么状态");
		assertThat(said.get(2)).contains("继续发送");
	}

	@Test
	void theEditHintFitsTheItem() {
		String plan = String.join("\n", chat.say(departing, "茶旅融合产业规划已经编完了，今年9月份通过的"));
		assertThat(plan).doesNotContain("金额改为").doesNotContain("数量改为").contains("第1项");
		goTo("assets");
		assertThat(String.join("\n", chat.say(departing, "集体林地2.3万亩 现状"))).contains("第2项数量改为").doesNotContain("金额改为");
		assertThat(String.join("\n", chat.say(departing, "乡财政所基本账户余额 现状 86.5万元"))).contains("第3项金额改为");
	}

	@Test
	void aYearPutRightAfterADeadlineAndTheWordsShownAfterARename() {
		chat.say(departing, "乡村振兴示范村创建 推进中 2026年12月31日前完成");
		assertThat(checklists.item(handoverId, 1).deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
		List<String> said = chat.say(departing, "不是2026年是2027年");
		assertThat(said).first().asString().contains("第1项").contains("2027-12-31");
		assertThat(checklists.item(handoverId, 1).deadline()).isEqualTo(LocalDate.of(2027, 12, 31));
		assertThat(checklists.items(handoverId)).hasSize(1);

		// said as its title alone, then renamed: the words as said are shown beside the
		// new title
		chat.say(departing, "邹氏家祠修缮工程");
		// a short message like a command while the status card is open: asked about, and
		// the card above said to
		// wait in one line, not sent again (newcomer 9)
		int cards = chat.cards(departing).size();
		said = chat.say(departing, "先下一个吧");
		assertThat(said).singleElement().asString().contains("像是一句指令").contains("上面“第2项的状态”的卡片还在等您回答");
		assertThat(chat.cards(departing)).hasSize(cards);
		assertThat(chat.lastCard(departing).title()).isEqualTo("第2项的状态");
		chat.say(departing, "推进中");
		said = chat.say(departing, "第2项改名为邹氏家祠修缮");
		assertThat(String.join("\n", said)).contains("第2项 邹氏家祠修缮").contains("原文：邹氏家祠修缮工程");
		assertThat(String.join("\n", chat.say(departing, "第2项"))).contains("原文：邹氏家祠修缮工程");
	}

	@Test
	void theDocumentNoticePointsToNoNextMessage() {
		for (java.util.Locale locale : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
			String notice = messages.getMessage("notify.DOCUMENT_REQUESTED", null, locale);
			// in the web chat the file is a download in the same entry: nothing may send
			// the reader to a next one
			assertThat(notice).doesNotContain("下一条").doesNotContain("follows").doesNotContain("next message");
		}
	}

	private void toConfirming() {
		steps().submitTheRestEmpty(handoverId, departing);
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
