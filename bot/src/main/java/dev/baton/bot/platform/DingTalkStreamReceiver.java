package dev.baton.bot.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.contacts.ContactEvent;
import dev.baton.integrations.contacts.ContactEventListener;
import dev.baton.integrations.dingtalk.DingTalkCallbacks;
import dev.baton.integrations.dingtalk.DingTalkEvents;
import dev.baton.integrations.dingtalk.DingTalkStream;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * DingTalk Stream mode for the apps configured with {@code mode=stream}: Baton opens the
 * connection (no public callback URL, no IP to open), the official Stream SDK hands over
 * robot messages and card button presses, and they pass the same gate as HTTP callbacks;
 * org events (when the app's event subscription is set to Stream) go to the directory
 * sync. The SDK itself stays in integrations/ ({@link DingTalkStream}). A card press is
 * answered at once with no change; the card is updated through the API after Baton has
 * acted, well within DingTalk's 2 s.
 */
class DingTalkStreamReceiver implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DingTalkStreamReceiver.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<DingTalkCallbacks> apps;

	private final Map<String, DingTalkEvents> events;

	private final InboundGate gate;

	private final ObjectProvider<ContactEventListener> contactEvents;

	private final List<DingTalkStream> clients = new ArrayList<>();

	private volatile boolean running;

	DingTalkStreamReceiver(List<DingTalkCallbacks> apps, List<DingTalkEvents> events, InboundGate gate,
			ObjectProvider<ContactEventListener> contactEvents) {
		this.apps = apps.stream().filter(a -> a.app().streamMode()).toList();
		this.events = events.stream().collect(Collectors.toMap(e -> e.app().name(), Function.identity()));
		this.gate = gate;
		this.contactEvents = contactEvents;
	}

	@Override
	public void start() {
		for (DingTalkCallbacks app : apps) {
			try {
				clients.add(DingTalkStream.open(app.app(), listener(app)));
				log.info("DingTalk Stream connection opened for {}", app.app());
			}
			catch (Exception ex) {
				throw new IllegalStateException("DingTalk Stream mode for " + app.app().name()
						+ " did not connect: check the AppKey and AppSecret, and that Stream mode is chosen for the"
						+ " robot and the card callbacks in the developer console", ex);
			}
		}
		running = true;
	}

	private DingTalkStream.Listener listener(DingTalkCallbacks app) {
		return new DingTalkStream.Listener() {
			@Override
			public void robotMessage(String json) {
				take(app, json, false);
			}

			@Override
			public void cardPress(String json) {
				take(app, json, true);
			}

			@Override
			public boolean event(DingTalkStream.Event event) {
				return orgEvent(app, event);
			}
		};
	}

	/**
	 * A robot message or card press: stored in the inbox before the ACK. When it cannot
	 * be stored now (the database is away) the listener throws, so the SDK answers the
	 * frame with the protocol's error code (500) instead of 200, and DingTalk is not told
	 * all is well; a message refused for what it is (malformed, another corp) is
	 * acknowledged and dropped, since sending it again would change nothing.
	 */
	void take(DingTalkCallbacks app, String json, boolean card) {
		try {
			var node = JSON.readTree(json);
			if (node == null || !node.isObject()) {
				log.warn("A Stream {} for {} is not a JSON object; ignored", card ? "card press" : "message",
						app.app().name());
				return;
			}
			InboundEvent event = card ? app.cardAction(node) : app.robotMessage(node);
			if (event != null) {
				gate.admit(event);
			}
		}
		catch (JacksonException ex) {
			log.warn("A Stream {} for {} was refused: {}", card ? "card press" : "message", app.app().name(),
					ex.getMessage());
		}
		catch (CallbackRejected ex) {
			if (ex.status() >= 500) {
				throw new StreamBusyException(app.app().name(), ex);
			}
			log.warn("A Stream {} for {} was refused: {}", card ? "card press" : "message", app.app().name(),
					ex.getMessage());
		}
	}

	/**
	 * Thrown from a Stream listener: the SDK acknowledges the frame with code 500, so
	 * DingTalk may push it again.
	 */
	static final class StreamBusyException extends RuntimeException {

		StreamBusyException(String app, CallbackRejected cause) {
			super("Stream frame for " + app + " not stored now: " + cause.getMessage(), cause);
		}

	}

	/**
	 * An org event: applied before the ACK; true (SUCCESS) when it was taken (or is not
	 * one Baton takes), false (LATER) when it could not be applied now, so DingTalk
	 * pushes it again.
	 */
	private boolean orgEvent(DingTalkCallbacks app, DingTalkStream.Event event) {
		DingTalkEvents opener = events.get(app.app().name());
		ContactEventListener listener = contactEvents.getIfAvailable();
		try {
			ContactEvent contactEvent = opener == null ? null
					: opener.streamEvent(event.id(), event.type(), event.corpId(), event.bornTime(), event.dataJson());
			if (contactEvent != null && listener != null) {
				listener.onContactEvent(contactEvent);
			}
			return true;
		}
		catch (CallbackRejected ex) {
			log.warn("A Stream event {} for {} was refused: {}", event.type(), app.app().name(), ex.getMessage());
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("A Stream event {} {} for {} is to be pushed again: {}", event.type(), event.id(),
					app.app().name(), ex.getMessage());
			return false;
		}
	}

	@Override
	public void stop() {
		for (DingTalkStream client : clients) {
			try {
				client.close();
			}
			catch (Exception ex) {
				log.warn("Closing a DingTalk Stream connection failed", ex);
			}
		}
		clients.clear();
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
