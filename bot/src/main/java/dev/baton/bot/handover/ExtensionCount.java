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

	/** The sentence as a message ({@code extension.counted.*}); null for 延至 a day. */
	public static MessageSourceResolvable of(Period by, List<DeadlineExtensions.Moved> moved) {
		if (by == null) {
			return null;
		}
		if (by.unit() == DeadlineUnit.WORKING_DAYS) {
			return message("extension.counted.WORKING_DAYS", by.value());
		}
		List<String> rolled = moved.stream()
			.filter(m -> !m.to().equals(m.from().plusDays(by.value())))
			.map(m -> m.from().plusDays(by.value()).toString())
			.distinct()
			.toList();
		return rolled.isEmpty() ? message("extension.counted.CALENDAR_DAYS", by.value())
				: message("extension.counted.CALENDAR_DAYS.rolled", by.value(), String.join("、", rolled));
	}

	private static MessageSourceResolvable message(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

}
