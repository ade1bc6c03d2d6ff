package dev.baton.bot.console;

import dev.baton.bot.access.InactiveActorException;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.system.BatonException;
import dev.baton.bot.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page has in its model ({@code me}: who is signed in), and refusals
 * as pages: a page the official may not see is a 403 page saying why (the same text chat
 * says), a record that does not exist a 404 page. Ahead of the REST API's problem
 * details, which answer in JSON.
 */
@ControllerAdvice(basePackages = "dev.baton.bot.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsolePages {

	static final String REFUSED = "console/refused";

	private final MessageSource messages;

	ConsolePages(MessageSource messages) {
		this.messages = messages;
	}

	@ModelAttribute("me")
	ConsoleUser me() {
		return ConsoleWebConfiguration.signedIn();
	}

	/** The page's own path, for the language switch's links. */
	@ModelAttribute("path")
	String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ExceptionHandler({ NotPermittedException.class, InactiveActorException.class })
	String notPermitted(BatonException refusal, Model model, HttpServletRequest request, HttpServletResponse response) {
		return refused(refusal, HttpServletResponse.SC_FORBIDDEN, model, request, response);
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(BatonException refusal, Model model, HttpServletRequest request, HttpServletResponse response) {
		return refused(refusal, HttpServletResponse.SC_NOT_FOUND, model, request, response);
	}

	private String refused(BatonException refusal, int status, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("me", me());
		model.addAttribute("path", path(request));
		model.addAttribute("status", status);
		// a refused form is 不能办理, a refused page 不能查看 (newcomer 21)
		model.addAttribute("acting", !"GET".equals(request.getMethod()));
		model.addAttribute("reason", messages.getMessage(refusal.messageKey(), refusal.arguments(),
				refusal.getMessage(), LocaleContextHolder.getLocale()));
		return REFUSED;
	}

}
