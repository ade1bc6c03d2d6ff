package dev.baton.bot.conversation;

import java.time.Instant;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.emulator.PlatformEmulator;
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

	static final PlatformEmulator emulator = EmulatorChat.startEmulator();

	@Autowired
	MutableClock clock;

	@Value("${local.server.port}")
	int port;

	private EmulatorChat chat;

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorChat.registerApps(registry, emulator);
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
			EmulatorChat.atEmulatorTime(clock, emulator, port);
			chat = new EmulatorChat(emulator, onWeCom(), port)
				.movingBatonWith(() -> clock.set(clock.instant().plusSeconds(60)));
		}
		return chat;
	}

}
