package dev.baton.bot.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.system.InvalidInputException;

/**
 * The holidays and make-up workdays of a State Council notice (国务院办公厅关于某年部分节假日安排的通知),
 * read from its text as published: one numbered line per holiday,
 * "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。" — the days off in the sentence that says 放假,
 * the make-up workdays in the sentences that say 上班. A day without a year is of the
 * notice's year; a day without a month is of the month said before it. Lines that are not
 * numbered holidays (the title, the preamble, the closing) are not read. What it reads
 * goes to {@link CalendarAdmin#addYear}, which checks it as it checks the API's JSON.
 */
public final class NoticeText {

	private static final Pattern LINE = Pattern.compile("^\\s*[一二三四五六七八九十]+\\s*[、.．]\\s*([^：:]{1,64})[：:](.+)$");

	private static final Pattern ASIDE = Pattern.compile("（[^）]*）|\\([^)]*\\)");

	private static final Pattern DAY = Pattern.compile("(?:(\\d{4})\\s*年)?\\s*(?:(\\d{1,2})\\s*月)?\\s*(\\d{1,2})\\s*日");

	private NoticeText() {
	}

	/**
	 * What a notice sets: each holiday's days off, and the Saturdays or Sundays worked
	 * instead.
	 */
	public record Notice(List<HolidayRange> holidays, List<LocalDate> makeupWorkdays) {
	}

	/**
	 * @throws InvalidInputException {@code calendar.noticeUnreadable} naming the line, or
	 * {@code calendar.noticeEmpty}
	 */
	public static Notice read(int year, String text) {
		List<HolidayRange> holidays = new ArrayList<>();
		List<LocalDate> workdays = new ArrayList<>();
		for (String raw : (text == null ? "" : text).split("\\R")) {
			Matcher line = LINE.matcher(raw.strip());
			if (!line.matches()) {
				continue;
			}
			String name = line.group(1).strip();
			String rest = ASIDE.matcher(line.group(2)).replaceAll("");
			boolean off = false;
			for (String sentence : rest.split("[。；;]")) {
				if (!off && sentence.contains("放假")) {
					holidays.add(range(year, name, sentence, raw.strip()));
					off = true;
				}
				else if (sentence.contains("上班")) {
					workdays.addAll(days(year, sentence, raw.strip()));
				}
			}
			if (!off) {
				throw unreadable(raw.strip());
			}
		}
		if (holidays.isEmpty()) {
			throw new InvalidInputException("calendar.noticeEmpty",
					"no numbered holiday line such as 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。");
		}
		return new Notice(List.copyOf(holidays), List.copyOf(workdays));
	}

	private static HolidayRange range(int year, String name, String sentence, String line) {
		String[] parts = sentence.split("至", 2);
		List<LocalDate> from = days(year, parts[0], line);
		if (from.isEmpty()) {
			throw unreadable(line);
		}
		LocalDate first = from.get(0);
		LocalDate last = first;
		if (parts.length == 2) {
			List<LocalDate> to = days(first.getYear(), first.getMonthValue(), parts[1], line);
			if (to.isEmpty()) {
				throw unreadable(line);
			}
			last = to.get(0);
			if (last.isBefore(first)) {
				last = last.plusYears(1); // 12月31日至1月1日 without the years said
			}
		}
		return new HolidayRange(name, first, last);
	}

	private static List<LocalDate> days(int year, String text, String line) {
		return days(year, 0, text, line);
	}

	/** The days said in the text, each inheriting the year and month said before it. */
	private static List<LocalDate> days(int year, int month, String text, String line) {
		List<LocalDate> days = new ArrayList<>();
		Matcher m = DAY.matcher(text);
		while (m.find()) {
			if (m.group(1) != null) {
				year = Integer.parseInt(m.group(1));
			}
			if (m.group(2) != null) {
				month = Integer.parseInt(m.group(2));
			}
			if (month == 0) {
				throw unreadable(line);
			}
			try {
				days.add(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
			}
			catch (DateTimeException ex) {
				throw unreadable(line);
			}
		}
		return days;
	}

	private static InvalidInputException unreadable(String line) {
		return new InvalidInputException("calendar.noticeUnreadable", "cannot read the days of: " + line, line);
	}

}
