package dev.baton.bot.conversation;

import java.util.List;

/**
 * A person talking to Baton in a script: what they say or press, and what Baton answered
 * them, as text (a card by its title and body). Backed by the in-process test adapter or
 * by a platform emulator over real HTTP.
 */
interface ChatScript {

	/** The platform name identities are bound under (WEB, WECOM, DINGTALK). */
	String platform();

	/** The corp the script's users belong to. */
	String corp();

	List<String> say(String userId, String text);

	/** Presses a button of the last card Baton sent the person. */
	List<String> press(String userId, String buttonLabel);

	/** What the last pressed card was updated to show. */
	String lastOutcome();

	/**
	 * A minute passes between two turns of the script. A script says in seconds what
	 * people type over an hour; a platform's per-person limits (WeCom: 30 messages a
	 * minute to one member) count within a minute, so an emulated platform forgets what
	 * it counted. Nothing else changes.
	 */
	default void aMinutePasses() {
	}

	/**
	 * Makes the users known to the platform (an emulator refuses messages to strangers).
	 */
	default void addUsers(List<String> userIds) {
	}

}
