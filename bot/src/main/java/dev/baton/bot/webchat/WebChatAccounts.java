package dev.baton.bot.webchat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.system.NotFoundException;
import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Platform;

/**
 * Who may be picked on the page: the active officials with a web chat account. The page
 * speaks for whoever opens it (it is the local demo channel), but only for officials
 * bound on the web chat.
 */
class WebChatAccounts {

	private final Directory directory;

	WebChatAccounts(Directory directory) {
		this.directory = directory;
	}

	/**
	 * The officials unit by unit (newcomer 15: people the roster imported later came
	 * after another unit's and the page gave their unit a second heading): the units in
	 * the order of their first official, each unit's officials together, in id order.
	 */
	List<OfficialChoice> choices() {
		Map<Long, String> unitNames = new HashMap<>();
		Map<Long, List<OfficialChoice>> byUnit = new LinkedHashMap<>();
		for (Official o : directory.officialsBoundOn(Platform.WEB.name(), WebChat.CORP)) {
			byUnit.computeIfAbsent(o.unitId(), u -> new ArrayList<>())
				.add(new OfficialChoice(o.id(), o.name(), o.post(), o.unitId(),
						unitNames.computeIfAbsent(o.unitId(), id -> directory.unit(id).name())));
		}
		return byUnit.values().stream().flatMap(List::stream).toList();
	}

	/**
	 * The official's web chat account; an official who is unknown, inactive or not bound
	 * is "not found".
	 */
	ChatUser account(long officialId) {
		ChatUser user = WebChat.user(officialId);
		boolean bound = directory.officialIdByIdentity(Platform.WEB.name(), WebChat.CORP, user.userId())
			.filter(id -> id == officialId)
			.isPresent();
		if (!bound || !active(officialId)) {
			throw new NotFoundException("official", officialId);
		}
		return user;
	}

	private boolean active(long officialId) {
		Official official = directory.official(officialId);
		return official.active();
	}

	/**
	 * An official to talk as: {@code unit} is the name of their unit, {@code unitId} the
	 * unit the page heads them under.
	 */
	record OfficialChoice(long id, String name, String post, long unitId, String unit) {
	}

}
