package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditEntry;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverFilter;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.outbox.OutboxMessage;
import dev.baton.bot.review.ReviewService;
import dev.baton.integrations.chat.OutboundMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 11 (two handovers, every role, web chat), talk12a: a reviewer's doubt
 * about numbered items said without 退回 is asked about as a return of the handover whose
 * review waits on it; one comment about two items is one comment, shown once with both; a
 * change of successor said inside a sentence is read, its reason kept.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class TwelfthTalkReviewersWordsInChatTest {

	private static final String DOUBT = "第1项和第2项好像是同一笔钱，重复了吧？请说明一下";

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
	Checklists checklists;

	@Autowired
	ReviewService reviews;

	@Autowired
	Outbox outbox;

	@Autowired
	NotificationRenderer renderer;

	@Autowired
	JsonMapper json;

	@Autowired
	AuditLog audit;

	TestOrg org;

	/** The seed's handover: two items, in review. */
	long first;

	/** 周红's handover of 市地震局: notified, nothing waits on the reviewers there. */
	long second;

	private void oneInReviewOneNotified() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		first = steps().openAndSign(org, List.of(org.departing, org.successor, org.organizer, org.organizationReviewer,
				org.disciplineReviewer, org.financeReviewer, org.auditReviewer, org.stranger));
		String departing = user(org.departing);
		chat.say(departing, "统计执法检查专项资金 现状 20万元");
		chat.say(departing, "统计执法检查经费 现状 20万元");
		steps().submitTheRestEmpty(first, departing);
		OrgUnit unit = directory.createUnit(org.city.id(), "quake-" + System.nanoTime(), "市地震局", "CITY_DEPARTMENT");
		long leaving = directory.addOfficial("周红", "市地震局局长", unit.id()).id();
		long coming = directory.addOfficial("吴强", "市地震局副局长", unit.id()).id();
		second = handovers
			.open(org.actor(org.organizer), new OpenRequest(unit.id(), leaving, coming, HandoverReason.TRANSFER))
			.id();
		assertThat(records.find(first).state()).isEqualTo(HandoverState.IN_REVIEW);
	}

	@Test
	void aReviewersDoubtAboutItemsIsAskedAsAReturnOfTheHandoverWhoseReviewWaits() {
		oneInReviewOneNotified();
		String discipline = user(org.disciplineReviewer);
		chat.say(discipline, "切换 " + second);
		String asked = String.join("\n", chat.say(discipline, DOUBT));
		assertThat(asked).contains("【交接" + first).contains("退回第1项、第2项，意见：“" + DOUBT + "”").doesNotContain("没有听懂");
		assertThat(chat.lastCard(discipline).buttons()).extracting(b -> b.label())
			.containsExactly("退回", "只提问（不退回）", "不是");
		// nothing done before the yes
		assertThat(records.find(first).state()).isEqualTo(HandoverState.IN_REVIEW);

		// 不是: nothing is returned
		chat.press(discipline, "不是");
		assertThat(records.find(first).state()).isEqualTo(HandoverState.IN_REVIEW);

		// said again and pressed: returned with the words, once, naming both items
		chat.say(discipline, "切换 " + second);
		chat.say(discipline, DOUBT);
		String returned = String.join("\n", chat.press(discipline, "退回"));
		assertThat(records.find(first).state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(returned).contains("第1项“统计执法检查专项资金”、第2项“统计执法检查经费”：" + DOUBT);
		assertThat(occurrences(returned, DOUBT)).isEqualTo(1);

	}

	@Test
	void oneCommentAboutTwoItemsIsShownOnceWithBothAndAnAnswerGoesToTheItemNamed() {
		oneInReviewOneNotified();
		String discipline = user(org.disciplineReviewer);
		chat.say(discipline, "切换 " + first);
		String comment = "第2项与第1项是否为同一笔专项资金？请说明";
		String returned = String.join("\n", chat.say(discipline, "退回 " + comment));
		assertThat(records.find(first).state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(occurrences(returned, comment)).as(returned).isEqualTo(1);
		assertThat(returned).contains("第1项“统计执法检查专项资金”、第2项“统计执法检查经费”：" + comment);

		// the departing official's notice: once, naming both items
		OutboxMessage notice = outbox.forHandover(first)
			.stream()
			.filter(m -> m.event() == OutboxEvent.CHECKLIST_RETURNED && m.recipientId() == org.departing)
			.findFirst()
			.orElseThrow();
		String told = renderer.render(notice.event(), json.readTree(notice.payload()));
		assertThat(occurrences(told, comment)).as(told).isEqualTo(1);
		assertThat(told).contains("第1项“统计执法检查专项资金”、第2项“统计执法检查经费”：" + comment);

		// the flag's reason: once
		String flagged = audit.history(first)
			.stream()
			.map(AuditEntry::detail)
			.filter(d -> d.contains("UNCLEAR_HANDOVER"))
			.findFirst()
			.orElse("");
		assertThat(occurrences(flagged, comment)).as(flagged).isLessThanOrEqualTo(1);

		// 清单: once, with both items; the other item points to it
		String departing = user(org.departing);
		String list = String.join("\n", chat.say(departing, "清单"));
		assertThat(occurrences(list, comment)).as(list).isEqualTo(1);
		assertThat(list).contains("第1项、第2项：" + comment).contains("与第1项同一条意见");

		// the answer attaches to the item named
		chat.say(departing, "第2项补充：两项不是同一笔，第2项是市级配套经费，凭证存局财务室");
		Item second = checklists.item(first, 2);
		assertThat(checklists.supplements(first)).singleElement().satisfies(s -> {
			assertThat(s.itemId()).isEqualTo(second.id());
			assertThat(s.body()).contains("市级配套经费");
		});
		// the record keeps the comment on each item it names (so an answer finds it)
		assertThat(reviews.comments(first)).hasSize(2);
	}

	@Test
	void aCardLeftWaitingIsSaidOnSwitchingAwayAndRecalledOnComingBack() {
		oneInReviewOneNotified();
		String finance = user(org.financeReviewer);
		chat.say(finance, "切换 " + first);
		assertThat(String.join("\n", chat.say(finance, DOUBT))).contains("您是要退回交接清单吗");
		OutboundMessage.Card asked = chat.lastCard(finance);

		String away = String.join("\n", chat.say(finance, "切换 " + second));
		assertThat(away).contains("交接" + first + "里还有卡片在等您：是否退回交接清单").contains("切换 " + first);

		String back = String.join("\n", chat.say(finance, "切换 " + first));
		assertThat(back).contains("提醒：这项交接里还有卡片在等您：是否退回交接清单");
		// once: the next message there does not say it again
		assertThat(String.join("\n", chat.say(finance, "进度"))).doesNotContain("还有卡片在等您");

		chat.press(finance, asked, "不是");
		assertThat(records.find(first).state()).isEqualTo(HandoverState.IN_REVIEW);
		// answered: nothing is said of it any more
		assertThat(String.join("\n", chat.say(finance, "切换 " + second))).doesNotContain("还有卡片在等您");
		assertThat(String.join("\n", chat.say(finance, "切换 " + first))).doesNotContain("还有卡片在等您");
	}

	@Test
	void aChangeOfSuccessorSaidInsideASentenceIsReadAndItsReasonKept() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.departing, org.successor)) {
			directory.bindIdentity(chat.platform(), chat.corp(), user(official), official);
		}
		long newcomer = directory.addOfficial("冯新任", "市统计局局长（新拟任）", org.department.id()).id();
		String organizer = user(org.organizer);
		assertThat(String.join("\n", chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 工作调动"))).contains("请确认发起交接");
		String card = String.join("\n", chat.say(organizer, "郑接任是财政的审核人，不合适。接任人改为冯新任"));
		assertThat(card).contains("请确认发起交接").contains("接任：冯新任");
		chat.say(organizer, "好的，确认");
		HandoverBrief opened = handovers.list(org.actor(org.organizer), HandoverFilter.all())
			.stream()
			.filter(b -> b.successorName().equals("冯新任"))
			.findFirst()
			.orElseThrow();
		assertThat(audit.history(opened.id())).filteredOn(e -> e.action().equals("HANDOVER_OPENED"))
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).contains("郑接任是财政的审核人，不合适"));

		// on a running handover, the reason after the name
		long third = directory.addOfficial("蒋三任", "市统计局局长（第三人选）", org.department.id()).id();
		String changed = String.join("\n", chat.say(organizer, "冯新任另有任用。交接" + opened.id() + "的接任人改为蒋三任，理由是组织另有安排"));
		assertThat(changed).contains("已由冯新任改为蒋三任");
		assertThat(records.find(opened.id()).successorId()).isEqualTo(third);
		assertThat(audit.history(opened.id())).filteredOn(e -> e.action().equals("SUCCESSOR_CHANGED"))
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).contains("冯新任另有任用"));
		assertThat(newcomer).isNotEqualTo(third);
	}

	@Test
	void anOrganizerAddsAReviewerInChatAsTheConsoleGrantsIt() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.departing, org.successor, org.stranger)) {
			directory.bindIdentity(chat.platform(), chat.corp(), user(official), official);
		}
		long added = directory.addOfficial("冯新任", "市统计局副局长", org.department.id()).id();
		String organizer = user(org.organizer);
		chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 工作调动");

		// someone who may not grant roles: refused, nothing granted
		String refused = String.join("\n", chat.say(user(org.stranger), "增设审核人 财政部门 冯新任"));
		assertThat(refused).contains("只有管辖该单位的系统管理员或组织部门干部");
		assertThat(reviewerRoles(added)).isEmpty();

		// a name nobody has: said, nothing granted, the card waits
		assertThat(String.join("\n", chat.say(organizer, "财政部门审核人增加 无此人"))).contains("找不到“无此人”")
			.contains("/console/directory/units/" + org.department.id());
		assertThat(reviewerRoles(added)).isEmpty();

		String again = String.join("\n", chat.say(organizer, "财政部门审核人增加 冯新任"));
		assertThat(again).contains("已增设冯新任为市统计局的财政部门审核人").contains("请确认发起交接").contains("财政部门 冯新任、钱财政");
		assertThat(reviewerRoles(added)).containsExactly("FINANCE@" + org.department.id());
		// said again: nothing more
		assertThat(String.join("\n", chat.say(organizer, "增设审核人 财政 冯新任"))).contains("已是市统计局的财政部门审核人");
		assertThat(reviewerRoles(added)).hasSize(1);
	}

	private List<String> reviewerRoles(long official) {
		return directory.rolesOf(official)
			.stream()
			.filter(r -> r.role() == dev.baton.bot.directory.Role.REVIEWER)
			.map(r -> r.department() + "@" + r.scopeUnitId())
			.toList();
	}

	private static int occurrences(String text, String words) {
		int n = 0;
		for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
			n++;
		}
		return n;
	}

	private static String user(long official) {
		return ChatSteps.user(official);
	}

	private ChatSteps steps() {
		return new ChatSteps(chat, directory, handovers, checklists);
	}

}
