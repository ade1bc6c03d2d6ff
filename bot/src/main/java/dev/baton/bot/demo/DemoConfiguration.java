package dev.baton.bot.demo;

import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.groups.UnitGroups;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.webchat.WebChat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Demo data is written when {@code baton.demo} ({@code BATON_DEMO}) is {@code true}, or when it is {@code auto} (the
 * default) and Baton runs on its embedded H2 database. A real MySQL/MariaDB deployment never gets it unasked.
 */
@Configuration(proxyBeanMethods = false)
class DemoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);

	/** With the web chat on, every demo official can be picked there, and the demo's notices arrive there. */
	@Bean
	DemoData demoData(Directory directory, Actors actors, HandoverService handovers, UnitGroups groups,
			Environment environment) {
		return new DemoData(directory, actors, handovers, groups, WebChat.isEnabled(environment));
	}

	@Bean
	ApplicationRunner demoDataRunner(DemoData demo, @Value("${baton.demo:auto}") String mode,
			@Value("${spring.datasource.url}") String url) {
		return args -> {
			boolean wanted = "true".equalsIgnoreCase(mode) || ("auto".equalsIgnoreCase(mode) && url.startsWith("jdbc:h2:"));
			if (!wanted) {
				log.debug("No demo data (baton.demo={}, database {})", mode, url);
				return;
			}
			if (!demo.loadIfAbsent()) {
				log.info("Demo data already present");
			}
		};
	}

}
