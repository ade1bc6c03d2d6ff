package dev.baton.bot.conversation;

import java.time.Duration;

import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.state.SharedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Component;

/**
 * Dialog state per (platform, corp, user), in the shared state (Redis when configured)
 * for two weeks after the last message: people answer days later. A missing or unreadable
 * entry is a fresh dialog, never an error.
 */
@Component
class DialogStore {

	static final Duration KEPT_FOR = Duration.ofDays(14);

	private static final Logger log = LoggerFactory.getLogger(DialogStore.class);

	private final SharedState state;

	private final JsonMapper json;

	DialogStore(SharedState state, JsonMapper json) {
		this.state = state;
		this.json = json;
	}

	DialogState load(ChatUser user) {
		return state.get(key(user)).map(this::read).orElse(DialogState.FRESH);
	}

	void save(ChatUser user, DialogState dialog) {
		state.put(key(user), json.writeValueAsString(dialog), KEPT_FOR);
	}

	private DialogState read(String stored) {
		try {
			return json.readValue(stored, DialogState.class);
		}
		catch (JacksonException ex) {
			log.warn("Unreadable dialog state dropped: {}", ex.getOriginalMessage());
			return DialogState.FRESH;
		}
	}

	private static String key(ChatUser user) {
		return "dialog:" + user.platform() + ":" + user.corpId() + ":" + user.userId();
	}

}
