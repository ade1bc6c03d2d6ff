package dev.baton.integrations.dingtalk;

import java.lang.reflect.Field;
import java.util.Map;

import com.dingtalk.open.app.api.OpenDingTalkClient;
import com.dingtalk.open.app.api.OpenDingTalkStreamClientBuilder;
import com.dingtalk.open.app.api.callback.OpenDingTalkCallbackListener;
import com.dingtalk.open.app.api.message.GenericOpenDingTalkEvent;
import com.dingtalk.open.app.api.security.AuthClientCredential;
import com.dingtalk.open.app.stream.protocol.event.EventAckStatus;

/**
 * One DingTalk Stream mode connection for an app, through the official Stream SDK: it
 * hands over robot messages, card button presses and (when the app's event subscription
 * is set to Stream push) org events as plain JSON, so that no SDK type leaves
 * integrations/.
 * <p>
 * The host: the SDK opens its connection through
 * {@code POST <host>/v1.0/gateway/connections/open}, and its builder keeps that host in a
 * private field whose only public setter, {@code preEnv()}, switches to DingTalk's
 * pre-release host. There is no supported way to name another host (checked in
 * app-stream-client 1.3.12 and the SDK's source), so for a private deployment (专有钉钉), or
 * the emulator, the field is set by reflection here and nowhere else.
 */
public final class DingTalkStream {

	/** The robot message topic (dingtalk.md, Stream mode). */
	public static final String BOT_TOPIC = "/v1.0/im/bot/messages/get";

	/** The card button press topic. */
	public static final String CARD_TOPIC = "/v1.0/card/instances/callback";

	private static final String PUBLIC_API = "https://api.dingtalk.com";

	/**
	 * What Baton does with what the connection brings; called on the SDK's consumer
	 * threads.
	 */
	public interface Listener {

		/**
		 * A robot message's JSON. Throwing makes the SDK answer the frame with the
		 * protocol's error code (500), so DingTalk may push it again; returning
		 * acknowledges it.
		 */
		void robotMessage(String json);

		/**
		 * A card press's JSON; thrown and returned as for {@link #robotMessage(String)}.
		 */
		void cardPress(String json);

		/**
		 * An org event: {@code true} when it was taken (or is not one Baton takes),
		 * {@code false} to have DingTalk push it again later.
		 */
		boolean event(Event event);

	}

	/**
	 * An org event as the Stream connection delivers it: its data is the event's JSON
	 * object (or null).
	 */
	public record Event(String id, String type, String corpId, Long bornTime, String dataJson) {
	}

	private final OpenDingTalkClient client;

	private DingTalkStream(OpenDingTalkClient client) {
		this.client = client;
	}

	/**
	 * Opens the connection for the app; throws when the SDK cannot connect (credentials,
	 * host, Stream not chosen).
	 */
	public static DingTalkStream open(DingTalkApp app, Listener listener) throws Exception {
		OpenDingTalkStreamClientBuilder builder = OpenDingTalkStreamClientBuilder.custom()
			.credential(new AuthClientCredential(app.appKey(), app.appSecret()))
			.registerCallbackListener(BOT_TOPIC, new OpenDingTalkCallbackListener<String, String>() {
				@Override
				public String execute(String message) {
					listener.robotMessage(message);
					return null;
				}
			})
			.registerCallbackListener(CARD_TOPIC, new OpenDingTalkCallbackListener<String, Map<String, Object>>() {
				@Override
				public Map<String, Object> execute(String press) {
					listener.cardPress(press);
					return Map.of();
				}
			})
			.registerAllEventListener(
					event -> listener.event(event(event)) ? EventAckStatus.SUCCESS : EventAckStatus.LATER);
		onHost(builder, app.apiEndpoint());
		OpenDingTalkClient client = builder.build();
		client.start();
		return new DingTalkStream(client);
	}

	private static Event event(GenericOpenDingTalkEvent event) {
		return new Event(event.getEventId(), event.getEventType(), event.getEventCorpId(), event.getEventBornTime(),
				event.getData() == null ? null : event.getData().toJSONString());
	}

	private static void onHost(OpenDingTalkStreamClientBuilder builder, String endpoint)
			throws ReflectiveOperationException {
		if (endpoint.equals(PUBLIC_API)) {
			return;
		}
		Field host = OpenDingTalkStreamClientBuilder.class.getDeclaredField("openApiHost");
		host.setAccessible(true);
		host.set(builder, endpoint.contains("://") ? endpoint : "https://" + endpoint);
	}

	/** Closes the connection. */
	public void close() throws Exception {
		client.stop();
	}

}
