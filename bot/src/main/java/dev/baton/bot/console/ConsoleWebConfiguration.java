package dev.baton.bot.console;

import java.time.Clock;

import java.util.Locale;
import java.util.Map;

import dev.baton.bot.web.SignedInOfficial;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console's pages: the signed-in official becomes the request's
 * {@link dev.baton.bot.access.Actor} (a page controller takes an {@code Actor} parameter,
 * as the REST API's do, and checks {@code Access} with it), and {@code ?lang=zh-CN} or
 * {@code ?lang=en} switches the language.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfiguration implements WebMvcConfigurer {

	static final String PAGES = "/console/**";

	/** The languages of the bundles, by the value of {@code ?lang=}. */
	static final Map<String, Locale> LANGUAGES = Map.of("zh-CN", Locale.SIMPLIFIED_CHINESE, "en", Locale.ENGLISH);

	private final LocaleResolver locales;

	private final IdleExpiry idleExpiry;

	ConsoleWebConfiguration(LocaleResolver locales, Clock clock, ConsoleProperties properties) {
		this.locales = locales;
		this.idleExpiry = new IdleExpiry(clock, properties);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(idleExpiry).addPathPatterns(PAGES);
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				ConsoleUser user = signedIn();
				if (user != null) {
					SignedInOfficial.set(request, user.officialId());
				}
				return true;
			}
		}).addPathPatterns(PAGES);
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String lang = request.getParameter("lang");
				Locale chosen = lang == null ? null : LANGUAGES.get(lang);
				if (chosen != null) {
					locales.setLocale(request, response, chosen);
				}
				return true;
			}
		}).addPathPatterns(PAGES);
	}

	/** The official signed in to the console on this request, or null. */
	static ConsoleUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof ConsoleUser user ? user : null;
	}

}
