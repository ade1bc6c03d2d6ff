package dev.baton.bot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The application on the suite's real MariaDB and Redis, with a {@link MutableClock} as
 * Baton's clock, set to {@link Clocks#START} before each test. The outbox worker does not
 * run: tests see outbox rows as the domain wrote them, and drive delivery step by step;
 * the platform quota is high so only the test about quotas meets it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RealServers
@ExtendWith(ResetClock.class)
@Import({ DomainContext.Clocks.class, ArchivedHandovers.class, QueryCounter.class })
@TestPropertySource(properties = { "baton.delivery.worker=false", "baton.delivery.calls-per-second=1000" })
public @interface DomainContext {

	@TestConfiguration(proxyBeanMethods = false)
	class Clocks {

		/** Monday 2026-11-23, 09:00 in Beijing. */
		public static final Instant START = Instant.parse("2026-11-23T01:00:00Z");

		/**
		 * Baton's clock in this context (a {@link java.time.Clock}, preferred over the
		 * system clock).
		 */
		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(START);
		}

	}

}
