package dev.baton.bench.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Baton in a JVM of its own (the class path of this one,
 * {@code dev.baton.bot.BatonApplication}, the settings as command-line arguments), so
 * that a drill can kill it as an operator's {@code kill -9} would: no shutdown hook, no
 * draining, whatever was in flight is cut. Its output goes to a log file of the drill.
 */
public final class BotProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process process;

	private final int port;

	private final Path log;

	private BotProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Launches Baton with these settings on {@code port}; returns once
	 * {@code /actuator/health} answers UP.
	 */
	public static BotProcess start(Map<String, String> settings, int port, Path log, Duration within) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:+UseSerialGC", "-cp", classPath(), "dev.baton.bot.BatonApplication"));
		settings.forEach((k, v) -> command.add("--" + k + "=" + v));
		command.add("--server.port=" + port);
		try {
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			BotProcess bot = new BotProcess(process, port, log);
			bot.awaitReady(within);
			return bot;
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not launch Baton", ex);
		}
	}

	/**
	 * The class path of the tests or of the benchmark JVM (surefire hides the real one
	 * behind a booter jar).
	 */
	private static String classPath() {
		String surefire = System.getProperty("surefire.test.class.path");
		return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
	}

	private void awaitReady(Duration within) {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(
						"Baton exited with " + process.exitValue() + " while starting: see " + log);
			}
			if (healthy()) {
				return;
			}
			sleep(100);
		}
		process.destroyForcibly();
		throw new IllegalStateException("Baton was not ready within " + within + ": see " + log);
	}

	/** Whether {@code /actuator/health} answers UP now. */
	public boolean healthy() {
		try {
			HttpResponse<String> health = HTTP
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	public int port() {
		return port;
	}

	public long pid() {
		return process.pid();
	}

	/** {@code kill -9}: the process ends at once, mid-whatever. */
	public void kill9() {
		try {
			Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start();
			kill.waitFor();
			process.waitFor();
		}
		catch (IOException ex) {
			process.destroyForcibly(); // SIGKILL as well, where there is no kill command
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** An orderly stop (SIGTERM), waiting for the process to end. */
	public void stop() {
		process.destroy();
		try {
			if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
