package dev.baton.bot.conversation;

import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.review.ReviewDecision;
import dev.baton.bot.review.ReviewService;
import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.state.SharedState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What words mean for the person who says them, through the test adapter (#12 findings 10
 * and 11, and the clarifying question): the successor is shown an item before a yes
 * counts for it; a reviewer's 没问题 in joint review approves; no one is answered with
 * another role's refusal; a guess is asked about with buttons and nothing is done on it.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class MeaningInContextTest {

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
	ChecklistService checklist;

	@Autowired
	Checklists checklists;

	@Autowired
	ReviewService review;

	@Autowired
	SharedState state;

	@Autowired
	JsonMapper json;

	TestOrg org;

	long h;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.organizationReviewer, org.disciplineReviewer,
				org.financeReviewer, org.auditReviewer, org.departing, org.successor)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		h = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
	}

	@Test
	void aReviewersYesInJointReviewApprovesAndTheirNoReturnsWithTheCommentAsked() {
		submitThreeItems();
		// finding 11: 没问题 from a reviewer was answered "只有接任干部可以确认交接事项"
		assertThat(chat.say(user(org.organizationReviewer), "没问题")).singleElement()
			.asString()
			.contains("审核通过")
			.doesNotContain("接任干部");
		assertThat(review.decisions(h)).singleElement().satisfies(d -> {
			assertThat(d.department()).isEqualTo(Department.ORGANIZATION);
			assertThat(d.decision()).isEqualTo("APPROVED");
		});
		// a 👍 approves too; a guess (收到) is asked about, and nothing is done on it
		assertThat(chat.say(user(org.financeReviewer), "👍")).singleElement().asString().contains("审核通过");
		assertThat(chat.say(user(org.disciplineReviewer), "收到")).singleElement().asString().contains("您是要审核通过这份交接清单吗");
		assertThat(review.decisions(h)).hasSize(2);
		assertThat(chat.say(user(org.disciplineReviewer), "不是")).singleElement().asString().contains("没有办理");
		assertThat(review.decisions(h)).hasSize(2);
		// a no is a return: the comment is asked, then taken
		assertThat(chat.say(user(org.disciplineReviewer), "有问题")).singleElement().asString().contains("退回的理由");
		assertThat(state()).isEqualTo(HandoverState.IN_REVIEW);
		assertThat(chat.say(user(org.disciplineReviewer), "第2项 请附银行对账单")).singleElement().asString().contains("退回交接清单");
		assertThat(state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(review.decisions(h)).filteredOn(d -> d.department() == Department.DISCIPLINE)
			.singleElement()
			.extracting(ReviewDecision::decision)
			.isEqualTo("RETURNED");
		assertThat(review.latestReturnComments(h)).singleElement().satisfies(comment -> {
			assertThat(comment.itemId()).isEqualTo(checklists.item(h, 2).id());
			assertThat(comment.body()).isEqualTo("请附银行对账单");
		});
	}

	@Test
	void aReturnSaidWithItsCommandWordsKeepsNoneOfThemAsTheRemark() {
		submitThreeItems();
		// newcomer 2: "有问题，退回。第9项…；第11项…" sent a return notice with 其他意见：退回。
		assertThat(chat.say(user(org.financeReviewer), "有问题，退回。第2项请附12月银行对账单；第3项要写清是哪几个村")).singleElement()
			.asString()
			.contains("退回交接清单");
		assertThat(review.decisions(h)).filteredOn(d -> d.department() == Department.FINANCE)
			.singleElement()
			.satisfies(d -> {
				assertThat(d.decision()).isEqualTo("RETURNED");
				assertThat(d.comment()).as("the overall remark").isNullOrEmpty();
			});
		assertThat(review.latestReturnComments(h)).extracting(c -> c.body()).containsExactly("请附12月银行对账单", "要写清是哪几个村");
	}

	@Test
	void noOneIsAnsweredWithAnotherRolesRefusal() {
		submitThreeItems();
		// the successor's 确认 during review: the handover waits on the reviewers, the
		// successor has nothing to do
		assertThat(chat.say(user(org.successor), "确认 1")).singleElement()
			.asString()
			.contains("联合审核中")
			.contains("没有需要办理");
		approveAll();
		// a reviewer's 确认 while the successor confirms: told so, not "只有接任干部可以确认交接事项"
		List<String> reviewer = chat.say(user(org.organizationReviewer), "确认");
		assertThat(reviewer).singleElement()
			.asString()
			.contains("接任确认中")
			.contains("接任干部正在逐项确认")
			.contains("没有需要办理")
			.doesNotContain("只有");
		assertThat(chat.say(user(org.departing), "好的")).singleElement().asString().contains("没有需要办理");
		// the audit reviewer rules on disputes: what is theirs to do is said
		assertThat(chat.say(user(org.auditReviewer), "没问题")).singleElement().asString().contains("裁定");
		assertThat(checklists.items(h)).allSatisfy(i -> assertThat(i.confirmation()).isEqualTo(Confirmation.PENDING));
	}

	@Test
	void theSuccessorIsShownEachItemBeforeAYesCountsForIt() {
		submitThreeItems();
		approveAll();
		String successor = user(org.successor);
		// finding 10: 好的 confirmed item 1, never put to them; now it shows item 1 with
		// its buttons
		List<String> first = chat.say(successor, "好的");
		assertThat(first).last().asString().contains("第1项").contains("道路改造");
		assertThat(chat.lastCard(successor).buttons()).extracting(b -> b.label()).containsExactly("确认", "有异议", "下一个");
		assertThat(confirmation(1)).isEqualTo(Confirmation.PENDING);
		// now it was put to them: 好的 confirms it and the next is shown
		assertThat(chat.say(successor, "好的")).last().asString().contains("第2项");
		assertThat(confirmation(1)).isEqualTo(Confirmation.CONFIRMED);
		// 清单 lists everything, then puts the first open item to them
		List<String> list = chat.say(successor, "清单");
		// item 2's card, sent with the last 好的, still waits: said in one line, not sent
		// again (newcomer 9)
		assertThat(list).singleElement().asString().contains("交接清单").contains("上面“请确认第2项”的卡片还在等您回答");
		// the dialog lost (Redis flushed): a yes shows the item again, it does not
		// confirm it unseen
		assertThat(state.delete("dialog:WEB:" + ScriptedChat.CORP + ":" + successor)).isTrue();
		assertThat(chat.say(successor, "没问题")).last().asString().contains("第2项");
		assertThat(confirmation(2)).isEqualTo(Confirmation.PENDING);
		// explicit words work as before
		assertThat(chat.say(successor, "确认 3")).first().asString().contains("第3项已确认");
		assertThat(confirmation(3)).isEqualTo(Confirmation.CONFIRMED);
		assertThat(chat.say(successor, "全部确认")).first().asString().contains("已确认其余1项");
		assertThat(confirmation(2)).isEqualTo(Confirmation.CONFIRMED);
	}

	@Test
	void aGuessIsAskedAboutWithButtonsAndNothingIsDoneOnIt() {
		String departing = user(org.departing);
		// the departing official's 收到 to the notice: probably 签收, asked
		// "通知收到了" (newcomer 12): the notice named with it is the same guess, with the
		// same buttons
		assertThat(chat.say(departing, "通知收到了")).singleElement().asString().contains("您是要签收《离任交接通知书》吗");
		assertThat(chat.lastCard(departing).buttons()).extracting(b -> b.label()).containsExactly("确认", "不是");
		assertThat(chat.press(departing, "不是")).singleElement().asString().contains("没有办理");
		assertThat(state()).isEqualTo(HandoverState.NOTIFIED);
		List<String> asked = chat.say(departing, "收到");
		assertThat(asked).singleElement().asString().contains("您是要签收《离任交接通知书》吗").doesNotContain("常用指令");
		assertThat(chat.lastCard(departing).buttons()).extracting(b -> b.label()).containsExactly("确认", "不是");
		assertThat(state()).isEqualTo(HandoverState.NOTIFIED);
		assertThat(chat.press(departing, "不是")).singleElement().asString().contains("没有办理");
		assertThat(state()).isEqualTo(HandoverState.NOTIFIED);
		chat.say(departing, "好的");
		assertThat(state()).isEqualTo(HandoverState.NOTIFIED);
		assertThat(chat.press(departing, "确认")).singleElement().asString().contains("已签收");
		assertThat(state()).isEqualTo(HandoverState.DRAFTING);

		fillAndSubmit();
		approveAll();
		String successor = user(org.successor);
		// "3 没问题吧" is a guess: asked; a no does nothing; a yes by text does it
		assertThat(chat.say(successor, "3 没问题吧")).singleElement().asString().contains("您是要确认第3项吗");
		assertThat(chat.say(successor, "不是")).singleElement().asString().contains("没有办理");
		assertThat(confirmation(3)).isEqualTo(Confirmation.PENDING);
		chat.say(successor, "3 没问题吧");
		assertThat(chat.say(successor, "是的")).first().asString().contains("第3项已确认");
		assertThat(confirmation(3)).isEqualTo(Confirmation.CONFIRMED);
		// 收到 on a shown item: asked about that item; the button does it
		chat.say(successor, "第1项");
		assertThat(chat.say(successor, "收到")).singleElement().asString().contains("您是要确认第1项吗");
		assertThat(confirmation(1)).isEqualTo(Confirmation.PENDING);
		assertThat(chat.press(successor, "确认")).first().asString().contains("第1项已确认");
		assertThat(confirmation(1)).isEqualTo(Confirmation.CONFIRMED);
		// a question asked back is no answer: another message lets the question lapse,
		// and is read on its own
		chat.say(successor, "其余都没问题吧");
		assertThat(chat.say(successor, "进度")).singleElement().asString().contains("清单事项3项");
		assertThat(chat.say(successor, "不是")).singleElement().asString().doesNotContain("没有办理");
		assertThat(confirmation(2)).isNotEqualTo(Confirmation.CONFIRMED);
	}

	@Test
	void aDialogStoredBeforeClarifyingQuestionsIsStillReadAndOneWithAQuestionRoundTrips() {
		DialogStore store = new DialogStore(state, json);
		ChatUser user = new ChatUser(Platform.WEB, ScriptedChat.CORP, "old-" + h);
		state.put("dialog:WEB:" + ScriptedChat.CORP + ":old-" + h,
				"{\"handoverId\":" + h
						+ ",\"section\":\"S1\",\"item\":3,\"pending\":\"DISPUTE_REASON\",\"english\":false}",
				DialogStore.KEPT_FOR);
		assertThat(store.load(user)).isEqualTo(new DialogState(h, "S1", 3, DialogState.Pending.DISPUTE_REASON, false));
		DialogState asking = new DialogState(h, null, 2, DialogState.Pending.NONE, false).clarifying(Intent.CONFIRM, 3);
		store.save(user, asking);
		assertThat(store.load(user)).isEqualTo(asking);
		assertThat(store.load(user).proposed()).isEqualTo(Intent.CONFIRM);
		assertThat(store.load(user).answered().proposed()).isNull();
		// stored before a proposal kept its words (newcomer 2): still read, with none
		state.put("dialog:WEB:" + ScriptedChat.CORP + ":old-" + h, "{\"handoverId\":" + h
				+ ",\"item\":2,\"pending\":\"CLARIFY\",\"english\":false,\"proposed\":\"CONFIRM\",\"proposedItem\":3}",
				DialogStore.KEPT_FOR);
		assertThat(store.load(user)).isEqualTo(asking);
		DialogState ruling = asking.answered().proposing(Intent.RULE, 12, "裁定 12 更正 按1.96万亩更正");
		store.save(user, ruling);
		assertThat(store.load(user).proposedWords()).isEqualTo("裁定 12 更正 按1.96万亩更正");
		assertThat(store.load(user).answered().proposedWords()).isNull();
	}

	/**
	 * Newcomer 25, finding 6: an acknowledgement (清楚了, 好的，清楚了) is never "没有听懂"; it says
	 * what, if anything, waits on the one who says it, and does nothing.
	 */
	@Test
	void anAcknowledgementSaysWhatWaitsOnTheSpeakerAndDoesNothing() {
		String departing = user(org.departing);
		assertThat(String.join("\n", chat.say(departing, "好的，清楚了"))).contains("您是要签收《离任交接通知书》吗").doesNotContain("没有听懂");
		chat.press(departing, "不是");
		assertThat(state()).isEqualTo(HandoverState.NOTIFIED);
		for (long official : List.of(org.successor, org.organizer)) {
			assertThat(String.join("\n", chat.say(user(official), "清楚了"))).doesNotContain("没有听懂").contains("没有需要办理");
		}
		submitThreeItems();
		assertThat(String.join("\n", chat.say(user(org.auditReviewer), "好的，清楚了"))).doesNotContain("没有听懂")
			.contains("审核仍待您办理");
		assertThat(String.join("\n", chat.say(departing, "明白了"))).doesNotContain("没有听懂").contains("没有需要办理");
		assertThat(review.decisions(h)).isEmpty();
		approveAll();
		// the reviewer whose review is done: nothing waits on them
		assertThat(String.join("\n", chat.say(user(org.financeReviewer), "好的，清楚了"))).doesNotContain("没有听懂")
			.contains("没有需要办理");
		assertThat(checklists.items(h)).allSatisfy(i -> assertThat(i.confirmation()).isEqualTo(Confirmation.PENDING));
	}

	private void submitThreeItems() {
		handovers.acknowledge(org.actor(org.departing), h);
		fillAndSubmit();
	}

	private void fillAndSubmit() {
		var departing = org.actor(org.departing);
		List<Section> sections = checklists.sections(h);
		for (String title : List.of("道路改造", "银行账户余额", "办公楼维修")) {
			checklist.addItem(departing, h, sections.get(0).code(),
					new ItemDraft(title, null, title.equals("道路改造") ? ItemStatus.IN_PROGRESS : ItemStatus.DONE, null,
							null, null, null, null, null));
		}
		for (Section s : sections.subList(1, sections.size())) {
			checklist.declareSectionEmpty(departing, h, s.code());
		}
		checklist.submit(departing, h);
	}

	private void approveAll() {
		for (Department d : records.policy(records.find(h)).reviewers()) {
			if (review.decisions(h)
				.stream()
				.noneMatch(x -> x.department() == d && x.round() == records.find(h).reviewRound())) {
				review.approve(org.actor(org.reviewer(d)), h, d, null, Map.of());
			}
		}
		assertThat(state()).isEqualTo(HandoverState.CONFIRMING);
	}

	private Confirmation confirmation(int seq) {
		return checklists.item(h, seq).confirmation();
	}

	private HandoverState state() {
		return records.find(h).state();
	}

	private static String user(long official) {
		return "m" + official;
	}

}
