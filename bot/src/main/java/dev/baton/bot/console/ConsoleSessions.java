package dev.baton.bot.console;

import java.time.Clock;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Starts a console session for an official, whichever way they signed in: a new session
 * id (the one before sign-in is never the one after: no fixation), a new CSRF token, the
 * idle expiry of {@code baton.console.idle-timeout}.
 */
@Component
public class ConsoleSessions {

	static final String ROLE = "CONSOLE";

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contexts;

	private final SessionAuthenticationStrategy onSignIn;

	private final ConsoleProperties properties;

	private final Clock clock;

	ConsoleSessions(SecurityContextRepository contexts, CsrfTokenRepository csrfTokens, ConsoleProperties properties,
			Clock clock) {
		this.clock = clock;
		this.contexts = contexts;
		this.onSignIn = new CompositeSessionAuthenticationStrategy(
				List.of(new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
		this.properties = properties;
	}

	/** Signs the official in for this browser. */
	public void signIn(ConsoleUser user, HttpServletRequest request, HttpServletResponse response) {
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
		request.getSession(true); // the fixation defence changes the id of the session
									// the browser came with
		onSignIn.onAuthentication(authentication, request, response);
		// IdleExpiry ends the session by the real clock; the container's timeout, a
		// little
		// longer, frees the memory
		request.getSession().setMaxInactiveInterval((int) properties.idleTimeout().toSeconds() + 60);
		request.getSession().setAttribute(IdleExpiry.LAST_ACTIVE, clock.instant());
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(authentication);
		holder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	static SecurityContextRepository repository() {
		return new HttpSessionSecurityContextRepository();
	}

}
