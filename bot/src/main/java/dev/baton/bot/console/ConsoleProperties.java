package dev.baton.bot.console;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code baton.console.*}: how long a signed-in console session may sit idle, how many
 * wrong passwords in a row lock a local account and for how long, and the shortest
 * password allowed; the address the platforms send a browser back to after signing in
 * ({@code public-url}, e.g. https://baton.example.gov.cn; by default the address the
 * browser used), and the platforms' sign-in pages (the public ones unless a private
 * deployment has its own).
 */
@ConfigurationProperties("baton.console")
public record ConsoleProperties(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("5") int maxFailures,
		@DefaultValue("15m") Duration lockDuration, @DefaultValue("10") int passwordMinLength, String publicUrl,
		@DefaultValue("https://login.dingtalk.com") String dingtalkLoginUrl,
		@DefaultValue("https://login.work.weixin.qq.com") String wecomLoginUrl,
		@DefaultValue("https://open.weixin.qq.com") String wecomOauthUrl) {

	public ConsoleProperties {
		publicUrl = publicUrl == null || publicUrl.isBlank() ? null : strip(publicUrl);
		dingtalkLoginUrl = strip(dingtalkLoginUrl);
		wecomLoginUrl = strip(wecomLoginUrl);
		wecomOauthUrl = strip(wecomOauthUrl);
		if (idleTimeout.isNegative() || idleTimeout.isZero()) {
			throw new IllegalStateException("baton.console.idle-timeout must be positive, e.g. 30m");
		}
		if (maxFailures < 1) {
			throw new IllegalStateException("baton.console.max-failures must be at least 1");
		}
		if (lockDuration.isNegative() || lockDuration.isZero()) {
			throw new IllegalStateException("baton.console.lock-duration must be positive, e.g. 15m");
		}
		if (passwordMinLength < 8) {
			throw new IllegalStateException("baton.console.password-min-length must be at least 8");
		}
	}

	private static String strip(String url) {
		String trimmed = url.strip();
		return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

}
