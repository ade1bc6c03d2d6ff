package dev.baton.bot;

import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.SendResult;
import dev.baton.integrations.chat.Target;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A DingTalk app for the corp {@value #CORP}, for tests that bind accounts through the
 * directory's API or console (an account is bound only in a corp with an app): it takes
 * every message and sends nothing, unless told to refuse ({@link #refuse}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class BindableApps {

	/** The corp the app serves. */
	public static final String CORP = "ding-corp";

	/** While set, every send is refused with it (a permanent platform refusal). */
	public static final java.util.concurrent.atomic.AtomicReference<dev.baton.integrations.chat.PlatformException> refuse = new java.util.concurrent.atomic.AtomicReference<>();

	@Bean
	ChatPlatform dingCorpApp() {
		return new ChatPlatform() {

			@Override
			public Platform id() {
				return Platform.DINGTALK;
			}

			@Override
			public boolean serves(String corpId) {
				return CORP.equals(corpId);
			}

			@Override
			public String corpId() {
				return CORP;
			}

			@Override
			public int maxUsersPerCall() {
				return 100;
			}

			@Override
			public SendResult send(Target target, OutboundMessage message) {
				if (refuse.get() != null) {
					throw refuse.get();
				}
				return SendResult.delivered("bindable");
			}

			@Override
			public void updateCard(InboundEvent.CardAction pressed, String outcome) {
			}

		};
	}

}
