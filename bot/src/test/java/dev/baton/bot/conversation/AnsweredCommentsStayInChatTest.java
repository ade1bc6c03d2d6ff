package dev.baton.bot.conversation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.confirmation.Ruling;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.review.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12, newcomer findings C22 and C23: after archiving, 清单 and 第N项 still show the
 * review comment each supplement answers, with its round (a supplement alone is half the
 * story), and the successor's dispute reason stands beside audit's ruling.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class AnsweredCommentsStayInChatTest {

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
	ReviewService reviews;

	@Autowired
	ConfirmationService confirmation;

	@Autowired
	HandoverRecords records;

	@Autowired
	Policies policies;

	TestOrg org;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.departing, org.successor, org.auditReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "c" + official, official);
		}
	}

	@Test
	void theAnsweredCommentAndTheDisputeReasonStayOnTheArchivedItem() {
		long h = staged.inReview(org, List.of(Stated.work("统计大数据平台二期"), Stated.balance("银行账户余额", "1234567.89")));
		String departing = "c" + org.departing;
		String successor = "c" + org.successor;
		chat.say("c" + org.auditReviewer, "退回 第2项 请附银行对账单");
		chat.say(departing, "第2项补充：已附工商银行2026年11月30日对账单，余额与账面一致");
		chat.say(departing, "提交");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.IN_REVIEW);
		for (Department d : policies.byCode("shizuishan").reviewers()) {
			reviews.approve(org.actor(org.reviewer(d)), h, d, "同意", Map.of());
		}
		confirmation.confirm(org.actor(org.successor), h, 1);
		confirmation.dispute(org.actor(org.successor), h, 2, "对账单日期早于交接日");
		confirmation.rule(org.actor(org.auditReviewer), h, 2, Ruling.UPHELD, "余额经银行确认无误", (BigDecimal) null);
		staged.signAll(org, "shizuishan", h);
		assertThat(records.find(h).state()).isEqualTo(HandoverState.ARCHIVED);

		String item = String.join("\n", chat.say(successor, "第2项"));
		assertThat(item).contains("审核意见（第1轮，审计部门）：请附银行对账单")
			.contains("已附工商银行2026年11月30日对账单")
			.contains("对账单日期早于交接日")
			.contains("余额经银行确认无误");
		assertThat(item.indexOf("请附银行对账单")).isLessThan(item.indexOf("已附工商银行"));
		assertThat(item.indexOf("对账单日期早于交接日")).isLessThan(item.indexOf("余额经银行确认无误"));

		String list = String.join("\n", chat.say(successor, "清单"));
		assertThat(list).contains("审核意见（第1轮，审计部门）：请附银行对账单").contains("对账单日期早于交接日");
	}

}
