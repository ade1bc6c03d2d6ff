package dev.baton.bot.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.access.Subject;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.platform.PlatformProperties;
import dev.baton.bot.system.ConflictException;
import dev.baton.bot.system.TimeSource;
import dev.baton.bot.webchat.WebChat;
import dev.baton.integrations.chat.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The roster import: a dry run ({@link #check}) that reports row by row what an import
 * would do and changes nothing, and the import ({@link #importRoster}), which plans again
 * under the directory lock (V19), so two imports run one after the other, and writes
 * everything in one transaction, or nothing when any row is refused. Each row needs
 * {@link Action#MANAGE_DIRECTORY} over the unit it lands in (for a new unit, the nearest
 * existing one above it; for a new top-level unit, the top level {@code /}), and an
 * official moved from another unit needs it there too. One audit entry per import
 * ({@code ROSTER_IMPORTED}) holds the file's SHA-256 and the counts.
 */
@Service
@EnableConfigurationProperties(RosterProperties.class)
public class RosterImport {

	private static final Logger log = LoggerFactory.getLogger(RosterImport.class);

	private final RosterMapper mapper;

	private final Directory directory;

	private final Access access;

	private final AuditLog audit;

	private final RosterTexts texts;

	private final PlatformProperties platforms;

	private final TimeSource time;

	private final RosterProperties properties;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final boolean webChatOn;

	RosterImport(RosterMapper mapper, Directory directory, Access access, AuditLog audit, RosterTexts texts,
			PlatformProperties platforms, TimeSource time, RosterProperties properties,
			PlatformTransactionManager transactions, Environment environment) {
		this.webChatOn = WebChat.isEnabled(environment);
		this.mapper = mapper;
		this.directory = directory;
		this.access = access;
		this.audit = audit;
		this.texts = texts;
		this.platforms = platforms;
		this.time = time;
		this.properties = properties;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	public RosterProperties properties() {
		return properties;
	}

	/**
	 * Refuses, before the file is even read, someone who may manage the directory
	 * nowhere; which rows they may import is decided row by row.
	 */
	public void requireManager(Actor actor) {
		BiPredicate<Action, String> may = may(actor);
		boolean somewhere = actor.isSystem() || may.test(Action.MANAGE_DIRECTORY, Subject.ROOT_PATH)
				|| actor.roles().stream().anyMatch(r -> may.test(Action.MANAGE_DIRECTORY, r.scopePath()));
		if (!somewhere) {
			throw new NotPermittedException(Action.MANAGE_DIRECTORY, null);
		}
	}

	/** The dry run: what an import of the file would do, row by row. Nothing changes. */
	public RosterReport check(Actor actor, RosterFile file) {
		requireManager(actor);
		long started = System.nanoTime();
		RosterSheet sheet = new RosterReader(properties.maxRows()).read(file.path());
		long read = System.nanoTime();
		RosterReport report = reading.execute(status -> planner(actor, sheet).plan().report(true, file.sha256()));
		log.info("Roster checked for official {}: {} rows read in {} ms, planned in {} ms; {}", actor.officialId(),
				sheet.lines().size(), millis(started, read), millis(read, System.nanoTime()), report.summary());
		return report;
	}

	/**
	 * Imports the file in one transaction.
	 * @throws RosterRefusedException when any row is refused (nothing changed; the
	 * exception carries the report)
	 */
	public RosterReport importRoster(Actor actor, RosterFile file) {
		requireManager(actor);
		long started = System.nanoTime();
		RosterSheet sheet = new RosterReader(properties.maxRows()).read(file.path());
		long read = System.nanoTime();
		try {
			return writing.execute(status -> {
				mapper.lockDirectory();
				long locked = System.nanoTime();
				RosterPlan plan = planner(actor, sheet).plan();
				if (!plan.importable()) {
					throw new RosterRefusedException(plan.report(false, file.sha256()));
				}
				long planned = System.nanoTime();
				new RosterWriter(mapper, directory, time.now()).write(plan);
				RosterReport report = plan.report(false, file.sha256());
				audit.append(null, actor, "ROSTER_IMPORTED", detail(report));
				log.info(
						"Roster imported by official {}: {} rows read in {} ms, planned in {} ms, written in {} ms; {}",
						actor.officialId(), sheet.lines().size(), millis(started, read), millis(locked, planned),
						millis(planned, System.nanoTime()), report.summary());
				return report;
			});
		}
		catch (DuplicateKeyException ex) {
			// a role or an account written by someone else at the same moment: the whole
			// import was rolled back
			throw new ConflictException("roster.concurrentChange", "the directory changed during the import", "—");
		}
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private RosterPlanner planner(Actor actor, RosterSheet sheet) {
		return new RosterPlanner(sheet, texts, may(actor), corps(), new DirectoryReads(mapper), webChatOn);
	}

	private BiPredicate<Action, String> may(Actor actor) {
		return (action, path) -> access.allowed(actor, action, Subject.unit(path), null);
	}

	/**
	 * The corp ids of the configured apps, per platform: a userId is bound in the one
	 * corp there is.
	 */
	private Map<Platform, List<String>> corps() {
		Map<Platform, List<String>> corps = new EnumMap<>(Platform.class);
		Set<String> dingtalk = new LinkedHashSet<>();
		platforms.dingtalk()
			.apps()
			.stream()
			.map(app -> app.corpId())
			.filter(c -> c != null && !c.isBlank())
			.forEach(dingtalk::add);
		Set<String> wecom = new LinkedHashSet<>();
		platforms.wecom()
			.apps()
			.stream()
			.map(app -> app.corpId())
			.filter(c -> c != null && !c.isBlank())
			.forEach(wecom::add);
		corps.put(Platform.DINGTALK, new ArrayList<>(dingtalk));
		corps.put(Platform.WECOM, new ArrayList<>(wecom));
		return corps;
	}

	private static Map<String, Object> detail(RosterReport report) {
		RosterReport.Summary s = report.summary();
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("sha256", report.sha256());
		detail.put("rows", s.rows());
		detail.put("created", s.created());
		detail.put("changed", s.changed());
		detail.put("unchanged", s.unchanged());
		detail.put("unitsCreated", s.unitsCreated());
		detail.put("officialsCreated", s.officialsCreated());
		detail.put("officialsChanged", s.officialsChanged());
		detail.put("rolesAdded", s.rolesAdded());
		detail.put("accountsBound", s.accountsBound());
		detail.put("unitTypesChanged", s.unitTypesChanged());
		return detail;
	}

}
