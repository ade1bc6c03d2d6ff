package dev.baton.bot.conversation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverState;
import dev.baton.integrations.chat.OutboundMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 23 (an organizer's week), findings 6, 7, 9, 11 and 13, driven through the chat
 * on the real database: a range of items confirmed in words; a yes typed to the objection
 * card shows the outcome on that card; a signer asking for more time is told whom to ask;
 * a short preamble before a command word does not stop it being read; an organizer's
 * cards show how their draft ended when the answer was typed, and a later press says
 * which way it ended.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class TwentyThirdNewcomerInChatTest {

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
	ConfirmationService confirmation;

	TestOrg org;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.departing, org.successor, org.organizationReviewer,
				org.financeReviewer, org.auditReviewer, org.disciplineReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
	}

	/** Finding 6: 第2到第6项都没问题 confirms the items of the range, and only those. */
	@Test
	void aRangeOfItemsSaidToBeRightConfirmsEachOfThemAndNoOther() {
		long h = staged.confirming(org, "shizuishan", List.of(Stated.work("统计大数据平台二期"),
				Stated.balance("银行账户余额", "1234567.89"), Stated.done("机构编制"), Stated.work("办公电脑")));
		String successor = user(org.successor);
		chat.say(successor, "清单");

		List<String> said = chat.say(successor, "第1到第3项都没问题");

		assertThat(String.join("\n", said)).contains("已确认第1至3项中待确认的3项").doesNotContain("没有听懂");
		assertThat(List.of(1, 2, 3))
			.allSatisfy(seq -> assertThat(checklists.item(h, seq).confirmation()).isEqualTo(Confirmation.CONFIRMED));
		assertThat(checklists.item(h, 4).confirmation()).as("item 4 was not in the range")
			.isEqualTo(Confirmation.PENDING);
	}

	/** Finding 7: a typed yes to "对第2项有异议吗？" updates that card, as a press would. */
	@Test
	void aYesTypedToTheObjectionCardShowsTheDisputeOnThatCard() {
		long h = staged.confirming(org, "shizuishan",
				List.of(Stated.work("统计大数据平台二期"), Stated.balance("银行账户余额", "1234567.89")));
		String successor = user(org.successor);
		chat.say(successor, "第2项跟实际不一样，账上只有120万");
		OutboundMessage.Card asked = chat.lastCard(successor);
		assertThat(asked.fallbackText()).contains("对第2项提出异议吗");
		assertThat(chat.outcomeOf(asked)).as("live").isNull();

		assertThat(String.join("\n", chat.say(successor, "是的"))).contains("已对第2项提出异议");

		assertThat(checklists.item(h, 2).confirmation()).isEqualTo(Confirmation.DISPUTED);
		assertThat(chat.outcomeOf(asked)).as("the card the yes answered shows it").isEqualTo("已对第2项提出异议");
	}

	/**
	 * Finding 9: a signer who may not extend asks for more time and is told that the
	 * organizer does it, by name; nothing is moved.
	 */
	@Test
	void aSignerAskingForMoreTimeIsToldTheOrganizerExtendsAndWho() {
		long h = signing();
		String organizer = directory.official(org.organizer).name();

		for (long asking : List.of(org.successor, org.disciplineReviewer)) {
			String said = String.join("\n", chat.say(user(asking), "我在外地学习，下周一回去再签可以吗"));
			assertThat(said).doesNotContain("没有听懂").contains("组织部门").contains(organizer).contains("交接" + h);
		}
		assertThat(String.join("\n", chat.say(user(org.successor), "能不能晚几天再签"))).contains(organizer);
		assertThat(records.find(h).state()).isEqualTo(HandoverState.SIGNING);
	}

	/** Finding 11: "回来了，签字" is 签字, as "我签字" is; "那我签字" too. */
	@Test
	void aShortPreambleBeforeACommandWordLeavesTheCommand() {
		signing();
		for (String words : List.of("回来了，签字", "那我签字")) {
			assertThat(String.join("\n", chat.say(user(org.successor), words))).as(words)
				.doesNotContain("没有听懂")
				.containsAnyOf("一次性签字码", "已经签");
		}
	}

	/**
	 * Finding 13: the 请确认发起交接 card shows 已发起交接N once "好的，确认" is typed, and 已放弃 once "算了"
	 * is; a later press of either says which way it ended.
	 */
	@Test
	void anOrganizersCardAnsweredByTypingShowsHowItEndedAndALaterPressSaysSo() {
		String organizer = user(org.organizer);
		chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 退休");
		OutboundMessage.Card replaced = chat.lastCard(organizer);
		chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 工作调动");
		OutboundMessage.Card dropped = chat.lastCard(organizer);
		// a new 发起交接 while a card waits lets the waiting one go, and it shows it
		assertThat(chat.outcomeOf(replaced)).isEqualTo("已放弃");
		assertThat(chat.outcomeOf(dropped)).as("live").isNull();
		assertThat(String.join("\n", chat.say(organizer, "算了"))).contains("放弃");
		assertThat(chat.outcomeOf(dropped)).isEqualTo("已放弃");

		chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 工作调动");
		OutboundMessage.Card confirmed = chat.lastCard(organizer);
		String opened = String.join("\n", chat.say(organizer, "好的，确认"));
		Matcher id = Pattern.compile("已发起交接(\\d+)").matcher(opened);
		assertThat(id.find()).as(opened).isTrue();
		assertThat(chat.outcomeOf(confirmed)).isEqualTo("已发起交接" + id.group(1));

		assertThat(chat.press(organizer, confirmed, "确认")).singleElement()
			.asString()
			.contains("交接" + id.group(1))
			.contains("已经发起");
		assertThat(chat.outcomeOf(confirmed)).isEqualTo("已发起交接" + id.group(1));
		assertThat(chat.press(organizer, dropped, "确认")).singleElement().asString().contains("已经放弃");
		assertThat(chat.outcomeOf(dropped)).isEqualTo("已放弃");
	}

	/** A handover whose items are confirmed: the signers sign. */
	private long signing() {
		long h = staged.confirming(org, "shizuishan",
				List.of(Stated.work("统计大数据平台二期"), Stated.balance("银行账户余额", "1234567.89")));
		confirmation.confirmAllPending(org.actor(org.successor), h);
		assertThat(records.find(h).state()).isEqualTo(HandoverState.SIGNING);
		return h;
	}

	private static String user(long official) {
		return "u" + official;
	}

}
