package dev.baton.bot.conversation.grammar;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An item added from free text is titled by what it is, without the figures the grammar
 * read into its fields (#12 newcomer finding C20: "统计执法检查专项资金 已完成 45万元" kept 45万 in its
 * title after the amount became 54万); a date said with 已完成 is when it was done, a date
 * with 前 / 截止 a deadline (C25).
 */
class ItemWordsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

	private final CommandParser parser = new CommandParser();

	private ItemWords read(String said) {
		return ItemWords.of(said, parser.parse("添加 " + said, TODAY), TODAY);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			统计执法检查专项资金 已完成 45万元               | 统计执法检查专项资金
			办公用房建筑面积1200平方米                      | 办公用房建筑面积
			统计大数据平台二期建设，正在推进，2027年3月31日前完成 | 统计大数据平台二期建设
			机关党支部换届选举 已完成 2026-09-15            | 机关党支部换届选举
			统计执法专项经费结余12万元 现状                  | 统计执法专项经费结余
			对方主张尾款32万元，已起诉                      | 对方主张尾款
			森林面积29.22万亩，在册                         | 森林面积
			新建档案室，推进中，截止2027年6月30日            | 新建档案室
			上梅红色旅游步道项目，总投资1200万元，推进中，2027年5月31日前完工 | 上梅红色旅游步道项目
			原乡农机站职工社保欠缴问题，涉及17人，欠缴约43万元，推进中，争取2027年6月30日前化解 | 原乡农机站职工社保欠缴问题
			梅溪河上梅段生态护岸工程，推进中，总投资860万元，已完成七成，计划2027年5月底完工 | 梅溪河上梅段生态护岸工程
			第五次全国经济普查数据开发和公报发布，已完成，2025年9月底完成 | 第五次全国经济普查数据开发和公报发布
			2027年全市人口变动情况抽样调查，2027年10月底前完成 | 2027年全市人口变动情况抽样调查
			2026年统计调查专项资金 预算280万元 推进中 已执行约七成 年底前执行完 | 2026年统计调查专项资金
			统计数据质量提升三年行动还在推进，明年底前完成 | 统计数据质量提升三年行动
			统计档案库房 860平方 | 统计档案库房
			第四次全国经济普查数据发布 已经办完了，今年6月份发布的 | 第四次全国经济普查数据发布
			信访件 3件，其中2件已办结 | 信访件
			数据质量提升 推进中 下个月底前完成 | 数据质量提升
			全市统计执法检查专项行动 经费45万 推进中 今年12月31日截止 | 全市统计执法检查专项行动
			统计信息化平台二期建设 推进中 合同金额186万元，已支付96万元，2027年3月31日前完成验收 | 统计信息化平台二期建设
			市委巡察反馈问题整改 推进中 共11条，已整改8条，剩余3条2027年2月底前整改到位 | 市委巡察反馈问题整改
			台式电脑和笔记本共计128台                       | 台式电脑和笔记本
			基本户银行存款余额1234567.89元                  | 基本户银行存款余额
			项目预算280万元                                 | 项目预算
			机关党支部换届选举 已完成 2026年4月               | 机关党支部换届选举
			2026年4月主题党日活动 已完成                     | 2026年4月主题党日活动
			第五次经济普查专项经费结余12.63万元，按规定上缴财政，还没办 | 第五次经济普查专项经费结余
			村级道路硬化，覆盖全乡；推进中；总投资1,200万元 | 村级道路硬化，覆盖全乡
			办公用房总面积 3250                            | 办公用房总面积 3250
			已完成                                        | 已完成
			45万元                                        | 45万元
			第三次全国经济普查，两个状态：已完成，推进中      | 第三次全国经济普查，两个状态：已完成，推进中
			""")
	void theTitleIsWhatTheItemIs(String said, String title) {
		assertThat(read(said).title()).isEqualTo(title);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			机关党支部换届选举 已完成 2026-09-15            | 2026-09-15 |
			统计大数据平台二期建设，正在推进，2027年3月31日前完成 |            | 2027-03-31
			新建档案室，推进中，截止2027年6月30日            |            | 2027-06-30
			机房搬迁已完成，2027年1月31日前验收              |            | 2027-01-31
			机关党支部换届选举 已完成 4月30日               | 2026-04-30 |
			机关党支部换届选举 已完成 2027年4月30日          |            |
			""")
	void aDateDoneIsNoDeadline(String said, LocalDate doneOn, LocalDate deadline) {
		ItemWords words = read(said);
		assertThat(words.doneOn()).as("done on").isEqualTo(doneOn);
		assertThat(words.deadline()).as("deadline").isEqualTo(deadline);
	}

	/**
	 * #12, newcomer 3 (finding 4): a month said with 已完成 is kept as a month, no day made
	 * up.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			机关党支部换届选举 已完成 2026年4月             | 2026-04
			机关党支部换届选举，已完成，2026年4月份          | 2026-04
			第四次全国经济普查数据发布 已经办完了，今年6月份发布的 | 2026-06
			统计年鉴编印 已完成，今年5月印发的 | 2026-05
			党员发展工作，已完成，今年6月完成的              | 2026-06
			党员发展工作 已完成 2025.11                    | 2025-11
			2026年4月主题党日活动 已完成                    |
			机房搬迁 推进中 2027年3月                       |
			""")
	void aMonthDoneIsKeptAsAMonth(String said, String month) {
		ItemWords words = read(said);
		assertThat(words.doneIn()).as("done in").isEqualTo(month == null ? null : YearMonth.parse(month));
		assertThat(words.doneOn()).as("no day made up").isNull();
		assertThat(words.deadline()).as("deadline").isNull();
	}

	/**
	 * #12, newcomer 3 (findings 6, 13): a second figure of the kind already read is noted
	 * apart (the item's 说明), with the words of its clause; a clause that only said what
	 * went to a field is not repeated there.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			统计信息化平台二期建设 推进中 合同金额186万元，已支付96万元，2027年3月31日前完成验收 | 已支付96万元
			市委巡察反馈问题整改 推进中 共11条，已整改8条，剩余3条2027年2月底前整改到位 | 已整改8条，剩余3条2027年2月底前整改到位
			机关办公楼建筑面积2860平方米，档案库房320平方米 | 档案库房320平方米
			村级污水处理设施 9处，其中2处运行不正常 | 其中2处运行不正常
			原乡农机站职工社保欠缴问题，涉及17人，欠缴约43万元，推进中 |
			""")
	void aSecondFigureIsNotedApart(String said, String note) {
		assertThat(read(said).note()).isEqualTo(note);
	}

	/**
	 * #12, newcomer 5 (findings 1 and 2): a status said in everyday words leaves the
	 * title and goes to the status (with the month it was done when one is said); words
	 * that say more than the status (还没付: unpaid; 就差验收: what is left) and a clause
	 * detailing the figure (其中…) are the item's 说明. #12, newcomer 18: a status word
	 * standing alone after the title ends it, whatever the words after it say (已完成路基约一半);
	 * those words, to the first clause with a figure, are the 说明.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					十四五规划剩下的几个目标，乡村振兴示范村创建还在推，明年6月底前要验收 | 十四五规划剩下的几个目标，乡村振兴示范村创建 | IN_PROGRESS | - | 2027-06-30 | -
					茶旅融合产业规划已经编完了，今年9月份通过的 | 茶旅融合产业规划 | DONE | - | - | 2026-09
					梅溪护岸工程，总投资380万，已拨付210万，还在施工，明年3月31号前完工 | 梅溪护岸工程 | IN_PROGRESS | 已拨付210万 | 2027-03-31 | -
					欠福建建工的村道硬化工程款45.6万，还没付 | 欠福建建工的村道硬化工程款 | NOT_STARTED | 还没付 | - | -
					乡敬老院改造基本完工了，花了65万，就差验收 | 乡敬老院改造 | IN_PROGRESS | 就差验收 | - | -
					便民服务中心改造 正在办 | 便民服务中心改造 | IN_PROGRESS | - | - | -
					村部办公楼 已经建成 | 村部办公楼 | DONE | - | - | -
					垃圾中转站 尚未开工 | 垃圾中转站 | NOT_STARTED | - | - | -
					集体林地2.3万亩，其中生态公益林8000亩 | 集体林地 | - | 其中生态公益林8000亩 | - | -
					村集体经营性资产2860万元，包括厂房租金收入120万元 | 村集体经营性资产 | - | 包括厂房租金收入120万元 | - | -
					上梅村茶叶初制所改造 已拨付60万元 | 上梅村茶叶初制所改造 | - | 已拨付60万元 | - | -
					坑口村至黄柏村通村公路硬化工程 推进中 已完成路基约一半，合同价186万元，尚欠施工方建阳路桥公司工程款72万元，2027-06-30前完工 | 坑口村至黄柏村通村公路硬化工程 | IN_PROGRESS | 已完成路基约一半，尚欠施工方建阳路桥公司工程款72万元 | 2027-06-30 | -
					梅溪上梅段水质 现状 Ⅱ类，国控断面连续12个月达标 | 梅溪上梅段水质 | ON_HAND | Ⅱ类，国控断面连续12个月达标 | - | -
					2026年统计调查专项资金 预算280万元 推进中 已执行约七成 年底前执行完 | 2026年统计调查专项资金 | IN_PROGRESS | 已执行约七成 | 2026-12-31 | -
					""")
	void aStatusSaidInEverydayWordsLeavesTheTitle(String said, String title, String status, String note,
			LocalDate deadline, String doneIn) {
		Command read = parser.parse("添加 " + said, TODAY_DEC);
		ItemWords words = ItemWords.of(said, read, TODAY_DEC);
		assertThat(words.title()).as("title").isEqualTo(title);
		assertThat(read.status() == null ? null : read.status().name()).as("status").isEqualTo(status);
		assertThat(words.note()).as("说明").isEqualTo(note);
		assertThat(words.deadline()).as("deadline").isEqualTo(deadline);
		assertThat(words.doneIn()).as("done in").isEqualTo(doneIn == null ? null : YearMonth.parse(doneIn));
		assertThat(words.doneOn()).as("done on").isNull();
	}

	private static final LocalDate TODAY_DEC = LocalDate.of(2026, 12, 5);

	/**
	 * #12, newcomer 5 (finding 4): a deadline said as a holiday's eve leaves the title;
	 * its day is the calendar's.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			欠上梅建材厂货款12万元，明年春节前付清 | 欠上梅建材厂货款 | 春节 | 2027 | 明年春节前
			村道维修，国庆节前完工 | 村道维修 | 国庆节 | - | 国庆节前
			春节慰问困难群众 推进中 | 春节慰问困难群众 | - | - | -
			""")
	void aHolidaysEveIsADeadlineNotATitle(String said, String title, String holiday, Integer year, String words) {
		ItemWords read = ItemWords.of(said, parser.parse("添加 " + said, TODAY_DEC), TODAY_DEC);
		assertThat(read.title()).isEqualTo(title);
		assertThat(read.deadline()).isNull();
		assertThat(read.eve()).isEqualTo(holiday == null ? null : new HolidaySaid(holiday, year, words));
	}

}
