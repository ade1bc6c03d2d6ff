package dev.baton.bot.console.directory;

import java.util.List;

import dev.baton.bot.access.Actor;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.groups.UnitGroups;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.integrations.chat.Platform;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's chat groups from its console page: bind a group the unit already has (the same
 * as {@code POST /api/admin/units/{unitId}/groups} and 绑定本群), make a WeCom group chat for
 * it, unbind one. The same checks, audit entries and refusals as the API.
 */
@Controller
class UnitGroupsPage {

	private static final String PATH = "/console/directory/units/{unitId}/groups";

	private final UnitGroups groups;

	private final PageTexts texts;

	UnitGroupsPage(UnitGroups groups, PageTexts texts) {
		this.groups = groups;
		this.texts = texts;
	}

	@PostMapping(PATH)
	String bind(Actor actor, @PathVariable long unitId, @RequestParam String app, @RequestParam String groupId,
			@RequestParam(required = false) String name, RedirectAttributes redirect) {
		Attempts.attempt(redirect, texts, () -> {
			AppKey key = AppKey.parse(app);
			groups.bind(actor, unitId, key.platform(), key.corpId(), groupId == null ? null : groupId.strip(), name);
		}, "consoleGroups.bound", name == null || name.isBlank() ? groupId : name.strip());
		return back(unitId);
	}

	@PostMapping(PATH + "/made")
	String make(Actor actor, @PathVariable long unitId, @RequestParam String app, @RequestParam String name,
			@RequestParam(name = "member", required = false) List<Long> members, RedirectAttributes redirect) {
		Attempts.attempt(redirect, texts, () -> {
			AppKey key = AppKey.parse(app);
			groups.makeGroup(actor, unitId, key.platform(), key.corpId(), name, members);
		}, "consoleGroups.made", name == null ? "" : name.strip());
		if (redirect.getFlashAttributes().containsKey("refusal")) {
			// the ticks as sent (the kept form holds one value per field)
			redirect.addFlashAttribute("typedMembers", members == null ? List.of() : members);
		}
		return back(unitId);
	}

	@PostMapping(PATH + "/{bindingId}/remove")
	String unbind(Actor actor, @PathVariable long unitId, @PathVariable long bindingId, RedirectAttributes redirect) {
		Attempts.attempt(redirect, texts, () -> groups.unbind(actor, unitId, bindingId), "consoleGroups.unbound");
		return back(unitId);
	}

	private static String back(long unitId) {
		return "redirect:/console/directory/units/" + unitId + "#groups-h";
	}

	/** The form's app choice, {@code PLATFORM:corpId}. */
	record AppKey(Platform platform, String corpId) {

		static AppKey parse(String value) {
			int colon = value == null ? -1 : value.indexOf(':');
			if (colon <= 0) {
				throw new InvalidInputException("consoleGroups.noApp", "choose an app");
			}
			try {
				return new AppKey(Platform.valueOf(value.substring(0, colon)), value.substring(colon + 1));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("consoleGroups.noApp", "choose an app");
			}
		}

	}

}
