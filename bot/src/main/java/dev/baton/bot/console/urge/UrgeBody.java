package dev.baton.bot.console.urge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.baton.bot.web.StrictBody;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/handovers/{id}/steps/{stepId}/urge}: an optional note said with the
 * reminder.
 */
public record UrgeBody(@Size(max = Urges.MAX_NOTE, message = "{api.field.tooLong}") String note,
		@JsonAnySetter Map<String, Object> unknownFields) implements StrictBody {

	public UrgeBody {
		unknownFields = unknownFields == null ? Map.of() : new LinkedHashMap<>(unknownFields);
	}

	@Override
	public List<String> knownFields() {
		return List.of("note");
	}

}
