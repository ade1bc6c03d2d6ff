package dev.baton.bot.intoservice;

import java.net.URI;
import java.util.List;
import java.util.Map;

import dev.baton.emulator.Api;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.account.WeComContactSync;
import dev.baton.emulator.callback.CallbackResult;
import dev.baton.emulator.callback.WeComCallbackClient;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.record.ApiCall;
import dev.baton.emulator.record.Delivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * #13's first "done when" on WeCom: an empty database, the first administrator, the
 * roster, the corp synced with the contact-sync secret (user/list_id with the helper's
 * token; no mobile in any list, so the departing official is bound by looking the
 * roster's mobile up with user/getuserid, and the shared mobile is a conflict), 发起交接 in
 * the app's chat with the template card (encrypted, signed callbacks to the URL the
 * console verified), the notice on WeCom and 签收.
 */
@ExtendWith(OutputCaptureExtension.class)
class FromNothingToFirstHandoverOnWeComTest extends FromNothingToFirstHandover {

	private WeComCallbackClient callbacks;

	private String lastPresser;

	@Test
	void anEmptyDatabaseComesToAnAcknowledgedHandoverOnWeCom(CapturedOutput log) {
		long handover = fromNothingToAnAcknowledgedHandover(log);

		assertThat(handover).isPositive();
		WeComContactSync contactSync = emulator.wecom().contactSync();
		List<ApiCall> listings = emulator.record().calls(Api.WECOM_USER_LIST_ID);
		assertThat(listings).as("the members listed with the contact-sync secret's token")
			.isNotEmpty()
			.allMatch(c -> c.succeeded() && contactSync.id().equals(c.app()));
		List<ApiCall> lookUps = emulator.record().calls(Api.WECOM_USER_GET_USERID);
		assertThat(lookUps).as("bound through user/getuserid")
			.anyMatch(c -> c.succeeded() && c.requestBody().contains(DEPARTING.mobile())
					&& emulator.wecom().app().id().equals(c.app()));
		assertThat(delivered(d -> d.recipient().equals(DEPARTING.userId()) && d.content().contains("离任交接通知书")))
			.extracting(Delivery::api)
			.containsOnly(Api.WECOM_MESSAGE_SEND);
	}

	@Override
	String platform() {
		return "WECOM";
	}

	@Override
	String accountColumn() {
		return "企业微信 userId";
	}

	@Override
	Map<String, Object> appSettings() {
		WeComApp app = emulator.wecom().app();
		String p = "baton.wecom.apps[0].";
		return Map.ofEntries(Map.entry(p + "name", "main"), Map.entry(p + "corp-id", app.corpId()),
				Map.entry(p + "agent-id", Integer.toString(app.agentId())), Map.entry(p + "secret", app.secret()),
				Map.entry(p + "token", app.token()), Map.entry(p + "encoding-aes-key", app.aesKey()),
				Map.entry(p + "base-url", emulator.wecomBaseUrl()),
				Map.entry(p + "contact-sync-secret", emulator.wecom().contactSync().secret()),
				Map.entry("baton.sync.sources[0].name", SOURCE), Map.entry("baton.sync.sources[0].platform", "WECOM"),
				Map.entry("baton.sync.sources[0].corp-id", app.corpId()),
				Map.entry("baton.sync.sources[0].unit-code", COUNTY_CODE));
	}

	/**
	 * The app's callback URL saved in the admin console: WeCom verifies it with an
	 * encrypted echo.
	 */
	@Override
	void setUpConsole(String batonUrl) {
		callbacks = emulator.wecomCallbacks(URI.create(batonUrl + "/callbacks/wecom/main"));
		assertThat(callbacks.verifyUrl().verified()).isTrue();
	}

	@Override
	Directory orgChart() {
		return emulator.wecom().directory();
	}

	@Override
	String corpId() {
		return emulator.wecom().app().corpId();
	}

	@Override
	void say(String userId, String text) {
		CallbackResult result = callbacks.text(userId, text);
		assertThat(result.accepted()).as(result.body()).isTrue();
	}

	@Override
	void press(String userId, String label) {
		List<Delivery> cards = delivered(d -> d.recipient().equals(userId) && d.msgType().equals("template_card"));
		assertThat(cards).as("Baton sent " + userId + " a card").isNotEmpty();
		JsonNode card = Json.read(cards.get(cards.size() - 1).content());
		CallbackResult result = callbacks.templateCardEvent(userId, card.path("task_id").asString(),
				key(card.path("button_list"), label));
		assertThat(result.accepted()).as(result.body()).isTrue();
		lastPresser = userId;
	}

	@Override
	String lastPressOutcome() {
		await().atMost(PATIENCE).until(() -> !updatesTo(lastPresser).isEmpty());
		List<Delivery> updates = updatesTo(lastPresser);
		return updates.get(updates.size() - 1).content();
	}

	private List<Delivery> updatesTo(String userId) {
		return delivered(d -> d.recipient().equals(userId) && d.msgType().equals("update_button"));
	}

}
