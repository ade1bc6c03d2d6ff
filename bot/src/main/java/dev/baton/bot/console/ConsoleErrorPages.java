package dev.baton.bot.console;

import dev.baton.bot.access.InactiveActorException;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.handover.InvalidStateException;
import dev.baton.bot.system.BatonException;
import dev.baton.bot.system.ConflictException;
import dev.baton.bot.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An error under {@code /console} read in a browser is a page in the console's layout and
 * language with a way back (newcomer 15: {@code /console/nosuchpage} showed raw JSON
 * problem details): an address that does not exist (404), one with a wrong number or
 * choice in it (400: {@code /console/handovers/abc}), a method it does not take, or any
 * other failure no console page answered itself. Ahead of the REST API's problem details,
 * which {@code /api} and every client that does not ask for HTML keep.
 */
@Component
class ConsoleErrorPages implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ConsoleErrorPages.class);

	private final MessageSource messages;

	ConsoleErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = request.getHeader("Accept");
		if (!(path.equals("/console") || path.startsWith("/console/")) || accept == null
				|| !accept.contains("text/html") || answeredByAConsolePage(handler, ex)) {
			return null;
		}
		int status = status(ex);
		if (status >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
			// the page says only that something went wrong: the log keeps what
			log.error("unexpected failure answering {} {}", request.getMethod(), path, ex);
		}
		response.setStatus(status);
		ModelAndView page = new ModelAndView(ConsolePages.REFUSED);
		page.addObject("me", ConsoleWebConfiguration.signedIn());
		page.addObject("path", path);
		page.addObject("status", status);
		page.addObject("reason", reason(ex, status));
		page.addObject("badAddress", ex instanceof TypeMismatchException);
		return page;
	}

	/** Refusals a console page's own handlers ({@link ConsolePages}) already show. */
	private static boolean answeredByAConsolePage(Object handler, Exception ex) {
		return handler instanceof HandlerMethod method
				&& method.getBeanType().getPackageName().startsWith("dev.baton.bot.console")
				&& (ex instanceof NotPermittedException || ex instanceof InactiveActorException
						|| ex instanceof NotFoundException);
	}

	private static int status(Exception ex) {
		if (ex instanceof TypeMismatchException) {
			// newcomer 20b: /console/handovers/abc is a wrong address, not a failure
			return HttpServletResponse.SC_BAD_REQUEST;
		}
		if (ex instanceof ErrorResponse error) {
			return error.getStatusCode().value();
		}
		if (ex instanceof NotFoundException) {
			return HttpServletResponse.SC_NOT_FOUND;
		}
		if (ex instanceof NotPermittedException || ex instanceof InactiveActorException) {
			return HttpServletResponse.SC_FORBIDDEN;
		}
		if (ex instanceof ConflictException || ex instanceof InvalidStateException) {
			return HttpServletResponse.SC_CONFLICT;
		}
		if (ex instanceof BatonException) {
			return HttpServletResponse.SC_BAD_REQUEST;
		}
		return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
	}

	private String reason(Exception ex, int status) {
		if (ex instanceof TypeMismatchException mismatch) {
			return messages.getMessage("console.error.badAddress", new Object[] { String.valueOf(mismatch.getValue()) },
					LocaleContextHolder.getLocale());
		}
		if (ex instanceof BatonException refusal) {
			return messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.getMessage(),
					LocaleContextHolder.getLocale());
		}
		try {
			return messages.getMessage("console.error." + status, null, LocaleContextHolder.getLocale());
		}
		catch (NoSuchMessageException unknown) {
			return messages.getMessage(status >= 500 ? "console.error.server" : "console.error.request", null,
					LocaleContextHolder.getLocale());
		}
	}

}
