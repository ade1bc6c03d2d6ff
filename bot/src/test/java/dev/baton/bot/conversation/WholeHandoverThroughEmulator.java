package dev.baton.bot.conversation;

import java.time.Instant;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.MutableClock;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.dingtalk.CardCallbackRoute;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole handover through the emulator over real HTTP: every message a signed
 * callback, every answer sent through the official SDK. The outbox worker is off so that
 * only the conversation's answers reach the people. The WeCom and DingTalk runs share one
 * emulator and one application context.
 */
@DomainContext
@Import(EmulatorChat.Config.class)
@TestPropertySource(properties = "baton.delivery.worker=false")
abstract class WholeHandoverThroughEmulator extends WholeHandoverScript {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "emulator-close"));
	}

	@Autowired
	MutableClock clock;

	@Value("${local.server.port}")
	int port;

	private EmulatorChat chat;

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
		registry.add("baton.dingtalk.apps[0].card-template-id", () -> "baton.card.v1");
		registry.add("baton.dingtalk.apps[0].card-callback-route-key", () -> "baton-main");
		registry.add("baton.dingtalk.apps[0].card-callback-secret", () -> "card-route-secret-0001");
	}

	@BeforeEach
	void realTime() {
		// the emulator signs with its own clock (the real time, moved on by scripts that
		// let minutes pass); Baton's
		// window check must agree
		clock.set(Instant.ofEpochMilli(emulator.clock().millis()));
	}

	/** WeCom, or else DingTalk. */
	abstract boolean onWeCom();

	@Override
	ChatScript chat() {
		if (chat == null) {
			clock.set(Instant.ofEpochMilli(emulator.clock().millis()));
			emulator.dingTalk()
				.registerCallbackRoute(new CardCallbackRoute("baton-main",
						"http://127.0.0.1:" + port + "/callbacks/dingtalk/main/card", "card-route-secret-0001"));
			chat = new EmulatorChat(emulator, onWeCom(), port)
				.movingBatonWith(() -> clock.set(clock.instant().plusSeconds(60)));
		}
		return chat;
	}

}
