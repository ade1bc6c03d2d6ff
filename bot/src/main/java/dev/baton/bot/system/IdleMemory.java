package dev.baton.bot.system;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Gives the memory of the start back to the operating system once Baton stands idle (P5,
 * #14: the resident memory of the embedded default). G1, the JVM's collector on a server,
 * sizes its heap for the machine's memory and keeps what the start touched committed: 557
 * MB of heap for 58 MB in use, measured after a start of the embedded default. G1's
 * periodic collection (JEP 346) returns what is unused when no collection has run for an
 * interval, but it is off unless asked for; its flag may be changed while the JVM runs,
 * so Baton turns it on once it is ready. An operator's own value
 * ({@code -XX:G1PeriodicGCInterval=…}, 0 included) is left as it is, and so is a JVM on
 * another collector.
 */
@Component
class IdleMemory implements ApplicationListener<ApplicationReadyEvent> {

	static final String FLAG = "G1PeriodicGCInterval";

	/**
	 * A collection after this long without one: an idle instance gives its unused heap
	 * back within about this time; a busy one collects anyway and never meets it.
	 */
	static final Duration INTERVAL = Duration.ofSeconds(30);

	/**
	 * Where an operator's value comes from (the command line, JDK_JAVA_OPTIONS, a file).
	 */
	private static final Set<VMOption.Origin> OPERATOR = EnumSet.of(VMOption.Origin.VM_CREATION,
			VMOption.Origin.ENVIRON_VAR, VMOption.Origin.CONFIG_FILE);

	private static final Logger log = LoggerFactory.getLogger(IdleMemory.class);

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (returnWhenIdle()) {
			log.info("Unused heap goes back to the system after {} s idle (-XX:{}=0 keeps it)", INTERVAL.toSeconds(),
					FLAG);
		}
	}

	/**
	 * @return whether the periodic collection was turned on here
	 */
	static boolean returnWhenIdle() {
		HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		boolean g1 = ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.anyMatch(collector -> collector.getName().startsWith("G1"));
		if (vm == null || !g1) {
			return false;
		}
		VMOption option;
		try {
			option = vm.getVMOption(FLAG);
		}
		catch (IllegalArgumentException ex) {
			return false; // a JVM without the flag
		}
		if (OPERATOR.contains(option.getOrigin()) || !"0".equals(option.getValue())) {
			return false;
		}
		vm.setVMOption(FLAG, Long.toString(INTERVAL.toMillis()));
		return true;
	}

}
