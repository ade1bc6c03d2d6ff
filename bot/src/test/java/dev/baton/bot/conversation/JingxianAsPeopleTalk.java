package dev.baton.bot.conversation;

import java.time.LocalDate;

import dev.baton.bot.TestOrg;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverState;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 泾县 unit's handover, in writing within 7 working days (县文化旅游体育局, the default
 * checklist): the deadline counted in working days and said in the notice, quantities, an
 * amount cleared because it is not settled, one item deleted, one round of review in the
 * reviewers' own words, everything confirmed at once, and a plan step due on a day in a
 * year whose holiday calendar may not be loaded. The archived record is then read field
 * by field.
 */
final class JingxianAsPeopleTalk {

	static final TestOrg.Names NAMES = new TestOrg.Names("泾县", "县文化旅游体育局", "COUNTY_DEPARTMENT", "汪立新", "县文化旅游体育局局长",
			"胡晓峰", "县文化旅游体育局局长（新任）");

	private final PeopleTalk p;

	JingxianAsPeopleTalk(ApplicationContext beans, ChatScript chat) {
		this.p = new PeopleTalk(beans, chat, "jingxian", NAMES);
	}

	void run() {
		p.open(HandoverReason.TRANSFER);
		long departing = p.org.departing;
		long successor = p.org.successor;
		// opened Monday 2026-11-23: 7 working days
		assertThat(p.records.find(p.handoverId).checklistDue()).isEqualTo(LocalDate.of(2026, 12, 2));

		assertThat(p.say(departing, "我该干什么")).contains("签收");
		assertThat(p.say(departing, "好的，签收")).contains("已签收").contains("2026-12-02");

		// ---- 重点工作 (key work)
		assertThat(p.say(departing, "桃花潭景区创建国家5A级旅游景区 推进中")).contains("第1项");
		assertThat(p.say(departing, "第二届宣纸文化节筹备 已完成")).contains("第2项");
		assertThat(p.say(departing, "下一个")).contains("第2部分");

		// ---- 经济事项: an amount corrected, an amount cleared, a quantity, an item deleted
		assertThat(p.say(departing, "文旅专项资金结余86.4万元")).contains("第3项");
		assertThat(p.say(departing, "第3项金额改为86.2万元")).contains("862,000.00元");
		assertThat(p.say(departing, "县图书馆新馆建设 推进中 3500万元")).contains("第4项");
		assertThat(p.say(departing, "第4项金额改为无")).contains("第4项");
		assertThat(p.say(departing, "县博物馆馆藏文物1260件")).contains("第5项").contains("1260件");
		assertThat(p.say(departing, "旅游集散中心租赁合同 现状")).contains("第6项");
		assertThat(p.say(departing, "第6项不要了")).contains("已删除第6项");
		assertThat(p.say(departing, "下一个")).contains("第3部分");

		// ---- the other sections
		assertThat(p.say(departing, "本部分无")).contains("第4部分");
		assertThat(p.say(departing, "局机关编制18人 现状")).contains("第7项").contains("18人");
		assertThat(p.say(departing, "下一个")).contains("第5部分");
		for (int section = 5; section <= 9; section++) {
			assertThat(p.say(departing, section % 2 == 0 ? "没有" : "无")).isNotBlank();
		}
		assertThat(p.say(departing, "提交")).contains("已提交");

		// ---- one round of review
		assertThat(p.say(p.org.organizationReviewer, "审核通过")).contains("审核通过");
		assertThat(p.say(p.org.disciplineReviewer, "嗯，没问题")).contains("审核通过");
		assertThat(p.say(p.org.financeReviewer, "同意通过")).contains("审核通过");
		assertThat(p.say(p.org.auditReviewer, "✅")).contains("审核通过");
		assertThat(p.state()).isEqualTo(HandoverState.CONFIRMING);

		// ---- everything confirmed at once, then everyone signs
		assertThat(p.say(successor, "全部确认")).contains("确认");
		assertThat(p.state()).isEqualTo(HandoverState.SIGNING);
		for (long signer : p.signers()) {
			p.sign(signer);
		}
		assertThat(p.state()).isEqualTo(HandoverState.ARCHIVED);

		assertThat(p.items()).containsExactly(
				"key_work | 1 | 桃花潭景区创建国家5A级旅游景区 | IN_PROGRESS | - | - | - | 未了 | CONFIRMED",
				"key_work | 2 | 第二届宣纸文化节筹备 | DONE | - | - | - | - | CONFIRMED",
				"economic | 3 | 文旅专项资金结余 | ON_HAND | 862000.00 CNY | - | - | - | CONFIRMED",
				"economic | 4 | 县图书馆新馆建设 | IN_PROGRESS | - | - | - | 未了 | CONFIRMED",
				"economic | 5 | 县博物馆馆藏文物 | ON_HAND | - | 1260 件 | - | - | CONFIRMED",
				"personnel | 7 | 局机关编制 | ON_HAND | - | 18 人 | - | - | CONFIRMED");

		// ---- the plan: a step due on 2027-01-01 is flagged if 2027's holidays are not
		// loaded
		String plan = p.say(successor, "计划 1 2027-01-01 完成创建评估；2027-03-31 迎接国家评定");
		assertThat(plan).contains("1.1").contains("1.2");
		String plan4 = p.say(successor, "计划 4 2027-06-30 完成主体工程");
		assertThat(plan4).contains("4.1");
		assertThat(p.state()).isEqualTo(HandoverState.FOLLOW_UP);
		assertThat(p.say(successor, "进展 4.1 主体已封顶")).contains("4.1");
		assertThat(p.followUp.steps(p.handoverId)).allSatisfy(s -> assertThat(s.completedAt()).isNull());

		var notices = p.notices();
		assertThat(notices.get(departing)).contains("NOTICE_ISSUED", "ARCHIVED_COPY");
		assertThat(notices.get(p.org.organizer)).contains("NOTICE_ISSUED", "ARCHIVED_COPY", "FOLLOW_UP_STARTED",
				"PROGRESS_REPORTED");
	}

}
