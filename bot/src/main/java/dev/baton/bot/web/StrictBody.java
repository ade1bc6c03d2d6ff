package dev.baton.bot.web;

import java.util.List;
import java.util.Map;

/**
 * A request body that refuses what it does not know instead of ignoring it: a field sent
 * by mistake (a misspelt name, a {@code policyCode} the API does not take) must not be
 * dropped silently, or the caller believes it was used. The body collects unknown fields
 * with {@code @JsonAnySetter}; {@link StrictBodies} refuses them with 400
 * {@code api.validation}, one entry per field.
 */
public interface StrictBody {

	/** The fields of the JSON object that are not fields of this body, by name. */
	Map<String, Object> unknownFields();

	/** The fields this body takes, named in the refusal. */
	List<String> knownFields();

	/**
	 * A field with its own explanation of why it is not taken (its message key), or null.
	 */
	default String whyNot(String field) {
		return null;
	}

}
