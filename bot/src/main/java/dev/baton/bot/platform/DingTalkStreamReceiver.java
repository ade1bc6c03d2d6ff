package dev.baton.bot.platform;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.dingtalk.open.app.api.OpenDingTalkClient;
import com.dingtalk.open.app.api.OpenDingTalkStreamClientBuilder;
import com.dingtalk.open.app.api.callback.OpenDingTalkCallbackListener;
import com.dingtalk.open.app.api.security.AuthClientCredential;
import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.chat.InboundEvent;
import com.dingtalk.open.app.api.message.GenericOpenDingTalkEvent;
import com.dingtalk.open.app.stream.protocol.event.EventAckStatus;
import dev.baton.integrations.contacts.ContactEvent;
import dev.baton.integrations.contacts.ContactEventListener;
import dev.baton.integrations.dingtalk.DingTalkCallbacks;
import dev.baton.integrations.dingtalk.DingTalkEvents;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * DingTalk Stream mode for the apps configured with {@code mode=stream}: Baton opens the connection (no public
 * callback URL, no IP to open), the official Stream SDK hands over robot messages and card button presses, and they
 * pass the same gate as HTTP callbacks; org events (when the app's event subscription is set to Stream) go to the
 * directory sync. A card press is answered at once with no change; the card is updated
 * through the API after Baton has acted, well within DingTalk's 2 s.
 */
class DingTalkStreamReceiver implements SmartLifecycle {

	static final String BOT_TOPIC = "/v1.0/im/bot/messages/get";

	static final String CARD_TOPIC = "/v1.0/card/instances/callback";

	private static final String PUBLIC_API = "https://api.dingtalk.com";

	private static final Logger log = LoggerFactory.getLogger(DingTalkStreamReceiver.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<DingTalkCallbacks> apps;

	private final Map<String, DingTalkEvents> events;

	private final InboundGate gate;

	private final ObjectProvider<ContactEventListener> contactEvents;

	private final List<OpenDingTalkClient> clients = new ArrayList<>();

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
				OpenDingTalkClient client = builder(app).build();
				client.start();
				clients.add(client);
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

	private OpenDingTalkStreamClientBuilder builder(DingTalkCallbacks app) throws ReflectiveOperationException {
		OpenDingTalkStreamClientBuilder builder = OpenDingTalkStreamClientBuilder.custom()
			.credential(new AuthClientCredential(app.app().appKey(), app.app().appSecret()))
			.registerCallbackListener(BOT_TOPIC, new OpenDingTalkCallbackListener<String, String>() {
				@Override
				public String execute(String message) {
					take(app, message, false);
					return null;
				}
			})
			.registerCallbackListener(CARD_TOPIC, new OpenDingTalkCallbackListener<String, Map<String, Object>>() {
				@Override
				public Map<String, Object> execute(String press) {
					take(app, press, true);
					return Map.of();
				}
			})
			// org events (通讯录事件) when the app's event subscription is set to Stream push
			.registerAllEventListener(event -> orgEvent(app, event));
		String endpoint = app.app().apiEndpoint();
		if (!endpoint.equals(PUBLIC_API)) {
			// private deployments (专有钉钉) open the connection on their own host; the SDK has no public setter
			Field host = OpenDingTalkStreamClientBuilder.class.getDeclaredField("openApiHost");
			host.setAccessible(true);
			host.set(builder, endpoint.contains("://") ? endpoint : "https://" + endpoint);
		}
		return builder;
	}

	/**
	 * A robot message or card press: stored in the inbox before the ACK. When it cannot be stored now (the database
	 * is away) the listener throws, so the SDK answers the frame with the protocol's error code (500) instead of 200,
	 * and DingTalk is not told all is well; a message refused for what it is (malformed, another corp) is acknowledged
	 * and dropped, since sending it again would change nothing.
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

	/** Thrown from a Stream listener: the SDK acknowledges the frame with code 500, so DingTalk may push it again. */
	static final class StreamBusyException extends RuntimeException {

		StreamBusyException(String app, CallbackRejected cause) {
			super("Stream frame for " + app + " not stored now: " + cause.getMessage(), cause);
		}

	}

	/**
	 * An org event: applied before the ACK; SUCCESS when it was taken (or is not one Baton takes), LATER when it could
	 * not be applied now, so DingTalk pushes it again.
	 */
	private EventAckStatus orgEvent(DingTalkCallbacks app, GenericOpenDingTalkEvent event) {
		DingTalkEvents opener = events.get(app.app().name());
		ContactEventListener listener = contactEvents.getIfAvailable();
		try {
			ContactEvent contactEvent = opener == null ? null : opener.streamEvent(event.getEventId(),
					event.getEventType(), event.getEventCorpId(), event.getEventBornTime(),
					event.getData() == null ? null : event.getData().toJSONString());
			if (contactEvent != null && listener != null) {
				listener.onContactEvent(contactEvent);
			}
			return EventAckStatus.SUCCESS;
		}
		catch (CallbackRejected ex) {
			log.warn("A Stream event {} for {} was refused: {}", event.getEventType(), app.app().name(),
					ex.getMessage());
			return EventAckStatus.SUCCESS;
		}
		catch (RuntimeException ex) {
			log.warn("A Stream event {} {} for {} is to be pushed again: {}", event.getEventType(), event.getEventId(),
					app.app().name(), ex.getMessage());
			return EventAckStatus.LATER;
		}
	}

	@Override
	public void stop() {
		for (OpenDingTalkClient client : clients) {
			try {
				client.stop();
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
