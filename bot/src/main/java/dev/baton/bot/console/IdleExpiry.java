package dev.baton.bot.console;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Ends a console session idle for longer than {@code baton.console.idle-timeout}, by the
 * real clock (the {@link Clock} bean: not Baton's business time, which a demo may move
 * forward by days): the page asked for is not shown, the browser goes to the sign-in
 * page, which says why. Each page seen while signed in counts as activity. (The servlet
 * container's own session timeout is set a little longer, as a backstop that frees
 * memory.)
 */
class IdleExpiry implements HandlerInterceptor {

	static final String LAST_ACTIVE = IdleExpiry.class.getName() + ".lastActive";

	private final Clock clock;

	private final ConsoleProperties properties;

	IdleExpiry(Clock clock, ConsoleProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		HttpSession session = request.getSession(false);
		if (session == null || ConsoleWebConfiguration.signedIn() == null) {
			return true;
		}
		Instant now = clock.instant();
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
