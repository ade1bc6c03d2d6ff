package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.review.ReviewComment;
import dev.baton.bot.review.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer pass 23, findings 3, 4, 5 and 12: what people type is recorded as meant.
 * <ul>
 * <li>3: "合同金额186万元，已付120万，还差66万没付，明年3月底前付清": the part paid is progress on the one
 * contract, never a second item (no "两项？" card), and the deadline stays the item's.</li>
 * <li>4: "3件，其中2件已办结，剩1件还在办": the part left leaves the title with its figure.</li>
 * <li>5: "第2项余额要附银行对账单，先退回去": 先退回去 is the instruction, not the comment; said, it is a
 * return (no card asks again); with nothing else said, the reason is asked.</li>
 * <li>12: "以上部分都没有" says the section has nothing, like 没有; never an item.</li>
 * </ul>
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class TwentyThirdNewcomerWordsInChatTest {

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
	StagedHandovers staged;

	@Autowired
	Checklists checklists;

	@Autowired
	ReviewService review;

	TestOrg org;

	String departing;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.departing, org.financeReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "n" + official, official);
		}
		departing = "n" + org.departing;
	}

	@Test
	void theAmountPaidOfAContractIsProgressOnItNotASecondItem() {
		long h = drafting();
		String said = say(departing, "统计信息化平台二期 合同金额186万元，已付120万，还差66万没付，明年3月底前付清");
		assertThat(said).contains("已记录为第1项").doesNotContain("是两项吗").doesNotContain("一项还是两项");
		assertThat(checklists.items(h)).singleElement().satisfies(i -> {
			assertThat(i.title()).isEqualTo("统计信息化平台二期");
			assertThat(i.amount()).isEqualByComparingTo("1860000");
			assertThat(i.details()).contains("已付120万");
			assertThat(i.deadline()).isNotNull();
			assertThat(i.deadline().getMonthValue()).isEqualTo(3);
		});
	}

	@Test
	void thePartLeftLeavesTheTitle() {
		long h = drafting();
		say(departing, "2019年统计执法检查遗留案件 3件，其中2件已办结，剩1件还在办");
		assertThat(checklists.items(h)).singleElement().satisfies(i -> {
			assertThat(i.title()).isEqualTo("2019年统计执法检查遗留案件");
			assertThat(i.quantity()).isEqualByComparingTo("3");
			assertThat(i.details()).contains("其中2件已办结").contains("剩1件");
			assertThat(i.status()).isEqualTo(ItemStatus.IN_PROGRESS);
		});
	}

	@Test
	void theWordsThatReturnAreNotTheComment() {
		long h = inReview();
		String finance = "n" + org.financeReviewer;
		String returned = say(finance, "第2项余额要附银行对账单，先退回去");
		// the words said 退回: no card asks again
		assertThat(records.find(h).state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(review.comments(h)).singleElement().satisfies((ReviewComment c) -> {
			assertThat(c.itemId()).isEqualTo(checklists.item(h, 2).id());
			assertThat(c.body()).isEqualTo("余额要附银行对账单");
		});
		assertThat(returned).contains("余额要附银行对账单").doesNotContain("先退回去");
	}

	@Test
	void theWordsThatReturnLeaveACommentSaidAfterTheReturnCommand() {
		long h = inReview();
		say("n" + org.financeReviewer, "退回 第2项 余额要附银行对账单，那就打回去吧");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(review.comments(h)).extracting(ReviewComment::body).containsExactly("余额要附银行对账单");
	}

	@Test
	void aReturnWithNothingButTheWordsThatReturnAsksTheReason() {
		long h = inReview();
		String finance = "n" + org.financeReviewer;
		assertThat(say(finance, "第2项先退回去")).contains("请写明退回的理由");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.IN_REVIEW);
		say(finance, "余额要附银行对账单");
		assertThat(review.comments(h)).extracting(ReviewComment::body).containsExactly("余额要附银行对账单");
		assertThat(review.comments(h)).extracting(ReviewComment::itemId).containsExactly(checklists.item(h, 2).id());
	}

	@Test
	void noneInTheSectionsAboveIsNoItem() {
		long h = drafting();
		String said = say(departing, "以上部分都没有");
		assertThat(said).doesNotContain("已记录为第").contains("部分无事项");
		assertThat(checklists.items(h)).isEmpty();
	}

	/**
	 * Newcomer 25, finding 16: said after an item of this part was recorded, the part is
	 * not declared empty, and the reply says why and how to delete the item.
	 */
	@Test
	void noneInTheSectionsAboveSaidOfAPartWithAnItemSaysWhyItWasNotDeclaredEmpty() {
		long h = drafting();
		say(departing, "全市纪检监察信息化平台建设 推进中 95万 2027-06-30");
		String said = say(departing, "以上部分都没有");
		assertThat(said).contains("部分已填好：已有1项（第1项），所以没有声明为“本部分无”").contains("请回复“删除第1项”").contains("现在填写第2部分");
		assertThat(checklists.sections(h).get(0).declaredEmpty()).isFalse();
		assertThat(checklists.items(h)).hasSize(1);
	}

	private long drafting() {
		long h = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		chat.say(departing, "签收");
		return h;
	}

	private long inReview() {
		return staged.inReview(org, List.of(Stated.unfinishedMoney("欠宁夏某信息技术公司统计软件运维费", "185000"),
				Stated.balance("局机关零余额账户余额", "123000"), Stated.balance("应收市社保中心代垫职工社保费", "32000")));
	}

	private String say(String user, String text) {
		return String.join("\n", chat.say(user, text));
	}

}
