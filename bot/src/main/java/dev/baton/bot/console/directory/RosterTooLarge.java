package dev.baton.bot.console.directory;

import java.util.Map;

import dev.baton.bot.console.PageTexts;
import dev.baton.bot.roster.RosterImport;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * A roster upload over {@code baton.roster.max-bytes} never reaches {@link RosterPage}:
 * the container refuses the form while the console's filters read it, with 413. This
 * answers that refusal to a browser as a page that says the limit in words and leads back
 * to the upload page (and not as Spring Boot's error page).
 */
@Component
class RosterTooLarge implements ErrorViewResolver {

	private final RosterImport roster;

	private final PageTexts texts;

	RosterTooLarge(RosterImport roster, PageTexts texts) {
		this.roster = roster;
		this.texts = texts;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (status.value() != 413 || !(RosterPage.PATH + "/check").equals(uri)) {
			return null;
		}
		long max = roster.properties().maxBytes();
		ModelAndView page = new ModelAndView("console/directory/roster-too-large", status);
		page.addObject("refusal", texts.text("roster.file.tooLarge", max / 1024, max));
		page.addObject("path", RosterPage.PATH);
		return page;
	}

}
