package dev.baton.bot.handover;

import java.util.List;

import dev.baton.bot.policy.DeadlineUnit;
import dev.baton.bot.policy.Period;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * How a 延期 by a period was counted, for the reply to whoever asked (newcomer 22, finding
 * 11: "延期3天" moved a Thursday's deadline to Monday and the reply did not say why):
 * working days as working days, calendar days as days, with the days a calendar count met
 * a rest day and rolled forward.
 */
public final class ExtensionCount {

	private ExtensionCount() {
	}

	/**
	 * The sentence as a message ({@code extension.counted.*}); null for 延至 a day. A step
	 * already overdue was counted from today (newcomer 24, finding 2): the sentence says
	 * so ({@code .fromToday}, the day as the last argument), and, when others moved with
	 * it were counted from their due day, says that too ({@code .fromTodayOverdue}).
	 */
	public static MessageSourceResolvable of(Period by, List<DeadlineExtensions.Moved> moved) {
		if (by == null) {
			return null;
		}
		String start = start(moved);
		if (by.unit() == DeadlineUnit.WORKING_DAYS) {
			return message("extension.counted.WORKING_DAYS" + start, by.value(), today(moved));
		}
		List<String> rolled = moved.stream()
			.filter(m -> !m.to().equals(m.countedFrom().plusDays(by.value())))
			.map(m -> m.countedFrom().plusDays(by.value()).toString())
			.distinct()
			.toList();
		return rolled.isEmpty() ? message("extension.counted.CALENDAR_DAYS" + start, by.value(), today(moved))
				: message("extension.counted.CALENDAR_DAYS.rolled" + start, by.value(), String.join("、", rolled),
						today(moved));
	}

	/** The key's ending: counted from the due day, from today, or each as it was. */
	private static String start(List<DeadlineExtensions.Moved> moved) {
		long fromToday = moved.stream().filter(DeadlineExtensions.Moved::fromToday).count();
		return fromToday == 0 ? "" : fromToday == moved.size() ? ".fromToday" : ".fromTodayOverdue";
	}

	/** The day an overdue step was counted from (today); empty when none was. */
	private static String today(List<DeadlineExtensions.Moved> moved) {
		return moved.stream()
			.filter(DeadlineExtensions.Moved::fromToday)
			.map(m -> m.countedFrom().toString())
			.findFirst()
			.orElse("");
	}

	private static MessageSourceResolvable message(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

}
