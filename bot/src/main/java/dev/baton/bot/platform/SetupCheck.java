package dev.baton.bot.platform;

import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.contacts.ContactDirectory;
import dev.baton.integrations.dingtalk.DingTalkChatPlatform;
import dev.baton.integrations.wecom.WeComChatPlatform;
import dev.baton.integrations.wecom.WeComContacts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The setup self-check: for every configured WeCom and DingTalk app, fetch a token with
 * its credentials and say in plain words what is wrong when that fails (trusted IP / IP
 * whitelist, wrong secret, …). Fetching a token sends nothing to anyone. A WeCom app with
 * a contact-sync secret gets a second entry: that secret's own token, and one row of the
 * org chart read with it.
 */
@Component
public class SetupCheck {

	private final ConfiguredPlatforms platforms;

	private final Access access;

	private final ObjectProvider<ContactDirectory> contactDirectories;

	SetupCheck(ConfiguredPlatforms platforms, Access access, ObjectProvider<ContactDirectory> contactDirectories) {
		this.platforms = platforms;
		this.access = access;
		this.contactDirectories = contactDirectories;
	}

	public List<Result> run(Actor actor) {
		access.require(actor, Action.CHECK_PLATFORMS, new Subject("/", -1, -1));
		List<Result> results = new ArrayList<>();
		for (ChatPlatform platform : platforms.platforms()) {
			try {
				if (platform instanceof WeComChatPlatform wecom) {
					wecom.checkToken();
				}
				else if (platform instanceof DingTalkChatPlatform dingtalk) {
					dingtalk.checkToken();
				}
				results.add(new Result(platform.toString(), true, null, "OK"));
			}
			catch (PlatformException ex) {
				results.add(new Result(platform.toString(), false, ex.code(), ex.getMessage()));
			}
		}
		contactDirectories.orderedStream()
			.filter(WeComContacts.class::isInstance)
			.map(WeComContacts.class::cast)
			.forEach(contacts -> results.add(checkContactSync(contacts)));
		return results;
	}

	/**
	 * WeCom's contact-sync secret gets its own token, which lists the org chart
	 * (user/list_id).
	 */
	private static Result checkContactSync(WeComContacts contacts) {
		try {
			contacts.checkContactSync();
			return new Result(contacts.toString(), true, null, "OK");
		}
		catch (PlatformException ex) {
			return new Result(contacts.toString(), false, ex.code(), ex.getMessage());
		}
	}

	/** One app's outcome: ok, or the platform's code and what to do about it. */
	public record Result(String app, boolean ok, String code, String advice) {
	}

}
