package dev.baton.emulator.wecom;

import dev.baton.emulator.account.Directory;
import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.record.DeliveryLog;
import dev.baton.emulator.record.Outcome;
import dev.baton.emulator.record.TargetKind;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /cgi-bin/appchat/send}: to a chat this app created; same content rules as
 * message/send, no cards.
 */
final class AppChatSendHandler implements ApiHandler {

	private final WeComPlatform platform;

	private final WeComAuth auth;

	private final DeliveryLog deliveries;

	AppChatSendHandler(WeComPlatform platform, WeComAuth auth, DeliveryLog deliveries) {
		this.platform = platform;
		this.auth = auth;
		this.deliveries = deliveries;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		WeComApp app = auth.authenticate(request);
		JsonNode body = request.json();
		String chatId = Json.text(body, "chatid");
		String msgType = Json.text(body, "msgtype");
		if (chatId != null) {
			deliveries.rejectAllOnError(request, TargetKind.GROUP, List.of(chatId), msgType,
					WeComMessageValidator.rawContent(body, msgType));
		}
		auth.admit(request);
		MessageSendHandler.checkFlag(body, "safe");
		Directory.Group chat = platform.directory()
			.group(chatId)
			.filter(g -> g.ownerApp().equals(app.id()))
			.orElseThrow(() -> WeComErrors.of(WeComErrors.CHAT_NOT_FOUND, "chatid not found: " + chatId));
		WeComMessageValidator.Message message = WeComMessageValidator.validate(body, false);
		request.onRejection(null);
		deliveries.add(request, TargetKind.GROUP, chat.id(), message.msgType(), message.content(), Outcome.DELIVERED,
				null);
		return ApiResponse.json(ApiResponse.ok());
	}

}
