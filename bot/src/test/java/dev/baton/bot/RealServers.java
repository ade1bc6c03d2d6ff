package dev.baton.bot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.baton.testkit.RealServersInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A Baton application context on the suite's real MariaDB and Redis (started once per
 * test JVM by the testkit), served on a random port, on a database of its own (a copy of
 * the migrated schema made when the context starts: nothing written, counted or tampered
 * with in one context reaches another). The test classes that share a cached context
 * share its database, so a test counts and looks up its own rows. The outbox worker and
 * the minute sweep of due steps are off, and tests drive both themselves on their moved
 * clocks; the minute checkpoint of the audit chains is off too (tests write checkpoints
 * themselves). {@link Workers} waits until the workers that do run are idle.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealServersInitializer.class)
@Import(Workers.class)
@TestPropertySource(properties = { "baton.delivery.worker=false", "baton.escalation.sweep-job=false",
		"baton.audit.checkpoint-job=false" })
public @interface RealServers {

}
