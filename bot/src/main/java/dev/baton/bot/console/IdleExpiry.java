package dev.baton.bot.console;

import java.io.IOException;
import java.time.Instant;

import dev.baton.bot.system.TimeSource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Ends a console session idle for longer than {@code baton.console.idle-timeout}, by
 * Baton's clock: the page asked for is not shown, the browser goes to the sign-in page,
 * which says why. Each page seen while signed in counts as activity. (The servlet
 * container's own session timeout is set a little longer, as a backstop that frees
 * memory.)
 */
class IdleExpiry implements HandlerInterceptor {

	static final String LAST_ACTIVE = IdleExpiry.class.getName() + ".lastActive";

	private final TimeSource time;

	private final ConsoleProperties properties;

	IdleExpiry(TimeSource time, ConsoleProperties properties) {
		this.time = time;
		this.properties = properties;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		HttpSession session = request.getSession(false);
		if (session == null || ConsoleWebConfiguration.signedIn() == null) {
			return true;
		}
		Instant now = time.now();
		Object last = session.getAttribute(LAST_ACTIVE);
		if (last instanceof Instant lastActive && lastActive.plus(properties.idleTimeout()).isBefore(now)) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + ConsoleSecurity.SIGN_IN + "?expired");
			return false;
		}
		session.setAttribute(LAST_ACTIVE, now);
		return true;
	}

}
