package dev.baton.bot.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.baton.bot.outbox.OutboxMessage;
import dev.baton.bot.system.TimeSource;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Step 1: each pending outbox row becomes one delivery per chat account its recipient has bound (WeCom, DingTalk,
 * web chat). A recipient with no account is a dead letter the organizer can see ("no chat account bound"). Work is
 * done in bulk: one query for the accounts and one insert for the deliveries of a round.
 */
public class OutboxExpander {

	private final DeliveryMapper mapper;

	private final NotificationRenderer renderer;

	private final TimeSource time;

	private final JsonMapper json;

	OutboxExpander(DeliveryMapper mapper, NotificationRenderer renderer, TimeSource time, JsonMapper json) {
		this.mapper = mapper;
		this.renderer = renderer;
		this.time = time;
		this.json = json;
	}

	/** @return how many outbox rows were taken */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public int expand(int limit) {
		List<OutboxMessage> rows = mapper.claimOutbox(time.now(), limit);
		if (rows.isEmpty()) {
			return 0;
		}
		Map<Long, List<DeliveryMapper.Account>> accounts = mapper
			.accounts(rows.stream().map(OutboxMessage::recipientId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.groupingBy(DeliveryMapper.Account::officialId));
		Map<String, String> rendered = new HashMap<>();
		List<DeliveryMapper.NewDelivery> deliveries = new ArrayList<>();
		List<Long> expanded = new ArrayList<>();
		List<Long> noAccount = new ArrayList<>();
		for (OutboxMessage row : rows) {
			List<DeliveryMapper.Account> mine = accounts.getOrDefault(row.recipientId(), List.of());
			if (mine.isEmpty()) {
				noAccount.add(row.id());
				continue;
			}
			String body = rendered.computeIfAbsent(row.event() + "\n" + row.payload(),
					k -> MessageBodies.text(renderer.render(row.event(), json.readTree(row.payload()))));
			for (DeliveryMapper.Account a : mine) {
				deliveries.add(new DeliveryMapper.NewDelivery(row.id(), a.platform(), a.corpId(), a.userId(),
						MessageBodies.contentKey(a.platform(), a.corpId(), body), body));
			}
			expanded.add(row.id());
		}
		for (int from = 0; from < deliveries.size(); from += 500) {
			mapper.insertDeliveries(deliveries.subList(from, Math.min(from + 500, deliveries.size())), time.now());
		}
		if (!expanded.isEmpty()) {
			mapper.markOutbox(expanded, "EXPANDED", null);
		}
		if (!noAccount.isEmpty()) {
			mapper.markOutbox(noAccount, "NO_ACCOUNT", "no chat account bound to the recipient");
		}
		return rows.size();
	}

}
