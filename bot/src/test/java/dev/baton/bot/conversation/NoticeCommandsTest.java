package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.PlanStep;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.outbox.OutboxMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice that tells a person what to send is taken at its word: the very command quoted
 * in the notice they received, sent by them, does what the notice says. 进度 says in words
 * what waits (no stored code such as step:1) and, in follow-up, every plan step with its
 * progress, numbered as people type them.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class NoticeCommandsTest {

	private static final Pattern QUOTED = Pattern.compile("回复“([^”]+)”");

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
	ArchivedHandovers archiver;

	@Autowired
	FollowUpService followUp;

	@Autowired
	Outbox outbox;

	@Autowired
	ChecklistService checklist;

	@Autowired
	Checklists checklists;

	@Autowired
	MessageSource messages;

	@Autowired
	JsonMapper json;

	TestOrg org;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
	}

	@Test
	void theNoticeOfAHandoverStartsFillingForTheDepartingAndShowsTheRestWhereItStands() {
		long h = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		String notice = notice(h, OutboxEvent.NOTICE_ISSUED, org.departing);
		assertThat(notice).doesNotContain("回复“我的交接”开始填写");

		List<String> commands = commands(notice);
		assertThat(commands).containsExactly("签收", "进度 " + h);
		assertThat(chat.say(user(org.departing), "签收")).singleElement()
			.asString()
			.startsWith("已签收")
			.contains("现在填写第1部分");
		assertThat(chat.say(user(org.successor), "进度 " + h)).singleElement()
			.asString()
			.startsWith("交接" + h + "：市统计局，陈离任 → 郑接任（填写清单中）")
			.contains("· 填报交接清单，期限");
	}

	@Test
	void progressInFollowUpIsShownInWordsToTheOrganizerTheNoticeSendsThere() {
		long h = archiver.archived(org, "shizuishan");
		followUp.submitPlan(org.actor(org.successor), h, 1,
				List.of(new PlanStep("完成验收", java.time.LocalDate.of(2026, 12, 31)),
						new PlanStep("结清工程款", java.time.LocalDate.of(2027, 1, 29))));
		FollowUpStep first = followUp.steps(h).get(0);
		followUp.reportProgress(org.actor(org.successor), h, first.id(), "已通过初验", null, false);

		String notice = notice(h, OutboxEvent.PROGRESS_REPORTED, org.organizer);
		List<String> commands = commands(notice);
		assertThat(commands).containsExactly("进度 " + h);

		String status = chat.say(user(org.organizer), commands.get(0)).get(0);
		assertThat(status).startsWith("交接" + h + "：市统计局，陈离任 → 郑接任（未了事项跟踪中）")
			// each step said once, under 推进计划 (newcomer D27)
			.doesNotContain("完成验收，期限2026-12-31")
			.contains("等待中：\n· 未了事项的推进步骤（见下方推进计划）")
			.contains("推进计划：\n· 步骤1.1（第1项第1步）：完成验收，2026-12-31前完成，最新进展（2026-11-23）：已通过初验\n"
					+ "· 步骤1.2（第1项第2步）：结清工程款，2027-01-29前完成，尚未报告进展")
			.doesNotContain("step:")
			.doesNotContain("FOLLOW_UP_STEP");

		followUp.reportProgress(org.actor(org.successor), h, first.id(), "验收报告已归档", null, true);
		assertThat(chat.say(user(org.organizer), "进度").get(0))
			.contains("· 步骤1.1（第1项第1步）：完成验收，2026-12-31前完成，已完成（2026-11-23）：验收报告已归档")
			.doesNotContain("· 步骤1.1（第1项第1步）：完成验收，期限");
	}

	@Test
	void inAGroupProgressIsCountedWithoutTheWordsOfThePlanOrTheReports() {
		long h = archiver.archived(org, "shizuishan");
		followUp.submitPlan(org.actor(org.successor), h, 1,
				List.of(new PlanStep("结清工程款120万元", java.time.LocalDate.of(2026, 12, 31))));
		followUp.reportProgress(org.actor(org.successor), h, followUp.steps(h).get(0).id(), "已支付80万元", null, false);

		String status = chat.sayInGroup(user(org.organizer), "unit-group", "进度").get(0);

		assertThat(status).startsWith("交接" + h + "：")
			.contains("· 步骤1.1（第1项第1步），期限2026-12-31")
			.contains("推进计划共1个步骤，已完成0个。")
			.doesNotContain("万元")
			.doesNotContain("结清");
	}

	@Test
	void theCommandToPublishWorksOnAHandoverThatClosedSinceTheNotice() {
		TestOrg township = new TestOrg(directory, actors, "wuyishan");
		long h = archiver.archived(township, "wuyishan");
		List<String> commands = commands(notice(h, OutboxEvent.PUBLICITY_NO_GROUP, township.organizer));
		assertThat(commands).containsExactly("公开交接 " + h);
		followUp.submitPlan(township.actor(township.successor), h, 1,
				List.of(new PlanStep("完成验收", java.time.LocalDate.of(2026, 12, 31))));
		followUp.reportProgress(township.actor(township.successor), h, followUp.steps(h).get(0).id(), "已验收", null,
				true);
		String organizer = user(township.organizer);
		chat.sayInGroup(organizer, "township-group-" + h, "绑定本群 市统计局");

		assertThat(chat.say(organizer, commands.get(0))).singleElement()
			.asString()
			.startsWith("已将交接" + h + "的公开摘要发到本单位的工作群");
		assertThat(chat.say(organizer, "进度 " + h)).singleElement()
			.asString()
			.startsWith("交接" + h + "：市统计局，陈离任 → 郑接任（已办结）");
	}

	@Test
	void theReviewNoticeSendsTheReviewerToTheirToDoList() {
		long h = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		var d = org.actor(org.departing);
		var sections = checklists.sections(h);
		checklist.addItem(d, h, sections.get(0).code(), ItemDraft.titled("统计执法检查").withStatus(ItemStatus.DONE, false));
		sections.subList(1, sections.size()).forEach(s -> checklist.declareSectionEmpty(d, h, s.code()));
		checklist.submit(d, h);

		List<String> commands = commands(notice(h, OutboxEvent.REVIEW_REQUESTED, org.disciplineReviewer));
		assertThat(commands).containsExactly("我的待办");
		assertThat(chat.say(user(org.disciplineReviewer), "我的待办")).singleElement()
			.asString()
			.startsWith("您的待办共1项")
			.contains("联合审核（纪检监察）")
			.contains("回复“通过”");
	}

	@Test
	void nobodyIsSentToWhereNothingWaits() {
		assertThat(chat.say("nobody-" + org.stranger, "帮助")).singleElement()
			.asString()
			.contains("还没有绑定")
			.contains("运行交接棒服务的技术人员")
			.doesNotContain("请联系系统管理员绑定账号");
		assertThat(chat.say(user(org.outsideOrganizer), "帮助").get(0)).startsWith("您管辖范围内目前没有进行中的交接。交接发起后，相关通知会发给您。")
			.doesNotContain("回复“我的交接”查看");
	}

	@Test
	void whatWaitsIsSaidInWordsForEveryKindOfStep() {
		long h = archiver.archived(org, "shizuishan");

		String status = chat.say(user(org.successor), "进度").get(0);

		assertThat(status).contains("· 制定未了事项推进计划，期限")
			.contains("推进计划：\n· 第1项 统计大数据平台二期：尚未制定推进计划")
			.doesNotContainPattern("[A-Z]{3,}");
	}

	private String notice(long handoverId, OutboxEvent event, long recipient) {
		NotificationRenderer renderer = new NotificationRenderer(messages, Locale.SIMPLIFIED_CHINESE);
		List<String> texts = new ArrayList<>();
		for (OutboxMessage m : outbox.forHandover(handoverId)) {
			if (m.event() == event && m.recipientId() != null && m.recipientId() == recipient) {
				texts.add(renderer.render(m.event(), json.readTree(m.payload())));
			}
		}
		assertThat(texts).as(event + " to " + recipient).hasSize(1);
		return texts.get(0);
	}

	private static List<String> commands(String notice) {
		List<String> found = new ArrayList<>();
		Matcher m = QUOTED.matcher(notice);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private String user(long official) {
		String user = "n" + official;
		directory.bindIdentity("WEB", ScriptedChat.CORP, user, official);
		return user;
	}

}
