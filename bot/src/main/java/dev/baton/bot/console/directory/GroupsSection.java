package dev.baton.bot.console.directory;

import java.util.List;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.delivery.ChatPlatforms;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.groups.UnitChatGroup;
import dev.baton.bot.groups.UnitGroups;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The unit page's 单位群 section: the groups bound to the unit, the apps a group can be
 * bound on, and, where Baton makes the platform's groups (WeCom app chats), who can be
 * put in a new one. Shown only to those who may manage the unit's groups.
 */
@Component
class GroupsSection {

	private final UnitGroups groups;

	private final ChatPlatforms platforms;

	private final Access access;

	private final Directory directory;

	GroupsSection(UnitGroups groups, ChatPlatforms platforms, Access access, Directory directory) {
		this.groups = groups;
		this.platforms = platforms;
		this.access = access;
		this.directory = directory;
	}

	void addTo(Model model, Actor actor, long unitId) {
		Subject unit = new Subject(directory.unit(unitId).path(), -1, -1);
		if (!access.allowed(actor, Action.MANAGE_GROUPS, unit, null)) {
			return;
		}
		List<ChatPlatforms.App> apps = platforms.apps();
		List<Maker> makers = apps.stream()
			.filter(ChatPlatforms.App::makesGroups)
			.map(app -> new Maker(app, groups.groupCandidates(actor, unitId, app.platform(), app.corpId())))
			.toList();
		model.addAttribute("groups", new View(groups.list(actor, unitId), apps, makers));
	}

	/** What the section shows. */
	record View(List<UnitChatGroup> bound, List<ChatPlatforms.App> apps, List<Maker> makers) {
	}

	/** An app whose groups Baton makes, and who can be put in one. */
	record Maker(ChatPlatforms.App app, List<Official> candidates) {
	}

}
