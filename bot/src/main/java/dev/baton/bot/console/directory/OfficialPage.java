package dev.baton.bot.console.directory;

import dev.baton.bot.access.Actor;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directoryadmin.DirectoryAdmin;
import dev.baton.bot.directoryadmin.DirectoryAdmin.OfficialRecord;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.integrations.chat.Platform;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/directory/officials/{officialId}}: one official with their unit, roles
 * and chat accounts; their name, post, unit and mobile changed; roles granted and taken
 * back; chat accounts bound and unbound; deactivated and reactivated. Every read and
 * change goes through {@link DirectoryAdmin}, as {@code /api/directory/officials} does.
 */
@Controller
class OfficialPage {

	private static final String PATH = "/console/directory/officials/";

	private final DirectoryAdmin directory;

	private final PageTexts texts;

	OfficialPage(DirectoryAdmin directory, PageTexts texts) {
		this.directory = directory;
		this.texts = texts;
	}

	@GetMapping(PATH + "{officialId}")
	String official(Actor actor, @PathVariable long officialId, Model model) {
		OfficialRecord record = directory.official(actor, officialId);
		model.addAttribute("record", record);
		model.addAttribute("o", record.official());
		model.addAttribute("units", directory.tree(actor));
		model.addAttribute("roles", Role.values());
		model.addAttribute("departments", Department.values());
		model.addAttribute("platforms", Platform.values());
		return "console/directory/official";
	}

	@PostMapping(PATH + "{officialId}")
	String change(Actor actor, @PathVariable long officialId, @RequestParam String name, @RequestParam String post,
			@RequestParam long unitId, @RequestParam(required = false) String mobile, RedirectAttributes redirect) {
		Attempts.attempt(redirect, texts, () -> directory.updateOfficial(actor, officialId, name, post, unitId,
				mobile == null || mobile.isBlank() ? null : mobile), "consoleDirectory.official.changed");
		return back(officialId);
	}

	@PostMapping(PATH + "{officialId}/deactivate")
	String deactivate(Actor actor, @PathVariable long officialId, RedirectAttributes redirect) {
		Attempts.attempt(redirect, texts, () -> directory.deactivate(actor, officialId),
				"consoleDirectory.official.deactivated");
		return back(officialId);
	}

	@PostMapping(PATH + "{officialId}/reactivate")
	String reactivate(Actor actor, @PathVariable long officialId, RedirectAttributes redirect) {
		Attempts.attempt(redirect, texts, () -> directory.reactivate(actor, officialId),
				"consoleDirectory.official.reactivated");
		return back(officialId);
	}

	/**
	 * A role over a unit ({@code scopeUnitId}), or over every unit when it is
	 * {@code root} (the administrator role only); a reviewer names their department.
	 */
	@PostMapping(PATH + "{officialId}/roles")
	String grant(Actor actor, @PathVariable long officialId, @RequestParam(required = false) String role,
			@RequestParam(required = false) String department, @RequestParam(required = false) String scopeUnitId,
			RedirectAttributes redirect) {
		Attempts.attempt(redirect, texts, () -> {
			Role r = parse(Role.class, role, "directory.noRole");
			Department d = department == null || department.isBlank() ? null
					: parse(Department.class, department, "directory.reviewerDepartment");
			Long scope = "root".equals(scopeUnitId) ? null : unitId(scopeUnitId);
			if (directory.assignRole(actor, officialId, r, d, scope).created()) {
				return;
			}
			throw new InvalidInputException("consoleDirectory.role.held", "the official holds this role already");
		}, "consoleDirectory.role.granted");
		return back(officialId);
	}

	@PostMapping(PATH + "{officialId}/roles/{roleId}/remove")
	String revoke(Actor actor, @PathVariable long officialId, @PathVariable long roleId, RedirectAttributes redirect) {
		Attempts.attempt(redirect, texts, () -> directory.removeRole(actor, officialId, roleId),
				"consoleDirectory.role.revoked");
		return back(officialId);
	}

	@PostMapping(PATH + "{officialId}/identities")
	String bind(Actor actor, @PathVariable long officialId, @RequestParam(required = false) String platform,
			@RequestParam(required = false) String corpId, @RequestParam(required = false) String userId,
			RedirectAttributes redirect) {
		Attempts.attempt(redirect, texts, () -> {
			Platform p = parse(Platform.class, platform, "directory.noPlatform");
			if (!directory.bind(actor, officialId, p, corpId, userId).created()) {
				throw new InvalidInputException("consoleDirectory.identity.held",
						"this account is bound to them already");
			}
		}, "consoleDirectory.identity.bound");
		return back(officialId);
	}

	@PostMapping(PATH + "{officialId}/identities/{identityId}/remove")
	String unbind(Actor actor, @PathVariable long officialId, @PathVariable long identityId,
			RedirectAttributes redirect) {
		Attempts.attempt(redirect, texts, () -> directory.unbind(actor, officialId, identityId),
				"consoleDirectory.identity.unbound");
		return back(officialId);
	}

	private static String back(long officialId) {
		return "redirect:" + PATH + officialId;
	}

	private static Long unitId(String value) {
		try {
			return Long.valueOf(value.strip());
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("consoleDirectory.role.noScope", "which unit is the role held over?");
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String key) {
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException(key, "not one of the choices");
		}
	}

}
