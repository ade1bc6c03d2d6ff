package dev.baton.bot.conversation;

import java.time.Duration;

import dev.baton.integrations.state.SharedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Component;

/**
 * An organizer's {@link OrganizerDraft}, beside the dialog state in the shared state
 * (Redis when configured, in this process on the embedded default), per official, so the
 * answer may come on any platform they are bound on. It lasts a day: an opening nobody
 * confirmed by then is dropped, never opened. A missing or unreadable entry is no draft.
 */
@Component
class OrganizerDrafts {

	static final Duration KEPT_FOR = Duration.ofDays(1);

	private static final Logger log = LoggerFactory.getLogger(OrganizerDrafts.class);

	private final SharedState state;

	private final JsonMapper json;

	OrganizerDrafts(SharedState state, JsonMapper json) {
		this.state = state;
		this.json = json;
	}

	OrganizerDraft load(long officialId) {
		return state.get(key(officialId)).map(this::read).orElse(null);
	}

	void save(long officialId, OrganizerDraft draft) {
		if (draft == null) {
			state.delete(key(officialId));
		}
		else {
			state.put(key(officialId), json.writeValueAsString(draft), KEPT_FOR);
		}
	}

	private OrganizerDraft read(String stored) {
		try {
			return json.readValue(stored, OrganizerDraft.class);
		}
		catch (JacksonException ex) {
			log.warn("Unreadable organizer draft dropped: {}", ex.getOriginalMessage());
			return null;
		}
	}

	private static String key(long officialId) {
		return "organizer-draft:" + officialId;
	}

}
