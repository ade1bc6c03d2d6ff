package dev.baton.bot.webchat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Says at start-up whether the web chat is on, and whom it answers. */
@Component
@EnableConfigurationProperties(WebChatProperties.class)
class WebChatStatus implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(WebChatStatus.class);

	private final WebChatProperties settings;

	WebChatStatus(WebChatProperties settings) {
		this.settings = settings;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (settings.enabled()) {
			log.warn(
					"Web chat ON at /chat ({}=true): no login, whoever opens it talks as any official with a web chat"
							+ " account; it answers only {} ({})",
					WebChat.ENABLED, settings.allowedClients(), WebChat.ALLOWED_CLIENTS);
		}
		else {
			log.info("Web chat off ({}=false; true turns it on)", WebChat.ENABLED);
		}
	}

}
