package dev.baton.bot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.baton.testkit.RealServersInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A Baton application context on the suite's real MariaDB and Redis (started once per test JVM by the testkit),
 * served on a random port. Cached contexts live as long as the test JVM and share one database and one clustered
 * Quartz store, so none runs background work: the outbox worker and the minute sweep of due steps are off, and tests
 * drive both themselves on their moved clocks; the minute checkpoint of the audit chains is off too (tests write
 * checkpoints themselves).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealServersInitializer.class)
@TestPropertySource(properties = { "baton.delivery.worker=false", "baton.escalation.sweep-job=false",
		"baton.audit.checkpoint-job=false" })
public @interface RealServers {

}
