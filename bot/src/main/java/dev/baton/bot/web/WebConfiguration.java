package dev.baton.bot.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import dev.baton.bot.access.Actors;
import dev.baton.bot.roster.RosterImport;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The REST API's plumbing: bearer-token authentication on {@code /api/**}, {@code Actor}
 * parameters, the body size cap (also on the web chat's {@code /chat/api/**}), and the
 * reader's language from Accept-Language (zh-CN unless English is asked for).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class WebConfiguration implements WebMvcConfigurer {

	static final String API = "/api/**";

	static final String SETUP = "/api/setup/**";

	/** The console's language choice ({@code ?lang=en}, {@code ?lang=zh-CN}). */
	static final String LANGUAGE_COOKIE = "baton-lang";

	/** The console's pages: Chinese unless the person chose English. */
	static final String CONSOLE_PATH = "/console";

	private final ApiTokens tokens;

	private final Actors actors;

	WebConfiguration(ApiTokens tokens, Actors actors) {
		this.tokens = tokens;
		this.actors = actors;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// the setup code's claim is the one call without a token: it is how the first
		// token comes to be
		registry.addInterceptor(new BearerAuthentication(tokens)).addPathPatterns(API).excludePathPatterns(SETUP);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ActorArgumentResolver(actors));
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(ApiProperties settings) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(settings.maxBodyBytes(), List.of(RosterController.PATH + "/")));
		// the REST API and the web chat's API (the local demo channel) take bodies of the
		// same size
		registration.addUrlPatterns("/api/*", "/chat/api/*");
		return registration;
	}

	/** A roster upload is an .xlsx: its own limit, {@code baton.roster.max-bytes}. */
	@Bean
	FilterRegistrationBean<RequestBodyLimit> rosterBodyLimit(RosterImport roster) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(roster.properties().maxBytes()));
		registration.setName("rosterBodyLimit"); // a second filter of the same class
													// needs a name of its own
		registration.addUrlPatterns(RosterController.PATH + "/*");
		return registration;
	}

	/**
	 * messages.properties is zh-CN; English is the only other bundle. The console is in
	 * Chinese whatever the browser sends (newcomer 12's browser asked for English first):
	 * English only by the person's choice, the language switch, kept in a cookie sent to
	 * {@code /console} only. Everywhere else (the REST API's problems, the web chat)
	 * Accept-Language decides.
	 */
	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver byHeader = new AcceptHeaderLocaleResolver();
		byHeader.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
		byHeader.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
		resolver.setCookiePath("/console");
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(
				request -> request.getRequestURI().startsWith(request.getContextPath() + CONSOLE_PATH)
						? Locale.SIMPLIFIED_CHINESE : byHeader.resolveLocale(request));
		return resolver;
	}

}
