package dev.baton.bot.delivery;

import java.util.List;

import dev.baton.bot.outbox.OutboxMessage;
import dev.baton.bot.system.TimeSource;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Step 1: each pending outbox row becomes one delivery per chat account its recipient has bound (WeCom, DingTalk,
 * web chat). A recipient with no account is a dead letter the organizer can see ("no chat account bound").
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
		for (OutboxMessage row : rows) {
			List<DeliveryMapper.Account> accounts = mapper.accounts(row.recipientId());
			if (accounts.isEmpty()) {
				mapper.markOutbox(row.id(), "NO_ACCOUNT", "no chat account bound to official " + row.recipientId());
				continue;
			}
			String body = MessageBodies.text(renderer.render(row.event(), json.readTree(row.payload())));
			for (DeliveryMapper.Account account : accounts) {
				mapper.insertDelivery(row.id(), account.platform(), account.corpId(), account.userId(),
						MessageBodies.contentKey(account.platform(), account.corpId(), body), body, time.now());
			}
			mapper.markOutbox(row.id(), "EXPANDED", null);
		}
		return rows.size();
	}

}
