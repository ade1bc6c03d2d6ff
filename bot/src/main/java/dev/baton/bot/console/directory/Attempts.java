package dev.baton.bot.console.directory;

import dev.baton.bot.access.InactiveActorException;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.system.BatonException;
import dev.baton.bot.system.NotFoundException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form's change, said on the next page: done (the {@code done} note) or refused for
 * what the person typed (the {@code refusal} alert, the same text the API and chat say).
 * A refusal of the person (not permitted, not found) stays an exception: the console
 * answers it with its 403 or 404 page.
 */
final class Attempts {

	private Attempts() {
	}

	static void attempt(RedirectAttributes redirect, PageTexts texts, Runnable change, String doneKey,
			Object... doneArguments) {
		try {
			change.run();
			redirect.addFlashAttribute("done", texts.text(doneKey, doneArguments));
		}
		catch (NotPermittedException | InactiveActorException | NotFoundException ex) {
			throw ex;
		}
		catch (BatonException ex) {
			redirect.addFlashAttribute("refusal", texts.refusal(ex));
			dev.baton.bot.console.TypedForm.keep(redirect);
		}
	}

}
