package dev.baton.emulator.wecom;

import dev.baton.emulator.Api;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /cgi-bin/appchat/create}: 2 to 2000 existing members, an optional chatid of
 * ≤32 [0-9a-zA-Z].
 */
final class AppChatCreateHandler implements ApiHandler {

	private static final Pattern CHAT_ID = Pattern.compile("[0-9a-zA-Z]{1,32}");

	private final WeComPlatform platform;

	private final WeComAuth auth;

	private final Random random;

	AppChatCreateHandler(WeComPlatform platform, WeComAuth auth, Random random) {
		this.platform = platform;
		this.auth = auth;
		this.random = random;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		WeComApp app = auth.authenticate(request);
		JsonNode body = request.json();
		List<String> members = Json.strings(body, "userlist");
		request.recipients(members.size());
		auth.admit(request);
		int max = auth.gate().limits().maxRecipients(Api.WECOM_APPCHAT_CREATE);
		if (members.size() < 2 || members.size() > max) {
			throw WeComErrors.invalid("userlist needs 2 to " + max + " members");
		}
		WeComRecipients resolved = WeComRecipients.resolve(members, platform.directory());
		if (!resolved.invalid().isEmpty()) {
			throw WeComErrors.of(WeComErrors.INVALID_USER_LIST,
					"invalid userid list: " + String.join("|", resolved.invalid()));
		}
		String owner = Json.text(body, "owner");
		if (owner != null && platform.directory().user(owner).isEmpty()) {
			throw WeComErrors.of(WeComErrors.INVALID_USER_LIST, "invalid owner: " + owner);
		}
		String chatId = Json.text(body, "chatid");
		if (chatId == null) {
			synchronized (random) {
				chatId = "wr" + Long.toUnsignedString(random.nextLong(), 36);
			}
		}
		else if (!CHAT_ID.matcher(chatId).matches()) {
			throw WeComErrors.invalid("chatid must be at most 32 characters of [0-9a-zA-Z]");
		}
		String name = Json.text(body, "name");
		if (!platform.directory()
			.addGroupIfAbsent(new Directory.Group(chatId, name == null ? "" : name, resolved.valid(), app.id()))) {
			throw WeComErrors.of(WeComErrors.CHAT_EXISTS, "chatid exists: " + chatId);
		}
		ObjectNode answer = ApiResponse.ok();
		answer.put("chatid", chatId);
		return ApiResponse.json(answer);
	}

}
