package dev.baton.bot.console.signin;

import dev.baton.bot.console.ConsoleSessions;
import dev.baton.bot.console.ConsoleUser;
import dev.baton.bot.console.ConsoleUser.SignInMethod;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /console/signin}: the sign-in page (a local account's user name and password,
 * and the DingTalk and WeCom buttons where an app is configured) and the local account's
 * sign-in. A wrong name or password says so without telling which; a locked account says
 * for how long.
 */
@Controller
class SignInController {

	static final String PAGE = "console/signin";

	private final LocalAccounts accounts;

	private final ConsoleSessions sessions;

	private final SignInOptions options;

	SignInController(LocalAccounts accounts, ConsoleSessions sessions, SignInOptions options) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.options = options;
	}

	@GetMapping("/console/signin")
	String page(Model model) {
		if (signedIn()) {
			return "redirect:/console";
		}
		options.addTo(model);
		return PAGE;
	}

	@PostMapping("/console/signin")
	String signIn(@RequestParam(name = "username", required = false) String username,
			@RequestParam(name = "password", required = false) String password, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		LocalAccounts.Outcome outcome = accounts.signIn(username, password);
		if (outcome instanceof LocalAccounts.Outcome.SignedIn in) {
			sessions.signIn(new ConsoleUser(in.officialId(), in.name(), SignInMethod.LOCAL), request, response);
			return "redirect:/console";
		}
		options.addTo(model);
		model.addAttribute("username", username);
		if (outcome instanceof LocalAccounts.Outcome.Locked locked) {
			response.setStatus(429);
			model.addAttribute("lockedMinutes", Math.max(1, (locked.left().toSeconds() + 59) / 60));
		}
		else {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			model.addAttribute("refused", true);
		}
		return PAGE;
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof ConsoleUser;
	}

}
