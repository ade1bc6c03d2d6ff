package dev.baton.bot.console.admin;

import dev.baton.bot.access.Actor;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.system.BatonException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.web.ApiTokens;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /console/tokens}: the reader's API tokens (or, for an administrator, those of an
 * official in their scope, {@code officialId}), through the same service as
 * {@code /api/tokens}: issue one (the token is in that answer only, never stored in the
 * session nor shown again), list them without the secret, revoke one.
 */
@Controller
class TokensPage {

	private final ApiTokens tokens;

	private final Directory directory;

	private final PageTexts texts;

	TokensPage(ApiTokens tokens, Directory directory, PageTexts texts) {
		this.tokens = tokens;
		this.directory = directory;
		this.texts = texts;
	}

	@GetMapping("/console/tokens")
	String list(Actor actor, @RequestParam(required = false) Long officialId,
			@RequestParam(required = false) Long revoke, Model model) {
		long official = officialId == null ? actor.officialId() : officialId;
		if (revoke != null) {
			// the question before a revocation (newcomer 20b, finding 18): one click
			// does not cut off a script for good
			ApiTokens.TokenInfo asked = tokens.get(actor, revoke);
			if (asked.officialId() == official && asked.revokedAt() == null) {
				model.addAttribute("revoking", asked);
			}
		}
		return page(actor, official, model);
	}

	/**
	 * The token is rendered into this answer and nowhere else: no redirect, no flash, no
	 * cache.
	 */
	@PostMapping("/console/tokens")
	String issue(Actor actor, @RequestParam(required = false) Long officialId,
			@RequestParam(required = false) String label, Model model, HttpServletResponse response) {
		long official = officialId == null ? actor.officialId() : officialId;
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try {
			ApiTokens.Issued issued = tokens.issue(actor, official, label);
			model.addAttribute("issued", issued);
		}
		catch (NotPermittedException | NotFoundException ex) {
			throw ex;
		}
		catch (BatonException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("refusal", texts.refusal(ex));
			model.addAttribute("typedLabel", label);
		}
		return page(actor, official, model);
	}

	/**
	 * Revokes only when {@code confirmed}; without it, the page asks first (a revocation
	 * cannot be undone).
	 */
	@PostMapping("/console/tokens/{id}/revoke")
	String revoke(Actor actor, @PathVariable long id, @RequestParam(required = false) String confirmed,
			RedirectAttributes redirect) {
		long official = tokens.get(actor, id).officialId();
		String owner = actor.is(official) ? "" : "officialId=" + official;
		if (!"yes".equals(confirmed)) {
			return "redirect:/console/tokens?" + (owner.isEmpty() ? "" : owner + "&") + "revoke=" + id
					+ "#confirm-revoke";
		}
		Refusals.act(texts, redirect, () -> texts.text("console.tokens.revoked", tokens.revoke(actor, id).label()));
		return "redirect:/console/tokens" + (owner.isEmpty() ? "" : "?" + owner);
	}

	private String page(Actor actor, long officialId, Model model) {
		String apiBase = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api").build().toUriString();
		ApiTokens.Issued issued = (ApiTokens.Issued) model.getAttribute("issued");
		model.addAttribute("apiBase", apiBase);
		model.addAttribute("curlExample", "curl -H 'Authorization: Bearer "
				+ (issued != null ? issued.token() : "<token>") + "' " + apiBase + "/console/dashboard");
		model.addAttribute("tokens", tokens.list(actor, officialId));
		model.addAttribute("official", directory.official(officialId));
		model.addAttribute("own", actor.is(officialId));
		model.addAttribute("fmt", texts);
		return "console/tokens";
	}

}
