package dev.baton.bot.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/handovers/{id}/cancel}: why (kept with the record; at most 512
 * characters, as stored).
 */
record CancelBody(
		@NotBlank(message = "{api.field.required}") @Size(max = 512, message = "{api.field.tooLong}") String reason,
		@JsonAnySetter Map<String, Object> unknownFields) implements StrictBody {

	CancelBody {
		unknownFields = unknownFields == null ? Map.of() : new LinkedHashMap<>(unknownFields);
	}

	@Override
	public List<String> knownFields() {
		return List.of("reason");
	}

}
