package dev.baton.bot.conversation;

import java.time.LocalDate;

import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.calendar.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * A deadline a reply names, said as it stands today (newcomer 21, finding 14): one
 * already past is said as past, with how many working days it is overdue as the dashboard
 * counts them, never as if still ahead. A reply's key has a {@code .late} form that takes
 * that count as one more argument.
 */
@Component
class PastDue {

	private final WorkCalendar calendar;

	private final TimeSource time;

	PastDue(WorkCalendar calendar, TimeSource time) {
		this.calendar = calendar;
		this.time = time;
	}

	/**
	 * The reply of {@code key} with its arguments; past {@code due}, its {@code .late}
	 * form with the working days overdue after them.
	 */
	String say(Texts t, LocalDate due, String key, Object... arguments) {
		return t.get(key(due, key), arguments(due, arguments));
	}

	/** {@code key}, or its {@code .late} form once {@code due} is past. */
	String key(LocalDate due, String key) {
		return time.today().isAfter(due) ? key + ".late" : key;
	}

	/** The arguments, and the working days overdue once {@code due} is past. */
	Object[] arguments(LocalDate due, Object... arguments) {
		LocalDate today = time.today();
		if (!today.isAfter(due)) {
			return arguments;
		}
		Object[] late = java.util.Arrays.copyOf(arguments, arguments.length + 1);
		late[arguments.length] = calendar.workingDaysBetween(due, today);
		return late;
	}

}
