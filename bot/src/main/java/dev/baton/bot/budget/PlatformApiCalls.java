package dev.baton.bot.budget;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.ApiCallCounter;
import dev.baton.integrations.chat.Platform;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Every API call the platform clients make: a Micrometer counter
 * {@code baton.platform.api.calls} (tags platform, corp, api, metered), and the calls of
 * this process not yet added to the month's record, per platform, corp and natural month
 * in China's time (the platforms count months there).
 */
public class PlatformApiCalls implements ApiCallCounter {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** Where a month's calls are counted. */
	public record Key(Platform platform, String corpId, String month) {
	}

	/** Calls counted and not yet recorded: all of them, and the metered ones. */
	public record Pending(long calls, long metered) {
	}

	private final MeterRegistry meters;

	private final TimeSource time;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	private final Map<Key, LongAdder[]> pending = new ConcurrentHashMap<>();

	public PlatformApiCalls(MeterRegistry meters, TimeSource time) {
		this.meters = meters;
		this.time = time;
	}

	@Override
	public void called(Platform platform, String corpId, String api, boolean metered) {
		String corp = corpId == null ? "" : corpId;
		counters
			.computeIfAbsent(platform + "|" + corp + "|" + api + "|" + metered,
					k -> Counter.builder("baton.platform.api.calls")
						.description("API calls made to a chat platform")
						.tag("platform", platform.name())
						.tag("corp", corp)
						.tag("api", api)
						.tag("metered", Boolean.toString(metered))
						.register(meters))
			.increment();
		LongAdder[] adders = pending.computeIfAbsent(new Key(platform, corp, month(time.now())),
				k -> new LongAdder[] { new LongAdder(), new LongAdder() });
		adders[0].increment();
		if (metered) {
			adders[1].increment();
		}
	}

	/** Takes the calls counted since the last drain (each is handed out once). */
	Map<Key, Pending> drain() {
		Map<Key, Pending> taken = new HashMap<>();
		for (Key key : pending.keySet()) {
			LongAdder[] adders = pending.get(key);
			long calls = adders[0].sumThenReset();
			long metered = adders[1].sumThenReset();
			if (calls > 0 || metered > 0) {
				taken.put(key, new Pending(calls, metered));
			}
		}
		return taken;
	}

	/** Gives back calls a drain took and could not record. */
	void restore(Key key, Pending calls) {
		LongAdder[] adders = pending.computeIfAbsent(key, k -> new LongAdder[] { new LongAdder(), new LongAdder() });
		adders[0].add(calls.calls());
		adders[1].add(calls.metered());
	}

	static String month(Instant at) {
		return YearMonth.from(at.atZone(CHINA)).toString();
	}

}
