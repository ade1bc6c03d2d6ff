package dev.baton.emulator.wecom;

import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.CallGate;
import dev.baton.emulator.token.TokenStore;

/** Checks {@code ?access_token=} and lets the call through the gate. */
final class WeComAuth {

	private final WeComPlatform platform;

	private final CallGate gate;

	WeComAuth(WeComPlatform platform, CallGate gate) {
		this.platform = platform;
		this.gate = gate;
	}

	/**
	 * An app's token; the contact-sync helper's token is refused (48002) by the app APIs.
	 */
	WeComApp authenticate(ApiRequest request) {
		WeComCaller caller = caller(request);
		if (caller.isContactSync()) {
			throw WeComErrors.of(WeComErrors.API_FORBIDDEN, "api forbidden");
		}
		return caller.app();
	}

	/**
	 * An app's token or the contact-sync helper's: the contact APIs decide what each may
	 * read.
	 */
	WeComCaller caller(ApiRequest request) {
		TokenStore.Check check = platform.tokens().check(request.query("access_token"));
		switch (check.status()) {
			case MISSING -> throw WeComErrors.of(WeComErrors.MISSING_TOKEN, "access_token missing");
			case UNKNOWN, INVALIDATED -> throw WeComErrors.of(WeComErrors.INVALID_TOKEN, "invalid access_token");
			case EXPIRED -> throw WeComErrors.of(WeComErrors.TOKEN_EXPIRED, "access_token expired");
			default -> {
			}
		}
		request.app(check.app());
		WeComCaller caller = platform.caller(check.app()).orElseThrow();
		request.corp(caller.corpId());
		return caller;
	}

	void admit(ApiRequest request) {
		gate.admit(request, platform.ipRefused(request.app()) ? WeComErrors.ipRefused(request.remoteIp()) : null,
				WeComErrors.REFUSALS);
	}

	CallGate gate() {
		return gate;
	}

}
