package dev.baton.bot.inbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Conversation;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.SessionWebhook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event as the inbox stores it reads back as it was, every kind with every field (the
 * JSON is written straight to text since the P1 ingest work), and the stored text keeps
 * the form rows stored before it have.
 */
class InboxEventsTest {

	private static final ChatUser SENDER = new ChatUser(Platform.DINGTALK, "dingcorp", "u\"1\u4e00");

	private static final Instant AT = Instant.parse("2026-12-05T08:30:00.123Z");

	@Test
	void aTextWithItsSessionReadsBackAsItWas() {
		InboundEvent text = new InboundEvent.Text(SENDER, Conversation.group("cid\\x"), AT, "msg-1",
				"我的交接 \"引号\"\n第二行\u0001",
				new SessionWebhook("https://oapi.dingtalk.com/robot/sendBySession?session=s", AT.plusSeconds(5400)));

		assertThat(InboxEvents.read(InboxEvents.write(text))).isEqualTo(text);
	}

	@Test
	void anAttachmentWithoutANameAndACardWithParamsReadBackAsTheyWere() {
		InboundEvent picture = new InboundEvent.Attachment(new ChatUser(Platform.WECOM, "wwcorp", "lisi"),
				Conversation.direct("lisi"), AT, "1234", "image", "wecom-media:abc", null);
		Map<String, String> params = new LinkedHashMap<>();
		params.put("item", "17");
		params.put("note", "不对，是10月份完成的");
		InboundEvent press = new InboundEvent.CardAction(SENDER, Conversation.direct("u1"), AT, "card-9", "approve",
				params, null);

		assertThat(InboxEvents.read(InboxEvents.write(picture))).isEqualTo(picture);
		assertThat(InboxEvents.read(InboxEvents.write(press))).isEqualTo(press);
	}

	@Test
	void theStoredTextKeepsItsForm() {
		InboundEvent text = new InboundEvent.Text(new ChatUser(Platform.WECOM, "wwcorp", "lisi"),
				Conversation.direct("lisi"), AT, "42", "在");

		assertThat(InboxEvents.write(text))
			.isEqualTo("{\"platform\":\"WECOM\",\"corpId\":\"wwcorp\",\"userId\":\"lisi\","
					+ "\"conversation\":\"DIRECT\",\"conversationId\":\"lisi\",\"at\":1796459400123,\"type\":\"text\","
					+ "\"messageId\":\"42\",\"text\":\"在\"}");
	}

}
