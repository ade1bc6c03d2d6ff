package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.TestOrg;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.directory.Department;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.review.ReviewComment;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 石嘴山 city department's handover (市统计局, five domains, checklist in 10 calendar days) as
 * its people type it, mistakes included: a status asked for and answered, a wrong amount
 * fixed, a stray message undone, an item deleted while drafting, quantities that are not
 * money, a return answered on the returned item, a dispute corrected by audit, a plan in
 * steps and progress on the step meant. The archived record is then read field by field.
 */
final class ShizuishanAsPeopleTalk {

	static final TestOrg.Names NAMES = new TestOrg.Names("石嘴山市", "市统计局", "CITY_DEPARTMENT", "陈建军", "市统计局局长", "马文华",
			"市统计局局长（新任）");

	private final PeopleTalk p;

	ShizuishanAsPeopleTalk(ApplicationContext beans, ChatScript chat) {
		this.p = new PeopleTalk(beans, chat, "shizuishan", NAMES);
	}

	void run() {
		p.open(HandoverReason.TRANSFER);
		long departing = p.org.departing;
		long successor = p.org.successor;
		long audit = p.org.auditReviewer;

		// ---- the notice, received in the departing official's words
		assertThat(p.say(departing, "收到，我签收一下")).contains("已签收").contains("第1部分");
		assertThat(p.state()).isEqualTo(HandoverState.DRAFTING);

		// ---- 重点工作任务: statuses as said, one asked for and answered by its card
		assertThat(p.say(departing, "统计大数据平台二期建设，正在推进，2027年3月31日前完成")).contains("第1项");
		assertThat(p.say(departing, "第五次全国经济普查数据发布 已完成")).contains("第2项");
		assertThat(p.say(departing, "统计执法检查三年行动")).contains("第3项").contains("什么状态");
		assertThat(p.press(departing, "未启动")).contains("第3项");
		assertThat(p.say(departing, "这部分就这些，下一个")).contains("第2部分");

		// ---- 重大资金项目: money, and a wrong amount fixed
		assertThat(p.say(departing, "数据中心机房改造工程尾款36.5万元，推进中，合同约定验收后支付")).contains("第4项").contains("365,000.00元");
		assertThat(p.say(departing, "统计执法专项经费结余12万元 现状")).contains("第5项");
		assertThat(p.say(departing, "第5项金额改为12.6万元")).contains("126,000.00元");
		assertThat(p.say(departing, "下一个")).contains("第3部分");

		// ---- 党建责任落实: nothing
		assertThat(p.say(departing, "这部分没有")).contains("第4部分");

		// ---- 巡视巡察整改: an item, then a stray message, undone
		assertThat(p.say(departing, "市委巡察反馈的统计数据质量问题整改，推进中，2027年6月30日前完成")).contains("第6项");
		assertThat(p.say(departing, "稍等，我找一下材料")).contains("第7项");
		assertThat(p.say(departing, "撤销")).contains("已撤销");
		assertThat(p.say(departing, "下一个")).contains("第5部分");

		// ---- 历史遗留问题和风险隐患处置: nothing
		assertThat(p.say(departing, "无")).contains("第6部分");

		// ---- 经济事项（财务资产、人事管理）: money, quantities, an item deleted
		assertThat(p.say(departing, "单位基本户银行存款余额1,234,567.89元")).contains("第8项").contains("金额：1,234,567.89元");
		assertThat(p.say(departing, "办公用房建筑面积1200平方米")).contains("第9项").contains("1200平方米").doesNotContain("金额：");
		assertThat(p.say(departing, "公务用车2辆")).contains("第10项");
		assertThat(p.say(departing, "删除第10项")).contains("已删除第10项");
		assertThat(p.say(departing, "编制内在职人员32人")).contains("第11项").contains("32人");
		// newcomer 3: two figures kept as one item, answered in their own words; both
		// figures stay on the record
		assertThat(p.say(departing, "机关办公楼建筑面积2860平方米，档案库房320平方米")).contains("第12项")
			.contains("是两项吗")
			.doesNotContain("留在名称里");
		assertThat(p.say(departing, "一项就行")).contains("第12项").contains("说明：档案库房320平方米");
		// an item done in a month said without a day, put in the wrong section, moved and
		// renamed as typed
		assertThat(p.say(departing, "机关党支部换届选举 已完成 2026年4月")).contains("第13项").contains("完成时间：2026年4月");
		assertThat(p.say(departing, "第13项放错地方了，应该放到党建责任落实这部分")).contains("党建责任落实");
		assertThat(p.say(departing, "第13项名称改为：机关党支部换届选举（第八届）")).contains("第13项 机关党支部换届选举（第八届）\n");
		assertThat(p.say(departing, "下一个")).contains("第7部分");

		// ---- 其他, then submit
		assertThat(p.say(departing, "没有了")).contains("其他");
		assertThat(p.say(departing, "提交")).contains("已提交");
		assertThat(p.state()).isEqualTo(HandoverState.IN_REVIEW);

		// ---- review, round 1: two approve as people say it, finance returns item 8
		assertThat(p.say(p.org.organizationReviewer, "没问题")).contains("审核通过");
		assertThat(p.say(p.org.disciplineReviewer, "同意")).contains("审核通过");
		// the reason asked for names another item: it is item 8's, whole, and the reply
		// says what was recorded
		assertThat(p.say(p.org.financeReviewer, "第8项有问题")).contains("理由");
		assertThat(p.say(p.org.financeReviewer, "请附银行对账单，并说明与第5项经费结余是否同一账户")).contains("退回")
			.contains("第8项“单位基本户银行存款余额”：请附银行对账单，并说明与第5项经费结余是否同一账户");
		assertThat(p.state()).isEqualTo(HandoverState.DRAFTING);

		// ---- the departing official finds the comment on the item and answers it there
		assertThat(p.say(departing, "第8项")).contains("请附银行对账单，并说明与第5项经费结余是否同一账户");
		assertThat(p.say(departing, "第5项")).doesNotContain("审核意见");
		assertThat(p.say(departing, "第8项补充：已附2026年11月末银行对账单")).contains("补充");
		assertThat(p.say(departing, "改好了，提交")).contains("已提交");

		// ---- round 2: all four approve, each in their own words
		assertThat(p.say(p.org.organizationReviewer, "通过")).contains("审核通过");
		assertThat(p.say(p.org.disciplineReviewer, "👍")).contains("审核通过");
		assertThat(p.say(p.org.financeReviewer, "审核通过")).contains("审核通过");
		assertThat(p.say(audit, "没问题，同意")).contains("审核通过");
		assertThat(p.state()).isEqualTo(HandoverState.CONFIRMING);

		// ---- the successor is walked through the items; a yes counts only for the item
		// shown
		assertThat(p.say(successor, "现在到哪一步了")).contains("确认");
		assertThat(p.say(successor, "清单")).contains("第1项");
		assertThat(p.say(successor, "好的")).contains("第1项").contains("第2项");
		assertThat(p.say(successor, "确认")).contains("第3项");
		assertThat(p.say(successor, "没问题")).contains("第4项");
		assertThat(p.say(successor, "这个不认可，合同尾款应为38.2万元")).contains("第4项").contains("异议");
		assertThat(p.say(successor, "其余都没问题")).contains("确认");

		// ---- audit rules: corrected, and the correction takes effect on the item before
		// anyone signs
		assertThat(p.say(audit, "裁定 4 更正 经核对合同及结算书，尾款应为38.2万元")).contains("第4项");
		assertThat(p.checklists.item(p.handoverId, 4).amount()).isEqualByComparingTo("382000");
		assertThat(p.state()).isEqualTo(HandoverState.SIGNING);

		// ---- everyone signs
		for (long signer : p.signers()) {
			p.sign(signer);
		}
		assertThat(p.state()).isEqualTo(HandoverState.ARCHIVED);

		// ---- the archived record, field by field
		assertThat(p.items()).containsExactly(
				"key_work | 1 | 统计大数据平台二期建设 | IN_PROGRESS | - | - | 2027-03-31 | 未了 | CONFIRMED",
				"key_work | 2 | 第五次全国经济普查数据发布 | DONE | - | - | - | - | CONFIRMED",
				"key_work | 3 | 统计执法检查三年行动 | NOT_STARTED | - | - | - | 未了 | CONFIRMED",
				"major_funds | 4 | 数据中心机房改造工程尾款 | IN_PROGRESS | 382000.00 CNY | - | - | 未了 | RULED",
				"major_funds | 5 | 统计执法专项经费结余 | ON_HAND | 126000.00 CNY | - | - | - | CONFIRMED",
				"rectification | 6 | 市委巡察反馈的统计数据质量问题整改 | IN_PROGRESS | - | - | 2027-06-30 | 未了 | CONFIRMED",
				"economic | 8 | 单位基本户银行存款余额 | ON_HAND | 1234567.89 CNY | - | - | - | CONFIRMED",
				"economic | 9 | 办公用房建筑面积 | ON_HAND | - | 1200 平方米 | - | - | CONFIRMED",
				"economic | 11 | 编制内在职人员 | ON_HAND | - | 32 人 | - | - | CONFIRMED",
				"economic | 12 | 机关办公楼建筑面积 | ON_HAND | - | 2860 平方米 | - | - | CONFIRMED",
				"party_building | 13 | 机关党支部换届选举（第八届） | DONE | - | - | - | - | CONFIRMED");
		assertThat(p.checklists.item(p.handoverId, 12).details()).isEqualTo("档案库房320平方米");
		assertThat(p.checklists.item(p.handoverId, 13).doneIn()).isEqualTo(java.time.YearMonth.of(2026, 4));
		assertThat(p.checklists.item(p.handoverId, 13).doneOn()).isNull();
		assertThat(p.checklists.withdrawnItems(p.handoverId)).extracting(Item::seq).containsExactlyInAnyOrder(7, 10);
		assertThat(p.checklists.sections(p.handoverId)).filteredOn(s -> s.declaredEmpty())
			.extracting(s -> s.code())
			.containsExactlyInAnyOrder("legacy_risk", "other");
		List<Dispute> disputes = p.disputes.forHandover(p.handoverId);
		assertThat(disputes).singleElement().satisfies(d -> {
			assertThat(d.reason()).isEqualTo("合同尾款应为38.2万元");
			assertThat(d.ruling()).isEqualTo("CORRECTED");
			assertThat(d.rulingNote()).isEqualTo("经核对合同及结算书，尾款应为38.2万元");
			assertThat(d.correctedAmount()).isEqualByComparingTo("382000");
			assertThat(d.originalAmount()).isEqualByComparingTo("365000");
		});
		assertThat(p.review.comments(p.handoverId)).singleElement().satisfies((ReviewComment c) -> {
			assertThat(c.department()).isEqualTo(Department.FINANCE);
			assertThat(c.body()).isEqualTo("请附银行对账单，并说明与第5项经费结余是否同一账户");
		});
		assertThat(p.supplements(8)).containsExactly("已附2026年11月末银行对账单");

		// ---- the plan in steps; progress goes to the step meant, and an ambiguous
		// number is asked about
		assertThat(p.say(successor, "计划 4 2027-01-15 办理验收；2027-01-29 支付尾款38.2万元")).contains("4.1").contains("4.2");
		assertThat(p.say(successor, "计划 1 2027-03-31 完成平台二期验收")).contains("1.1");
		String ambiguous = p.say(successor, "进展 1 已完成 平台二期已验收");
		assertThat(ambiguous).contains("1.1").contains("4.1");
		assertThat(p.followUp.steps(p.handoverId)).allSatisfy(s -> assertThat(s.completedAt()).isNull());
		assertThat(p.say(successor, "进展 4.1 已完成 验收合格")).contains("4.1");
		assertThat(p.followUp.steps(p.handoverId)).filteredOn(s -> s.completedAt() != null)
			.singleElement()
			.satisfies((FollowUpStep s) -> {
				assertThat(s.itemSeq()).isEqualTo(4);
				assertThat(s.seq()).isEqualTo(1);
			});

		// ---- progress in own words: a share done is progress, not the step done; a
		// wrong "done" is corrected and the
		// step open again; a step's date changed as said (#12 newcomer 3)
		assertThat(p.say(successor, "平台二期验收完成了八成，预计3月中旬能全部完成")).contains("已记录步骤1.1").doesNotContain("已完成，已记录");
		assertThat(p.say(successor, "不对，4.1还没完成，只验收了一半")).contains("步骤4.1").contains("未完成");
		assertThat(p.say(successor, "4.2改到2027年1月28日")).contains("2027-01-29").contains("2027-01-28");
		assertThat(p.followUp.steps(p.handoverId)).allSatisfy(s -> assertThat(s.completedAt()).isNull())
			.filteredOn(s -> s.label().equals("4.2"))
			.singleElement()
			.satisfies(s -> assertThat(s.dueOn()).isEqualTo(java.time.LocalDate.of(2027, 1, 28)));
		assertThat(p.followUp.progress(p.handoverId)).extracting(dev.baton.bot.followup.Progress::note)
			.containsExactly("平台二期验收完成了八成，预计3月中旬能全部完成", "还没完成，只验收了一半");

		// ---- every person was told what concerns them, once each time, in words
		// (PeopleTalk checks each text)
		var notices = p.notices();
		// the departing official and the organizer are told each discipline flag once, as
		// it is raised (#15, docs4): in the notice of the act that raised it when they
		// get
		// that too, one message per event (newcomer 20a, finding 18)
		assertThat(notices.get(departing)).containsExactly("NOTICE_ISSUED", "CHECKLIST_RETURNED", "REVIEW_PASSED",
				"ITEM_DISPUTED", "DISPUTE_RULED", "SIGNING_REQUESTED", "ARCHIVED_COPY");
		assertThat(notices.get(successor)).containsExactly("NOTICE_ISSUED", "CHECKLIST_SUBMITTED",
				"CHECKLIST_SUBMITTED", "CONFIRMATION_REQUESTED", "DISPUTE_RULED", "SIGNING_REQUESTED", "ARCHIVED_COPY",
				"PLAN_REQUESTED");
		assertThat(notices.get(p.org.organizer)).containsExactly("NOTICE_ISSUED", "CHECKLIST_SUBMITTED",
				"CHECKLIST_RETURNED", "CHECKLIST_SUBMITTED", "REVIEW_PASSED", "DISCIPLINE_FLAG", "SIGNING_REQUESTED",
				"ARCHIVED_COPY", "PROGRESS_REPORTED", "PROGRESS_REPORTED", "PROGRESS_REPORTED", "PROGRESS_REPORTED");
		// the departments that had not returned the list were told the round ended, and
		// asked again after it came back
		for (long reviewer : List.of(p.org.organizationReviewer, p.org.disciplineReviewer)) {
			assertThat(notices.get(reviewer)).containsExactly("NOTICE_ISSUED", "REVIEW_REQUESTED", "REVIEW_ROUND_ENDED",
					"REVIEW_REQUESTED", "SIGNING_REQUESTED", "ARCHIVED_COPY");
		}
		assertThat(notices.get(p.org.financeReviewer)).containsExactly("NOTICE_ISSUED", "REVIEW_REQUESTED",
				"REVIEW_REQUESTED", "SIGNING_REQUESTED", "ARCHIVED_COPY");
		assertThat(notices.get(audit)).containsExactly("NOTICE_ISSUED", "REVIEW_REQUESTED", "REVIEW_ROUND_ENDED",
				"REVIEW_REQUESTED", "ITEM_DISPUTED", "SIGNING_REQUESTED", "ARCHIVED_COPY");
		// nothing was late, but the list was returned (交接不清) and audit corrected an item
		// (交接不实): the supervisor is
		// told of each flag as it is raised, and of nothing else (#13, newcomer 4: 22)
		assertThat(notices.get(p.org.supervisor)).containsExactly("DISCIPLINE_FLAG", "DISCIPLINE_FLAG");
	}

}
