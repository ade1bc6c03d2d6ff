package dev.baton.emulator.record;

import dev.baton.emulator.EmulatorClock;
import dev.baton.emulator.http.ApiRequest;
import java.util.Collection;

/** Writes deliveries of the call being handled into the record. */
public final class DeliveryLog {

	private final EmulatorRecord record;

	private final EmulatorClock clock;

	public DeliveryLog(EmulatorRecord record, EmulatorClock clock) {
		this.record = record;
		this.clock = clock;
	}

	public Delivery add(ApiRequest request, TargetKind kind, String recipient, String msgType, String content,
			Outcome outcome, String code) {
		return record.addDelivery(new DeliveryDraft(request.callSeq(), clock.instant(), request.api().platform(),
				request.app(), request.api(), kind, recipient, msgType, content, outcome, code));
	}

	/**
	 * From now on, a refusal of the call records each of these recipients as rejected
	 * with the refusal's code.
	 */
	public void rejectAllOnError(ApiRequest request, TargetKind kind, Collection<String> recipients, String msgType,
			String content) {
		request.recipients(recipients.size());
		request.onRejection(
				code -> recipients.forEach(r -> add(request, kind, r, msgType, content, Outcome.REJECTED, code)));
	}

	public EmulatorRecord record() {
		return record;
	}

}
