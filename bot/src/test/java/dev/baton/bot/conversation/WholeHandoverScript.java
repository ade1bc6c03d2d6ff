package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.signoff.SignoffService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 石嘴山 policy from notice to archive and through a follow-up step, done only by
 * chatting, every role in its own words: each reply is asserted, and the record after
 * each step. Run through the test adapter and through the emulator on WeCom and on
 * DingTalk.
 */
abstract class WholeHandoverScript {

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
	SignoffService signoff;

	@Autowired
	FollowUpService followUp;

	TestOrg org;

	long handoverId;

	/** The people's chat: the test adapter, or an emulated platform. */
	abstract ChatScript chat();

	@BeforeEach
	void setUp() {
		org = new TestOrg(directory, actors, "shizuishan");
		List<String> users = new java.util.ArrayList<>();
		for (long official : List.of(org.organizer, org.organizationReviewer, org.disciplineReviewer,
				org.financeReviewer, org.auditReviewer, org.departing, org.successor, org.stranger)) {
			directory.bindIdentity(chat().platform(), chat().corp(), user(official), official);
			users.add(user(official));
		}
		users.add("nobody-" + org.departing);
		chat().addUsers(users);
		handoverId = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
	}

	@Test
	void fromNoticeToArchiveAndAFollowUpStep() {
		String departing = user(org.departing);
		String successor = user(org.successor);
		String audit = user(org.auditReviewer);

		// ---- an unbound person and a stranger are told plainly, nothing changes
		assertThat(chat().say("nobody-" + org.departing, "帮助")).singleElement().asString().contains("还没有绑定");
		assertThat(chat().say(user(org.stranger), "签收")).singleElement().asString().contains("没有进行中的交接");

		// ---- 签收, then the first section is asked
		List<String> help = chat().say(departing, "帮助");
		assertThat(help).hasSize(2).first().asString().contains("回复“签收”");
		assertThat(chat().press(departing, "签收")).singleElement().asString().contains("已签收").contains("第1部分");
		assertThat(chat().lastOutcome()).isEqualTo("已签收");
		assertThat(state()).isEqualTo(HandoverState.DRAFTING);

		// ---- fill: one work item as free text, a money item, "本部分无" for the rest
		List<Section> sections = checklists.sections(handoverId);
		Section money = sections.stream().filter(Section::economic).findFirst().orElseThrow();
		for (Section s : sections) {
			if (s.position() == 1) {
				assertThat(chat().say(departing, "统计大数据平台二期 推进中 2027-03-31")).singleElement()
					.asString()
					.contains("已记录为第1项");
				assertThat(chat().say(departing, "下一个")).singleElement().asString().contains("第2部分");
			}
			else if (s.id() == money.id()) {
				assertThat(chat().say(departing, "银行账户余额 已完成 1234567.89元")).singleElement()
					.asString()
					.contains("已记录为第2项")
					.contains("1,234,567.89元");
				chat().say(departing, "下一个");
			}
			else {
				assertThat(chat().say(departing, "本部分无")).singleElement().asString().contains("无事项");
			}
		}
		List<Item> items = checklists.items(handoverId);
		// the title is what the item is; the words as said are kept beside it (#12
		// newcomer finding C20)
		assertThat(items).extracting(Item::title).containsExactly("统计大数据平台二期", "银行账户余额");
		assertThat(items).extracting(Item::said).containsExactly("统计大数据平台二期 推进中 2027-03-31", "银行账户余额 已完成 1234567.89元");
		assertThat(items.get(0).status()).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(items.get(0).unfinished()).isTrue();
		assertThat(items.get(1).amount()).isEqualByComparingTo("1234567.89");
		assertThat(items.get(1).status()).isEqualTo(ItemStatus.DONE);

		// ---- a correction, then submit
		assertThat(chat().say(departing, "第2项金额改为1234567.90")).singleElement().asString().contains("第2项已修改");
		assertThat(checklists.item(handoverId, 2).amount()).isEqualByComparingTo("1234567.90");
		assertThat(chat().say(departing, "提交")).singleElement().asString().contains("已提交");
		assertThat(state()).isEqualTo(HandoverState.IN_REVIEW);

		// ---- the successor cannot confirm yet; the refusal says why, nothing changes
		assertThat(chat().say(successor, "确认 1")).singleElement().asString().contains("联合审核中");

		// ---- audit returns with a per-item comment; the departing official corrects and
		// resubmits
		List<String> review = chat().say(audit, "清单");
		assertThat(review).hasSize(2).first().asString().contains("第2项 银行账户余额").contains("1,234,567.90元");
		assertThat(chat().press(audit, "退回")).singleElement().asString().contains("退回的理由");
		assertThat(chat().lastOutcome()).isEqualTo("已选择退回");
		assertThat(chat().say(audit, "第2项 请附银行对账单")).singleElement().asString().contains("退回交接清单");
		assertThat(state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(chat().say(departing, "提交")).singleElement().asString().contains("已提交");

		// ---- all four approve
		for (Department d : List.of(Department.ORGANIZATION, Department.DISCIPLINE, Department.FINANCE,
				Department.AUDIT)) {
			if (d == Department.FINANCE) {
				chat().say(user(org.reviewer(d)), "查看清单");
				assertThat(chat().press(user(org.reviewer(d)), "通过")).singleElement().asString().contains("财政部门审核通过");
			}
			else {
				assertThat(chat().say(user(org.reviewer(d)), "通过")).singleElement().asString().contains("审核通过");
			}
		}
		assertThat(state()).isEqualTo(HandoverState.CONFIRMING);

		// ---- the successor: a card for item 1, pressed; "不对" on item 2 asks the reason,
		// which follows.
		// #12 finding 10: a yes counts only for an item put to them, so the first 确认
		// shows item 1, confirming nothing
		List<String> shown = chat().say(successor, "确认");
		assertThat(shown).last().asString().contains("第1项").contains("统计大数据平台二期");
		assertThat(checklists.item(handoverId, 1).confirmation()).isEqualTo(Confirmation.PENDING);
		List<String> first = chat().say(successor, "确认");
		assertThat(first).last().asString().contains("第2项");
		assertThat(checklists.item(handoverId, 1).confirmation()).isEqualTo(Confirmation.CONFIRMED);
		assertThat(chat().press(successor, "有异议")).singleElement().asString().contains("有异议的理由");
		assertThat(chat().lastOutcome()).isEqualTo("已选择对第2项提出异议");
		assertThat(checklists.item(handoverId, 2).confirmation()).isEqualTo(Confirmation.PENDING);
		assertThat(chat().say(successor, "余额与账面不符，应为1234567.00元")).singleElement().asString().contains("已对第2项提出异议");
		assertThat(checklists.item(handoverId, 2).confirmation()).isEqualTo(Confirmation.DISPUTED);

		// ---- audit rules and corrects: signing opens
		assertThat(chat().say(audit, "裁定 2 更正 经核对银行对账单，余额为1234567.00元")).singleElement()
			.asString()
			.contains("已对第2项作出裁定");
		assertThat(disputes.forHandover(handoverId).get(0).correctedAmount()).isEqualByComparingTo("1234567.00");
		assertThat(state()).isEqualTo(HandoverState.SIGNING);

		// ---- everyone signs with a code Baton gives them 1:1; a stray "好的" signs
		// nothing
		for (long signer : List.of(org.departing, org.successor, org.organizer, org.organizationReviewer,
				org.disciplineReviewer, org.financeReviewer, org.auditReviewer)) {
			String code = code(chat().say(user(signer), "签字"));
			assertThat(chat().say(user(signer), "签字 " + code)).singleElement().asString().contains("签字成功");
		}
		assertThat(state()).isEqualTo(HandoverState.ARCHIVED);
		assertThat(signoff.archiveIntact(handoverId)).isTrue();

		// ---- the plan for the unfinished item, then a finished step closes it
		assertThat(chat().say(successor, "计划")).singleElement().asString().contains("第1项");
		assertThat(chat().say(successor, "计划 1 2026-12-31 完成平台二期验收")).singleElement().asString().contains("推进计划已记录");
		assertThat(state()).isEqualTo(HandoverState.FOLLOW_UP);
		assertThat(chat().say(successor, "进展 1 已完成 已通过验收")).singleElement()
			.asString()
			.contains("步骤1.1")
			.contains("已完成");
		assertThat(state()).isEqualTo(HandoverState.CLOSED);
		assertThat(followUp.steps(handoverId)).singleElement().satisfies(s -> assertThat(s.completedAt()).isNotNull());
	}

	private static String code(List<String> replies) {
		String text = String.join("\n", replies);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("签字码是 (\\d{6})").matcher(text);
		assertThat(m.find()).as("a code in %s", text).isTrue();
		return m.group(1);
	}

	private HandoverState state() {
		return records.find(handoverId).state();
	}

	private static String user(long official) {
		return "u" + official;
	}

}
