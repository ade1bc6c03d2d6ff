package dev.baton.bot.inbox;

import java.time.Clock;
import java.util.Random;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.system.ConditionalOnSwitch;
import dev.baton.integrations.chat.InboundListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable inbox: the store every verified callback is written to before it is
 * answered, and the workers that handle it ({@code baton.inbox.*}, see
 * {@link InboxProperties}). Its clock is the system's: leases and retries are real time,
 * whatever day the business clock says it is.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InboxProperties.class)
class InboxConfiguration {

	private static final Logger log = LoggerFactory.getLogger(InboxConfiguration.class);

	@Bean
	Inbox inbox(JdbcTemplate jdbc, InboxProperties settings) {
		return new Inbox(jdbc, settings.lane(), Clock.systemUTC());
	}

	@Bean
	static TransientFailureWatch transientFailureWatch() {
		return new TransientFailureWatch();
	}

	@Bean
	InboxPurge inboxPurge(InboxMapper mapper, InboxProperties settings) {
		return new InboxPurge(mapper, settings, Clock.systemUTC());
	}

	@Bean
	InboxHandler inboxHandler(InboxMapper mapper, ObjectProvider<InboundListener> listener, Directory directory,
			Outbox outbox, PlatformTransactionManager transactions, InboxProperties settings) {
		InboundListener target = listener.getIfAvailable(() -> event -> log
			.info("Inbound {} from {} (no conversation layer in this application)", event.dedupKey(), event.sender()));
		TransactionTemplate claims = new TransactionTemplate(transactions);
		// a work queue claimed with SKIP LOCKED: no gap locks, so workers do not deadlock
		// on each other's inserts
		claims.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		TransactionTemplate turns = new TransactionTemplate(transactions);
		// a turn is a long transaction whose first reads come before the locks it takes
		// (the handover row): under
		// REPEATABLE READ it would read its first snapshot after waiting for the lock,
		// and four reviewers approving
		// at once would each miss the others' approvals (none moving the handover on).
		// READ COMMITTED reads what the
		// lock holder committed, as the embedded H2 always does.
		turns.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		return new InboxHandler(mapper, target, new DeadLetterNotice(directory, outbox), claims, turns, settings,
				Clock.systemUTC(), new Random());
	}

	@Bean
	@ConditionalOnSwitch("baton.inbox.worker")
	InboxWorker inboxWorker(InboxHandler handler, InboxPurge purge, InboxProperties settings, Inbox inbox) {
		InboxWorker worker = new InboxWorker(handler, purge, settings);
		inbox.whenStored(worker::nudge);
		return worker;
	}

}
