import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * P5 (#14): where the start's CPU goes, by Spring's own startup steps (ApplicationStartup), measured as the CPU time
 * of the thread that runs them, which a loaded machine hardly changes (its wall time it multiplies). Starts Baton as
 * the README does (the embedded default, in the current directory), stops it once the context is refreshed and
 * prints: the process's CPU, the main thread's, each refresh phase's, and the beans whose own creation (without the
 * beans it made on the way) took the most. Run from an empty directory, with the extracted jar's classpath (see
 * bench/p5-footprint.sh):
 *
 * <pre>
 * java -cp "extracted/baton-bot.jar:extracted/lib/*" bench/scripts/StartupSteps.java --baton.port=0
 * </pre>
 */
public class StartupSteps {

	static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	record Done(String name, String bean, int depth, long cpu, long self, long wall) {
	}

	static final class Steps implements ApplicationStartup {

		final Deque<Open> open = new ArrayDeque<>();

		final List<Done> done = new ArrayList<>();

		final class Open implements StartupStep {

			final String name;

			final long id;

			final long parent;

			final long cpu0 = THREADS.getCurrentThreadCpuTime();

			final long wall0 = System.nanoTime();

			final Thread thread = Thread.currentThread();

			String bean;

			long children;

			Open(String name, long id, long parent) {
				this.name = name;
				this.id = id;
				this.parent = parent;
			}

			@Override
			public String getName() {
				return name;
			}

			@Override
			public long getId() {
				return id;
			}

			@Override
			public Long getParentId() {
				return parent;
			}

			@Override
			public StartupStep tag(String key, String value) {
				if (key.equals("beanName")) {
					bean = value;
				}
				return this;
			}

			@Override
			public StartupStep tag(String key, Supplier<String> value) {
				return tag(key, value.get());
			}

			@Override
			public Tags getTags() {
				return () -> new Iterator<>() {
					@Override
					public boolean hasNext() {
						return false;
					}

					@Override
					public Tag next() {
						throw new java.util.NoSuchElementException();
					}
				};
			}

			@Override
			public void end() {
				if (thread != Thread.currentThread() || !thread.getName().equals("main")) {
					return;
				}
				long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
				synchronized (Steps.this) {
					open.remove(this);
					Open up = open.peekLast();
					if (up != null) {
						up.children += cpu;
					}
					done.add(new Done(name, bean, open.size(), cpu, cpu - children, System.nanoTime() - wall0));
				}
			}

		}

		long next;

		@Override
		public synchronized StartupStep start(String name) {
			Open up = open.peekLast();
			Open step = new Open(name, ++next, up == null ? 0 : up.id);
			if (step.thread.getName().equals("main")) {
				open.addLast(step);
			}
			return step;
		}

	}

	public static void main(String[] args) {
		Steps steps = new Steps();
		long cpu0 = THREADS.getCurrentThreadCpuTime();
		long wall0 = System.nanoTime();
		SpringApplication app = new SpringApplication(dev.baton.bot.BatonApplication.class);
		app.setApplicationStartup(steps);
		ConfigurableApplicationContext context = app.run(args);
		long wall = System.nanoTime() - wall0;
		long main = THREADS.getCurrentThreadCpuTime() - cpu0;
		long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		context.close();
		System.out.printf("%nstarted: wall %.1f s; CPU of the process %.1f s, of the main thread %.1f s%n", wall / 1e9,
				process / 1e9, main / 1e9);
		System.out.println("\nsteps by name (main thread's CPU, own = without nested steps):");
		Map<String, long[]> byName = new HashMap<>();
		for (Done d : steps.done) {
			long[] sum = byName.computeIfAbsent(d.name(), k -> new long[3]);
			sum[0] += d.self();
			sum[1]++;
			if (d.depth() == 0) {
				sum[2] += d.cpu();
			}
		}
		byName.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]))
			.limit(15)
			.forEach(e -> System.out.printf("  %-55s own %6.2f s  (%d steps)%n", e.getKey(), e.getValue()[0] / 1e9,
					e.getValue()[1]));
		System.out.println("\ntop-level steps (CPU with everything nested):");
		steps.done.stream()
			.filter(d -> d.depth() == 0)
			.forEach(d -> System.out.printf("  %-55s %6.2f s CPU, %6.1f s wall%n", d.name(), d.cpu() / 1e9,
					d.wall() / 1e9));
		System.out.println("\nbeans whose own creation took the most CPU:");
		steps.done.stream()
			.filter(d -> d.bean() != null)
			.sorted(Comparator.comparingLong(d -> -d.self()))
			.limit(30)
			.forEach(d -> System.out.printf("  %-70s own %5.2f s, with what it made %5.2f s%n", d.bean(),
					d.self() / 1e9, d.cpu() / 1e9));
		System.exit(0);
	}

}
