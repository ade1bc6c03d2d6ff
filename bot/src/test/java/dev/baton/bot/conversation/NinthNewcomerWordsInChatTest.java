package dev.baton.bot.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * #12, newcomer 9: 石嘴山市统计局 driven through the web chat. The organizer told only "正在联合审核"
 * (not who reviews for 组织部门); the return notice said "提交" where README says "重新送审"; every
 * section's prompt showed a building repair as its example; a dispute's reply did not say
 * the reason filed; an archived handover stopped a new one.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class NinthNewcomerWordsInChatTest {

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
	Disputes disputes;

	@Autowired
	ReviewService review;

	@Autowired
	ArchivedHandovers archived;

	@Autowired
	MessageSource messages;

	TestOrg org;

	long handoverId;

	String departing;

	private void open(String seed) {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, seed);
		handoverId = steps().openAndSign(org, List.of(org.departing, org.successor, org.organizer,
				org.organizationReviewer, org.disciplineReviewer, org.financeReviewer, org.auditReviewer));
		departing = user(org.departing);
	}

	@Test
	void inJointReviewTheOrganizerIsToldWhoReviewsForEachDepartmentAndWhereEachStands() {
		open("shizuishan");
		chat.say(departing, "统计大数据平台二期 推进中 2027-03-31");
		submitAllEmpty();
		chat.say(user(org.disciplineReviewer), "没问题");
		String organization = directory.official(org.organizationReviewer).name();
		String discipline = directory.official(org.disciplineReviewer).name();
		// the organizer's 通过 is not theirs to give: told who reviews for 组织部门 and who has
		String said = String.join("\n", chat.say(user(org.organizer), "通过"));
		assertThat(said).contains("组织部门（" + organization + "）待审核").contains("纪检监察（" + discipline + "）已通过");
		assertThat(String.join("\n", chat.say(user(org.organizer), "帮助"))).contains("组织部门（" + organization + "）待审核")
			.contains("纪检监察（" + discipline + "）已通过");
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.IN_REVIEW);
	}

	@Test
	void afterAReturnTheWordsSaidAreTheOnesThatWorkAndBothWork() {
		open("shizuishan");
		chat.say(departing, "统计大数据平台二期 推进中 2027-03-31");
		submitAllEmpty();
		assertThat(messages.getMessage("notify.CHECKLIST_RETURNED", null, Locale.SIMPLIFIED_CHINESE))
			.contains("回复“重新送审”")
			.doesNotContain("“提交”");
		assertThat(messages.getMessage("notify.CHECKLIST_RETURNED", null, Locale.ENGLISH)).contains("\"resubmit\"")
			.doesNotContain("\"submit\"");
		returned();
		String said = String.join("\n", chat.say(departing, "第1项期限改为2027年4月30日"));
		assertThat(said).contains("回复“重新送审”").doesNotContain("回复“提交”");
		assertThat(String.join("\n", chat.say(departing, "重新送审"))).contains("已提交");
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.IN_REVIEW);
		returned();
		assertThat(String.join("\n", chat.say(departing, "提交"))).contains("已提交");
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.IN_REVIEW);
	}

	@Test
	void eachSectionsPromptGivesAnExampleOfItsOwnKind() {
		open("shizuishan");
		List<Section> sections = checklists.sections(handoverId);
		for (int i = 1; i < sections.size(); i++) {
			Section s = sections.get(i);
			String prompt = String.join("\n", chat.say(departing, "本部分无"));
			String example = messages.getMessage("conv.section.example." + s.code(), null,
					messages.getMessage("conv.section.example", null, Locale.SIMPLIFIED_CHINESE),
					Locale.SIMPLIFIED_CHINESE);
			assertThat(prompt).as(s.code()).contains("“" + s.titleZh() + "”").contains("（如“" + example + "”）");
			if (!s.code().equals("key_work")) {
				assertThat(prompt).as(s.code()).doesNotContain("办公楼维修改造");
			}
		}
		assertThat(sections).extracting(Section::code).contains("party_building", "rectification", "economic");
	}

	@Test
	void aDisputeRepliesWithTheReasonFiled() {
		open("shizuishan");
		chat.say(departing, "局机关基本账户余额 现状 86.5万元");
		submitAllEmpty();
		steps().approveAsEveryReviewer(org);
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.CONFIRMING);
		String successor = user(org.successor);
		chat.say(successor, "清单");
		String said = String.join("\n", chat.say(successor, "第1项余额不对，我看账上是83.2万"));
		assertThat(said).contains("已对第1项提出异议").contains("“第1项余额不对，我看账上是83.2万”");
		assertThat(disputes.forHandover(handoverId)).singleElement()
			.satisfies(d -> assertThat(said).contains(d.reason()));

		// a ruling in the auditor's own words: the card shows the item and the figure it
		// will write, before a yes
		String audit = user(org.auditReviewer);
		chat.say(audit, "第1项我们去核实了，银行对账单上11月30日余额是832000元，按83.2万元更正");
		assertThat(chat.lastCard(audit).body()).contains("第1项“局机关基本账户余额”将由865,000.00元更正为832,000.00元");
		assertThat(checklists.item(handoverId, 1).amount()).isEqualByComparingTo("865000");
		assertThat(String.join("\n", chat.say(audit, "是的"))).contains("由865,000.00元更正为832,000.00元");
		assertThat(checklists.item(handoverId, 1).amount()).isEqualByComparingTo("832000");
	}

	@Test
	void anArchivedHandoverDoesNotStopANewOneAndARunningOneSaysWhatToDo() {
		chat.listenWith(conversation);
		TestOrg city = new TestOrg(directory, actors, "shizuishan");
		long first = archived.archived(city, "shizuishan");
		assertThat(records.find(first).state()).isIn(HandoverState.ARCHIVED, HandoverState.FOLLOW_UP);
		long second = handovers
			.open(city.actor(city.organizer),
					new OpenRequest(city.department.id(), city.departing, city.successor, HandoverReason.TRANSFER))
			.id();
		assertThat(second).isNotEqualTo(first);
		// while it runs, a third is refused, with what to do next
		String refusal = messages.getMessage("handover.alreadyOpen", new Object[] { "陈建国", "市统计局", second },
				Locale.SIMPLIFIED_CHINESE);
		assertThat(refusal).contains("进度 " + second).contains("取消 " + second);
		assertThatThrownBy(() -> handovers.open(city.actor(city.organizer),
				new OpenRequest(city.department.id(), city.departing, city.successor, HandoverReason.TRANSFER)))
			.hasFieldOrPropertyWithValue("messageKey", "handover.alreadyOpen");
	}

	private void returned() {
		review.returnChecklist(org.actor(org.financeReviewer), handoverId, Department.FINANCE, null,
				Map.of(1, "期限请核实"));
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.DRAFTING);
	}

	private void submitAllEmpty() {
		steps().submitTheRestEmpty(handoverId, departing);
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.IN_REVIEW);
	}

	private static String user(long official) {
		return ChatSteps.user(official);
	}

	private ChatSteps steps() {
		return new ChatSteps(chat, directory, handovers, checklists);
	}

}
