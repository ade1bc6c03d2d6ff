package dev.baton.bot.confirmation;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.baton.bot.checklist.Item;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 11 (finding 3): the example shown to the ruling department follows the
 * field the dispute is about, not only the item's first figure.
 */
class DisputedFieldTest {

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			headcount | 实际在编只有12人，有2人已借调 | ××人
			headcount | -                          | ××人
			works     | 第2项期限不对，施工合同约定的是明年9月底完工 | ××××年××月××日
			works     | 金额不对，合同上是118万       | ××元
			works     | -                          | ××元
			deadline  | -                          | ××××年××月××日
			fleet     | -                          | ××辆
			fleet     | should be 1.15 million yuan | ××元
			fleet     | it is CNY 1,150,000 on the invoice | ××元
			fleet     | RMB 1.15 million          | ××元
			fleet     | 应为115万元                  | ××元
			fleet     | 实际只有7辆                   | ××辆
			headcount | 补贴应为8000块                | ××元
			""")
	void theExampleFollowsTheDisputedField(String kind, String reason, String example) {
		assertThat(RulingExample.figure(item(kind), reason)).isEqualTo(example);
	}

	private static Item item(String kind) {
		return switch (kind) {
			case "headcount" -> item("局属农机站在编人员", null, null, new BigDecimal("14"), "人");
			case "fleet" -> item("公务用车", new BigDecimal("1200000"), null, new BigDecimal("8"), "辆");
			case "works" -> item("纪检监察干部培训基地建设", new BigDecimal("3800000"), LocalDate.of(2027, 6, 30), null, null);
			default -> item("三年行动方案", null, LocalDate.of(2027, 12, 31), null, null);
		};
	}

	private static Item item(String title, BigDecimal amount, LocalDate deadline, BigDecimal quantity, String unit) {
		return new Item(1, 1, 1, 1, title, null, null, amount, amount == null ? null : "CNY", null, deadline, null,
				false, null, null, null, quantity, unit, null, null, null, null, null);
	}

}
