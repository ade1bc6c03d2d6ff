package dev.baton.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorClock;
import dev.baton.emulator.limit.Fault;
import dev.baton.emulator.limit.Faults;
import dev.baton.emulator.record.ApiCall;
import dev.baton.emulator.record.EmulatorRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plain-HTTP side of the emulator on the JDK's {@link HttpServer}: routes each
 * request to the handler of its {@link Api}, applies injected delays and gateway errors
 * first, and records every call.
 */
public final class HttpFrontend implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(HttpFrontend.class);

	static {
		// without TCP_NODELAY the JDK server's separate header and body writes meet the
		// client's delayed ACK:
		// about 40 ms per call. Read once, when the JDK's server first starts in this
		// JVM.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}
	/**
	 * Larger bodies are refused before they are read in full (no platform API takes
	 * more).
	 */
	public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

	/**
	 * A media upload's body: the platforms take files of up to 20 MB, with room for the
	 * multipart framing.
	 */
	public static final int MAX_MEDIA_BODY_BYTES = 21 * 1024 * 1024;

	private final HttpServer server;

	private final ExecutorService executor;

	private final Map<Api, ApiHandler> handlers = new EnumMap<>(Api.class);

	private final EmulatorRecord record;

	private final Faults faults;

	private final EmulatorClock clock;

	private final dev.baton.emulator.limit.Limits limits;

	public HttpFrontend(String host, int port, EmulatorRecord record, Faults faults, EmulatorClock clock,
			dev.baton.emulator.limit.Limits limits) throws IOException {
		this.limits = limits;
		this.record = record;
		this.faults = faults;
		this.clock = clock;
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newCachedThreadPool(r -> {
			Thread t = new Thread(r, "emulator-http-" + threads.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		this.server = HttpServer.create(new InetSocketAddress(host, port), 256);
		server.createContext("/", this::serve);
		server.setExecutor(executor);
	}

	public void route(Api api, ApiHandler handler) {
		handlers.put(api, handler);
	}

	public void start() {
		server.start();
	}

	public int port() {
		return server.getAddress().getPort();
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String method = exchange.getRequestMethod();
			Api api = Api.match(method, path).orElse(null);
			if (api == null || !handlers.containsKey(api)) {
				int status = Api.knownPath(path) ? 405 : 404;
				write(exchange, ApiResponse.text(status, status == 405 ? "method not allowed" : "not found"));
				return;
			}
			byte[] body;
			try {
				body = readBody(exchange.getRequestBody(),
						api == Api.WECOM_MEDIA_UPLOAD || api == Api.DINGTALK_MEDIA_UPLOAD ? MAX_MEDIA_BODY_BYTES
								: MAX_BODY_BYTES);
			}
			catch (BodyTooLarge e) {
				write(exchange, ApiResponse.text(413, "request entity too large"));
				return;
			}
			ApiRequest request = new ApiRequest(api, record.nextCallSeq(), clock.instant(), method,
					exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
			request.remoteIp(exchange.getRemoteAddress().getAddress().getHostAddress());
			ApiResponse response;
			try {
				response = limits.tryIp(api, request.remoteIp(), clock.millis()) ? answer(api, request)
						: IpThrottle.answer(api, UUID.randomUUID().toString());
			}
			finally {
				request.complete();
			}
			record.addCall(new ApiCall(request.callSeq(), request.receivedAt(), api.platform(), api, request.app(),
					response.status(), response.errorCode(), request.recipients(),
					new String(body, StandardCharsets.UTF_8)));
			write(exchange, response);
		}
	}

	private ApiResponse answer(Api api, ApiRequest request) {
		List<Fault.ErrorCode> errors = new ArrayList<>();
		long delay = 0;
		for (Fault fault : faults.draw(api)) {
			if (fault instanceof Fault.Delay d) {
				delay += d.duration().toMillis();
			}
			else if (fault instanceof Fault.HttpStatus status) {
				sleep(delay);
				return ApiResponse.text(status.status(), "<html><body>" + status.status() + " emulated</body></html>");
			}
			else if (fault instanceof Fault.ErrorCode code) {
				errors.add(code);
			}
		}
		request.injectedErrors(errors);
		request.pendingDelay(delay);
		try {
			return handlers.get(api).handle(request);
		}
		catch (ApiError e) {
			request.rejected(e.code());
			return ApiResponse.error(api.errorStyle(), e, UUID.randomUUID().toString());
		}
		catch (RuntimeException e) {
			log.warn("emulator failure on {}", api, e);
			return ApiResponse.text(500, "emulator failure: " + e);
		}
		finally {
			// a call that never reached the gate (refused earlier, or not gated) still
			// answers late
			request.serveDelay();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static final class BodyTooLarge extends IOException {

	}

	private static byte[] readBody(InputStream in, int max) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int n;
		while ((n = in.read(buffer)) >= 0) {
			out.write(buffer, 0, n);
			if (out.size() > max) {
				throw new BodyTooLarge();
			}
		}
		return out.toByteArray();
	}

	private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", response.contentType());
		if (response.location() != null) {
			exchange.getResponseHeaders().set("Location", response.location());
		}
		exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(response.body());
		}
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
		try {
			executor.awaitTermination(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
