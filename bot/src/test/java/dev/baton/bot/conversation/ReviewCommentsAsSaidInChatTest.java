package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.review.ReviewComment;
import dev.baton.bot.review.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * #12, newcomer pass 3, findings 2 and 19: a reviewer's comment is recorded as said, on
 * the item it is about.
 * <ul>
 * <li>"第2项有问题", then the reason "与第1项运维费是否为同一笔欠款？如是请说明，避免重复计列": the reason is item 2's,
 * whole; a 第N项 inside a sentence never splits it (it had been cut into "与" on item 2 and
 * the rest on item 1). The reply repeats what was recorded on each item, so the reviewer
 * sees it.</li>
 * <li>"第2项和第1项好像是同一笔钱，重复了吧？请说明一下" in review is a return on both items it names: asked
 * with a card first (a return ends the round for every department), recorded on each item
 * when the reviewer says yes.</li>
 * <li>Comments written per item, "第2项 请附对账单；第3项 金额有误", still go to each item.</li>
 * </ul>
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class ReviewCommentsAsSaidInChatTest {

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
	HandoverRecords records;

	@Autowired
	Checklists checklists;

	@Autowired
	ReviewService review;

	TestOrg org;

	String finance;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.departing, org.financeReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "r" + official, official);
		}
		finance = "r" + org.financeReviewer;
	}

	private long inReview() {
		return staged.inReview(org, List.of(Stated.unfinishedMoney("欠宁夏某信息技术公司统计软件运维费", "185000"),
				Stated.balance("应付宁夏某信息技术公司运维费", "185000"), Stated.balance("应收市社保中心代垫职工社保费", "32000")));
	}

	@Test
	void aReasonThatNamesAnotherItemBelongsWhollyToTheItemReturned() {
		long h = inReview();
		assertThat(say(finance, "第2项有问题")).contains("请写明退回的理由");
		String reason = "与第1项运维费是否为同一笔欠款？如是请说明，避免重复计列";
		String returned = say(finance, reason);
		assertThat(records.find(h).state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(review.comments(h)).singleElement().satisfies((ReviewComment c) -> {
			assertThat(c.itemId()).isEqualTo(checklists.item(h, 2).id());
			assertThat(c.body()).isEqualTo(reason);
			assertThat(c.department()).isEqualTo(Department.FINANCE);
		});
		// the reply says what was recorded, item by item
		assertThat(returned).contains("已代表财政部门退回").contains("第2项").contains("应付宁夏某信息技术公司运维费").contains(reason);
		// and the departing official finds it whole on item 2, nothing on item 1
		assertThat(say("r" + org.departing, "第2项")).contains(reason);
		assertThat(say("r" + org.departing, "第1项")).doesNotContain("审核意见");
	}

	@Test
	void commentsWrittenPerItemStillGoToEachItem() {
		long h = inReview();
		String returned = say(finance, "退回 第2项 请附对账单；第3项 金额有误");
		assertThat(review.comments(h)).extracting(ReviewComment::body).containsExactly("请附对账单", "金额有误");
		assertThat(returned).contains("第2项").contains("请附对账单").contains("第3项").contains("金额有误");
	}

	@Test
	void aQuestionAboutTwoItemsInReviewIsAReturnOnBothAskedFirst() {
		long h = inReview();
		String words = "第2项和第1项好像是同一笔钱，重复了吧？请说明一下";
		String asked = say(finance, words);
		assertThat(asked).doesNotContain("没有听懂").contains("退回").contains("第2项").contains("第1项");
		assertThat(review.decisions(h)).isEmpty();
		assertThat(records.find(h).state()).isEqualTo(HandoverState.IN_REVIEW);

		String returned = String.join("\n", chat.press(finance, "退回"));
		assertThat(returned).contains("已代表财政部门退回").contains(words);
		assertThat(records.find(h).state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(review.comments(h)).extracting(ReviewComment::itemId, ReviewComment::body)
			.containsExactlyInAnyOrder(tuple(checklists.item(h, 2).id(), words),
					tuple(checklists.item(h, 1).id(), words));
	}

	@Test
	void aQuestionAboutAnItemAnsweredNoReturnsNothing() {
		long h = inReview();
		say(finance, "第3项的金额是不是少了？请核实");
		assertThat(String.join("\n", chat.press(finance, "不是"))).contains("没有办理");
		assertThat(review.decisions(h)).isEmpty();
		assertThat(records.find(h).state()).isEqualTo(HandoverState.IN_REVIEW);
	}

	/**
	 * Newcomer 24, finding 5: "第2到第5项都没问题，第1项退回，请说明…" returned item 5 (the end of the
	 * range) with item 1, the whole sentence as the comment. The message is read clause
	 * by clause: the range is approved (not returned), 第1项退回 returns item 1, and the
	 * comment is only the words that explain it.
	 */
	@Test
	void aRangeSaidFineIsNotReturnedAndOnlyTheReasonIsTheComment() {
		long h = fiveInReview();
		String asked = say(finance, "第2到第5项都没问题，第1项退回，请说明已付120万的付款凭证在哪");
		assertThat(asked).contains("退回第1项，意见：“请说明已付120万的付款凭证在哪”")
			.contains("第2—5项不退回")
			.doesNotContain("第5项、")
			.doesNotContain("都没问题，第1项退回");
		assertThat(review.decisions(h)).isEmpty();

		String returned = String.join("\n", chat.press(finance, "退回"));
		assertThat(returned).contains("已代表财政部门退回");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(review.comments(h)).extracting(ReviewComment::itemId, ReviewComment::body)
			.containsExactly(tuple(checklists.item(h, 1).id(), "请说明已付120万的付款凭证在哪"));
	}

	@Test
	void theRestSaidFineIsNotReturned() {
		returnedOnCard("1项退回，其余没问题，请补附付款凭证", "退回第1项，意见：“请补附付款凭证”", "其余各项不退回", "请补附付款凭证", 1);
	}

	@Test
	void itemsListedForReturnShareTheReasonWithoutTheCommandWords() {
		returnedOnCard("第1、3项要退回：金额与合同不符，其他都可以", "退回第1项、第3项，意见：“金额与合同不符”", "其余各项不退回", "金额与合同不符", 1, 3);
	}

	@Test
	void itemsListedFineAreNotReturned() {
		returnedOnCard("第2、3项没问题，第4项退回，余额要附银行对账单", "退回第4项，意见：“余额要附银行对账单”", "第2项、第3项不退回", "余额要附银行对账单", 4);
	}

	/**
	 * The reviewer says {@code words}; the card reads {@code card} and
	 * {@code notReturned}; on 退回 exactly {@code items} get {@code comment}.
	 */
	private void returnedOnCard(String words, String card, String notReturned, String comment, int... items) {
		long h = fiveInReview();
		assertThat(say(finance, words)).contains(card).contains(notReturned);
		chat.press(finance, "退回");
		assertThat(review.comments(h)).extracting(ReviewComment::itemId, ReviewComment::body)
			.containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(items)
				.mapToObj(seq -> tuple(checklists.item(h, seq).id(), comment))
				.toList());
	}

	private long fiveInReview() {
		return staged.inReview(org,
				List.of(Stated.unfinishedMoney("统计平台二期", "1860000"), Stated.balance("局机关零余额账户余额", "123000"),
						Stated.balance("应付宁夏某信息技术公司运维费", "185000"), Stated.balance("应收市社保中心代垫职工社保费", "32000"),
						Stated.work("统计年报编制")));
	}

	private String say(String user, String text) {
		return String.join("\n", chat.say(user, text));
	}

}
