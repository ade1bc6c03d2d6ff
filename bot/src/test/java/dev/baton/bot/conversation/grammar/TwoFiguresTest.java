package dev.baton.bot.conversation.grammar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Items said with two figures of one kind in separate clauses (#12, newcomer 2) are found
 * with the two parts Baton would record on 记为两项; a figure of each kind, one figure, a
 * clause that details the first (其中…) or a thousands comma are not two.
 */
class TwoFiguresTest {

	@ParameterizedTest(name = "{0} → {1} | {2} ({3})")
	@CsvSource(delimiter = '|', nullValues = "-",
			value = { "乡村两级小型水库 4座，山塘12处|乡村两级小型水库 4座|山塘12处|quantity",
					"生态公益林3.82万亩，商品林7.54万亩|生态公益林3.82万亩|商品林7.54万亩|quantity",
					"乡政府办公楼2栋；建筑面积3260平方米|乡政府办公楼2栋|建筑面积3260平方米|quantity", "古树名木126株、古民居38座|古树名木126株|古民居38座|quantity",
					"上梅村茶叶初制所改造 推进中 总投资95万元，已拨付60万元|上梅村茶叶初制所改造 推进中 总投资95万元|已拨付60万元|money",
					"集体林地流转收入应收未收 梅溪村8.2万元 里洋村4.4万元|集体林地流转收入应收未收 梅溪村8.2万元|里洋村4.4万元|money",
					"村级污水处理设施 9处，其中2处运行不正常|-|-|-", "村集体经营性资产2860万元，包括厂房租金收入120万元|-|-|-",
					"原乡农机站职工社保欠缴问题，涉及17人，欠缴约43万元，推进中|-|-|-", "全乡森林面积11.36万亩，森林覆盖率78.6%|-|-|-",
					"乡财政所基本户余额 2,364,800.00元|-|-|-", "下梅村古民居建筑群（全国重点文物保护单位），古民居38座|-|-|-", "水库4座山塘12处|-|-|-" })
	void twoFiguresOfOneKindAreFoundWithTheirParts(String said, String first, String second, String kind) {
		TwoFigures two = TwoFigures.in(said);
		if (first == null) {
			assertThat(two).isNull();
			return;
		}
		assertThat(two).isNotNull();
		assertThat(two.first()).isEqualTo(first);
		assertThat(two.second()).isEqualTo(second);
		assertThat(two.money()).isEqualTo(kind.equals("money"));
	}

}
