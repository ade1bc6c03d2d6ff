package dev.baton.emulator.stream;

import dev.baton.emulator.http.Json;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.DefaultSSLWebSocketServerFactory;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DingTalk Stream mode's WebSocket side over TLS: accepts {@code /connect?ticket=} with a
 * ticket from connections/open, pushes CALLBACK/EVENT/SYSTEM frames, matches ACKs by
 * messageId, and pings on a schedule.
 */
public final class StreamGateway implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(StreamGateway.class);

	private final Server server;

	private final StreamTickets tickets;

	private final LongSupplier clock;

	private final Random random = new Random();

	private final Map<WebSocket, StreamConnection> connections = new ConcurrentHashMap<>();

	private final Map<String, CompletableFuture<StreamAck>> pending = new ConcurrentHashMap<>();

	private final List<StreamAck> acks = new CopyOnWriteArrayList<>();

	private final List<String> framesSent = new CopyOnWriteArrayList<>();

	private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "emulator-stream-ping");
		t.setDaemon(true);
		return t;
	});

	private final CountDownLatch started = new CountDownLatch(1);

	private final Object connectionsChanged = new Object();

	public StreamGateway(String host, int port, TlsMaterial tls, StreamTickets tickets, LongSupplier clock,
			Duration pingInterval) {
		this.tickets = tickets;
		this.clock = clock;
		this.server = new Server(new InetSocketAddress(host, port));
		server.setWebSocketFactory(new DefaultSSLWebSocketServerFactory(tls.serverSslContext()));
		server.setReuseAddr(true);
		server.setConnectionLostTimeout(0);
		if (!pingInterval.isZero()) {
			pinger.scheduleAtFixedRate(this::pingAll, pingInterval.toMillis(), pingInterval.toMillis(),
					TimeUnit.MILLISECONDS);
		}
	}

	public void start() {
		server.start();
		try {
			if (!started.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the Stream gateway did not start");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public int port() {
		return server.getPort();
	}

	/** What connections/open answers as {@code endpoint}. */
	public String endpoint() {
		return "wss://localhost:" + port() + "/connect";
	}

	public List<StreamConnection> connections(String appKey) {
		return connections.values().stream().filter(c -> c.appKey().equals(appKey) && c.open()).toList();
	}

	/** Waits until the app has a live connection subscribed to {@code topic}. */
	public boolean awaitConnection(String appKey, String topic, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (connectionsChanged) {
			while (connections(appKey).stream().noneMatch(c -> c.topics().contains(topic))) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				connectionsChanged.wait(Math.max(1, left / 1_000_000));
			}
			return true;
		}
	}

	/**
	 * Pushes a frame to one (randomly chosen) live connection of the app subscribed to
	 * the topic.
	 * @param type CALLBACK, EVENT or SYSTEM
	 * @param data the frame's data (a JSON text, sent as a string)
	 * @return completes with the client's ACK; fails at once when no connection takes the
	 * topic
	 */
	public CompletableFuture<StreamAck> push(String appKey, String type, String topic, String data,
			Map<String, String> extraHeaders) {
		List<StreamConnection> candidates = connections(appKey).stream()
			.filter(c -> c.subscribes(type, topic))
			.toList();
		if (candidates.isEmpty()) {
			return CompletableFuture.failedFuture(
					new IllegalStateException("no Stream connection of " + appKey + " subscribes to " + topic));
		}
		StreamConnection target;
		synchronized (random) {
			target = candidates.get(random.nextInt(candidates.size()));
		}
		String messageId = UUID.randomUUID().toString();
		ObjectNode frame = Json.object();
		frame.put("specVersion", "1.0");
		frame.put("type", type);
		ObjectNode headers = frame.putObject("headers");
		headers.put("appId", appKey);
		headers.put("connectionId", target.id());
		headers.put("contentType", "application/json");
		headers.put("messageId", messageId);
		headers.put("time", Long.toString(clock.getAsLong()));
		headers.put("topic", topic);
		extraHeaders.forEach(headers::put);
		frame.put("data", data);
		CompletableFuture<StreamAck> ack = new CompletableFuture<>();
		pending.put(messageId, ack);
		String text = Json.write(frame);
		framesSent.add(text);
		target.send(text);
		return ack;
	}

	public CompletableFuture<StreamAck> pushCallback(String appKey, String topic, String data) {
		return push(appKey, "CALLBACK", topic, data, Map.of());
	}

	/** Sends a SYSTEM ping with a fresh opaque value to every connection of the app. */
	public List<CompletableFuture<StreamAck>> ping(String appKey) {
		List<CompletableFuture<StreamAck>> answers = new ArrayList<>();
		for (StreamConnection connection : connections(appKey)) {
			answers.add(systemFrame(connection, "ping", "{\"opaque\":\"" + UUID.randomUUID() + "\"}"));
		}
		return answers;
	}

	/** Sends a SYSTEM disconnect and closes the app's connections after {@code grace}. */
	public void disconnect(String appKey, String reason, Duration grace) {
		for (StreamConnection connection : connections(appKey)) {
			systemFrame(connection, "disconnect", Json.write(Map.of("reason", reason)));
			pinger.schedule(connection::close, grace.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private CompletableFuture<StreamAck> systemFrame(StreamConnection connection, String topic, String data) {
		String messageId = UUID.randomUUID().toString();
		ObjectNode frame = Json.object();
		frame.put("specVersion", "1.0");
		frame.put("type", "SYSTEM");
		ObjectNode headers = frame.putObject("headers");
		headers.put("contentType", "application/json");
		headers.put("messageId", messageId);
		headers.put("time", Long.toString(clock.getAsLong()));
		headers.put("topic", topic);
		frame.put("data", data);
		CompletableFuture<StreamAck> ack = new CompletableFuture<>();
		if ("ping".equals(topic)) {
			pending.put(messageId, ack);
		}
		else {
			ack.complete(null);
		}
		String text = Json.write(frame);
		framesSent.add(text);
		connection.send(text);
		return ack;
	}

	private void pingAll() {
		try {
			connections.values()
				.stream()
				.filter(StreamConnection::open)
				.forEach(c -> systemFrame(c, "ping", "{\"opaque\":\"" + UUID.randomUUID() + "\"}"));
		}
		catch (RuntimeException e) {
			log.debug("ping failed", e);
		}
	}

	/** Every ACK received, in order. */
	public List<StreamAck> acks() {
		return List.copyOf(acks);
	}

	/** Every frame sent, as JSON text. */
	public List<String> framesSent() {
		return List.copyOf(framesSent);
	}

	@Override
	public void close() {
		pinger.shutdownNow();
		try {
			server.stop(1000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void onAck(String text) {
		JsonNode node;
		try {
			node = Json.read(text);
		}
		catch (RuntimeException e) {
			log.debug("unreadable Stream frame from a client: {}", text);
			return;
		}
		String messageId = Json.text(node.path("headers"), "messageId");
		Long code = node.has("code") ? Json.longValue(node, "code") : null;
		StreamAck ack = new StreamAck(messageId, code == null ? 0 : code.intValue(), Json.text(node, "message"),
				Json.text(node, "data"), clock.getAsLong());
		acks.add(ack);
		Optional.ofNullable(messageId).map(pending::remove).ifPresent(f -> f.complete(ack));
	}

	private final class Server extends WebSocketServer {

		Server(InetSocketAddress address) {
			super(address);
		}

		@Override
		public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft,
				ClientHandshake request) throws InvalidDataException {
			ServerHandshakeBuilder builder = super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
			String resource = request.getResourceDescriptor();
			String path = resource.contains("?") ? resource.substring(0, resource.indexOf('?')) : resource;
			String ticket = dev.baton.emulator.http.QueryString
				.parse(resource.contains("?") ? resource.substring(resource.indexOf('?') + 1) : "")
				.get("ticket");
			if (!"/connect".equals(path)) {
				throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "unknown path " + path);
			}
			StreamTickets.Grant grant = tickets.redeem(ticket)
				.orElseThrow(() -> new InvalidDataException(CloseFrame.POLICY_VALIDATION, "invalid or used ticket"));
			conn.setAttachment(grant);
			return builder;
		}

		@Override
		public void onOpen(WebSocket conn, ClientHandshake handshake) {
			StreamTickets.Grant grant = conn.getAttachment();
			connections.put(conn,
					new StreamConnection(UUID.randomUUID().toString(), grant.appKey(), grant.topics(), conn));
			synchronized (connectionsChanged) {
				connectionsChanged.notifyAll();
			}
		}

		@Override
		public void onClose(WebSocket conn, int code, String reason, boolean remote) {
			connections.remove(conn);
			synchronized (connectionsChanged) {
				connectionsChanged.notifyAll();
			}
		}

		@Override
		public void onMessage(WebSocket conn, String message) {
			onAck(message);
		}

		@Override
		public void onError(WebSocket conn, Exception ex) {
			log.debug("Stream connection error", ex);
		}

		@Override
		public void onStart() {
			started.countDown();
		}

	}

}
