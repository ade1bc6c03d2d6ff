package dev.baton.bot.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;

import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.OpenRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * {@code POST /api/handovers}: the unit, the two officials and why the post is handed
 * over ({@code reasonNote}: with {@code OTHER}, what the reason is, in the organizer's
 * words; refused with any other reason). Nothing else is taken: a handover follows its
 * unit's policy, so {@code policyCode} (or any other field) is refused, never ignored.
 */
record OpenHandoverBody(@NotNull(message = "{api.field.required}") @Positive(message = "{api.field.id}") Long unitId,
		@NotNull(message = "{api.field.required}") @Positive(message = "{api.field.id}") Long departingId,
		@NotNull(message = "{api.field.required}") @Positive(message = "{api.field.id}") Long successorId,
		@NotNull(message = "{api.field.required}") HandoverReason reason, String reasonNote,
		@JsonAnySetter Map<String, Object> unknownFields) implements StrictBody {

	OpenHandoverBody {
		unknownFields = unknownFields == null ? Map.of() : new LinkedHashMap<>(unknownFields);
	}

	OpenRequest toRequest() {
		return new OpenRequest(unitId, departingId, successorId, reason, null, reasonNote);
	}

	@Override
	public List<String> knownFields() {
		return List.of("unitId", "departingId", "successorId", "reason", "reasonNote");
	}

	@Override
	public String whyNot(String field) {
		return "policyCode".equals(field) ? "api.field.policyCode" : null;
	}

}
