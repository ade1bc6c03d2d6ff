package dev.baton.bot.console;

import java.io.Serializable;

/**
 * Who is signed in to the console: the official, and how they signed in (a local account,
 * DingTalk, WeCom). Kept in the session; the roles are read afresh on every request
 * ({@link dev.baton.bot.access.Actors}), so a role taken away takes effect at once.
 */
public record ConsoleUser(long officialId, String name, SignInMethod method) implements Serializable {

	/** How an official signed in to the console. */
	public enum SignInMethod {

		LOCAL, DINGTALK, WECOM

	}

}
