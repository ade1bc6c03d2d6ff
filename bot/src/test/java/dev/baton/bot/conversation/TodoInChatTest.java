package dev.baton.bot.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 我的待办 lists, across all the person's handovers, the open steps that wait on them, each
 * with its handover named, its due day, whether it is overdue and what to send; and what
 * it says to send works.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, dev.baton.bot.StagedHandovers.class })
class TodoInChatTest {

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
	ChecklistService checklist;

	@Autowired
	Checklists checklists;

	@Autowired
	ReviewService review;

	@Autowired
	MutableClock clock;

	@Autowired
	dev.baton.scheduler.calendar.WorkCalendar calendar;

	@Autowired
	dev.baton.bot.system.TimeSource time;

	@Autowired
	dev.baton.bot.StagedHandovers staged;

	@Autowired
	dev.baton.bot.confirmation.ConfirmationService confirmation;

	TestOrg org;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
	}

	@AfterEach
	void resetClock() {
		clock.set(DomainContext.Clocks.START);
	}

	@Test
	void aReviewerSeesTheReviewWaitingOnTheirDepartmentAndWhatToSendFollowsThrough() {
		long inReview = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		submit(inReview);
		long other = directory.addOfficial("黄副局", "市统计局副局长", org.department.id()).id();
		long notified = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), other, org.stranger, HandoverReason.TRANSFER))
			.id();
		review.approve(org.actor(org.auditReviewer), inReview, Department.AUDIT, "同意", Map.of());
		clock.advance(Duration.ofDays(20)); // the review is overdue
		String finance = user(org.financeReviewer);

		String todo = chat.say(finance, "我的待办").get(0);

		assertThat(todo).startsWith("您的待办共1项（按期限先后）：\n· 【交接" + inReview + " 市统计局 陈离任→郑接任】 联合审核（财政部门），期限")
			// the handover opened since does not take the reviewer's focus away from the
			// review waiting on them
			// (#12, newcomer 10), so there is nothing to switch to first
			.contains("（已逾期")
			.contains("期限")
			.contains("回复“清单”查看后，回复“通过”或“退回 第N项 意见”。")
			.doesNotContain("切换")
			.doesNotContain("交接" + notified);
		// overdue counted as the dashboard and the record count it: in working days
		// (newcomer 21, finding 16)
		java.util.regex.Matcher due = java.util.regex.Pattern.compile("期限(\\d{4}-\\d{2}-\\d{2})").matcher(todo);
		assertThat(due.find()).isTrue();
		int workingDaysLate = calendar.workingDaysBetween(java.time.LocalDate.parse(due.group(1)), time.today());
		assertThat(workingDaysLate).isPositive();
		assertThat(todo).contains("（已逾期" + workingDaysLate + "个工作日）");
		assertThat(chat.say(user(org.auditReviewer), "我的待办")).singleElement().asString().startsWith("您目前没有需要办理的待办事项");

		// what it said to send does it
		assertThat(chat.say(finance, "切换 " + inReview).get(0)).startsWith("【交接" + inReview + " ")
			.contains("\n交接" + inReview + "：");
		assertThat(chat.say(finance, "清单")).hasSize(2);
		assertThat(chat.say(finance, "通过")).singleElement().asString().contains("已代表财政部门审核通过");
		assertThat(chat.say(finance, "我的待办")).singleElement().asString().startsWith("您目前没有需要办理的待办事项");

		// the departing official of the other handover: acknowledge, then fill
		String theirs = chat.say(user(other), "我的待办").get(0);
		assertThat(theirs).startsWith("您的待办共2项")
			.contains("签收交接通知书，期限")
			.contains("回复“签收”。")
			.contains("填报交接清单，期限")
			.doesNotContain("切换");
	}

	/**
	 * Newcomer 21, finding 14: a deadline a reply names that is already past is said as
	 * past, with the working days overdue, never as if still ahead.
	 */
	@Test
	void aDeadlineAlreadyPastIsSaidAsPast() {
		var opened = handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER));
		java.time.LocalDate due = opened.checklistDue();
		clock.advance(Duration.ofDays(30));
		int late = calendar.workingDaysBetween(due, time.today());

		assertThat(chat.say(user(org.departing), "签收").get(0)).startsWith("已签收。")
			.contains("交接清单原定" + due + "前提交，已逾期" + late + "个工作日")
			.doesNotContain("须在");

		clock.set(DomainContext.Clocks.START);
		TestOrg other = new TestOrg(directory, actors, "shizuishan"); // another departing
																		// official
		long signing = staged.confirming(other, "shizuishan",
				List.of(dev.baton.bot.StagedHandovers.Stated.work("统计平台二期")));
		confirmation.confirmAllPending(other.actor(other.successor), signing);
		clock.advance(Duration.ofDays(30));
		String departing = user(other.departing);
		chat.say(departing, "切换 " + signing);
		String code = chat.say(departing, "签字").get(0).replaceAll("(?s).*?(\\d{6}).*", "$1");
		String signed = chat.say(departing, "签字 " + code).get(0);
		java.util.regex.Matcher signDue = java.util.regex.Pattern.compile("（期限(\\d{4}-\\d{2}-\\d{2})，已逾期(\\d+)个工作日）")
			.matcher(signed);
		assertThat(signDue.find()).as(signed).isTrue();
		assertThat(Integer.parseInt(signDue.group(2)))
			.isEqualTo(calendar.workingDaysBetween(java.time.LocalDate.parse(signDue.group(1)), time.today()))
			.isPositive();
	}

	/**
	 * Newcomer 22, finding 15: 进度 5 said 「填报交接清单，期限2026-12-16（已逾期）」 while 我的待办 said
	 * 「已逾期2个工作日」 of the same step. 进度 counts the working days as 我的待办 does.
	 */
	@Test
	void progressCountsTheWorkingDaysOverdueAsTheTodoListDoes() {
		long id = staged.drafted(org, List.of(dev.baton.bot.StagedHandovers.Stated.work("统计平台二期")));
		// the checklist is due Thursday 12-03; Wednesday 12-09 is four working days later
		clock.set(java.time.Instant.parse("2026-12-09T03:00:00Z"));
		String organizer = user(org.organizer);
		assertThat(String.join("\n", chat.say(organizer, "进度 " + id))).contains("填报交接清单，期限2026-12-03（已逾期4个工作日）")
			.doesNotContain("（已逾期）");
		chat.say(organizer, "English");
		assertThat(String.join("\n", chat.say(organizer, "进度 " + id)))
			.contains("due 2026-12-03 (4 working days overdue)");
	}

	private void submit(long h) {
		Actor d = org.actor(org.departing);
		List<Section> sections = checklists.sections(h);
		checklist.addItem(d, h, sections.get(0).code(), ItemDraft.titled("统计执法检查").withStatus(ItemStatus.DONE, false));
		sections.subList(1, sections.size()).forEach(s -> checklist.declareSectionEmpty(d, h, s.code()));
		checklist.submit(d, h);
	}

	private String user(long official) {
		String user = "t" + official;
		directory.bindIdentity("WEB", ScriptedChat.CORP, user, official);
		return user;
	}

}
