package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.integrations.chat.OutboundMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * #12, newcomer 10 (王明 of 组织部 with two handovers open) and newcomer 9: which handover a
 * person's words are about when another opened since, a waiting card not sent again, an
 * organizer's card declined in words, a successor who is also a reviewer, and the
 * successor's part done while a dispute waits for the ruling.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class TenthNewcomerWordsInChatTest {

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
	WaitingSteps waitingSteps;

	@Autowired
	Checklists checklists;

	TestOrg org;

	long first;

	String departing;

	/**
	 * 交接1 of the seed, with one item, submitted: every department's review waits in it.
	 */
	private void firstInReview() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		first = steps().inReviewWithTwoItems(org);
		departing = user(org.departing);
		assertThat(records.find(first).state()).isEqualTo(HandoverState.IN_REVIEW);
	}

	@Test
	void reviewersWordsGoToTheHandoverWhereTheirReviewWaitsNotToTheNewestOne() {
		firstInReview();
		long newest = steps().anotherOpened(org, "周红", "李静");
		// the newest handover waits for its notice to be signed for: nothing of the
		// reviewers' waits there
		String help = String.join("\n", chat.say(user(org.auditReviewer), "帮助"));
		assertThat(help).as("help is about the handover where their review waits")
			.contains("交接" + first)
			.contains("联合审核");
		String organization = String.join("\n", chat.say(user(org.organizationReviewer), "看过了，通过"));
		String discipline = String.join("\n", chat.say(user(org.disciplineReviewer), "没问题"));
		// one who looked at the new handover first: their 通过 is still about the one where
		// their review waits
		chat.say(user(org.financeReviewer), "切换 " + newest);
		String finance = String.join("\n", chat.say(user(org.financeReviewer), "通过"));
		for (String said : List.of(organization, discipline, finance)) {
			assertThat(said).contains("【交接" + first)
				.contains("审核通过")
				.doesNotContain("没有需要办理的事项")
				.doesNotContain("还在等待离任干部签收通知书");
		}
		// nothing waits on him in the newest: no line pointing back to it (newcomer 11,
		// item 14)
		assertThat(finance).doesNotContain("切换 " + newest).doesNotContain("没有要办的事项");
		assertThat(openReviews(first)).containsExactly("AUDIT");
		assertThat(records.find(newest).state()).isEqualTo(HandoverState.NOTIFIED);
		chat.say(user(org.auditReviewer), "通过");
		assertThat(records.find(first).state()).isEqualTo(HandoverState.CONFIRMING);
	}

	@Test
	void wordsThatCouldBeForSeveralHandoversAreAskedAboutWithACardAndDoneOnTheOnePicked() {
		firstInReview();
		long second = steps().anotherOpened(org, "周红", "李静");
		String secondDeparting = user(records.find(second).departingId());
		chat.say(secondDeparting, "签收");
		for (int i = 0; i < checklists.sections(second).size(); i++) {
			chat.say(secondDeparting, "本部分无");
		}
		chat.say(secondDeparting, "提交");
		assertThat(records.find(second).state()).isEqualTo(HandoverState.IN_REVIEW);
		long third = steps().anotherOpened(org, "吴明", "冯亮");
		String reviewer = user(org.financeReviewer);
		chat.say(reviewer, "切换 " + third);
		String asked = String.join("\n", chat.say(reviewer, "通过"));
		assertThat(asked).contains("交接" + first).contains("交接" + second).contains("选定之前什么也没有办");
		assertThat(openReviews(first)).contains("FINANCE");
		assertThat(openReviews(second)).contains("FINANCE");
		String done = String.join("\n", chat.press(reviewer, "交接" + second));
		assertThat(done).contains("【交接" + second);
		assertThat(openReviews(second)).doesNotContain("FINANCE");
		assertThat(openReviews(first)).contains("FINANCE");
	}

	@Test
	void theSuccessorAndTheDepartingOfficialActOnTheHandoverWhereTheirStepWaits() {
		firstInReview();
		steps().approveAsEveryReviewer(org);
		assertThat(records.find(first).state()).isEqualTo(HandoverState.CONFIRMING);
		// the successor of 交接1 leaves his own post too: a handover where he is the
		// departing official
		long own = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.successor, org.stranger, HandoverReason.TRANSFER))
			.id();
		String successor = user(org.successor);
		String confirmed = String.join("\n", chat.say(successor, "确认 1"));
		assertThat(confirmed).contains("第1项已确认").contains("【交接" + first);
		assertThat(checklists.item(first, 1).confirmation()).isEqualTo(Confirmation.CONFIRMED);
		// now in 交接1: his 签收 is of the notice of his own handover, where it waits
		String signed = String.join("\n", chat.say(successor, "签收"));
		// said plainly: where the 签收 waited, that he is there now, and how to go back
		// to the one he left, where his confirmation still waits (newcomer 24, finding
		// 15)
		assertThat(signed).contains("已签收")
			.contains("【交接" + own)
			.contains("您说的这件事在交接" + own + "等您办理，已转到交接" + own + "。")
			.contains("交接" + first + "也有等您办的事，要回去办理请回复“切换 " + first + "”。")
			.doesNotContain("在那里");
		assertThat(records.find(own).state()).isEqualTo(HandoverState.DRAFTING);
		// and he is there: what he says next is about his own handover
		assertThat(String.join("\n", chat.say(successor, "进度"))).startsWith("【交接" + own + " ");
	}

	@Test
	void aCardThatWaitsIsNotSentAgainWhileThePersonSaysSomethingElse() {
		firstInReview();
		steps().approveAsEveryReviewer(org);
		String successor = user(org.successor);
		chat.say(successor, "清单");
		String dispute = String.join("\n", chat.say(successor, "第2项金额不对，应为118万元"));
		assertThat(dispute).contains("上面“请确认第1项”的卡片还在等您回答");
		assertThat(chat.cards(successor).stream().map(OutboundMessage.Card::title).filter("请确认第1项"::equals)).hasSize(1);
		// the card still works, and once answered the next question is a card of its own
		chat.press(successor, chat.cards(successor).get(chat.cards(successor).size() - 1), "确认");
		assertThat(checklists.item(first, 1).confirmation()).isEqualTo(Confirmation.CONFIRMED);
	}

	@Test
	void whenTheSuccessorsPartIsDoneTheConfirmationStepNoLongerWaitsOnHim() {
		firstInReview();
		steps().approveAsEveryReviewer(org);
		String successor = user(org.successor);
		chat.say(successor, "确认 1");
		chat.say(successor, "第2项金额不对，应为118万元");
		assertThat(checklists.item(first, 2).confirmation()).isEqualTo(Confirmation.DISPUTED);
		List<WaitingStep> steps = waitingSteps.steps(first);
		assertThat(steps.stream().filter(s -> s.open() && s.kind() == WaitingStepKind.CONFIRMATION)).isEmpty();
		assertThat(steps.stream().filter(s -> s.open() && s.kind() == WaitingStepKind.RULING)).hasSize(1);
		assertThat(String.join("\n", chat.say(successor, "我的待办"))).contains("没有");
	}

	/**
	 * The seed with the organizer, the parties and the reviewers on the web chat, nothing
	 * opened.
	 */
	private void organizerOnly() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.departing, org.successor, org.organizationReviewer,
				org.auditReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		departing = user(org.departing);
	}

	@Test
	void anOrganizersCardIsDeclinedInWordsAsAReviewersCardIs() {
		organizerOnly();
		String organizer = user(org.organizer);
		chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 调动");
		assertThat(String.join("\n", chat.say(organizer, "不是，我问问而已"))).contains("没有发起任何交接");
		assertThat(String.join("\n", chat.say(organizer, "确认"))).doesNotContain("已发起交接");
		assertThat(running()).isEmpty();
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		assertThat(String.join("\n", chat.say(organizer, "取消交接 " + id))).contains("理由");
		assertThat(String.join("\n", chat.say(organizer, "不用了，先放一放"))).contains("交接没有取消");
		assertThat(records.find(id).state()).isEqualTo(HandoverState.NOTIFIED);
	}

	@Test
	void theConfirmationCardSaysPlainlyWhenTheSuccessorIsAlsoAReviewerAndWhoElseReviews() {
		organizerOnly();
		// 郑接任 also reviews for 组织部门 over the city (newcomer 10: 李静 was both)
		directory.assignRole(org.successor, dev.baton.bot.directory.Role.REVIEWER,
				dev.baton.bot.directory.Department.ORGANIZATION, org.city.id());
		String organizer = user(org.organizer);
		String card = String.join("\n", chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 调动"));
		assertThat(card).contains("郑接任是这项交接的接任人，又是组织部门的审核人").contains("利益冲突").contains("组织部门的审核由李组审办理");
		assertThat(running()).isEmpty();
	}

	@Test
	void theDepartingOfficialsNoticeCarriesTheSignForCardWhenTheHandoverIsOpenedFromChat() {
		organizerOnly();
		String organizer = user(org.organizer);
		chat.say(organizer, "我们这边陈离任要调走了，由郑接任接任，帮我发起交接");
		chat.press(organizer, "确认");
		long id = running().get(0).id();
		deliverNotices();
		OutboundMessage.Card notice = chat.lastCard(departing);
		assertThat(notice.title()).isEqualTo("离任交接通知书");
		assertThat(notice.body()).contains("【离任交接通知书】市统计局");
		assertThat(notice.buttons()).extracting(OutboundMessage.Button::label).containsExactly("签收");
		assertThat(chat.cards(user(org.successor))).as("only the departing official signs for it").isEmpty();
		// help before signing does not send the card again: the notice's card above still
		// waits
		assertThat(String.join("\n", chat.say(departing, "帮助"))).contains("上面“离任交接通知书”的卡片还在等您回答");
		assertThat(chat.cards(departing)).hasSize(1);
		assertThat(String.join("\n", chat.press(departing, notice, "签收"))).contains("已签收");
		assertThat(records.find(id).state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(chat.outcomeOf(notice)).isEqualTo("已签收");
	}

	@Test
	void signingForInWordsShowsOnTheNoticesCard() {
		organizerOnly();
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		deliverNotices();
		OutboundMessage.Card notice = chat.lastCard(departing);
		chat.say(departing, "收到，签收");
		assertThat(records.find(id).state()).isEqualTo(HandoverState.DRAFTING);
		await().atMost(java.time.Duration.ofSeconds(20)).until(() -> chat.outcomeOf(notice) != null);
		assertThat(chat.outcomeOf(notice)).contains("签收");
	}

	@Autowired
	dev.baton.bot.delivery.OutboxExpander expander;

	@Autowired
	dev.baton.bot.delivery.DeliveryBatcher batcher;

	@Autowired
	dev.baton.bot.delivery.BatchSender sender;

	private void deliverNotices() {
		dev.baton.bot.delivery.OutboxWorker worker = new dev.baton.bot.delivery.OutboxWorker(expander, batcher, sender,
				10);
		for (int round = 0; round < 20 && worker.runOnce() > 0; round++) {
			// deliver everything due
		}
	}

	private List<dev.baton.bot.handover.HandoverBrief> running() {
		return handovers.list(org.actor(org.organizer), dev.baton.bot.handover.HandoverFilter.running(10));
	}

	private List<String> openReviews(long handoverId) {
		return waitingSteps.steps(handoverId)
			.stream()
			.filter(s -> s.open() && s.kind() == WaitingStepKind.REVIEW)
			.map(WaitingStep::subject)
			.toList();
	}

	private static String user(long official) {
		return ChatSteps.user(official);
	}

	private ChatSteps steps() {
		return new ChatSteps(chat, directory, handovers, checklists);
	}

}
