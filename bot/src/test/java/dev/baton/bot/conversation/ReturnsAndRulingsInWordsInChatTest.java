package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.confirmation.ConfirmationService;
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

/**
 * #12, newcomer 4 (finding 14): a return and a ruling said as a township's reviewers say
 * them.
 * <ul>
 * <li>Finance's "第2项村道硬化工程尾款42.5万元，请补充工程结算书和合同付款条款，这一项先退回" is a return of item 2 with its
 * reason, never "没有听懂".</li>
 * <li>Audit's "第1项我们核对了银行对账单，11月30日余额确实是356.62万元，按356.62万元更正" gets the ruling card.</li>
 * <li>"第1项应该按审计的来，金额356.62万元": the card records a ruling that reads as one (更正
 * 金额应为3,566,200.00元), the person's words kept as its note.</li>
 * </ul>
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class ReturnsAndRulingsInWordsInChatTest {

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

	@Autowired
	ConfirmationService confirmation;

	TestOrg org;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.departing, org.financeReviewer, org.auditReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "r" + official, official);
		}
	}

	@Test
	void aReturnOfOneItemSaidInASentenceIsAReturn() {
		long h = staged.inReview(org,
				List.of(Stated.balance("镇财政所基本账户余额", "3586200"), Stated.unfinishedMoney("村道硬化工程尾款未付", "425000")));
		String finance = "r" + org.financeReviewer;
		String said = say(finance, "第2项村道硬化工程尾款42.5万元，请补充工程结算书和合同付款条款，这一项先退回");
		assertThat(said).doesNotContain("没有听懂");
		if (records.find(h).state() == HandoverState.IN_REVIEW) {
			said = String.join("\n", chat.press(finance, "退回"));
		}
		assertThat(said).contains("已代表财政部门退回").contains("第2项");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(review.comments(h)).singleElement().satisfies((ReviewComment c) -> {
			assertThat(c.itemId()).isEqualTo(checklists.item(h, 2).id());
			assertThat(c.body()).contains("请补充工程结算书和合同付款条款");
		});
	}

	@Test
	void rulingsInWordsGetTheCardAndReadAsRulings() {
		long h = staged.confirming(org, "shizuishan",
				List.of(Stated.balance("镇财政所基本账户余额", "3586200"), Stated.balance("镇级政府性债务余额", "12000000")));
		var successor = org.actor(org.successor);
		confirmation.dispute(successor, h, 1, "我查了银行对账单，余额是356.62万元，不是358.62万元");
		confirmation.dispute(successor, h, 2, "县财政局的数是1180万元");
		String audit = "r" + org.auditReviewer;

		String asked = say(audit, "第1项我们核对了银行对账单，11月30日余额确实是356.62万元，按356.62万元更正");
		assertThat(asked).doesNotContain("没有听懂").contains("裁定 1 更正");
		assertThat(String.join("\n", chat.press(audit, "确认"))).contains("3,566,200.00元");
		assertThat(checklists.item(h, 1).amount()).isEqualByComparingTo("3566200");

		String card = say(audit, "第2项应该按审计的来，金额1180万元");
		assertThat(card).contains("裁定 2 更正 金额应为11,800,000.00元；应该按审计的来，金额1180万元");
		assertThat(String.join("\n", chat.press(audit, "确认"))).contains("11,800,000.00元");
		assertThat(checklists.item(h, 2).amount()).isEqualByComparingTo("11800000");
		// the ruling recorded reads as one, the words as said kept after it
		assertThat(say("r" + org.departing, "第2项")).contains("金额应为11,800,000.00元；应该按审计的来");
	}

	private String say(String user, String text) {
		return String.join("\n", chat.say(user, text));
	}

}
