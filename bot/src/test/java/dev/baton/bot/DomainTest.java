package dev.baton.bot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** The application on the suite's real MariaDB and Redis, with a {@link MutableClock} as Baton's clock. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RealServersTest
@Import(DomainTest.Clocks.class)
public @interface DomainTest {

	@TestConfiguration(proxyBeanMethods = false)
	class Clocks {

		/** Monday 2026-11-23, 09:00 in Beijing. */
		public static final Instant START = Instant.parse("2026-11-23T01:00:00Z");

		/** Baton's clock in this context (a {@link java.time.Clock}, preferred over the system clock). */
		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(START);
		}

	}

}
