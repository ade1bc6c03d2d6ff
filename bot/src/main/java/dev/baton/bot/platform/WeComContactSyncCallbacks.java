package dev.baton.bot.platform;

import java.util.List;

import dev.baton.integrations.wecom.WeComCallbacks;

/**
 * The WeCom contact-sync helpers' event servers, one per app that configures its Token
 * and EncodingAESKey: Baton's {@code /callbacks/wecom/{app}/contacts}.
 */
record WeComContactSyncCallbacks(List<WeComCallbacks> callbacks) {

	WeComContactSyncCallbacks {
		callbacks = List.copyOf(callbacks);
	}

}
