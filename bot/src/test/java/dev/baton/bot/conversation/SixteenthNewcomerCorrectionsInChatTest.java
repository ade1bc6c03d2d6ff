package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.web.HandoverView;
import dev.baton.bot.web.HandoverViews;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 16 (chat, 石嘴山市统计局): corrections said in people's words. 「不对，是10月份完成的」
 * right after an entry changes the item just recorded (asked with a card, the date first
 * recorded kept: 原记为2026年9月); 「共11条，已整改8条」 is progress on one item, not a second item;
 * the successor's 「第9项这条看不懂，这不是一个交接事项」 is asked as a dispute; 「不对，运维费还没付，刚才说错了」 reopens
 * the step just reported done. Newcomer 20 (石嘴山市水务局): 「共计42公里，已完成30公里」 is work under way;
 * 「不对吧，第3项还没干完，还在施工，明年6月底前完工」 changes status and deadline; 「小李，明天上午的会改到三楼会议室」 is asked
 * about, never recorded; a take-back after a which-step card reopens no other step.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class SixteenthNewcomerCorrectionsInChatTest {

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
	HandoverViews views;

	@Autowired
	Checklists checklists;

	@Autowired
	StagedHandovers staged;

	@Autowired
	Disputes disputes;

	@Autowired
	FollowUpService followUp;

	private TestOrg bound() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.successor, org.departing)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "p" + official, official);
		}
		return org;
	}

	private long drafting(TestOrg org) {
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		chat.say("p" + org.departing, "收到了，签收");
		return id;
	}

	/** Opened and signed for, then each entry said by the departing official. */
	private long drafting(TestOrg org, String... entries) {
		long id = drafting(org);
		for (String entry : entries) {
			chat.say("p" + org.departing, entry);
		}
		return id;
	}

	/** What Baton answered {@code who}'s words, as one text. */
	private String reply(String who, String words) {
		return String.join("\n", chat.say(who, words));
	}

	/**
	 * Finding 3: 「不对，是10月份完成的」 right after item 2 was recorded is a change of item 2's
	 * completion date, asked with a card first; the yes changes it, and the reply, the
	 * record (REST and console) keep what it was first recorded as.
	 */
	@Test
	void aCorrectionRightAfterAnEntryChangesThatItemsDateAndKeepsWhatItWas() {
		TestOrg org = bound();
		long id = drafting(org, "统计数据平台二期建设还在推，合同金额186万元，明年3月底前完成验收", "全市经济普查工作 已完成 今年9月份");
		String departing = "p" + org.departing;
		assertThat(checklists.item(id, 2).doneIn()).isEqualTo(YearMonth.of(2026, 9));

		List<String> asked = chat.say(departing, "不对，是10月份完成的");
		assertThat(String.join("\n", asked)).contains("把第2项的完成时间改为2026年10月吗？").doesNotContain("这条没有改动清单");
		assertThat(chat.lastCard(departing).buttons()).extracting(b -> b.label()).containsExactly("改", "不改");
		assertThat(checklists.item(id, 2).doneIn()).isEqualTo(YearMonth.of(2026, 9)); // nothing
																						// done
																						// on
																						// a
																						// guess

		List<String> changed = chat.say(departing, "是的");
		assertThat(String.join("\n", changed)).contains("第2项已修改").contains("完成时间：2026年10月（离任干部已更正，原记为2026年9月）");
		Item item = checklists.item(id, 2);
		assertThat(item.doneIn()).isEqualTo(YearMonth.of(2026, 10));
		assertThat(item.status()).isEqualTo(ItemStatus.DONE);
		assertThat(checklists.items(id)).hasSize(2);

		// the deadline said right after, naming the field, is changed at once, and keeps
		// its first value too
		chat.say(departing, "第1项");
		assertThat(String.join("\n", chat.say(departing, "不对，期限是明年6月底")))
			.contains("期限：2027-06-30（离任干部已更正，原记为2027-03-31）");
		assertThat(checklists.item(id, 1).deadline()).isEqualTo(LocalDate.of(2027, 6, 30));

		HandoverView view = views.view(org.actor(org.organizer), handovers.get(org.actor(org.organizer), id));
		List<HandoverView.ItemView> items = view.sections().stream().flatMap(s -> s.items().stream()).toList();
		assertThat(items.get(0).corrected())
			.containsExactly(new HandoverView.CorrectedView("DEADLINE", "DEPARTING", "2027-03-31", "2027-06-30"));
		assertThat(items.get(1).corrected())
			.containsExactly(new HandoverView.CorrectedView("DONE_ON", "DEPARTING", "2026-09", "2026-10"));
	}

	/**
	 * Finding 3, the card pressed: 改 changes the item as the card says; 不改 changes
	 * nothing.
	 */
	@Test
	void theCardsButtonsChangeOrKeepTheItem() {
		TestOrg org = bound();
		long id = drafting(org);
		String departing = "p" + org.departing;
		chat.say(departing, "全市经济普查工作 已完成 今年9月份");
		chat.say(departing, "不对，是10月份完成的");
		chat.press(departing, "不改");
		assertThat(checklists.item(id, 1).doneIn()).isEqualTo(YearMonth.of(2026, 9));
		chat.say(departing, "不对，是10月份完成的");
		assertThat(String.join("\n", chat.press(departing, "改"))).contains("原记为2026年9月");
		assertThat(checklists.item(id, 1).doneIn()).isEqualTo(YearMonth.of(2026, 10));
	}

	/**
	 * Finding 4: 8 of 11 is progress on the same item: no split card, the words in 说明,
	 * 推进中 suggested; two different things are still asked about.
	 */
	@Test
	void aPartDoneOfTheSameCountIsProgressNotASecondItem() {
		TestOrg org = bound();
		long id = drafting(org);
		String departing = "p" + org.departing;
		List<String> said = chat.say(departing, "市委巡察反馈问题整改，共11条，已整改8条，剩下的明年6月底前整改完");
		Item item = checklists.item(id, 1);
		assertThat(item.title()).isEqualTo("市委巡察反馈问题整改");
		assertThat(item.quantity()).isEqualByComparingTo("11");
		assertThat(item.quantityUnit()).isEqualTo("条");
		assertThat(item.details()).isEqualTo("已整改8条");
		assertThat(item.deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(String.join("\n", said)).doesNotContain("是一项还是两项").doesNotContain("记为两项").contains("状态建议选“推进中”");
		assertThat(chat.lastCard(departing).title()).isEqualTo("第1项的状态");
		chat.press(departing, "推进中");
		assertThat(checklists.item(id, 1).status()).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(checklists.items(id)).hasSize(1);

		chat.say(departing, "乡村两级小型水库 4座，山塘12处");
		assertThat(chat.lastCard(departing).title()).isEqualTo("第2项是一项还是两项？");
	}

	/**
	 * Finding 5: the successor's objection in plain words, with the item number, is asked
	 * as a dispute with a card, never recorded on a guess and never 没有听懂; the yes files
	 * it with the words as the reason. Said of the item in focus, it is that item's.
	 */
	@Test
	void theSuccessorsObjectionInPlainWordsIsAskedAsADispute() {
		TestOrg org = bound();
		long id = staged.confirming(org, "shizuishan",
				List.of(Stated.work("统计数据平台二期"), Stated.done("全市经济普查工作"), Stated.work("合同是2024年签的")));
		String successor = "p" + org.successor;
		chat.say(successor, "清单");
		List<String> asked = chat.say(successor, "第3项这条看不懂，这不是一个交接事项");
		assertThat(String.join("\n", asked)).contains("对第3项提出异议吗？理由：“这条看不懂，这不是一个交接事项”").doesNotContain("没有听懂");
		assertThat(chat.lastCard(successor).buttons()).extracting(b -> b.label()).containsExactly("提出异议", "不是");
		assertThat(disputes.forHandover(id)).isEmpty();

		chat.press(successor, "提出异议");
		assertThat(disputes.forHandover(id)).singleElement().satisfies(d -> {
			assertThat(d.itemId()).isEqualTo(checklists.item(id, 3).id());
			assertThat(d.reason()).isEqualTo("这条看不懂，这不是一个交接事项");
		});

		chat.say(successor, "第2项");
		assertThat(String.join("\n", chat.say(successor, "跟实际不一样"))).contains("对第2项提出异议吗？");
		chat.say(successor, "不是");
		assertThat(disputes.forHandover(id)).hasSize(1);
	}

	/**
	 * Finding 7: right after 「运维费已经付清了」 was recorded as step done, 「不对，运维费还没付，刚才说错了」
	 * reopens that step, naming it, as 「6.1还没完成，钱还没付」 does.
	 */
	@Test
	void aDoneReportTakenBackInWordsReopensTheStep() {
		TestOrg org = bound();
		long id = staged.archived(org, "shizuishan",
				List.of(Stated.work("统计数据平台二期"), Stated.unfinishedMoney("欠宁夏信达软件公司系统运维费", "380000")));
		String successor = "p" + org.successor;
		chat.say(successor, "第1项统计平台：明年1月15日前完成系统联调；明年3月底前完成验收");
		chat.say(successor, "第2项运维费：12月底前付清");
		assertThat(String.join("\n", chat.say(successor, "运维费已经付清了"))).contains("步骤2.1").contains("已完成");
		assertThat(step(id, "2.1").open()).isFalse();

		List<String> said = chat.say(successor, "不对，运维费还没付，刚才说错了");
		assertThat(String.join("\n", said)).contains("步骤2.1（第2项第1步：运维费付清）已改为未完成").contains("更正已记录：运维费还没付");
		assertThat(step(id, "2.1").open()).isTrue();

		// said the other way round, with the slip first, after another done report
		chat.say(successor, "系统联调那一步已经办完了");
		assertThat(step(id, "1.1").open()).isFalse();
		assertThat(String.join("\n", chat.say(successor, "刚才说错了，系统联调还没办完"))).contains("步骤1.1").contains("已改为未完成");
		assertThat(step(id, "1.1").open()).isTrue();
	}

	/**
	 * Newcomer 20, finding 1 (= 16): a figure counted as done after a total is part of
	 * the work, so the item is not done, whatever the verb (已完成 as 已整改): its status is
	 * left unsaid and 推进中 suggested; the words stay in its 说明.
	 */
	@Test
	void aPartOfATotalDoneLeavesTheItemUnfinished() {
		TestOrg org = bound();
		long id = drafting(org);
		String departing = "p" + org.departing;
		List<String> said = chat.say(departing, "城区雨污分流管网改造，共计42公里，已完成30公里");
		Item item = checklists.item(id, 1);
		assertThat(item.status()).isNull();
		assertThat(item.quantity()).isEqualByComparingTo("42");
		assertThat(item.quantityUnit()).isEqualTo("公里");
		assertThat(item.details()).isEqualTo("已完成30公里");
		assertThat(String.join("\n", said)).doesNotContain("状态：已完成").contains("状态建议选“推进中”");
		assertThat(chat.lastCard(departing).title()).isEqualTo("第1项的状态");

		// with the status said beside it, that status is the item's (it was no status at
		// all: 已完成 and 推进中 contradicted each other)
		chat.say(departing, "老旧供水管网更新，共计8公里，已完成5公里，推进中");
		assertThat(checklists.item(id, 2).status()).isEqualTo(ItemStatus.IN_PROGRESS);
	}

	/**
	 * Newcomer 20, finding 2: a no, the item, its status said in words (还没干完, 还在施工) and a
	 * new deadline change the item's status and deadline, as the same words without the
	 * no do.
	 */
	@Test
	void aNoWithTheStatusInWordsAndADeadlineChangesTheItem() {
		TestOrg org = bound();
		long id = drafting(org);
		String departing = "p" + org.departing;
		chat.say(departing, "城区雨污分流管网改造 已完成 42公里");
		assertThat(checklists.item(id, 1).status()).isEqualTo(ItemStatus.DONE);

		List<String> said = chat.say(departing, "不对吧，第1项还没干完，还在施工，明年6月底前完工");
		assertThat(String.join("\n", said)).contains("第1项已修改").doesNotContain("这条没有改动清单");
		Item item = checklists.item(id, 1);
		assertThat(item.status()).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(item.deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
	}

	/**
	 * Newcomer 20, finding 4: a message addressed to someone else is asked about with a
	 * card, never recorded on a guess; 不是，发错了 records nothing, 记为事项 (or a typed yes)
	 * records it as said.
	 */
	@Test
	void aMessageForSomeoneElseIsAskedAboutNotRecorded() {
		TestOrg org = bound();
		long id = drafting(org);
		String departing = "p" + org.departing;
		chat.say(departing, "安置房二期 推进中");
		List<String> said = chat.say(departing, "小李，明天上午的会改到三楼会议室");
		assertThat(String.join("\n", said)).contains("这条是要记为交接事项吗？").doesNotContain("已记录为第2项");
		assertThat(chat.lastCard(departing).buttons()).extracting(b -> b.label()).containsExactly("记为事项", "不是，发错了");
		assertThat(checklists.items(id)).hasSize(1);
		assertThat(String.join("\n", chat.press(departing, "不是，发错了"))).contains("这条没有记录");
		assertThat(checklists.items(id)).hasSize(1);

		// 发错了 typed instead takes back nothing recorded before it
		chat.say(departing, "李静，明天上午的会改到三楼会议室");
		chat.say(departing, "发错了，这条撤回");
		assertThat(checklists.items(id)).extracting(Item::title).containsExactly("安置房二期");

		chat.say(departing, "王主任，下午三点在二楼开会");
		assertThat(checklists.items(id)).hasSize(1);
		chat.press(departing, "记为事项");
		assertThat(checklists.items(id)).hasSize(2)
			.last()
			.satisfies(i -> assertThat(i.title()).isEqualTo("王主任，下午三点在二楼开会"));

		// an item said after a name, with its figures, is an item
		chat.say(departing, "李静，办公楼维修 推进中 12万元");
		assertThat(checklists.items(id)).hasSize(3);

		// newcomer 21, finding 10: the card proposes one action (记为事项), and a typed yes
		// takes it as the press would; the card shows what came of it
		chat.say(departing, "王主任，周五上午去县里开会");
		dev.baton.integrations.chat.OutboundMessage.Card card = chat.lastCard(departing);
		assertThat(checklists.items(id)).hasSize(3);
		assertThat(String.join("\n", chat.say(departing, "是的"))).contains("第4项");
		assertThat(checklists.items(id)).hasSize(4)
			.last()
			.satisfies(i -> assertThat(i.title()).isEqualTo("王主任，周五上午去县里开会"));
		assertThat(chat.outcomeOf(card)).isNotNull();
	}

	/**
	 * Newcomer 20, finding 11: after 「46.5万工程款已经付清了」 was only asked about (step 1.2, not
	 * recorded), 「不对，工程款还没付，刚才说错了」 takes back that report: nothing is recorded, the
	 * question is dropped, and step 1.1, done earlier, is not proposed for reopening.
	 */
	@Test
	void aTakeBackAfterAWhichStepCardReopensNoOtherStep() {
		TestOrg org = bound();
		long id = staged.archived(org, "shizuishan", List.of(Stated.unfinishedMoney("欠宁夏水利水电工程局工程款", "465000")));
		String successor = "p" + org.successor;
		chat.say(successor, "计划 1 2026-12-31 办理工程结算审计；2027-01-20 付清46.5万元");
		chat.say(successor, "工程结算审计已经做完了");
		assertThat(step(id, "1.1").open()).isFalse();
		chat.say(successor, "46.5万工程款已经付清了");
		assertThat(chat.lastCard(successor).buttons()).extracting(b -> b.label()).anyMatch(l -> l.contains("1.2"));
		assertThat(step(id, "1.2").open()).isTrue();

		List<String> said = chat.say(successor, "不对，工程款还没付，刚才说错了");
		assertThat(String.join("\n", said)).contains("没有记录任何进展").doesNotContain("步骤1.1（第1项第1步：办理工程结算审计）记为已完成");
		assertThat(chat.lastCard(successor).buttons()).extracting(b -> b.label()).doesNotContain("还没完成");
		assertThat(step(id, "1.1").open()).isFalse();
		assertThat(step(id, "1.2").open()).isTrue();
	}

	private FollowUpStep step(long id, String label) {
		return followUp.steps(id).stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
	}

	/**
	 * Newcomer 25, finding 4: after a return, 「不好意思，第1项应该是85万，我之前改错了」 puts item 1's
	 * amount right; the excuse before it and the slip explained after it are no item's
	 * title or note, and nothing new is recorded. An excuse before words about an item
	 * that cannot be read records nothing either.
	 */
	@Test
	void anExcuseAndASlipAroundACorrectionAreNoNewItem() {
		TestOrg org = bound();
		directory.bindIdentity("WEB", ScriptedChat.CORP, "p" + org.auditReviewer, org.auditReviewer);
		long id = staged.inReview(org,
				List.of(Stated.unfinishedMoney("全市纪检监察信息化平台建设", "950000"), Stated.work("运维费支付")));
		chat.say("p" + org.auditReviewer, "退回 第1项 金额不对吧，预算批复是85万，怎么成95万了");
		String departing = "p" + org.departing;

		assertThat(reply(departing, "不好意思，第1项应该是85万，我之前改错了")).contains("第1项已修改")
			.contains("850,000.00元")
			.doesNotContain("已记录为")
			.doesNotContain("不好意思");
		assertThat(checklists.item(id, 1).amount()).isEqualByComparingTo("850000");
		assertThat(checklists.items(id)).hasSize(2).extracting(Item::title).containsExactly("全市纪检监察信息化平台建设", "运维费支付");

		// the excuse said after it, the field named
		chat.say(departing, "抱歉，第1项金额写错了，应该是86万，不好意思");
		assertThat(checklists.item(id, 1).amount()).isEqualByComparingTo("860000");

		assertThat(reply(departing, "对不起，第2项那个我再问问财务")).contains("没有记为新事项").doesNotContain("已记录为");
		assertThat(checklists.items(id)).hasSize(2);
	}

	/**
	 * Newcomer 25, finding 7: right after 「…已经做完了，今年9月份验收的」, 「不对，是10月份验收的」 is a change of
	 * its completion time, asked with a card, as 「…完成的」 is; words after a no that change
	 * nothing are answered with how to change the fields the item has (its completion
	 * time, never a deadline or an amount it does not have).
	 */
	@Test
	void anAcceptanceMonthPutRightIsTheCompletionTime() {
		TestOrg org = bound();
		long id = drafting(org, "国库集中支付系统升级改造已经做完了，今年9月份验收的");
		String departing = "p" + org.departing;
		assertThat(checklists.item(id, 1).doneIn()).isEqualTo(YearMonth.of(2026, 9));

		assertThat(reply(departing, "不对，是10月份验收的")).contains("把第1项的完成时间改为2026年10月吗？").doesNotContain("这条没有改动清单");
		assertThat(checklists.item(id, 1).doneIn()).isEqualTo(YearMonth.of(2026, 9));
		assertThat(reply(departing, "是的")).contains("完成时间：2026年10月（离任干部已更正，原记为2026年9月）");
		assertThat(checklists.item(id, 1).doneIn()).isEqualTo(YearMonth.of(2026, 10));
		assertThat(checklists.items(id)).hasSize(1);

		assertThat(reply(departing, "不对，说反了")).contains("这条没有改动清单")
			.contains("“第1项完成时间改为2026年10月”")
			.contains("“第1项改名为……”")
			.doesNotContain("期限改为")
			.doesNotContain("金额改为");

		// of an item under way with an amount, the hint names its deadline and amount
		chat.say(departing, "统计数据平台二期建设还在推，合同金额186万元，明年3月底前完成");
		assertThat(reply(departing, "不对，说反了")).contains("“第2项期限改为2027-12-31”")
			.contains("“第2项金额改为54万”")
			.doesNotContain("完成时间改为");
	}

}
