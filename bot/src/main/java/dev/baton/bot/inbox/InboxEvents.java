package dev.baton.bot.inbox;

import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Conversation;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.Platform;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An inbound event as the inbox stores it (JSON), and back. */
final class InboxEvents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private InboxEvents() {
	}

	/**
	 * The event's JSON, written straight to text (no tree of nodes first: this runs in
	 * the request of every callback, see the P1 ingest profile in BENCHMARKS.md).
	 */
	static String write(InboundEvent event) {
		StringWriter out = new StringWriter(256);
		try (JsonGenerator g = JSON.createGenerator(out)) {
			g.writeStartObject();
			g.writeStringProperty("platform", event.sender().platform().name());
			g.writeStringProperty("corpId", event.sender().corpId());
			g.writeStringProperty("userId", event.sender().userId());
			g.writeStringProperty("conversation", event.conversation().kind().name());
			g.writeStringProperty("conversationId", event.conversation().id());
			g.writeNumberProperty("at", event.at().toEpochMilli());
			if (event instanceof InboundEvent.Text t) {
				message(g, "text", t.messageId());
				g.writeStringProperty("text", t.text());
				session(g, t.sessionWebhook());
			}
			else if (event instanceof InboundEvent.Attachment a) {
				message(g, "attachment", a.messageId());
				g.writeStringProperty("kind", a.kind());
				g.writeStringProperty("reference", a.reference());
				g.writeStringProperty("name", a.name());
				session(g, a.sessionWebhook());
			}
			else if (event instanceof InboundEvent.CardAction c) {
				g.writeStringProperty("type", "card");
				g.writeStringProperty("cardId", c.cardId());
				g.writeStringProperty("action", c.action());
				g.writeObjectPropertyStart("params");
				for (Map.Entry<String, String> p : c.params().entrySet()) {
					g.writeStringProperty(p.getKey(), p.getValue());
				}
				g.writeEndObject();
				g.writeStringProperty("responseCode", c.responseCode());
			}
			g.writeEndObject();
		}
		return out.toString();
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
	private static void message(JsonGenerator g, String type, String messageId) {
		g.writeStringProperty("type", type);
		g.writeStringProperty("messageId", messageId);
	}

	private static void session(JsonGenerator g, dev.baton.integrations.chat.SessionWebhook session) {
		if (session != null) {
			g.writeStringProperty("sessionWebhook", session.url());
			g.writeNumberProperty("sessionWebhookExpiresAt", session.expiresAt().toEpochMilli());
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
