package dev.baton.bot.web;

import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.OpenRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** {@code POST /api/handovers}: the unit, the two officials and why the post is handed over. */
record OpenHandoverBody(@NotNull(message = "{api.field.required}") @Positive(message = "{api.field.id}") Long unitId,
		@NotNull(message = "{api.field.required}") @Positive(message = "{api.field.id}") Long departingId,
		@NotNull(message = "{api.field.required}") @Positive(message = "{api.field.id}") Long successorId,
		@NotNull(message = "{api.field.required}") HandoverReason reason) {

	OpenRequest toRequest() {
		return new OpenRequest(unitId, departingId, successorId, reason);
	}

}
