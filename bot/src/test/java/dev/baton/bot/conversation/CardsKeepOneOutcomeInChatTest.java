package dev.baton.bot.conversation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.console.ConsoleHttp;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.web.ApiTokens;
import dev.baton.integrations.chat.OutboundMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12, findings 9 and 12: one action, one outcome, whichever way it came. An action
 * taken by text updates the card that asked for it (the test adapter, like the web chat
 * and DingTalk, can update a card without a press); a later press of that card answers
 * what happened and when, shows it on the card, and does nothing twice. A reviewer whose
 * round another department ended is told so, by card and by text, instead of a refusal
 * about the state.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class CardsKeepOneOutcomeInChatTest {

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
	HandoverService handovers;

	@Autowired
	HandoverRecords records;

	@Autowired
	Checklists checklists;

	@Autowired
	ReviewService reviews;

	@Autowired
	AuditLog audit;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	dev.baton.bot.confirmation.ConfirmationService confirmation;

	@Autowired
	ApiTokens tokens;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.departing, org.successor, org.organizationReviewer, org.financeReviewer,
				org.auditReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
	}

	@Test
	void signedForByTextThenTheCardPressedAnswersWhatHappened() {
		long h = opened();
		String departing = user(org.departing);
		OutboundMessage.Card ack = ackCard(departing);

		assertThat(chat.say(departing, "签收")).singleElement().asString().contains("已签收").contains("第1部分");
		assertThat(chat.outcomeOf(ack)).as("the card asking for 签收 shows it was done").isEqualTo("已签收");

		List<String> pressed = chat.press(departing, ack, "签收");
		assertThat(pressed).singleElement().asString().contains("您已于").contains("签收").doesNotContain("第1部分");
		assertThat(chat.outcomeOf(ack)).isEqualTo("已签收");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(audit.history(h).stream().filter(e -> e.action().equals("NOTICE_ACKNOWLEDGED"))).hasSize(1);
	}

	@Test
	void anItemConfirmedByTextClosesItsCardAndAPressOfItChangesNothing() {
		long h = staged.confirming(org, "shizuishan",
				List.of(Stated.work("统计大数据平台二期"), Stated.balance("银行账户余额", "1234567.89"), Stated.done("机构编制")));
		String successor = user(org.successor);
		chat.say(successor, "第1项");
		OutboundMessage.Card first = chat.lastCard(successor);
		chat.say(successor, "第2项");
		OutboundMessage.Card second = chat.lastCard(successor);

		chat.say(successor, "确认 1");
		assertThat(chat.outcomeOf(first)).isEqualTo("已确认第1项");
		assertThat(chat.outcomeOf(second)).as("item 2 is still to confirm").isNull();

		// the old card of item 1 pressed: what happened, once; no second confirmation, no
		// next card
		List<String> again = chat.press(successor, first, "确认");
		assertThat(again).singleElement().asString().contains("第1项您已于").contains("确认");
		assertThat(audit.history(h).stream().filter(e -> e.action().equals("ITEM_CONFIRMED"))).hasSize(1);

		// disputed by text: its card says so, and pressing 确认 on it confirms nothing
		chat.say(successor, "异议 2 余额与对账单不符");
		assertThat(chat.outcomeOf(second)).isEqualTo("已对第2项提出异议");
		assertThat(chat.press(successor, second, "确认")).singleElement().asString().contains("您已于").contains("提出异议");
		assertThat(checklists.item(h, 2).confirmation()).isEqualTo(Confirmation.DISPUTED);
	}

	@Test
	void aReturnEndsTheRoundForTheOtherReviewersCardsAndWords() {
		long h = staged.inReview(org, List.of(Stated.work("统计大数据平台二期"), Stated.balance("银行账户余额", "1234567.89")));
		String finance = user(org.financeReviewer);
		String organization = user(org.organizationReviewer);
		chat.say(finance, "清单");
		OutboundMessage.Card financeCard = chat.lastCard(finance);
		// the card comes right after the checklist: its words do not ask for 清单 again
		// (#13, newcomer 4: 20)
		assertThat(financeCard.fallbackText()).startsWith("核对以上清单后，回复“通过”").doesNotContain("回复“清单”");
		chat.say(organization, "清单");
		OutboundMessage.Card organizationCard = chat.lastCard(organization);

		// organization approves on its card; audit returns by text: the round is over
		assertThat(chat.press(organization, organizationCard, "通过")).singleElement().asString().contains("审核通过");
		assertThat(chat.say(user(org.auditReviewer), "退回 第2项 请附银行对账单")).singleElement().asString().contains("退回交接清单");
		assertThat(records.find(h).state()).isEqualTo(HandoverState.DRAFTING);
		// a return that comments only on items has no general comment: none (null), as an
		// approval without one
		// (#13, newcomer 4: 23/24)
		assertThat(reviews.decisions(h)).extracting(d -> d.department() + ":" + d.comment())
			.containsExactlyInAnyOrder("ORGANIZATION:null", "AUDIT:null");
		assertThat(chat.outcomeOf(financeCard)).isEqualTo("本轮审核已结束（审计部门退回）");

		// finance presses its card, then types 通过: told the round ended and what comes
		// next, nothing recorded
		assertThat(chat.press(finance, financeCard, "通过")).singleElement()
			.asString()
			.contains("第1轮审核已于")
			.contains("由审计部门退回")
			.contains("重新提交后");
		assertThat(chat.say(finance, "通过")).singleElement().asString().contains("由审计部门退回").doesNotContain("现在不能进行这项操作");
		// organization, who approved, is told that too when it says 通过 again
		assertThat(chat.say(organization, "通过")).singleElement().asString().contains("由审计部门退回");
		assertThat(reviews.decisions(h)).extracting(d -> d.department())
			.containsExactlyInAnyOrder(Department.ORGANIZATION, Department.AUDIT);
	}

	/**
	 * One action, one outcome, whichever way it came (#12): the console, the REST API,
	 * another person acting outside the chat. The live card shows the outcome once that
	 * commits, and a later press answers what happened and does nothing twice.
	 */
	@Test
	void theHandoverCancelledOnTheConsoleEndsThe签收CardAndAPressDoesNothing() {
		long h = opened();
		String departing = user(org.departing);
		OutboundMessage.Card ack = ackCard(departing);
		assertThat(chat.outcomeOf(ack)).as("live").isNull();

		ConsoleHttp console = ConsoleHttp.signedIn(port, accounts, org.organizer);
		assertThat(console.cancel(h, "干部任免调整撤回").statusCode()).isEqualTo(302);
		assertThat(records.find(h).state()).isEqualTo(HandoverState.CANCELLED);

		assertThat(chat.outcomeOf(ack)).as("the card shows the handover ended, with no press").startsWith("已失效");
		assertThat(chat.press(departing, ack, "签收")).singleElement().asString().contains("已失效");
		assertThat(records.find(h).acknowledgedAt()).isNull();
		assertThat(audit.history(h).stream().filter(e -> e.action().equals("NOTICE_ACKNOWLEDGED"))).isEmpty();
	}

	@Test
	void theSuccessorChangedThroughTheApiEndsTheOldSuccessorsConfirmCards() throws Exception {
		long h = confirmingTwoItems();
		String successor = user(org.successor);
		OutboundMessage.Card first = liveCard(successor, "第1项");
		long newcomer = directory.addOfficial("冯新任", "市统计局局长（新拟任）", org.department.id()).id();

		HttpResponse<String> changed = api("/api/handovers/" + h + "/successor",
				"{\"successorId\": " + newcomer + ", \"reason\": \"原人选另有任用\"}");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

		assertThat(chat.outcomeOf(first)).isEqualTo("已失效（接任人已更换）");
		assertThat(chat.press(successor, first, "确认")).singleElement().asString().contains("接任人已更换");
		assertThat(checklists.item(h, 1).confirmation()).isEqualTo(Confirmation.PENDING);
		assertThat(audit.history(h).stream().filter(e -> e.action().equals("ITEM_CONFIRMED"))).isEmpty();
	}

	@Test
	void aReturnByAnotherReviewerOutsideTheChatEndsTheRoundOnTheOthersCards() {
		long h = staged.inReview(org, List.of(Stated.work("统计大数据平台二期"), Stated.balance("银行账户余额", "1234567.89")));
		String finance = user(org.financeReviewer);
		chat.say(finance, "清单");
		OutboundMessage.Card financeCard = chat.lastCard(finance);
		assertThat(chat.outcomeOf(financeCard)).as("live").isNull();

		// the audit department returns it elsewhere (not in a chat turn)
		reviews.returnChecklist(org.actor(org.auditReviewer), h, Department.AUDIT, "请附银行对账单", Map.of());

		assertThat(chat.outcomeOf(financeCard)).isEqualTo("本轮审核已结束（审计部门退回）");
		assertThat(chat.press(finance, financeCard, "通过")).singleElement().asString().contains("由审计部门退回");
		assertThat(reviews.decisions(h)).extracting(d -> d.department()).containsExactly(Department.AUDIT);
	}

	@Test
	void everythingConfirmedElsewhereEndsThe确认全部CardAndAPressConfirmsNothingAgain() {
		long h = confirmingTwoItems();
		String successor = user(org.successor);
		chat.say(successor, "第1项");
		OutboundMessage.Card asked = liveCard(successor, "其余都没问题吧");
		assertThat(asked.fallbackText()).contains("您是要确认其余全部待确认的事项吗");

		// confirmed another way (not in this chat): the checklist goes on to signing
		confirmation.confirmAllPending(org.actor(org.successor), h);
		assertThat(records.find(h).state()).isEqualTo(HandoverState.SIGNING);

		assertThat(chat.outcomeOf(asked)).startsWith("已失效");
		assertThat(chat.press(successor, asked, "确认")).singleElement().asString().contains("这张卡片已失效");
		assertThat(audit.history(h).stream().filter(e -> e.action().equals("ITEMS_CONFIRMED"))).hasSize(1);
	}

	@Test
	void theHandoverCancelledThroughTheApiEndsAnObjectionCardAndAPressDisputesNothing() throws Exception {
		long h = confirmingTwoItems();
		String successor = user(org.successor);
		OutboundMessage.Card asked = liveCard(successor, "第2项跟实际不一样");
		assertThat(asked.fallbackText()).contains("对第2项提出异议吗");

		HttpResponse<String> cancelled = api("/api/handovers/" + h + "/cancel", "{\"reason\": \"干部任免调整撤回\"}");
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);

		assertThat(chat.outcomeOf(asked)).startsWith("已失效");
		assertThat(chat.press(successor, asked, "提出异议")).singleElement().asString().contains("已失效");
		assertThat(checklists.item(h, 2).confirmation()).isEqualTo(Confirmation.PENDING);
		assertThat(audit.history(h).stream().filter(e -> e.action().equals("ITEM_DISPUTED"))).isEmpty();
	}

	/** A POST to the REST API as the organizer. */
	private HttpResponse<String> api(String path, String json) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Bearer " + tokens.issue(org.organizer, "cards test"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A handover whose two items the successor is to confirm. */
	private long confirmingTwoItems() {
		return staged.confirming(org, "shizuishan",
				List.of(Stated.work("统计大数据平台二期"), Stated.balance("银行账户余额", "1234567.89")));
	}

	/** The card Baton answers the words with, live: no outcome on it yet. */
	private OutboundMessage.Card liveCard(String person, String words) {
		chat.say(person, words);
		OutboundMessage.Card card = chat.lastCard(person);
		assertThat(chat.outcomeOf(card)).as("live").isNull();
		return card;
	}

	/** A handover just opened, its notice not yet signed for. */
	private long opened() {
		return handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
	}

	/** The 签收 card the departing official is sent when they ask for help. */
	private OutboundMessage.Card ackCard(String departing) {
		chat.say(departing, "帮助");
		return chat.lastCard(departing);
	}

	private static String user(long official) {
		return "u" + official;
	}

}
