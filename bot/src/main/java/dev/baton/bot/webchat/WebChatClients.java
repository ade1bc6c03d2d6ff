package dev.baton.bot.webchat;

import dev.baton.bot.system.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets through to {@code /chat} only the clients {@code baton.webchat.allowed-clients}
 * names (this machine by default). A request that still carries a proxy's
 * {@code Forwarded}, {@code X-Forwarded-For} or {@code X-Real-IP} header came through a
 * proxy whose client Baton was not told to read
 * ({@code server.forward-headers-strategy}): its address is the proxy's, so it is refused
 * too. A refusal is 403 {@code webchat.clientNotAllowed}.
 */
class WebChatClients implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(WebChatClients.class);

	private static final String[] PROXY_HEADERS = { "Forwarded", "X-Forwarded-For", "X-Real-IP" };

	private final ClientAddresses allowed;

	WebChatClients(ClientAddresses allowed) {
		this.allowed = allowed;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String client = request.getRemoteAddr();
		boolean proxied = false;
		for (String header : PROXY_HEADERS) {
			proxied |= request.getHeader(header) != null;
		}
		if (proxied || !allowed.allows(client)) {
			log.warn("Web chat refused {} {} from {}{}", request.getMethod(), request.getRequestURI(), client,
					proxied ? " (through a proxy whose client Baton does not read)" : "");
			throw new ForbiddenException("webchat.clientNotAllowed",
					"the web chat answers only " + allowed + (proxied ? ", and no proxied request" : ""));
		}
		return true;
	}

}
