package dev.baton.bot.system;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once ready, Baton turns on G1's periodic collection, which gives the start's unused
 * heap back to the system when it stands idle (P5, BENCHMARKS.md: 399 MB resident after
 * the start, 306 MB with it). The suite's JVM runs G1 (a server's default), as the
 * README's command does on a server; the flag is the JVM's own, so it is set to off first
 * (as an earlier context in this JVM may have set it) and must be on after a start.
 */
class IdleMemoryTest {

	final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

	@Test
	void aStartedApplicationGivesItsUnusedHeapBackWhenIdle() {
		assertThat(ManagementFactory.getGarbageCollectorMXBeans()).as("the suite's JVM runs G1, as a server does")
			.anyMatch(collector -> collector.getName().startsWith("G1"));
		vm.setVMOption(IdleMemory.FLAG, "0");

		SpringApplication app = new SpringApplication(IdleMemory.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = app.run()) {
			assertThat(vm.getVMOption(IdleMemory.FLAG).getValue())
				.isEqualTo(Long.toString(IdleMemory.INTERVAL.toMillis()));
		}
	}

}
