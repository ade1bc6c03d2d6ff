package dev.baton.emulator.stream;

import java.util.List;
import org.java_websocket.WebSocket;

/** One live Stream connection: the app that opened it and the topics it subscribed to. */
public final class StreamConnection {

	private final String id;

	private final String appKey;

	private final List<String> topics;

	private final WebSocket socket;

	StreamConnection(String id, String appKey, List<String> topics, WebSocket socket) {
		this.id = id;
		this.appKey = appKey;
		this.topics = List.copyOf(topics);
		this.socket = socket;
	}

	public String id() {
		return id;
	}

	public String appKey() {
		return appKey;
	}

	public List<String> topics() {
		return topics;
	}

	/**
	 * Whether pushes on this topic reach this connection (EVENT "*" subscribes to all
	 * events).
	 */
	boolean subscribes(String type, String topic) {
		return topics.contains(topic) || ("EVENT".equals(type) && topics.contains("*"));
	}

	boolean open() {
		return socket.isOpen();
	}

	void send(String frame) {
		socket.send(frame);
	}

	void close() {
		socket.close();
	}

}
