package dev.baton.bot.conversation;

import java.util.List;
import java.util.Locale;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.review.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import dev.baton.integrations.chat.OutboundMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 16, finding 2b (t19a): 财政 typed 「第6项运维费合同是哪年签的？」 and could only return
 * the checklist (recorded as 交接不清) or drop the question. Now 只提问（不退回） sends it to the
 * departing official naming the item, the review stays open with no flag, the question
 * and the answer are kept on the item, and the answer goes back to 财政.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class ReviewQuestionWithoutReturnInChatTest {

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
	JdbcTemplate jdbc;

	@Autowired
	dev.baton.bot.policy.Policies policies;

	@Autowired
	MessageSource messages;

	@Autowired
	JsonMapper json;

	TestOrg org;

	String finance;

	String departing;

	long h;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.departing, org.financeReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "q" + official, official);
		}
		finance = "q" + org.financeReviewer;
		departing = "q" + org.departing;
		h = staged.inReview(org, List.of(Stated.work("统计大数据平台二期"), Stated.unfinishedMoney("欠宁夏信达软件公司系统运维费", "380000")));
	}

	@Test
	void aQuestionOnlyGoesToTheDepartingOfficialAndTheAnswerComesBack() {
		String offered = String.join("\n", chat.say(finance, "第2项运维费合同是哪年签的？"));
		assertThat(offered).contains("只提问（不退回）");
		assertThat(chat.lastCard(finance).buttons().stream().map(b -> b.label()).toList()).containsExactly("退回",
				"只提问（不退回）", "不是");

		String sent = String.join("\n", chat.press(finance, "只提问（不退回）"));
		assertThat(sent).contains("已把您的提问转给离任干部").contains("第2项“欠宁夏信达软件公司系统运维费”：运维费合同是哪年签的？").contains("回复“通过”");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.IN_REVIEW);
		assertThat(flags()).isZero();
		assertThat(review.latestReturnComments(h)).isEmpty();
		assertThat(review.comments(h)).singleElement().satisfies(c -> {
			assertThat(c.question()).isTrue();
			assertThat(c.body()).isEqualTo("运维费合同是哪年签的？");
		});
		assertThat(notice(OutboxEvent.REVIEW_QUESTION, org.departing)).contains("第2项“欠宁夏信达软件公司系统运维费”提问：运维费合同是哪年签的？")
			.contains("这不是退回")
			.contains("第2项补充：");

		// the departing official's free words while the question is open: asked about
		String asked = String.join("\n", chat.say(departing, "合同是2024年签的，合同原件在局办公室档案柜"));
		assertThat(asked).contains("是您的答复吗").doesNotContain("已记录为第3项");
		assertThat(chat.lastCard(departing).buttons().stream().map(b -> b.label()).toList()).containsExactly("记为第2项答复",
				"取消");
		String answered = String.join("\n", chat.press(departing, "记为第2项答复"));
		assertThat(answered).contains("已在第2项“欠宁夏信达软件公司系统运维费”下记录您的答复：合同是2024年签的，合同原件在局办公室档案柜").contains("已转给提问的财政部门");
		assertThat(checklists.items(h)).hasSize(2);
		assertThat(checklists.supplements(h)).singleElement().satisfies(s -> {
			assertThat(s.body()).isEqualTo("合同是2024年签的，合同原件在局办公室档案柜");
			assertThat(s.round()).isEqualTo(records.find(h).reviewRound());
		});
		assertThat(notice(OutboxEvent.REVIEW_QUESTION_ANSWERED, org.financeReviewer)).contains("运维费合同是哪年签的？")
			.contains("离任干部答复：合同是2024年签的，合同原件在局办公室档案柜");

		// the review stayed open: 财政 still decides
		assertThat(String.join("\n", chat.say(finance, "好，通过"))).contains("已代表财政部门审核通过");
		assertThat(flags()).isZero();
	}

	/**
	 * Newcomer 21, finding 10: 「是的」 typed to 「是对第6项提问的答复吗？[记为第6项答复][取消]」 gave a stage
	 * summary and the answer was lost. A typed yes presses the card's one action.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "是的", "对", "好的", "确认" })
	void aTypedYesRecordsTheAnswerTheCardProposes(String yes) {
		chat.say(finance, "第2项运维费合同是哪年签的？");
		chat.press(finance, "只提问（不退回）");
		chat.say(departing, "合同是2025年签的，原件在局财务室");
		OutboundMessage.Card card = chat.lastCard(departing);
		String answered = String.join("\n", chat.say(departing, yes));
		assertThat(answered).contains("已在第2项“欠宁夏信达软件公司系统运维费”下记录您的答复：合同是2025年签的，原件在局财务室").contains("已转给提问的财政部门");
		assertThat(checklists.supplements(h)).singleElement()
			.satisfies(s -> assertThat(s.body()).isEqualTo("合同是2025年签的，原件在局财务室"));
		assertThat(notice(OutboxEvent.REVIEW_QUESTION_ANSWERED, org.financeReviewer))
			.contains("离任干部答复：合同是2025年签的，原件在局财务室");
		// the card shows what came of it, as a press would
		assertThat(chat.outcomeOf(card)).isEqualTo("已记为第2项答复");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.IN_REVIEW);
	}

	@Test
	void theAnswerTypedOnTheItemAnswersTheQuestion() {
		chat.say(finance, "第2项运维费合同是哪年签的？");
		chat.press(finance, "只提问（不退回）");
		String answered = String.join("\n", chat.say(departing, "第2项补充：运维合同2024年3月签订，原件存局办公室档案柜"));
		assertThat(answered).contains("已在第2项“欠宁夏信达软件公司系统运维费”下记录您的答复：运维合同2024年3月签订，原件存局办公室档案柜");
		assertThat(checklists.supplements(h)).hasSize(1);
		// answered: later words are not asked about as an answer
		assertThat(String.join("\n", chat.say(departing, "合同原件在局办公室档案柜"))).doesNotContain("是您的答复吗");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.IN_REVIEW);
	}

	/**
	 * Newcomer 22, finding 9: on the item in chat the question read 「审核意见（第1轮，审计部门）：…」 as
	 * if the item had been returned, and while the review ran it was not there at all,
	 * only the answer as 补充说明. It is said as a question, with its answer or that none
	 * came yet.
	 */
	@Test
	void theItemSaysTheQuestionAsOneWithItsAnswer() {
		chat.say(finance, "第2项运维费合同是哪年签的？");
		chat.press(finance, "只提问（不退回）");
		assertThat(String.join("\n", chat.say(departing, "第2项"))).contains("提问（第1轮，财政部门，只提问，不退回）：运维费合同是哪年签的？尚未答复")
			.doesNotContain("审核意见");

		chat.say(departing, "第2项补充：运维合同2024年3月签订，原件存局办公室档案柜");
		assertThat(String.join("\n", chat.say(departing, "第2项")))
			.containsPattern("提问（第1轮，财政部门，只提问，不退回）：运维费合同是哪年签的？答复（\\d{4}-\\d{2}-\\d{2}）：运维合同2024年3月签订，原件存局办公室档案柜")
			.doesNotContain("补充说明")
			.doesNotContain("尚未答复");

		// reviewed: the successor's list says it the same way, not as a review opinion
		for (dev.baton.bot.directory.Department d : policies.byCode("shizuishan").reviewers()) {
			review.approve(org.actor(org.reviewer(d)), h, d, "同意", java.util.Map.of());
		}
		assertThat(records.find(h).state()).isEqualTo(HandoverState.CONFIRMING);
		directory.bindIdentity("WEB", ScriptedChat.CORP, "q" + org.successor, org.successor);
		String list = String.join("\n", chat.say("q" + org.successor, "清单"));
		assertThat(list).contains("提问（第1轮，财政部门，只提问，不退回）：运维费合同是哪年签的？答复（").doesNotContain("审核意见").doesNotContain("补充说明");
	}

	@Test
	void aReturnIsStillOnTheCard() {
		chat.say(finance, "第2项运维费合同是哪年签的？");
		chat.press(finance, "退回");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(flags()).isOne();
	}

	/**
	 * Newcomer 25, finding 6: 财政's 「好的，清楚了」 to the answer forwarded to her was answered
	 * 「没有听懂这条消息。」. An acknowledgement from a reviewer whose review is open says that it
	 * still waits on them and how to answer it; it approves nothing.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "好的，清楚了", "清楚了", "明白了", "知道了", "好的，知道了", "收到，明白了", "了解了" })
	void anAcknowledgementOfTheAnswerSaysTheReviewStillWaits(String said) {
		chat.say(finance, "第2项运维费合同是哪年签的？");
		chat.press(finance, "只提问（不退回）");
		chat.say(departing, "第2项补充：合同是2024年签的，原件在局办公室");
		String answered = String.join("\n", chat.say(finance, said));
		assertThat(answered).doesNotContain("没有听懂")
			.contains("第" + records.find(h).reviewRound() + "轮审核仍待您办理")
			.contains("“通过”")
			.contains("退回");
		assertThat(review.decisions(h)).isEmpty();
		assertThat(records.find(h).state()).isEqualTo(HandoverState.IN_REVIEW);
	}

	private String notice(OutboxEvent event, long to) {
		String payload = jdbc.queryForObject(
				"SELECT payload FROM outbox WHERE handover_id = ? AND event = ? AND recipient_id = ? ORDER BY id DESC LIMIT 1",
				String.class, h, event.name(), to);
		return new NotificationRenderer(messages, Locale.SIMPLIFIED_CHINESE).render(event, json.readTree(payload));
	}

	private long flags() {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM discipline_flag WHERE handover_id = ? AND flag = 'UNCLEAR_HANDOVER'", Long.class,
				h);
	}

}
