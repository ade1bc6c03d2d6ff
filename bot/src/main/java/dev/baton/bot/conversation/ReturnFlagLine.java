package dev.baton.bot.conversation;

import dev.baton.bot.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * What a return will record, said on the card that asks a reviewer whether they mean one
 * (#12, newcomer 14, finding 13): the first return of a checklist records 交接不清 on the
 * handover (design: 交接不清 = returned in review; ReviewService raises it with the first
 * return), a later one records nothing more, and the card says which before they confirm.
 */
@Component
class ReturnFlagLine {

	private final ReviewService reviews;

	ReturnFlagLine(ReviewService reviews) {
		this.reviews = reviews;
	}

	String line(Texts t, long handoverId) {
		boolean returnedBefore = reviews.decisions(handoverId).stream().anyMatch(d -> d.decision().equals("RETURNED"));
		return t.get(returnedBefore ? "conv.review.askReturn.flaggedAlready" : "conv.review.askReturn.flag");
	}

}
