package dev.baton.bot.policy;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A period as a message argument, said in the reader's language when the message is
 * rendered ({@code period.<UNIT>}: 10个自然日 / 10 calendar days), so a refusal made in the
 * domain reads right in chat and over REST.
 */
public final class PeriodText {

	private PeriodText() {
	}

	public static MessageSourceResolvable of(Period period) {
		return new DefaultMessageSourceResolvable(new String[] { "period." + period.unit().name() },
				new Object[] { Integer.toString(period.value()) });
	}

}
