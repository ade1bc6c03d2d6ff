package dev.baton.bot.web;

import java.io.IOException;

/**
 * The request body is longer than the API takes; thrown while reading it, so nothing was
 * processed.
 */
class BodyTooLargeException extends IOException {

	private final long limit;

	BodyTooLargeException(long limit) {
		super("the request body is larger than " + limit + " bytes");
		this.limit = limit;
	}

	long limit() {
		return limit;
	}

}
