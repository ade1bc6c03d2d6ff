package dev.baton.bot.inbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Conversation;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** An inbound event as the inbox stores it (JSON), and back. */
final class InboxEvents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private InboxEvents() {
	}

	static String write(InboundEvent event) {
		ObjectNode n = JSON.createObjectNode();
		n.put("platform", event.sender().platform().name());
		n.put("corpId", event.sender().corpId());
		n.put("userId", event.sender().userId());
		n.put("conversation", event.conversation().kind().name());
		n.put("conversationId", event.conversation().id());
		n.put("at", event.at().toEpochMilli());
		if (event instanceof InboundEvent.Text t) {
			n.put("type", "text");
			n.put("messageId", t.messageId());
			n.put("text", t.text());
			session(n, t.sessionWebhook());
		}
		else if (event instanceof InboundEvent.Attachment a) {
			n.put("type", "attachment");
			n.put("messageId", a.messageId());
			n.put("kind", a.kind());
			n.put("reference", a.reference());
			n.put("name", a.name());
			session(n, a.sessionWebhook());
		}
		else if (event instanceof InboundEvent.CardAction c) {
			n.put("type", "card");
			n.put("cardId", c.cardId());
			n.put("action", c.action());
			ObjectNode params = n.putObject("params");
			c.params().forEach(params::put);
			n.put("responseCode", c.responseCode());
		}
		return JSON.writeValueAsString(n);
	}

	static InboundEvent read(String body) {
		JsonNode n = JSON.readTree(body);
		ChatUser sender = new ChatUser(Platform.valueOf(n.path("platform").asString()), n.path("corpId").asString(),
				n.path("userId").asString());
		Conversation conversation = new Conversation(Conversation.Kind.valueOf(n.path("conversation").asString()),
				text(n, "conversationId"));
		Instant at = Instant.ofEpochMilli(n.path("at").asLong());
		return switch (n.path("type").asString()) {
			case "text" ->
				new InboundEvent.Text(sender, conversation, at, text(n, "messageId"), text(n, "text"), session(n));
			case "attachment" -> new InboundEvent.Attachment(sender, conversation, at, text(n, "messageId"),
					text(n, "kind"), text(n, "reference"), text(n, "name"), session(n));
			case "card" -> {
				Map<String, String> params = new LinkedHashMap<>();
				n.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asString("")));
				yield new InboundEvent.CardAction(sender, conversation, at, text(n, "cardId"), text(n, "action"),
						params, text(n, "responseCode"));
			}
			default -> throw new IllegalArgumentException("not an inbox event: " + n.path("type"));
		};
	}

	/**
	 * DingTalk's reply channel for the message (#14: answers go through it while it is
	 * valid), kept with the event.
	 */
	private static void session(ObjectNode n, dev.baton.integrations.chat.SessionWebhook session) {
		if (session != null) {
			n.put("sessionWebhook", session.url());
			n.put("sessionWebhookExpiresAt", session.expiresAt().toEpochMilli());
		}
	}

	private static dev.baton.integrations.chat.SessionWebhook session(JsonNode n) {
		String url = text(n, "sessionWebhook");
		return url == null || !n.path("sessionWebhookExpiresAt").canConvertToLong() ? null
				: new dev.baton.integrations.chat.SessionWebhook(url,
						Instant.ofEpochMilli(n.path("sessionWebhookExpiresAt").asLong()));
	}

	private static String text(JsonNode n, String field) {
		JsonNode v = n.get(field);
		return v == null || v.isNull() ? null : v.asString();
	}

}
