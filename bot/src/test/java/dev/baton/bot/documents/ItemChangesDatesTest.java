package dev.baton.bot.documents;

import java.time.LocalDate;
import java.time.YearMonth;

import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.checklist.DoneDate;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 交接书 keeps what a completion date or a deadline was first recorded as, as it does
 * for an amount (#12, newcomer 16, finding 3: 全市经济普查工作 recorded done 2026年9月, then
 * changed to 10月 with 「不对，是10月份完成的」).
 */
class ItemChangesDatesTest {

	@Test
	void aChangedCompletionDateAndDeadlineSayWhatTheyWereFirstRecordedAs() {
		Item census = item(ItemStatus.DONE, null, null, YearMonth.of(2026, 10));
		assertThat(ItemChanges.of(census, ItemDraft.titled("全市经济普查工作"), null, "审计部门裁定更正", null,
				new DoneDate(null, YearMonth.of(2026, 9))))
			.extracting(HandoverDocument.Change::sentence)
			.containsExactly("更正：完成时间原记2026年9月，已更正为2026年10月（离任干部更正）");

		Item platform = item(ItemStatus.IN_PROGRESS, LocalDate.of(2027, 6, 30), null, null);
		ItemDraft first = new ItemDraft("统计数据平台二期建设", null, ItemStatus.IN_PROGRESS, null, null, null,
				LocalDate.of(2027, 3, 31), null, true);
		assertThat(ItemChanges.of(platform, first, null, "审计部门裁定更正", null, null))
			.extracting(HandoverDocument.Change::sentence)
			.containsExactly("更正：期限原记2027年3月31日，已更正为2027年6月30日（离任干部更正）");

		// unchanged, or said for the first time later: nothing corrected
		assertThat(ItemChanges.of(census, ItemDraft.titled("全市经济普查工作"), null, "审计部门裁定更正", null,
				new DoneDate(null, YearMonth.of(2026, 10))))
			.isEmpty();
		assertThat(ItemChanges.of(platform, ItemDraft.titled("统计数据平台二期建设"), null, "审计部门裁定更正", null, null)).isEmpty();
	}

	private static Item item(ItemStatus status, LocalDate deadline, LocalDate doneOn, YearMonth doneIn) {
		return new Item(1, 1, 1, 2, "全市经济普查工作", null, status, null, null, null, deadline, null,
				status != ItemStatus.DONE, Confirmation.PENDING, null, null, null, null, null, null, null, doneOn,
				doneIn);
	}

}
