package dev.baton.bot.conversation.grammar;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An item added from free text is titled by what it is, without the figures the grammar read into its fields (#12
 * newcomer finding C20: "统计执法检查专项资金 已完成 45万元" kept 45万 in its title after the amount became 54万); a date
 * said with 已完成 is when it was done, a date with 前 / 截止 a deadline (C25).
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
			对方主张尾款32万元，已起诉                      | 对方主张尾款，已起诉
			森林面积29.22万亩，在册                         | 森林面积
			新建档案室，推进中，截止2027年6月30日            | 新建档案室
			上梅红色旅游步道项目，总投资1200万元，推进中，2027年5月31日前完工 | 上梅红色旅游步道项目
			原乡农机站职工社保欠缴问题，涉及17人，欠缴约43万元，推进中，争取2027年6月30日前化解 | 原乡农机站职工社保欠缴问题
			梅溪河上梅段生态护岸工程，推进中，总投资860万元，已完成七成，计划2027年5月底完工 | 梅溪河上梅段生态护岸工程，已完成七成，计划2027年5月底完工
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
			""")
	void aDateDoneIsNoDeadline(String said, LocalDate doneOn, LocalDate deadline) {
		ItemWords words = read(said);
		assertThat(words.doneOn()).as("done on").isEqualTo(doneOn);
		assertThat(words.deadline()).as("deadline").isEqualTo(deadline);
	}

}
