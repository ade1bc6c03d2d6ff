package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.review.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 20a, findings 5 and 6: 财政's 「第6项这笔欠款有结算书吗？金额和合同对不上吧」 returned the checklist at
 * once (交接不清 sent to three people), though no 退回 was said; 组织's 「水务局这个我看了，没问题」 was asked
 * about instead of approving, the unit named by its short name.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class TwentiethNewcomerReviewersInChatTest {

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
	ReviewService review;

	@Autowired
	JdbcTemplate jdbc;

	TestOrg org;

	long h;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan",
				new TestOrg.Names("石嘴山市", "石嘴山市水务局", "CITY_DEPARTMENT", "马离任", "市水务局局长", "杨接任", "市水务局副局长（拟任）"));
		for (long official : List.of(org.departing, org.financeReviewer, org.organizationReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "t20" + official, official);
		}
		h = staged.inReview(org, List.of(Stated.work("城区雨污分流管网改造"), Stated.unfinishedMoney("欠宁夏水利水电工程局工程款", "465000")));
	}

	@Test
	void anObjectionToAnItemWithoutReturnIsAskedWithTheCardNeverReturned() {
		String finance = "t20" + org.financeReviewer;
		for (String said : List.of("第2项这笔欠款有结算书吗？金额和合同对不上吧", "第2项金额和合同对不上，请附结算书", "第2项金额不对，请核实")) {
			String offered = String.join("\n", chat.say(finance, said));
			assertThat(offered).as(said).contains("只提问（不退回）");
			assertThat(chat.lastCard(finance).buttons().stream().map(b -> b.label()).toList()).as(said)
				.containsExactly("退回", "只提问（不退回）", "不是");
			assertThat(records.find(h).state()).as(said).isEqualTo(HandoverState.IN_REVIEW);
			assertThat(review.latestReturnComments(h)).as(said).isEmpty();
			assertThat(flags()).as(said).isZero();
			chat.press(finance, "不是");
		}
		// said outright, it is a return as before
		String returned = String.join("\n", chat.say(finance, "退回 第2项 金额和合同对不上，请附结算书"));
		assertThat(returned).contains("已代表财政部门退回交接清单");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(flags()).isOne();
	}

	@Test
	void theUnitsShortNameNamesTheHandoverInFocusAsItsFullNameDoes() {
		String organization = "t20" + org.organizationReviewer;
		String approved = String.join("\n", chat.say(organization, "水务局这个我看了，没问题"));
		assertThat(approved).contains("已代表组织部门审核通过").doesNotContain("您是要审核通过");
		String finance = "t20" + org.financeReviewer;
		String full = String.join("\n", chat.say(finance, "石嘴山市水务局这个我看了，没问题"));
		assertThat(full).contains("已代表财政部门审核通过").doesNotContain("您是要审核通过");
	}

	private long flags() {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM discipline_flag WHERE handover_id = ? AND flag = 'UNCLEAR_HANDOVER'", Long.class,
				h);
	}

}
