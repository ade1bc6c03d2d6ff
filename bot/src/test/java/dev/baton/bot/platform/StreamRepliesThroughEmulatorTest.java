package dev.baton.bot.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.Workers;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.callback.DingTalkCallbackClient;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.stream.StreamAck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DingTalk in Stream mode: Baton opens the connection with the official Stream SDK (TLS
 * WebSocket to the emulator), a robot message and a card press pushed over it twice are
 * each handled once, and the answers go out through the robot and card clients.
 */
@DomainContext
@DirtiesContext // closes Baton's Stream connection before the emulator goes
class StreamRepliesThroughEmulatorTest {

	static final PlatformEmulator emulator = PlatformEmulator
		.start(EmulatorConfig.defaults().streamPingInterval(Duration.ZERO));

	static {
		emulator.tls().applyAsDefaultTrustStore();
	}

	@Autowired
	Workers workers;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	HandoverRecords records;

	@Autowired
	MutableClock clock;

	final AnswersOnRecord answers = new AnswersOnRecord(emulator);

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
		registry.add("baton.dingtalk.apps[0].mode", () -> "stream");
		registry.add("baton.dingtalk.apps[0].card-template-id", () -> "baton.card.v1");
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void connected() throws InterruptedException {
		clock.set(Instant.now());
		assertThat(emulator.stream()
			.awaitConnection(emulator.dingTalk().app().appKey(), DingTalkCallbackClient.CARD_TOPIC,
					Duration.ofSeconds(20)))
			.as("Baton opened the Stream connection")
			.isTrue();
	}

	@Test
	void aMessageAndACardPressPushedTwiceOverStreamAreHandledOnce() throws Exception {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		String user = "s" + org.departing;
		emulator.dingTalk().directory().addUsers(user);
		directory.bindIdentity("DINGTALK", emulator.dingTalk().app().corpId(), user, org.departing);
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		DingTalkCallbackClient callbacks = emulator.dingTalkCallbacks();
		long mark = answers.mark();

		var help = callbacks.privateText(user, "帮助");
		assertThat(callbacks.sendRobotMessageOverStream(help).get(10, TimeUnit.SECONDS).code()).isEqualTo(200);
		assertThat(callbacks.sendRobotMessageOverStream(help).get(10, TimeUnit.SECONDS).code()).isEqualTo(200);

		List<Delivery> said = answers.awaitTo(user, mark, 2);
		assertThat(said).extracting(Delivery::msgType).containsExactly("text", "card");
		JsonNode create = Json.read(answers.lastCall(Api.DINGTALK_CARD_CREATE_AND_DELIVER).requestBody());
		assertThat(create.path("callbackType").asString()).isEqualTo("STREAM");
		String outTrackId = create.path("outTrackId").asString();
		String key = Json.read(create.path("cardData").path("cardParamMap").path("buttons").asString())
			.path(0)
			.path("key")
			.asString();

		long beforePress = answers.mark();
		StreamAck first = callbacks.clickOverStream(outTrackId, user, List.of(key), Map.of()).get(10, TimeUnit.SECONDS);
		StreamAck again = callbacks.clickOverStream(outTrackId, user, List.of(key), Map.of()).get(10, TimeUnit.SECONDS);

		assertThat(first.code()).isEqualTo(200);
		assertThat(again.code()).isEqualTo(200);
		List<Delivery> afterPress = answers.awaitTo(user, beforePress, 2);
		assertThat(afterPress).extracting(Delivery::msgType).containsExactlyInAnyOrder("sampleText", "card_update");
		assertThat(emulator.dingTalk().card(outTrackId).orElseThrow().cardParamMap()).containsEntry("outcome", "已签收");
		// the answer goes out during the turn, which commits right after (the inbox's one
		// transaction)
		await().atMost(Duration.ofSeconds(5)).until(() -> records.find(id).state() == HandoverState.DRAFTING);
		workers.awaitIdle();
		assertThat(answers.toSince(user, beforePress)).as("the second push changed nothing").hasSize(2);
	}

}
