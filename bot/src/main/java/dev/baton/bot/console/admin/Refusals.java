package dev.baton.bot.console.admin;

import java.util.function.Supplier;

import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.system.BatonException;
import dev.baton.bot.system.NotFoundException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the administration pages answer a form: what was done ({@code done}) or the
 * service's refusal in the reader's language ({@code refusal}, nothing changed), for the
 * page the browser is sent back to. Refusals of who may (403) and of what does not exist
 * (404) are pages of their own.
 */
final class Refusals {

	private Refusals() {
	}

	/** Runs the action; true when it was done. */
	static boolean act(PageTexts texts, RedirectAttributes redirect, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("done", action.get());
			return true;
		}
		catch (NotPermittedException | NotFoundException ex) {
			throw ex;
		}
		catch (BatonException ex) {
			redirect.addFlashAttribute("refusal", texts.refusal(ex));
			dev.baton.bot.console.TypedForm.keep(redirect);
			return false;
		}
	}

}
