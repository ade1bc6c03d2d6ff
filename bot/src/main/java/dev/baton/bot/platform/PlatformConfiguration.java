package dev.baton.bot.platform;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.baton.integrations.chat.ApiCallCounter;
import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.dingtalk.DingTalkChatPlatform;
import dev.baton.integrations.wecom.WeComChatPlatform;
import dev.baton.integrations.contacts.ContactEventListener;
import dev.baton.integrations.dingtalk.DingTalkCallbacks;
import dev.baton.integrations.dingtalk.DingTalkContacts;
import dev.baton.integrations.dingtalk.DingTalkEvents;
import dev.baton.integrations.state.SharedState;
import dev.baton.integrations.wecom.WeComApp;
import dev.baton.integrations.wecom.WeComCallbacks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ WeComProperties.class, DingTalkProperties.class })
class PlatformConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PlatformConfiguration.class);

	@Bean
	PlatformProperties platformProperties(WeComProperties wecom, DingTalkProperties dingtalk) {
		return new PlatformProperties(wecom, dingtalk);
	}

	@Bean
	List<WeComCallbacks> weComCallbacks(PlatformProperties properties, Clock clock) {
		return properties.wecom().apps().stream().map(app -> new WeComCallbacks(app, clock)).toList();
	}

	/** The contact-sync helpers' event servers of the WeCom apps that configure one. */
	@Bean
	WeComContactSyncCallbacks weComContactSyncCallbacks(PlatformProperties properties, Clock clock) {
		return new WeComContactSyncCallbacks(properties.wecom()
			.apps()
			.stream()
			.filter(WeComApp::takesContactSyncEvents)
			.map(app -> WeComCallbacks.forContactSync(app, clock))
			.toList());
	}

	/** A {@code ContactDirectory} bean per WeCom app with a contact-sync secret. */
	@Bean
	static WeComContactDirectories weComContactDirectories() {
		return new WeComContactDirectories();
	}

	@Bean
	ContactEventDelivery contactEventDelivery(ObjectProvider<ContactEventListener> listeners, SharedState state) {
		return new ContactEventDelivery(listeners, state);
	}

	@Bean
	List<DingTalkCallbacks> dingTalkCallbacks(PlatformProperties properties, Clock clock) {
		return properties.dingtalk().apps().stream().map(app -> new DingTalkCallbacks(app, clock)).toList();
	}

	@Bean
	List<DingTalkEvents> dingTalkEvents(PlatformProperties properties, Clock clock) {
		return properties.dingtalk().apps().stream().map(app -> new DingTalkEvents(app, clock)).toList();
	}

	/**
	 * Each DingTalk app's org chart, for the directory sync and the unbound person's
	 * look-up.
	 */
	@Bean
	List<DingTalkContacts> dingTalkContacts(PlatformProperties properties, SharedState state,
			ObjectProvider<ApiCallCounter> calls) {
		ApiCallCounter counter = calls.getIfAvailable(() -> ApiCallCounter.NONE);
		return properties.dingtalk().apps().stream().map(app -> new DingTalkContacts(app, state, counter)).toList();
	}

	@Bean
	DingTalkStreamReceiver dingTalkStreamReceiver(List<DingTalkCallbacks> dingTalkCallbacks,
			List<DingTalkEvents> dingTalkEvents, InboundGate gate, ObjectProvider<ContactEventListener> contactEvents) {
		return new DingTalkStreamReceiver(dingTalkCallbacks, dingTalkEvents, gate, contactEvents);
	}

	@Bean
	ConfiguredPlatforms configuredPlatforms(PlatformProperties properties, SharedState state,
			ObjectProvider<ApiCallCounter> calls) {
		ApiCallCounter counter = calls.getIfAvailable(() -> ApiCallCounter.NONE);
		List<ChatPlatform> platforms = new ArrayList<>();
		properties.wecom().apps().forEach(app -> platforms.add(new WeComChatPlatform(app, state, counter)));
		properties.dingtalk().apps().forEach(app -> platforms.add(new DingTalkChatPlatform(app, state, counter)));
		platforms.forEach(p -> log.info("Sending on {}", p));
		return new ConfiguredPlatforms(platforms);
	}

	@Bean
	InboundGate inboundGate(dev.baton.bot.inbox.Inbox inbox) {
		return new InboundGate(inbox);
	}

}
