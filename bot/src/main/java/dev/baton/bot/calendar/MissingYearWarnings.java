package dev.baton.bot.calendar;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deadline fell in a year with no holiday notice: it was counted Monday to Friday. Say
 * so, once per year and process: a warning in the log, and a message to every
 * administrator asking them to add the notice. The message is written in its own
 * transaction, so it survives whatever the caller does next.
 */
public class MissingYearWarnings {

	private static final Logger log = LoggerFactory.getLogger(MissingYearWarnings.class);

	private final Set<Integer> warned = ConcurrentHashMap.newKeySet();

	private final Directory directory;

	private final Outbox outbox;

	private final TransactionTemplate ownTransaction;

	public MissingYearWarnings(Directory directory, Outbox outbox, PlatformTransactionManager transactions) {
		this.directory = directory;
		this.outbox = outbox;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public void missingYear(int year) {
		if (!warned.add(year)) {
			return;
		}
		log.warn("No holiday notice for {} is loaded: its deadlines are counted Monday to Friday until an administrator"
				+ " adds the State Council notice", year);
		ownTransaction.executeWithoutResult(status -> outbox.enqueue(null, OutboxEvent.CALENDAR_YEAR_MISSING,
				whoCanAddIt(), false, Map.of("year", year)));
	}

	/**
	 * Whether the official is one of those the message asking for a missing year goes to.
	 */
	boolean asks(long official) {
		return whoCanAddIt().contains(official);
	}

	/**
	 * The root administrators, who alone may add a year; every administrator while there
	 * is none.
	 */
	private List<Long> whoCanAddIt() {
		List<Long> root = directory.rootAdmins();
		return root.isEmpty() ? directory.holdersAnywhere(Role.ADMIN) : root;
	}

	/** The years warned about since this process started. */
	public Set<Integer> warnedYears() {
		return Set.copyOf(warned);
	}

}
