package dev.baton.bot.conversation.grammar;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomers 11 and 12 (finding 1): a title is the item's subject. A later word group
 * that held a figure or a date leaves the title whole, so no dangling phrase is left
 * ("高标准农田建设 今年新建", "纪检监察信访件办理 还有在办", "执纪办案用车 价值"); what it said beyond its figure is the
 * item's 说明, so nothing said is lost.
 */
class TitlesAsSubjectsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	private final CommandParser parser = new CommandParser();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			高标准农田建设 还在推 今年新建3.5万亩 明年10月底前验收 | 高标准农田建设 | 35000亩 | 2027-10-31 | 今年新建3.5万亩
			纪检监察信访件办理 还有3件在办，明年1月底前办结 | 纪检监察信访件办理 | 3件 | 2027-01-31 | 还有3件在办
			执纪办案用车 5辆 价值96万元 | 执纪办案用车 | 5辆 | - | -
			上梅村茶叶初制所改造 已拨付60万元 | 上梅村茶叶初制所改造 | - | - | 已拨付60万元
			村级公路 新修12公里 | 村级公路 | 12公里 | - | 新修12公里
			全镇12个村党支部标准化规范化建设，已完成 | 全镇村党支部标准化规范化建设 | 12个 | - | -
			办公用房建筑面积1200平方米 | 办公用房建筑面积 | 1200平方米 | - | -
			""")
	void aLaterGroupWithAFigureLeavesTheTitleWhole(String said, String title, String quantity, LocalDate deadline,
			String note) {
		Command read = parser.parse("添加 " + said, TODAY);
		ItemWords words = ItemWords.of(said, read, TODAY);
		assertThat(words.title()).as("title").isEqualTo(title);
		assertThat(read.quantity() == null ? null : read.quantity().stripTrailingZeros().toPlainString() + read.unit())
			.as("quantity")
			.isEqualTo(quantity);
		assertThat(words.deadline()).as("deadline").isEqualTo(deadline);
		assertThat(words.note()).as("说明").isEqualTo(note);
	}

}
