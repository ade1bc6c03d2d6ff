package dev.baton.bot.console;

import java.util.List;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Spring Security for the console's pages only. Its filter is registered for
 * {@code /console/*} and nothing else, so the REST API (bearer tokens,
 * {@code web/BearerAuthentication}), the platforms' callbacks, the web chat and the
 * actuator see no session, no CSRF check and no firewall of it: they work exactly as
 * before the console came.
 * <p>
 * Inside the console: every page but the sign-in pages and the style sheet needs a
 * signed-in official; every form carries a CSRF token (Thymeleaf's {@code th:action} adds
 * it) and a post without it is refused; the session id changes at sign-in
 * ({@link ConsoleSessions}); sign-out is a post to {@code /console/signout}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleSecurity {

	static final String SIGN_IN = "/console/signin";

	static final String SESSION_COOKIE = "JSESSIONID";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self' "
			+ "https:; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain consoleFilterChain(HttpSecurity http, SecurityContextRepository contexts,
			CsrfTokenRepository csrfTokens) throws Exception {
		http.securityMatcher("/console/**")
			.authorizeHttpRequests(pages -> pages.requestMatchers(SIGN_IN, SIGN_IN + "/**", "/console/assets/**")
				.permitAll()
				.anyRequest()
				.hasRole(ConsoleSessions.ROLE))
			.securityContext(context -> context.securityContextRepository(contexts))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
			.exceptionHandling(
					refusals -> refusals.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN)))
			.logout(signOut -> signOut.logoutUrl("/console/signout")
				.logoutSuccessUrl(SIGN_IN + "?signedOut")
				.deleteCookies(SESSION_COOKIE))
			// a session that ended while idle: the sign-in page says so
			.sessionManagement(sessions -> sessions.invalidSessionUrl(SIGN_IN + "?expired"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable());
		return http.build();
	}

	@Bean
	SecurityContextRepository consoleSecurityContexts() {
		return ConsoleSessions.repository();
	}

	@Bean
	CsrfTokenRepository consoleCsrfTokens() {
		return new HttpSessionCsrfTokenRepository();
	}

	/**
	 * Spring Security's delegating encoder: bcrypt today, with the algorithm named in
	 * each hash ({bcrypt}...).
	 */
	@Bean
	PasswordEncoder consolePasswordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * No sign-in of Spring Security's own (form, basic, an in-memory user with a
	 * generated password in the log): the console signs officials in through
	 * {@link ConsoleSessions}.
	 */
	@Bean
	AuthenticationManager consoleAuthenticationManager() {
		return authentication -> {
			throw new ProviderNotFoundException("the console signs in through ConsoleSessions");
		};
	}

	/**
	 * Spring Boot registers the security filter for every path; the console's paths are
	 * the only ones it guards.
	 */
	@Bean
	static BeanPostProcessor consoleFilterPaths() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) throws BeansException {
				if (bean instanceof DelegatingFilterProxyRegistrationBean registration
						&& "securityFilterChainRegistration".equals(name)) {
					registration.setUrlPatterns(List.of("/console/*"));
				}
				return bean;
			}
		};
	}

}
