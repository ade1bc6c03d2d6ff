package dev.baton.bot.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/handovers/{id}/successor}: who takes over instead, and why (at most
 * 512 characters); {@code confirmConflict} true to change to someone who reviews the
 * handover for a department (refused with 409 otherwise).
 */
record ChangeSuccessorBody(
		@NotNull(message = "{api.field.required}") @Positive(message = "{api.field.id}") Long successorId,
		@NotBlank(message = "{api.field.required}") @Size(max = 512, message = "{api.field.tooLong}") String reason,
		Boolean confirmConflict, @JsonAnySetter Map<String, Object> unknownFields) implements StrictBody {

	ChangeSuccessorBody {
		unknownFields = unknownFields == null ? Map.of() : new LinkedHashMap<>(unknownFields);
	}

	@Override
	public List<String> knownFields() {
		return List.of("successorId", "reason", "confirmConflict");
	}

}
