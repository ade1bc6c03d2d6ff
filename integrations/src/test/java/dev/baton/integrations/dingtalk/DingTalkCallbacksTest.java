package dev.baton.integrations.dingtalk;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.chat.Conversation;
import dev.baton.integrations.chat.InboundEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DingTalk signatures against the vectors of shared/reference/dingtalk.md §1.1 and §4.3,
 * callbacks and forgeries.
 */
class DingTalkCallbacksTest {

	static final DingTalkApp APP = new DingTalkApp("t", "dingcorp01", "dingappkey", "testAppSecret123", "dingrobot01",
			123456L, "mySecret", null, null, null, null, null, null, null);

	static final long NOW = 1613630252678L;

	static final DingTalkCallbacks CALLBACKS = new DingTalkCallbacks(APP,
			Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));

	static final String MESSAGE = """
			{"msgtype":"text","text":{"content":" 提醒 明天9点开会"},"msgId":"msgAbc123==","createAt":1613630252000,
			 "conversationType":"2","conversationId":"cidXyZ==","conversationTitle":"办公室群",
			 "senderId":"$:LWCP_v1:$abc","senderNick":"张三","senderCorpId":"dingcorp01","senderStaffId":"user001",
			 "chatbotCorpId":"dingcorp01","robotCode":"dingrobot01","isInAtList":true}""";

	@ParameterizedTest
	@CsvSource({ "1577262236757, this is a secret, DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA=",
			"1577262236757, this is secret, hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=",
			"1613630252678, testAppSecret123, 8GJdND5L8dD5oY8jkNSxD/xSHQWORFBNOvJDWOtG0oQ=" })
	void robotSignatureVectors(String timestamp, String secret, String sign) {
		assertThat(DingTalkSignatures.robot(timestamp, secret)).isEqualTo(sign);
	}

	@Test
	void cardSignatureVector() {
		assertThat(DingTalkSignatures.card("1700000000000", "mySecret"))
			.isEqualTo("t3jqwt0WBVsvNpgD+ncljxce56XsNOeEYafngX/BHjc=");
	}

	@Test
	void aSignedGroupMessageOpens() {
		InboundEvent event = CALLBACKS.openRobotCallback(Long.toString(NOW),
				"8GJdND5L8dD5oY8jkNSxD/xSHQWORFBNOvJDWOtG0oQ=", MESSAGE.getBytes(StandardCharsets.UTF_8));

		assertThat(event).isInstanceOfSatisfying(InboundEvent.Text.class, text -> {
			assertThat(text.text()).isEqualTo("提醒 明天9点开会");
			assertThat(text.sender().userId()).isEqualTo("user001");
			assertThat(text.conversation()).isEqualTo(Conversation.group("cidXyZ=="));
			assertThat(text.dedupKey()).isEqualTo("DINGTALK:msg:msgAbc123==");
		});
	}

	/**
	 * The message's sessionWebhook is kept with its expiry as the reply channel, only
	 * when it is the app's own oapi host's sendBySession: Baton posts answers to it, so a
	 * message must never name any other URL.
	 */
	@ParameterizedTest
	@CsvSource({ "https://oapi.dingtalk.com/robot/sendBySession?session=abc, true",
			"https://oapi.dingtalk.com.evil.example/robot/sendBySession?session=abc, false",
			"http://169.254.169.254/robot/sendBySession?session=abc, false",
			"https://oapi.dingtalk.com/robot/send?access_token=abc, false" })
	void theSessionWebhookIsTakenOnlyFromTheAppsOwnHost(String url, boolean taken) {
		var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
		var message = (tools.jackson.databind.node.ObjectNode) mapper.readTree(MESSAGE);
		message.put("sessionWebhook", url);
		message.put("sessionWebhookExpiredTime", NOW + 5_400_000L);

		InboundEvent event = CALLBACKS.robotMessage(message);

		if (taken) {
			assertThat(event.sessionWebhook().url()).isEqualTo(url);
			assertThat(event.sessionWebhook().expiresAt()).isEqualTo(Instant.ofEpochMilli(NOW + 5_400_000L));
		}
		else {
			assertThat(event.sessionWebhook()).isNull();
		}
		message.remove("sessionWebhookExpiredTime");
		assertThat(CALLBACKS.robotMessage(message).sessionWebhook()).as("without its expiry").isNull();
	}

	@Test
	void aPictureAndAFileOpenAsAttachmentsByTheirDownloadCode() {
		var picture = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree("{\"senderStaffId\":\"user001\"," + "\"msgId\":\"msgPic1==\",\"createAt\":" + NOW
					+ ",\"conversationType\":\"1\",\"msgtype\":\"picture\","
					+ "\"content\":{\"downloadCode\":\"dlPic\"}}");
		var file = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree("{\"senderStaffId\":\"user001\"," + "\"msgId\":\"msgFile1==\",\"createAt\":" + NOW
					+ ",\"conversationType\":\"1\",\"msgtype\":\"file\","
					+ "\"content\":{\"downloadCode\":\"dlFile\",\"fileName\":\"对账单.pdf\"}}");

		assertThat(CALLBACKS.robotMessage(picture)).isInstanceOfSatisfying(InboundEvent.Attachment.class, a -> {
			assertThat(a.kind()).isEqualTo("image");
			assertThat(a.reference()).isEqualTo("dingtalk-download:dlPic");
			assertThat(a.name()).isNull();
			assertThat(a.dedupKey()).isEqualTo("DINGTALK:msg:msgPic1==");
		});
		assertThat(CALLBACKS.robotMessage(file)).isInstanceOfSatisfying(InboundEvent.Attachment.class, a -> {
			assertThat(a.kind()).isEqualTo("file");
			assertThat(a.name()).isEqualTo("对账单.pdf");
		});
	}

	@Test
	void aSignedCardCallbackOpensWithItsAction() {
		String body = """
				{"type":"actionCallback","outTrackId":"item-7-confirm","corpId":"dingcorp01","userId":"user001",
				 "content":"{\\"cardPrivateData\\":{\\"actionIds\\":[\\"confirm\\"],\\"params\\":{\\"item\\":\\"7\\"}}}"}""";
		String ts = Long.toString(NOW);

		InboundEvent.CardAction action = CALLBACKS.openCardCallback(ts, DingTalkSignatures.card(ts, "mySecret"),
				body.getBytes(StandardCharsets.UTF_8));

		assertThat(action.cardId()).isEqualTo("item-7-confirm");
		assertThat(action.action()).isEqualTo("confirm");
		assertThat(action.params()).containsEntry("item", "7");
	}

	@Test
	void aWrongSignatureIsRefused() {
		assertRejected(403,
				() -> CALLBACKS.openRobotCallback(Long.toString(NOW),
						DingTalkSignatures.robot(Long.toString(NOW), "another secret"),
						MESSAGE.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aTimestampOverAnHourOldIsRefusedEvenWhenSigned() {
		String old = Long.toString(NOW - 3_600_001L);
		assertRejected(403, () -> CALLBACKS.openRobotCallback(old, DingTalkSignatures.robot(old, APP.appSecret()),
				MESSAGE.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void malformedJsonInvalidUtf8AndOversizedBodiesAreRefused() {
		String ts = Long.toString(NOW);
		String sign = DingTalkSignatures.robot(ts, APP.appSecret());
		assertRejected(400,
				() -> CALLBACKS.openRobotCallback(ts, sign, "{\"msgtype\":".getBytes(StandardCharsets.UTF_8)));
		assertRejected(400, () -> CALLBACKS.openRobotCallback(ts, sign,
				new byte[] { '{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}' }));
		assertRejected(413, () -> CALLBACKS.openRobotCallback(ts, sign, new byte[64 * 1024 + 1]));
		assertRejected(400, () -> CALLBACKS.openRobotCallback(ts, sign, "[1,2,3]".getBytes(StandardCharsets.UTF_8)));
		assertRejected(400, () -> CALLBACKS.openRobotCallback(null, sign, MESSAGE.getBytes(StandardCharsets.UTF_8)));
	}

	private static void assertRejected(int status, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOfSatisfying(CallbackRejected.class,
				e -> assertThat(e.status()).as(e.getMessage()).isEqualTo(status));
	}

}
