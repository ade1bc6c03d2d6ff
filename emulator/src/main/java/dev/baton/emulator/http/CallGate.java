package dev.baton.emulator.http;

import dev.baton.emulator.EmulatorClock;
import dev.baton.emulator.limit.Fault;
import dev.baton.emulator.limit.Limits;
import java.util.List;

/**
 * What every authenticated call passes after the app is known and before the request is acted on: the IP allow-list,
 * the per-app rate limit and any injected error code.
 */
public final class CallGate {

    private final Limits limits;
    private final EmulatorClock clock;

    public CallGate(Limits limits, EmulatorClock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * @param ipRefusal the platform's refusal when the caller's IP is not allowed, null when it is
     * @param throttled the platform's answer when the app is over its rate
     */
    public void admit(ApiRequest request, ApiError ipRefusal, ApiError throttled) {
        if (ipRefusal != null) {
            throw ipRefusal;
        }
        if (!limits.tryCall(request.api(), request.app(), clock.millis())) {
            throw throttled;
        }
        List<Fault.ErrorCode> injected = request.injectedErrors();
        if (!injected.isEmpty()) {
            Fault.ErrorCode fault = injected.get(0);
            throw new ApiError(fault.httpStatus(), fault.code(), fault.message());
        }
    }

    public Limits limits() {
        return limits;
    }
}
