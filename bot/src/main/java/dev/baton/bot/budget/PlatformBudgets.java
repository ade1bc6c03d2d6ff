package dev.baton.bot.budget;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.Platform;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform budgets: this process's API calls are added to the month's record (per
 * platform, corp and natural month, shared by all instances) every few seconds; the
 * month's calls are a gauge {@code baton.platform.api.month.calls} (tags platform, corp,
 * metered); and when a platform's calls of the month pass a threshold of its monthly
 * budget (80% and 95% by default) the root administrators are told in chat, once per
 * threshold and month across instances. DingTalk's budget counts the metered calls (its
 * standard edition allows an organization 5,000 a month; tokens and contacts reads are
 * free); WeCom has no monthly quota, so it has a budget only when one is configured.
 */
public class PlatformBudgets implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PlatformBudgets.class);

	private final PlatformApiCalls calls;

	private final BudgetMapper mapper;

	private final Directory directory;

	private final Outbox outbox;

	private final TransactionTemplate tx;

	private final TimeSource time;

	private final MeterRegistry meters;

	private final Map<Platform, Long> budgets;

	private final List<Integer> thresholds;

	private final Duration interval;

	private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();

	private volatile Thread thread;

	public PlatformBudgets(PlatformApiCalls calls, BudgetMapper mapper, Directory directory, Outbox outbox,
			TransactionTemplate tx, TimeSource time, MeterRegistry meters, Map<Platform, Long> budgets,
			List<Integer> thresholds, Duration interval) {
		this.calls = calls;
		this.mapper = mapper;
		this.directory = directory;
		this.outbox = outbox;
		this.tx = tx;
		this.time = time;
		this.meters = meters;
		this.budgets = Map.copyOf(budgets);
		this.thresholds = thresholds.stream().filter(t -> t > 0 && t <= 100).sorted().toList();
		this.interval = interval;
	}

	/**
	 * Adds the calls counted since last time to the month's record, updates the gauges,
	 * and warns where due.
	 */
	public synchronized void flush() {
		for (Map.Entry<PlatformApiCalls.Key, PlatformApiCalls.Pending> e : calls.drain().entrySet()) {
			PlatformApiCalls.Key key = e.getKey();
			try {
				record(key, e.getValue());
			}
			catch (RuntimeException ex) {
				calls.restore(key, e.getValue());
				log.warn("Could not record {} API calls of {} {}; trying again next time", e.getValue().calls(),
						key.platform(), key.corpId(), ex);
			}
		}
		String month = PlatformApiCalls.month(time.now());
		for (BudgetMapper.Usage usage : mapper.month(month)) {
			gauge(usage.platform(), usage.corpId(), false).set(usage.calls());
			gauge(usage.platform(), usage.corpId(), true).set(usage.meteredCalls());
			warnIfDue(usage);
		}
	}

	/** This month's record for every platform and corp. */
	public List<BudgetMapper.Usage> thisMonth() {
		return mapper.month(PlatformApiCalls.month(time.now()));
	}

	private void record(PlatformApiCalls.Key key, PlatformApiCalls.Pending pending) {
		if (mapper.add(key.platform(), key.corpId(), key.month(), pending.calls(), pending.metered(), time.now()) > 0) {
			return;
		}
		try {
			mapper.insert(key.platform(), key.corpId(), key.month(), pending.calls(), pending.metered(), time.now());
		}
		catch (DuplicateKeyException ex) {
			// another instance inserted the month's row first
			mapper.add(key.platform(), key.corpId(), key.month(), pending.calls(), pending.metered(), time.now());
		}
	}

	private void warnIfDue(BudgetMapper.Usage usage) {
		long budget = budgets.getOrDefault(usage.platform(), 0L);
		if (budget <= 0) {
			return;
		}
		long used = usage.platform() == Platform.DINGTALK ? usage.meteredCalls() : usage.calls();
		long percent = used * 100 / budget;
		Integer due = null;
		for (int threshold : thresholds) {
			if (percent >= threshold && usage.warnedPercent() < threshold) {
				due = threshold;
			}
		}
		if (due == null) {
			return;
		}
		int threshold = due;
		tx.executeWithoutResult(status -> {
			// the raise is the claim: of several instances, the one that raises the
			// threshold tells
			if (mapper.markWarned(usage.platform(), usage.corpId(), usage.usageMonth(), threshold) == 0) {
				return;
			}
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("platform", usage.platform().name());
			payload.put("corp", usage.corpId());
			payload.put("month", usage.usageMonth());
			payload.put("used", used);
			payload.put("budget", budget);
			payload.put("percent", percent);
			outbox.enqueue(null, OutboxEvent.PLATFORM_BUDGET, administrators(), false, payload);
			log.warn(
					"{} {} used {} of its monthly budget of {} API calls ({}%) in {}: the root administrators are told",
					usage.platform(), usage.corpId(), used, budget, percent, usage.usageMonth());
		});
	}

	/** The root administrators; every administrator while there is none. */
	private List<Long> administrators() {
		List<Long> root = directory.rootAdmins();
		return root.isEmpty() ? new ArrayList<>(directory.holdersAnywhere(Role.ADMIN)) : root;
	}

	private AtomicLong gauge(Platform platform, String corp, boolean metered) {
		return gauges.computeIfAbsent(platform + "|" + corp + "|" + metered,
				k -> meters.gauge("baton.platform.api.month.calls",
						Tags.of("platform", platform.name(), "corp", corp, "metered", Boolean.toString(metered)),
						new AtomicLong()));
	}

	@Override
	public void start() {
		Thread t = new Thread(this::loop, "baton-platform-budgets");
		t.setDaemon(true);
		thread = t;
		t.start();
	}

	@Override
	public void stop() {
		Thread t = thread;
		thread = null;
		if (t != null) {
			t.interrupt();
			try {
				t.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		try {
			flush();
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the last API calls at shutdown", ex);
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	private void loop() {
		while (thread == Thread.currentThread()) {
			try {
				Thread.sleep(interval.toMillis());
				flush();
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Recording the platform API calls failed; trying again", ex);
			}
		}
	}

}
