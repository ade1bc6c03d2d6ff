package dev.baton.bot.conversation;

import dev.baton.bot.TestOrg;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.directory.Department;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.review.ReviewComment;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 武夷山 township's 交业继责 (上梅乡, 四交四继 and the stewardship of heritage, forests and rivers)
 * as its people type it: stewardship items are facts on hand with quantities, a
 * tea-garden area first taken as money and put right, an amount corrected (the
 * successor's card says so beside the words as said), reservoirs and ponds said in one
 * message made two items on the card's button, a return answered on the returned item, a
 * dispute on the forest area that audit upholds by pressing the card its guessed ruling
 * is asked with, publicity asked for by the policy; then the successor's plans and
 * progress said without 计划 / 进展. The archived record is then read field by field.
 */
final class WuyishanAsPeopleTalk {

	static final TestOrg.Names NAMES = new TestOrg.Names("武夷山市", "上梅乡", "TOWNSHIP", "陈清忠", "上梅乡党委书记", "方福彬",
			"上梅乡党委书记（新任）");

	private final PeopleTalk p;

	WuyishanAsPeopleTalk(ApplicationContext beans, ChatScript chat) {
		this.p = new PeopleTalk(beans, chat, "wuyishan", NAMES);
	}

	void run() {
		p.open(HandoverReason.TRANSFER);
		long departing = p.org.departing;
		long successor = p.org.successor;
		long audit = p.org.auditReviewer;

		assertThat(p.say(departing, "签收")).contains("已签收");

		// ---- 交发展思路: a status asked for
		assertThat(p.say(departing, "围绕万里茶道起点打造茶旅融合示范乡，发展思路已形成文字材料")).contains("第1项").contains("什么状态");
		assertThat(p.say(departing, "现状")).contains("第1项");
		// newcomer 2: a township was shown a county statistics bureau's item as the
		// example
		assertThat(p.say(departing, "下一个")).contains("第2部分").doesNotContain("统计");

		// ---- 交未结事项
		assertThat(p.say(departing, "上梅红色旅游步道项目，总投资1200万元，推进中，2027年5月31日前完工")).contains("第2项")
			.contains("12,000,000.00元");
		assertThat(p.say(departing, "梅溪河道清淤二期 未启动")).contains("第3项");
		assertThat(p.say(departing, "上梅村茶叶初制所改造提升 推进中 95万元 2027-03-31")).contains("第4项");
		// newcomer 2: a corrected amount says so beside the words as said, and what comes
		// next
		assertThat(p.say(departing, "第4项金额写错了，应该是98万")).contains("金额：980,000.00元（离任干部已更正，原记为950,000.00元）")
			.contains("原文：上梅村茶叶初制所改造提升 推进中 95万元 2027-03-31")
			.contains("继续发送本部分的下一个事项");
		assertThat(p.say(departing, "好了，下一部分")).contains("第3部分");

		// ---- 交存量家底: facts on hand; an area said without its unit is asked about
		assertThat(p.say(departing, "村集体经营性资产2860万元")).contains("第5项").contains("28,600,000.00元");
		assertThat(p.say(departing, "乡政府办公楼1座")).contains("第6项");
		// an area with no unit is not stored (was: as 18000 yuan, then put right); Baton
		// asks for the unit
		assertThat(p.say(departing, "全乡茶园面积1.8万")).contains("没有写单位").doesNotContain("第7项");
		assertThat(p.say(departing, "全乡茶园面积1.8万亩")).contains("第7项").contains("1.8万亩");
		// newcomer 2: two quantities in one message: which stayed in the title is said,
		// and two items on a press
		assertThat(p.say(departing, "乡村两级小型水库 4座，山塘12处")).contains("第8项").contains("“山塘，12处”").contains("是两项吗");
		assertThat(p.press(departing, "记为两项")).contains("第8项").contains("第9项");
		assertThat(p.say(departing, "下一个")).contains("第4部分");

		// ---- 交问题隐患: a quantity and work in progress
		assertThat(p.say(departing, "地质灾害隐患点12处，已落实群测群防")).contains("第10项").contains("什么状态");
		assertThat(p.press(departing, "推进中")).contains("第10项");
		assertThat(p.say(departing, "下一个")).contains("第5部分");

		// ---- stewardship: heritage, forest, river are facts on hand
		assertThat(p.say(departing, "下梅村古民居群（省级文物保护单位）保存完好")).contains("第11项").contains("现状");
		assertThat(p.say(departing, "下一个")).contains("第6部分");
		assertThat(p.say(departing, "林地面积29.22万亩，森林覆盖率82.3%")).contains("第12项")
			.contains("29.22万亩")
			.doesNotContain("金额：");
		assertThat(p.say(departing, "下一个")).contains("第7部分");
		assertThat(p.say(departing, "梅溪上梅段水质常年保持二类标准，河长巡河记录完整")).contains("第13项").contains("现状");
		assertThat(p.say(departing, "下一个")).contains("第8部分");
		assertThat(p.say(departing, "没有")).contains("其他");
		assertThat(p.say(departing, "提交")).contains("已提交");

		// ---- review: discipline returns item 2, answered on item 2
		assertThat(p.say(p.org.disciplineReviewer, "退回，第2项请写明已完成的投资额")).contains("退回");
		assertThat(p.say(departing, "第2项补充：截至11月底已完成投资800万元")).contains("补充");
		assertThat(p.say(departing, "提交")).contains("已提交");
		assertThat(p.say(p.org.organizationReviewer, "可以")).contains("审核通过");
		assertThat(p.say(p.org.disciplineReviewer, "没问题了")).contains("审核通过");
		assertThat(p.say(p.org.financeReviewer, "同意")).contains("审核通过");
		assertThat(p.say(audit, "通过")).contains("审核通过");
		assertThat(p.state()).isEqualTo(HandoverState.CONFIRMING);

		// ---- the successor: walked through, disputes the forest area, audit upholds it
		assertThat(p.say(successor, "清单")).contains("第1项");
		for (int item = 1; item <= 11; item++) {
			String next = p.say(successor, item % 2 == 0 ? "属实" : "确认");
			assertThat(next).contains("第" + (item + 1) + "项");
			if (item == 3) { // newcomer 2: the card of the corrected item says so beside
								// the words as said
				assertThat(next).contains("金额：980,000.00元（离任干部已更正，原记为950,000.00元）");
			}
		}
		assertThat(p.say(successor, "这个不属实，林权证上是29.32万亩")).contains("第12项").contains("异议");
		assertThat(p.say(successor, "剩下的都确认")).contains("确认");
		// newcomer 2: a ruling said in passing is asked with [确认][不是]; the press rules
		// the words proposed
		assertThat(p.say(audit, "第12项经核对林业部门林地年度变更数据，29.22万亩属实，维持原陈述")).contains("您是要裁定第12项");
		assertThat(p.press(audit, "确认")).contains("已对第12项作出裁定");
		assertThat(p.state()).isEqualTo(HandoverState.SIGNING);
		for (long signer : p.signers()) {
			p.sign(signer);
		}
		assertThat(p.state()).isEqualTo(HandoverState.ARCHIVED);

		// ---- newcomer 2: plans and progress as the successor says them, without 计划 / 进展
		assertThat(p.say(successor, "第2项红色旅游步道：2027年3月31日前完成主线施工；2027年5月31日前完工验收")).contains("步骤2.1").contains("步骤2.2");
		assertThat(p.say(successor, "第3项清淤，2027年4月30日前完成清淤方案")).contains("步骤3.1");
		assertThat(p.say(successor, "第4项茶叶初制所：2027年3月15日前完成设备安装调试；3月31日前验收投用")).contains("步骤4.1").contains("步骤4.2");
		assertThat(p.say(successor, "第10项地质灾害隐患点：2027年4月15日前完成群众搬迁方案")).contains("步骤10.1");
		assertThat(p.state()).isEqualTo(HandoverState.FOLLOW_UP);
		assertThat(p.say(successor, "设备安装调试那一步已经干完了")).contains("步骤4.1").contains("已完成");
		assertThat(p.say(successor, "验收那一步材料已经报上去了")).contains("步骤2.2").contains("步骤4.2").contains("没有记录");
		assertThat(p.press(successor, "步骤4.2 验收投用")).contains("已记录步骤4.2");

		// ---- the archived record, field by field
		assertThat(p.items()).containsExactly(
				"ideas | 1 | 围绕万里茶道起点打造茶旅融合示范乡，发展思路已形成文字材料 | ON_HAND | - | - | - | - | CONFIRMED",
				"pending | 2 | 上梅红色旅游步道项目 | IN_PROGRESS | 12000000.00 CNY | - | 2027-05-31 | 未了 | CONFIRMED",
				"pending | 3 | 梅溪河道清淤二期 | NOT_STARTED | - | - | - | 未了 | CONFIRMED",
				"pending | 4 | 上梅村茶叶初制所改造提升 | IN_PROGRESS | 980000.00 CNY | - | 2027-03-31 | 未了 | CONFIRMED",
				"assets | 5 | 村集体经营性资产 | ON_HAND | 28600000.00 CNY | - | - | - | CONFIRMED",
				"assets | 6 | 乡政府办公楼 | ON_HAND | - | 1 座 | - | - | CONFIRMED",
				"assets | 7 | 全乡茶园面积 | ON_HAND | - | 18000 亩 | - | - | CONFIRMED",
				"assets | 8 | 乡村两级小型水库 | ON_HAND | - | 4 座 | - | - | CONFIRMED",
				"assets | 9 | 山塘 | ON_HAND | - | 12 处 | - | - | CONFIRMED",
				"risks | 10 | 地质灾害隐患点 | IN_PROGRESS | - | 12 处 | - | 未了 | CONFIRMED",
				"heritage | 11 | 下梅村古民居群（省级文物保护单位）保存完好 | ON_HAND | - | - | - | - | CONFIRMED",
				"forest | 12 | 林地面积 | ON_HAND | - | 292200 亩 | - | - | RULED",
				"river | 13 | 梅溪上梅段水质常年保持二类标准，河长巡河记录完整 | ON_HAND | - | - | - | - | CONFIRMED");
		assertThat(p.checklists.item(p.handoverId, 9).said()).isEqualTo("乡村两级小型水库 4座，山塘12处");
		assertThat(p.checklists.withdrawnItems(p.handoverId)).extracting(Item::seq).isEmpty();
		assertThat(p.disputes.forHandover(p.handoverId)).singleElement().satisfies(d -> {
			assertThat(d.reason()).isEqualTo("林权证上是29.32万亩");
			assertThat(d.ruling()).isEqualTo("UPHELD");
			assertThat(d.rulingNote()).isEqualTo("经核对林业部门林地年度变更数据，29.22万亩属实");
			assertThat(d.correctedAmount()).isNull();
		});
		assertThat(p.review.comments(p.handoverId)).singleElement().satisfies((ReviewComment c) -> {
			assertThat(c.department()).isEqualTo(Department.DISCIPLINE);
			assertThat(c.body()).isEqualTo("请写明已完成的投资额");
		});
		assertThat(p.supplements(2)).containsExactly("截至11月底已完成投资800万元");
		// the plans and progress said in words
		assertThat(p.followUp.steps(p.handoverId))
			.extracting(s -> s.label() + " " + s.description() + " " + s.dueOn() + (s.open() ? "" : " 已完成"))
			.containsExactly("2.1 完成主线施工 2027-03-31", "2.2 完工验收 2027-05-31", "3.1 完成清淤方案 2027-04-30",
					"4.1 完成设备安装调试 2027-03-15 已完成", "4.2 验收投用 2027-03-31", "10.1 完成群众搬迁方案 2027-04-15");
		assertThat(p.followUp.progress(p.handoverId)).extracting(pr -> pr.note())
			.containsExactly("设备安装调试那一步已经干完了", "验收那一步材料已经报上去了");

		// ---- publicity: the unit has no group yet, so its organizer is told how to bind
		// one
		var notices = p.notices();
		assertThat(notices.get(p.org.organizer)).contains("PUBLICITY_NO_GROUP", "ARCHIVED_COPY");
		assertThat(notices.get(departing)).contains("NOTICE_ISSUED", "CHECKLIST_RETURNED", "ITEM_DISPUTED",
				"DISPUTE_RULED", "ARCHIVED_COPY");
		assertThat(notices.get(successor)).contains("CONFIRMATION_REQUESTED", "DISPUTE_RULED", "ARCHIVED_COPY");
	}

}
