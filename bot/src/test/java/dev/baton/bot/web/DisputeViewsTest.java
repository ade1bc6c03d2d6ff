package dev.baton.bot.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.baton.bot.checklist.Item;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web's dispute view matches a claim to the field its words name, with the grammar's
 * money words in Chinese and English (#17): an item with a sum and a deadline, disputed
 * with "should be 1.15 million yuan", is a claim about its amount.
 */
class DisputeViewsTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			should be 1.15 million yuan          | AMOUNT
			it is CNY 1,150,000 on the invoice   | AMOUNT
			RMB 1.15 million                     | AMOUNT
			金额不对，合同上是118万                  | AMOUNT
			期限不对，应为明年9月底                  | DEADLINE
			not right                            | -
			""")
	void aClaimIsMatchedToTheFieldItsWordsName(String reason, String field) {
		Item item = new Item(1, 1, 1, 1, "纪检监察干部培训基地建设", null, null, new BigDecimal("3800000"), "CNY", null,
				LocalDate.of(2027, 6, 30), null, false, null, null, null, null, null, null, null, null, null, null);
		assertThat(DisputeViews.claimed(reason, item)).isEqualTo(field);
	}

}
