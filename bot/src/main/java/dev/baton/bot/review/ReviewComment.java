package dev.baton.bot.review;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.bot.directory.Department;

/**
 * A reviewer's comment on one item, in one round. {@code kind} is {@link #QUESTION} for a
 * question asked without a return (只提问（不退回）, V61), null for a comment of an approval or a
 * return (left out of the JSON while null, so the digest of a record archived before it
 * is unchanged).
 */
public record ReviewComment(long id, long handoverId, int round, Department department, long itemId, long authorId,
		String body, Instant createdAt, @JsonInclude(JsonInclude.Include.NON_NULL) String kind) {

	/** A question asked without a return. */
	public static final String QUESTION = "QUESTION";

	public boolean question() {
		return QUESTION.equals(kind);
	}

}
