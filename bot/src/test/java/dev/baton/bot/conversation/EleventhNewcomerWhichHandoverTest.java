package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.policy.WaitingStepKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 11 (two handovers in review at once, the same reviewers in both): a
 * return with an item number goes to the handover that has the item, naming the departing
 * official or the unit picks the handover, an approval already given in the one in focus
 * does not keep the next 通过 there, and the line that heads a reply taken to another
 * handover tells the truth.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class EleventhNewcomerWhichHandoverTest {

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
	WaitingSteps waitingSteps;

	@Autowired
	Checklists checklists;

	TestOrg org;

	/** 交接 of the seed: two items, in review. */
	long first;

	/** 周红's handover of 市地震局: three items, in review by the same departments. */
	long second;

	private void bothInReview() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		first = steps().inReviewWithTwoItems(org);
		second = steps().anotherOpened(org, "周红", "吴强");
		String zhou = user(records.find(second).departingId());
		chat.say(zhou, "签收");
		chat.say(zhou, "地震监测台网升级 推进中 2027-03-31");
		chat.say(zhou, "应急物资储备库 现状 80万元");
		chat.say(zhou, "应付天诚印务印刷费 现状 3.2万元");
		steps().submitTheRestEmpty(second, zhou);
		assertThat(checklists.items(second)).hasSize(3);
		assertThat(records.find(first).state()).isEqualTo(HandoverState.IN_REVIEW);
		assertThat(records.find(second).state()).isEqualTo(HandoverState.IN_REVIEW);
	}

	/**
	 * Both in review, 财政's reviewer in the first says {@code words}: what Baton answers.
	 */
	private String financeInTheFirst(String words) {
		bothInReview();
		String finance = user(org.financeReviewer);
		chat.say(finance, "切换 " + first);
		return String.join("\n", chat.say(finance, words));
	}

	@Test
	void aReturnOfAnItemOnlyTheOtherHandoverHasGoesThereAndSaysSo() {
		String returned = financeInTheFirst("退回 第3项 印刷费尚未支付，不应记为现状，请写明付款安排");
		assertThat(returned).contains("【交接" + second)
			.contains("退回")
			.contains("请写明付款安排")
			.doesNotContain("找不到第3项")
			// his review still waits in the one he was in: how to get back there
			.contains("您说的这件事在交接" + second + "等您办理，已转到交接" + second + "。")
			.contains("要回去办理请回复“切换 " + first + "”");
		assertThat(records.find(second).state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(openReviews(first)).contains("FINANCE");
	}

	/**
	 * Newcomer 21, finding 23: the card offering a return, for words taken to be about
	 * the other handover, said "请在卡片上确认。" in its own body. That line is for the
	 * plain-text fallback only; the card says which handover it is about.
	 */
	@Test
	void aCardForTheOtherHandoverDoesNotTellToConfirmOnTheCard() {
		String said = financeInTheFirst("第3项印刷费合同是哪年签的？");
		dev.baton.integrations.chat.OutboundMessage.Card card = chat.lastCard(user(org.financeReviewer));
		assertThat(card.buttons()).extracting(b -> b.label()).contains("只提问（不退回）");
		assertThat(card.body()).contains("您说的这件事在交接" + second + "等您办理").doesNotContain("请在卡片上确认");
		assertThat(said).contains("您说的这件事在交接" + second + "等您办理").contains("请在卡片上确认");
	}

	@Test
	void namingTheDepartingOfficialOrTheUnitPicksTheHandover() {
		bothInReview();
		String audit = user(org.auditReviewer);
		chat.say(audit, "切换 " + first);
		// said with more words than 通过: asked once, about the handover named
		String asked = String.join("\n", chat.say(audit, "我说的是周红那个交接，通过"));
		assertThat(asked).contains("【交接" + second).contains("您是要审核通过").doesNotContain("无需再次审核");
		String approved = String.join("\n", chat.say(audit, "是的"));
		assertThat(approved).contains("【交接" + second).contains("已代表审计部门审核通过");
		assertThat(openReviews(second)).doesNotContain("AUDIT");
		assertThat(openReviews(first)).contains("AUDIT");

		String finance = user(org.financeReviewer);
		chat.say(finance, "切换 " + first);
		String byUnit = String.join("\n", chat.say(finance, "地震局这个看过了，通过"));
		if (byUnit.contains("您是要审核通过")) {
			assertThat(byUnit).contains("【交接" + second);
			byUnit = String.join("\n", chat.say(finance, "是的"));
		}
		assertThat(byUnit).contains("【交接" + second).contains("已代表财政部门审核通过");
		assertThat(openReviews(second)).doesNotContain("FINANCE");
		assertThat(openReviews(first)).contains("FINANCE");

		// the unit in focus named: stays there
		String discipline = user(org.disciplineReviewer);
		chat.say(discipline, "切换 " + second);
		String here = String.join("\n", chat.say(discipline, "周红那个交接，通过"));
		if (here.contains("您是要审核通过")) {
			assertThat(here).contains("【交接" + second).doesNotContain("您说的这件事在交接");
			here = String.join("\n", chat.say(discipline, "是的"));
		}
		assertThat(here).contains("【交接" + second).contains("已代表纪检监察审核通过").doesNotContain("您说的这件事在交接");
		assertThat(openReviews(first)).contains("DISCIPLINE");
	}

	@Test
	void anApprovalGivenInFocusDoesNotKeepTheNextOneThereAndAFinishedHandoverIsNotPointedBackTo() {
		bothInReview();
		String audit = user(org.auditReviewer);
		chat.say(audit, "切换 " + first);
		assertThat(String.join("\n", chat.say(audit, "通过"))).contains("【交接" + first).contains("审核通过");
		String next = String.join("\n", chat.say(audit, "通过"));
		assertThat(next).contains("【交接" + second)
			.contains("审核通过")
			.doesNotContain("无需再次审核")
			// nothing waits on him in the one he left: no line pointing back to it
			.doesNotContain("切换 " + first)
			.doesNotContain("没有要办的事项");
		assertThat(openReviews(second)).doesNotContain("AUDIT");
	}

	private List<String> openReviews(long handoverId) {
		return waitingSteps.steps(handoverId)
			.stream()
			.filter(s -> s.open() && s.kind() == WaitingStepKind.REVIEW)
			.map(WaitingStep::subject)
			.toList();
	}

	private static String user(long official) {
		return ChatSteps.user(official);
	}

	private ChatSteps steps() {
		return new ChatSteps(chat, directory, handovers, checklists);
	}

}
