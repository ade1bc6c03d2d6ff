package dev.baton.bot.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.baton.bot.outbox.OutboxMessage;
import dev.baton.bot.system.InsertChunks;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.Platform;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Step 1: each pending outbox row becomes one delivery per chat account its recipient has
 * bound (WeCom, DingTalk, web chat), or, for a row addressed to a unit's groups, one
 * delivery per chat group bound to the unit. A recipient with no account, or a unit with
 * no group, is a dead letter the organizer can see ("no chat account bound", "no chat
 * group bound"). Work is done in bulk: one query for the accounts and one insert for the
 * deliveries of a round.
 */
public class OutboxExpander {

	private final DeliveryMapper mapper;

	private final NotificationRenderer renderer;

	private final NotificationRenderer english;

	private final TimeSource time;

	private final JsonMapper json;

	OutboxExpander(DeliveryMapper mapper, NotificationRenderer renderer, TimeSource time, JsonMapper json) {
		this.mapper = mapper;
		this.renderer = renderer;
		this.english = renderer.inEnglish();
		this.time = time;
		this.json = json;
	}

	/**
	 * What one step of expansion did.
	 *
	 * @param rows the outbox rows taken
	 * @param deliveries the deliveries written for them
	 * @param lastContents the batching keys ({@link DeliveryBatcher#contentOf}) of the
	 * deliveries of the last row taken: where the expansion stopped, so the rest of that
	 * content may still be waiting in the outbox
	 */
	record Step(int rows, int deliveries, Set<String> lastContents) {

		static final Step NONE = new Step(0, 0, Set.of());

	}

	/**
	 * @return how many outbox rows were taken
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public int expand(int limit) {
		return step(limit).rows();
	}

	/** Expands up to {@code limit} outbox rows; what it did. */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public Step step(int limit) {
		List<OutboxMessage> rows = mapper.claimOutbox(time.now(), limit);
		if (rows.isEmpty()) {
			return Step.NONE;
		}
		Map<Long, List<DeliveryMapper.Account>> accounts = accountsOf(rows);
		Map<Long, List<DeliveryMapper.Group>> groups = groupsOf(rows);
		Map<String, String> rendered = new HashMap<>();
		// one SHA-256 per distinct body of the step, not one per delivery
		Map<ContentOf, String> contentKeys = new HashMap<>();
		List<DeliveryMapper.NewDelivery> deliveries = new ArrayList<>();
		List<Long> expanded = new ArrayList<>();
		List<Long> noAccount = new ArrayList<>();
		List<Long> noGroup = new ArrayList<>();
		List<DeliveryMapper.NewDelivery> mine = List.of();
		for (OutboxMessage row : rows) {
			mine = new ArrayList<>();
			if (row.groupUnitId() != null) {
				for (DeliveryMapper.Group g : groups.getOrDefault(row.groupUnitId(), List.of())) {
					String body = body(row, g.platform(), renderer, rendered);
					mine.add(new DeliveryMapper.NewDelivery(row.id(), g.platform(), g.corpId(), TargetKind.GROUP,
							g.groupId(), contentKey(contentKeys, g.platform(), g.corpId(), body), body));
				}
				(mine.isEmpty() ? noGroup : expanded).add(row.id());
			}
			else {
				for (DeliveryMapper.Account a : accounts.getOrDefault(row.recipientId(), List.of())) {
					String card = ackCard(row, a);
					String body = card != null ? card : body(row, a.platform(), rendererFor(a), rendered);
					mine.add(new DeliveryMapper.NewDelivery(row.id(), a.platform(), a.corpId(), TargetKind.USER,
							a.userId(), contentKey(contentKeys, a.platform(), a.corpId(), body), body));
				}
				(mine.isEmpty() ? noAccount : expanded).add(row.id());
			}
			deliveries.addAll(mine);
		}
		for (List<DeliveryMapper.NewDelivery> chunk : InsertChunks.of(deliveries, DeliveryMapper.NewDelivery::body)) {
			mapper.insertDeliveries(chunk, time.now());
		}
		if (!expanded.isEmpty()) {
			mapper.markOutbox(expanded, "EXPANDED", null);
		}
		if (!noAccount.isEmpty()) {
			mapper.markOutbox(noAccount, "NO_ACCOUNT", "no chat account bound to the recipient");
		}
		if (!noGroup.isEmpty()) {
			mapper.markOutbox(noGroup, "NO_GROUP", "no chat group bound to the unit");
		}
		Set<String> last = mine.stream()
			.map(d -> DeliveryBatcher.contentOf(d.platform(), d.corpId(), d.targetKind(), d.contentKey()))
			.collect(Collectors.toSet());
		return new Step(rows.size(), deliveries.size(), last);
	}

	/** What a content key is made of. */
	private record ContentOf(Platform platform, String corpId, String body) {
	}

	/**
	 * The content key of a body, made once per step: a fan-out's bodies are the same
	 * string, rendered once ({@link #body}), so the lookup hashes nothing new.
	 */
	private static String contentKey(Map<ContentOf, String> keys, Platform platform, String corpId, String body) {
		return keys.computeIfAbsent(new ContentOf(platform, corpId, body),
				c -> MessageBodies.contentKey(c.platform(), c.corpId(), c.body()));
	}

	/**
	 * The departing official's copy of the 离任交接通知书 is the notice with its 签收 card
	 * (newcomer 10, item 8: a handover opened from chat came as plain text), kept as the
	 * conversation keeps its cards, so 签收 typed instead shows on it and a press after
	 * that does nothing twice. The card's id and button key are the conversation's
	 * ({@code ack-<handover>-0-<hex>}, {@code ack:<handover>:0}); once acknowledged, the
	 * notice with its outcome and no card; null for any other notice.
	 */
	private String ackCard(OutboxMessage row, DeliveryMapper.Account a) {
		if (row.event() != dev.baton.bot.outbox.OutboxEvent.NOTICE_ISSUED || row.handoverId() == null) {
			return null;
		}
		JsonNode payload = json.readTree(row.payload());
		if (!payload.path("acknowledgedBy").canConvertToLong()
				|| payload.path("acknowledgedBy").asLong() != row.recipientId()) {
			return null;
		}
		long h = row.handoverId();
		NotificationRenderer words = rendererFor(a);
		if (mapper.acknowledged(h) > 0) {
			// issue #17: acknowledged before the notice went out (the demo's seeded
			// history, a 签收 typed first): the notice says so, with nothing to press, as a
			// card shows its outcome once its action was taken; and it does not ask for
			// 签收 above that (#12)
			JsonNode signedFor = payload.has("variant") ? payload
					: ((tools.jackson.databind.node.ObjectNode) payload.deepCopy()).put("variant", "signedFor");
			return MessageBodies.text(words.render(row.event(), signedFor, a.platform()) + "\n"
					+ words.label("notify.NOTICE_ISSUED.acknowledged"));
		}
		String text = words.render(row.event(), payload, a.platform());
		String cardId = "ack-" + h + "-0-"
				+ java.util.HexFormat.of().toHexDigits(java.util.concurrent.ThreadLocalRandom.current().nextLong());
		String title = words.label("conv.ack.cardTitle");
		mapper.keepCard(cardId, row.recipientId(), a.platform().name(), a.corpId(), a.userId(), h, a.inEnglish(),
				time.now(), title);
		return MessageBodies.card(cardId, title, text, words.label("conv.button.ack"), "ack:" + h + ":0", text);
	}

	/**
	 * The notices of an account in the language its owner chose (V64: English once they
	 * sent "English" or switched the web chat to English), Chinese otherwise.
	 */
	private NotificationRenderer rendererFor(DeliveryMapper.Account a) {
		return a.inEnglish() ? english : renderer;
	}

	/**
	 * The text as read on the platform, in the reader's language: a hint in it (how to
	 * give evidence, how to bind a group) is that platform's.
	 */
	private String body(OutboxMessage row, Platform platform, NotificationRenderer words,
			Map<String, String> rendered) {
		String language = words == english ? "en" : "zh";
		return rendered.computeIfAbsent(language + "\n" + platform + "\n" + row.event() + "\n" + row.payload(), k -> {
			JsonNode payload = json.readTree(row.payload());
			String text = words.render(row.event(), payload, platform);
			// a notice that carries a document (the 交接书's copy, #15): the file is made
			// when it is sent
			if (payload.path("ledger").isNumber() && row.recipientId() != null) {
				// the ledger asked for in chat (台账, #15): made when sent, in the scope of
				// the one who asked
				return MessageBodies.ledger(payload.path("ledger").asLong(), row.recipientId(), text);
			}
			return payload.path("document").isString() && row.handoverId() != null
					? MessageBodies.document(row.handoverId(), payload.path("document").asString(), text)
					: MessageBodies.text(text);
		});
	}

	private Map<Long, List<DeliveryMapper.Account>> accountsOf(List<OutboxMessage> rows) {
		Set<Long> officials = rows.stream()
			.map(OutboxMessage::recipientId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return officials.isEmpty() ? Map.of()
				: mapper.accounts(officials)
					.stream()
					.collect(Collectors.groupingBy(DeliveryMapper.Account::officialId));
	}

	private Map<Long, List<DeliveryMapper.Group>> groupsOf(List<OutboxMessage> rows) {
		Set<Long> units = rows.stream()
			.map(OutboxMessage::groupUnitId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return units.isEmpty() ? Map.of()
				: mapper.groups(units).stream().collect(Collectors.groupingBy(DeliveryMapper.Group::unitId));
	}

}
