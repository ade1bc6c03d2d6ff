package dev.baton.bot.demo;

import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.groups.UnitGroups;
import dev.baton.bot.escalation.EscalationSweep;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.system.TimeSource;
import dev.baton.bot.web.ApiTokens;
import dev.baton.bot.webchat.WebChat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.baton.bot.system.BatonProperties;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Demo data is written only when {@code baton.demo} ({@code BATON_DEMO}) is {@code true}:
 * the demo profile sets it (the one {@code ./mvnw -pl bot -am spring-boot:run} starts).
 * No deployment gets it unasked, on H2 or elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class DemoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);

	/**
	 * With the web chat on, every demo official can be picked there, and the demo's
	 * notices arrive there.
	 */
	@Bean
	DemoData demoData(Directory directory, Actors actors, HandoverService handovers, UnitGroups groups,
			Environment environment, DemoMapper demo, Policies policies, TimeSource time,
			dev.baton.bot.audit.AuditLog audit, dev.baton.scheduler.calendar.WorkCalendar calendar) {
		return new DemoData(directory, actors, handovers, groups, WebChat.isEnabled(environment), demo, policies, time,
				audit, calendar);
	}

	@Bean
	ApplicationRunner demoDataRunner(DemoData demo, ApiTokens tokens, Actors actors, LocalAccounts consoleAccounts,
			BatonProperties settings, Environment environment, EscalationSweep sweep) {
		return args -> {
			if (!settings.demo()) {
				log.debug("No demo data (baton.demo=false; true writes it)");
				return;
			}
			if (!demo.loadIfAbsent()) {
				log.info("Demo data already present");
				return;
			}
			// the overdue demo handover's level-1 escalation, sent now rather than at the
			// scheduler's next sweep (#17)
			sweep.sweepDue();
			// the demo's record can be read through the REST API too (#12 newcomer 6): a
			// token for its administrator
			// over every unit, printed once when the demo data is written (demo mode
			// only; revoke it with DELETE
			// /api/tokens/{id}/revoke)
			long admin = demo.administrator();
			ApiTokens.Issued issued = tokens.issue(actors.of(admin), admin, DEMO_TOKEN_LABEL);
			// the example as it works here (newcomer 7): this instance's port
			// (--server.port, 0 for any) and the demo's
			// 上梅乡 handover, whatever its id
			String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
			log.info(
					"Demo API token for 吴强 (系统管理员, administrator over every unit), shown once: {}"
							+ "  e.g. curl -H 'Authorization: Bearer {}' http://localhost:{}/api/handovers/{}",
					issued.token(), issued.token(), port, demo.shangmeiHandover());
			// and the console (#17): a local account for 王明, the demo city's organizer,
			// printed once likewise
			String password = LocalAccounts.randomPassword();
			consoleAccounts.create(Actor.SYSTEM, demo.organizer(), DEMO_CONSOLE_USER, password);
			log.info("Demo console account for 王明 (市委组织部, organizer), shown once: user name {}, password {}"
					+ "  sign in at http://localhost:{}/console", DEMO_CONSOLE_USER, password, port);
		};
	}

	static final String DEMO_TOKEN_LABEL = "demo";

	static final String DEMO_CONSOLE_USER = "wangming";

}
