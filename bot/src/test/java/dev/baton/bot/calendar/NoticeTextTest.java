package dev.baton.bot.calendar;

import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.system.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A State Council notice read from its text as published (#17): the 2026 notice gives the
 * days V5 seeds for 2026, a single day off and a holiday across the new year read right,
 * and a numbered line whose days cannot be read is refused naming that line.
 */
class NoticeTextTest {

	static final String NOTICE_2026 = """
			国务院办公厅关于2026年部分节假日安排的通知
			各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
			经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
			一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
			二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
			三、清明节：4月4日（周六）至6日（周一）放假，共3天。
			四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
			五、端午节：6月19日（周五）至21日（周日）放假，共3天。
			六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
			七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
			节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作。
			""";

	@Test
	void the2026NoticeGivesTheDaysSeededFor2026() {
		NoticeText.Notice notice = NoticeText.read(2026, NOTICE_2026);
		assertThat(notice.holidays()).containsExactly(
				new HolidayRange("元旦", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3)),
				new HolidayRange("春节", LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23)),
				new HolidayRange("清明节", LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 6)),
				new HolidayRange("劳动节", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5)),
				new HolidayRange("端午节", LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 21)),
				new HolidayRange("中秋节", LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 27)),
				new HolidayRange("国庆节", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)));
		assertThat(notice.makeupWorkdays()).containsExactly(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14),
				LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20),
				LocalDate.of(2026, 10, 10));
	}

	@Test
	void aSingleDayOffAndAHolidayAcrossTheNewYearAreRead() {
		NoticeText.Notice notice = NoticeText.read(2025, """
				一、元旦：1月1日（周三）放假1天，不调休。
				二、国庆节、中秋节：9月29日至10月6日放假调休，共8天。9月28日（星期日）、10月11日（星期六）上班。
				三、元旦（2026年）：2025年12月31日至2026年1月2日放假。
				""");
		assertThat(notice.holidays()).containsExactly(
				new HolidayRange("元旦", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)),
				new HolidayRange("国庆节、中秋节", LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 6)),
				new HolidayRange("元旦（2026年）", LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 2)));
		assertThat(notice.makeupWorkdays()).containsExactly(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
	}

	@Test
	void aLineWhoseDaysCannotBeReadIsRefusedNamingIt() {
		assertThatThrownBy(() -> NoticeText.read(2027, "一、元旦：1月1日放假。\n二、春节：待定，另行通知。"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("calendar.noticeUnreadable");
				assertThat(List.of(ex.arguments())).containsExactly("二、春节：待定，另行通知。");
			});
		assertThatThrownBy(() -> NoticeText.read(2027, "国务院办公厅关于2027年部分节假日安排的通知")).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.messageKey()).isEqualTo("calendar.noticeEmpty"));
		assertThatThrownBy(() -> NoticeText.read(2027, "一、元旦：2月30日放假。")).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.messageKey()).isEqualTo("calendar.noticeUnreadable"));
	}

}
