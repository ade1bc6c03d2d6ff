package dev.baton.bot.console.signin;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Which ways of signing in the sign-in page offers: a local account always; DingTalk and
 * WeCom where configured.
 */
@Component
class SignInOptions {

	private final PlatformSignIns platforms;

	SignInOptions(PlatformSignIns platforms) {
		this.platforms = platforms;
	}

	void addTo(Model model) {
		model.addAttribute("dingTalk", platforms.dingTalk().isPresent());
		model.addAttribute("weCom", platforms.weCom().isPresent());
	}

}
