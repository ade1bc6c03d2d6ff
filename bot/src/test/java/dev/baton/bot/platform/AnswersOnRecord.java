package dev.baton.bot.platform;

import java.time.Duration;
import java.util.List;

import dev.baton.emulator.Api;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.record.ApiCall;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.record.Outcome;

import static org.awaitility.Awaitility.await;

/**
 * What Baton said to people through the bot, read from an emulator's record (work
 * notifications left out).
 */
record AnswersOnRecord(PlatformEmulator emulator) {

	long mark() {
		List<Delivery> all = emulator.record().deliveries();
		return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
	}

	ApiCall lastCall(Api api) {
		List<ApiCall> calls = emulator.record().calls(api);
		return calls.get(calls.size() - 1);
	}

	List<Delivery> toSince(String user, long mark) {
		return emulator.record()
			.deliveries(d -> d.seq() > mark && d.recipient().equals(user) && d.outcome() == Outcome.DELIVERED
					&& d.api() != Api.DINGTALK_WORK_NOTIFICATION);
	}

	List<Delivery> awaitTo(String user, long mark, int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> toSince(user, mark).size() >= count);
		return toSince(user, mark);
	}

}
