package dev.baton.bot.webchat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says at start-up whether the web chat is on, and whom it answers. */
@Component
class WebChatStatus implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(WebChatStatus.class);

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		String setting = environment.getProperty(WebChat.ENABLED, "false").strip();
		if (WebChat.isEnabled(environment)) {
			log.warn("Web chat ON at /chat ({}=true): no login, whoever opens it talks as any official with a web chat"
					+ " account; it answers only {} ({})", WebChat.ENABLED,
					environment.getProperty(WebChat.ALLOWED_CLIENTS, WebChat.LOOPBACK), WebChat.ALLOWED_CLIENTS);
		}
		else {
			log.info("Web chat off ({}={}; only true turns it on)", WebChat.ENABLED, setting);
		}
	}

}
