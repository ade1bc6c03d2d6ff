package dev.baton.bot.conversation;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.baton.bot.EmulatorApps;
import dev.baton.bot.MutableClock;
import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.dingtalk.CardCallbackRoute;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.record.ApiCall;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.record.Outcome;
import dev.baton.bot.delivery.ReplySender;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.InboundListener;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/**
 * A script's people on WeCom or DingTalk: what they say goes to Baton as the platform's
 * signed (and, on WeCom, encrypted) callback over HTTP, built by the emulator; what Baton
 * answers is read from the emulator's record of deliveries, which Baton made through the
 * official SDK clients. A say or press returns once Baton has handled it.
 */
final class EmulatorChat implements ChatScript {

	/** The DingTalk card callback route the emulator calls Baton's card callback by. */
	static final String CARD_ROUTE_KEY = "baton-main";

	static final String CARD_ROUTE_SECRET = "card-route-secret-0001";

	/**
	 * An emulator of both platforms for a test class (DingTalk over HTTP callbacks, not
	 * Stream), closed when the test JVM ends (the contexts cached with it may outlive the
	 * class).
	 */
	static PlatformEmulator startEmulator() {
		PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
		Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "emulator-close"));
		return emulator;
	}

	/**
	 * Baton's apps on the emulator, with DingTalk's interactive card template and card
	 * callback route.
	 */
	static void registerApps(DynamicPropertyRegistry registry, PlatformEmulator emulator) {
		EmulatorApps.register(registry, emulator);
		registry.add("baton.dingtalk.apps[0].card-template-id", () -> "baton.card.v1");
		registry.add("baton.dingtalk.apps[0].card-callback-route-key", () -> CARD_ROUTE_KEY);
		registry.add("baton.dingtalk.apps[0].card-callback-secret", () -> CARD_ROUTE_SECRET);
	}

	/**
	 * Baton's clock set to the emulator's (the emulator signs callbacks with its own
	 * clock, and Baton's window check must agree), and the card callback route pointed at
	 * Baton on {@code port}.
	 */
	static void atEmulatorTime(MutableClock clock, PlatformEmulator emulator, int port) {
		clock.set(Instant.ofEpochMilli(emulator.clock().millis()));
		emulator.dingTalk()
			.registerCallbackRoute(new CardCallbackRoute(CARD_ROUTE_KEY,
					"http://127.0.0.1:" + port + "/callbacks/dingtalk/main/card", CARD_ROUTE_SECRET));
	}

	/**
	 * Counts the events Baton's conversation has finished with, so a script knows when
	 * the answers are in: an event counts once its answers have left the reply lane
	 * (sent, or dead letters).
	 */
	static final class Handled implements BeanPostProcessor, org.springframework.beans.factory.BeanFactoryAware {

		static final AtomicLong count = new AtomicLong();

		private org.springframework.beans.factory.BeanFactory beans;

		@Override
		public void setBeanFactory(org.springframework.beans.factory.BeanFactory beanFactory) {
			this.beans = beanFactory;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof Conversation conversation)) {
				return bean;
			}
			InboundListener counting = (InboundEvent event) -> {
				try {
					conversation.onEvent(event);
				}
				finally {
					// a turn run in a transaction (the inbox's) counts once it has
					// completed: its replies are then
					// committed, and can be sent
					if (org.springframework.transaction.support.TransactionSynchronizationManager
						.isSynchronizationActive()) {
						org.springframework.transaction.support.TransactionSynchronizationManager
							.registerSynchronization(
									new org.springframework.transaction.support.TransactionSynchronization() {
										@Override
										public void afterCompletion(int status) {
											repliesOut();
										}
									});
					}
					else {
						repliesOut();
					}
				}
			};
			return counting;
		}

		/**
		 * The turn's replies have left the reply lane (sent, or dead letters); then the
		 * turn counts.
		 */
		private void repliesOut() {
			try {
				ReplySender replies = beans.getBean(ReplySender.class);
				replies.drain();
				await().atMost(Duration.ofSeconds(30)).until(() -> replies.unfinished() == 0);
			}
			finally {
				count.incrementAndGet();
			}
		}

	}

	/** Import this into a test whose chat goes through an emulator. */
	@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@org.springframework.context.annotation.Bean
		static Handled handledEvents() {
			return new Handled();
		}

	}

	private final PlatformEmulator emulator;

	private final boolean wecom;

	private final int port;

	private String lastPressedCard;

	EmulatorChat(PlatformEmulator emulator, boolean wecom, int port) {
		this.emulator = emulator;
		this.wecom = wecom;
		this.port = port;
	}

	@Override
	public String platform() {
		return wecom ? "WECOM" : "DINGTALK";
	}

	@Override
	public String corp() {
		return wecom ? emulator.wecom().app().corpId() : emulator.dingTalk().app().corpId();
	}

	@Override
	public void addUsers(List<String> userIds) {
		if (wecom) {
			emulator.wecom().directory().addUsers(userIds);
		}
		else {
			emulator.dingTalk().directory().addUsers(userIds);
		}
	}

	@Override
	public List<String> say(String userId, String text) {
		return handled(userId, () -> {
			if (wecom) {
				emulator.wecomCallbacks(url("/callbacks/wecom/main")).text(userId, text);
			}
			else {
				var callbacks = emulator.dingTalkCallbacks();
				callbacks.sendRobotMessage(url("/callbacks/dingtalk/main"), callbacks.privateText(userId, text));
			}
		});
	}

	@Override
	public List<String> press(String userId, String buttonLabel) {
		return handled(userId, () -> {
			if (wecom) {
				JsonNode card = lastCard(userId);
				emulator.wecomCallbacks(url("/callbacks/wecom/main"))
					.templateCardEvent(userId, card.path("task_id").asString(),
							key(card.path("button_list"), buttonLabel));
				lastPressedCard = card.path("task_id").asString();
			}
			else {
				JsonNode create = lastCardCreated(userId);
				String outTrackId = create.path("outTrackId").asString();
				JsonNode buttons = Json.read(create.path("cardData").path("cardParamMap").path("buttons").asString());
				emulator.dingTalkCallbacks()
					.clickOverHttp(outTrackId, userId, List.of(key(buttons, buttonLabel)), Map.of());
				lastPressedCard = outTrackId;
			}
		});
	}

	@Override
	public String lastOutcome() {
		if (wecom) {
			List<Delivery> updates = emulator.record().deliveries(d -> d.msgType().equals("update_button"));
			return updates.get(updates.size() - 1).content();
		}
		return emulator.dingTalk().card(lastPressedCard).orElseThrow().cardParamMap().get("outcome");
	}

	/**
	 * What the last card Baton sent the person shows in place of its buttons, pressed or
	 * not: on WeCom the last button text an update_template_card gave them, on DingTalk
	 * the card instance's outcome. Null while nothing says it.
	 */
	String outcomeOfLastCard(String userId) {
		if (wecom) {
			long sent = emulator.record()
				.deliveries(d -> d.recipient().equals(userId) && d.msgType().equals("template_card")
						&& d.outcome() == Outcome.DELIVERED)
				.stream()
				.mapToLong(Delivery::seq)
				.max()
				.orElseThrow(() -> new AssertionError("Baton sent " + userId + " no card"));
			List<Delivery> updates = emulator.record()
				.deliveries(d -> d.seq() > sent && d.recipient().equals(userId) && d.msgType().equals("update_button")
						&& d.outcome() == Outcome.DELIVERED);
			return updates.isEmpty() ? null : updates.get(updates.size() - 1).content();
		}
		String outTrackId = lastCardCreated(userId).path("outTrackId").asString();
		String outcome = emulator.dingTalk().card(outTrackId).orElseThrow().cardParamMap().get("outcome");
		return outcome == null || outcome.isEmpty() ? null : outcome; // sent with an
																		// empty one
	}

	private List<String> handled(String userId, Runnable act) {
		long events = Handled.count.get();
		long seq = lastSeq();
		act.run();
		await().atMost(Duration.ofSeconds(15)).until(() -> Handled.count.get() > events);
		List<String> out = new ArrayList<>();
		for (Delivery d : emulator.record()
			.deliveries(d -> d.seq() > seq && d.recipient().equals(userId) && d.outcome() == Outcome.DELIVERED)) {
			String text = text(d);
			if (text != null) {
				out.add(text);
			}
		}
		return out;
	}

	/**
	 * A delivery as the person reads it; null for card updates (see
	 * {@link #lastOutcome()}).
	 */
	private static String text(Delivery d) {
		switch (d.msgType()) {
			case "text":
				return d.content();
			case "markdown": {
				// through DingTalk's sessionWebhook the webhook's markdown object is
				// recorded
				String content = d.content();
				return content.startsWith("{") ? Json.read(content).path("text").asString() : content;
			}
			case "template_card": {
				JsonNode card = Json.read(d.content());
				String sub = card.path("sub_title_text").asString("");
				return card.path("main_title").path("title").asString() + (sub.isEmpty() ? "" : "\n" + sub);
			}
			case "card": {
				JsonNode params = Json.read(d.content()).path("cardParamMap");
				String body = params.path("markdown").asString("");
				return params.path("title").asString() + (body.isEmpty() ? "" : "\n" + body);
			}
			case "sampleText":
			case "sampleMarkdown": {
				String content = d.content();
				if (content.startsWith("{")) {
					JsonNode p = Json.read(content);
					return p.has("content") ? p.path("content").asString() : p.path("text").asString();
				}
				return content;
			}
			default:
				return null;
		}
	}

	private JsonNode lastCard(String userId) {
		List<Delivery> cards = emulator.record()
			.deliveries(d -> d.recipient().equals(userId) && d.msgType().equals("template_card")
					&& d.outcome() == Outcome.DELIVERED);
		if (cards.isEmpty()) {
			throw new AssertionError("Baton sent " + userId + " no card");
		}
		return Json.read(cards.get(cards.size() - 1).content());
	}

	private JsonNode lastCardCreated(String userId) {
		List<ApiCall> calls = emulator.record().calls(Api.DINGTALK_CARD_CREATE_AND_DELIVER);
		for (int i = calls.size() - 1; i >= 0; i--) {
			JsonNode body = Json.read(calls.get(i).requestBody());
			if (body.path("openSpaceId").asString().endsWith("IM_ROBOT." + userId)) {
				return body;
			}
		}
		throw new AssertionError("Baton sent " + userId + " no card");
	}

	private static String key(JsonNode buttons, String label) {
		for (JsonNode b : buttons) {
			if (label.equals(b.path("text").asString())) {
				return b.path("key").asString();
			}
		}
		throw new AssertionError("no button " + label + " in " + buttons);
	}

	private long lastSeq() {
		List<Delivery> all = emulator.record().deliveries();
		return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/**
	 * Baton's clock, moved with the platform's so that signed callbacks stay inside
	 * Baton's window.
	 */
	private Runnable batonMinute = () -> {
	};

	EmulatorChat movingBatonWith(Runnable aMinuteOnBatonsClock) {
		this.batonMinute = aMinuteOnBatonsClock;
		return this;
	}

	/**
	 * The platform's clock and Baton's move on a minute: what the platform counted per
	 * minute is behind it.
	 */
	@Override
	public void aMinutePasses() {
		emulator.clock().advance(Duration.ofMinutes(1));
		batonMinute.run();
	}

}
