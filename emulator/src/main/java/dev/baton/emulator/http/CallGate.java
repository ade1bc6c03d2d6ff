package dev.baton.emulator.http;

import dev.baton.emulator.EmulatorClock;
import dev.baton.emulator.limit.Fault;
import dev.baton.emulator.limit.Limits;
import java.util.List;

/**
 * What every authenticated call passes after the app is known and before the request is
 * acted on: the IP allow-list, the per-app, per-corp and global rates, the corp's
 * concurrent calls, the org's monthly quota, and any injected error code. The IP limits
 * are applied earlier, by {@link HttpFrontend}, to every call.
 */
public final class CallGate {

	private final Limits limits;

	private final EmulatorClock clock;

	public CallGate(Limits limits, EmulatorClock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * @param ipRefusal the platform's refusal when the caller's IP is not allowed, null
	 * when it is
	 * @param throttled the platform's answer when the app is over its rate
	 */
	public void admit(ApiRequest request, ApiError ipRefusal, ApiError throttled) {
		admit(request, ipRefusal, Refusals.appRateOnly(throttled));
	}

	/**
	 * As above, with the platform's answer to each limit; the request's corp must be set.
	 */
	public void admit(ApiRequest request, ApiError ipRefusal, Refusals refusals) {
		if (ipRefusal != null) {
			throw ipRefusal;
		}
		long now = clock.millis();
		if (!limits.tryCall(request.api(), request.app(), now)) {
			throw refusals.appRate().get();
		}
		String corp = request.corp() == null ? request.app() : request.corp();
		if (!limits.tryCorp(request.api(), corp, now)) {
			throw refusals.corpRate().get();
		}
		if (!limits.tryGlobal(request.api(), now)) {
			throw refusals.globalRate().get();
		}
		if (!limits.enter(request.api().platform(), corp)) {
			throw refusals.concurrency().get();
		}
		request.onComplete(() -> limits.exit(request.api().platform(), corp));
		request.serveDelay();
		if (!limits.tryMonth(request.api(), corp, clock.instant())) {
			throw refusals.monthly().get();
		}
		List<Fault.ErrorCode> injected = request.injectedErrors();
		if (!injected.isEmpty()) {
			Fault.ErrorCode fault = injected.get(0);
			ApiError error = new ApiError(fault.httpStatus(), fault.code(), fault.message());
			fault.extra().forEach(error::with);
			throw error;
		}
	}

	public Limits limits() {
		return limits;
	}

}
