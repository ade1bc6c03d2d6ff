package dev.baton.bot.delivery;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.integrations.chat.Platform;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Why a message could not go, as stored (English, for the logs and the API) and as people
 * read it: Baton's own reasons by a message key ({@code supervision.error.*}), a
 * platform's answer as the platform said it, labelled as the platform's (newcomer 20b:
 * 11). Every reason Baton writes is made here, so each has its words.
 */
public final class FailureReasons {

	private FailureReasons() {
	}

	/** The reason for a message to a corp this instance has no app for. */
	public static String noApp(Platform platform, String corpId) {
		return "no " + platform + " app for corp " + corpId + " is configured";
	}

	/**
	 * A reason in words: the key under {@code supervision.error.} and its arguments (a
	 * platform as a resolvable, so it is named in the reader's language).
	 */
	public record Said(String key, Object... arguments) {
	}

	private record Known(Pattern pattern, String key) {
	}

	private static final List<Known> KNOWN = List.of(
			new Known(Pattern.compile("no (WECOM|DINGTALK|WEB) app for corp (.*) is configured"), "no_app"),
			new Known(Pattern.compile("no chat account bound.*"), "no_chat_account_bound"),
			new Known(Pattern.compile("no chat group bound.*"), "no_chat_group_bound"),
			new Known(Pattern.compile("the platform does not know this user.*"),
					"the_platform_does_not_know_this_user"),
			new Known(Pattern.compile("throttled by the platform.*"), "throttled"),
			new Known(Pattern.compile("waiting for quota.*"), "waiting_for_quota"),
			new Known(Pattern.compile("the file could not be made: (.*)", Pattern.DOTALL), "file_not_made"),
			new Known(Pattern.compile("failed unexpectedly (\\d+) times, last: (.*)", Pattern.DOTALL), "unexpected"),
			new Known(Pattern.compile("(WECOM|DINGTALK|WEB) (\\S+): (.*)", Pattern.DOTALL), "platform"));

	/**
	 * The words for a stored reason; one nobody knows is shown as recorded, said to be
	 * so.
	 */
	public static Said read(String raw) {
		for (Known known : KNOWN) {
			Matcher m = known.pattern().matcher(raw);
			if (m.matches()) {
				Object[] arguments = new Object[m.groupCount()];
				for (int i = 0; i < arguments.length; i++) {
					String group = m.group(i + 1);
					arguments[i] = i == 0 && isPlatform(group) ? platform(group) : group;
				}
				return new Said(known.key(), arguments);
			}
		}
		return new Said("recorded", raw);
	}

	private static boolean isPlatform(String word) {
		for (Platform p : Platform.values()) {
			if (p.name().equals(word)) {
				return true;
			}
		}
		return false;
	}

	private static MessageSourceResolvable platform(String code) {
		return new DefaultMessageSourceResolvable(new String[] { "supervision.platform." + code }, code);
	}

}
