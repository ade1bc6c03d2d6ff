package dev.baton.integrations.dingtalk;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.dingtalk.api.request.OapiMessageCorpconversationAsyncsendV2Request;
import com.dingtalk.api.request.OapiV2DepartmentGetRequest;
import com.dingtalk.api.response.OapiMessageCorpconversationAsyncsendV2Response;
import com.dingtalk.api.response.OapiV2DepartmentGetResponse;
import com.taobao.api.ApiException;
import dev.baton.integrations.chat.ApiCallCounter;
import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.chat.SendResult;
import dev.baton.integrations.chat.SessionWebhook;
import dev.baton.integrations.chat.SentCard;
import dev.baton.integrations.chat.Target;
import dev.baton.integrations.state.SharedState;

/**
 * DingTalk notifications as work notifications (工作通知, asyncsend_v2 through the official
 * oapi SDK): up to 100 users a call. DingTalk does not deliver the same content to the
 * same user twice in a day, which makes a resend after a crash harmless. The access token
 * is shared by all instances and fetched again once when DingTalk says it is invalid.
 */
public final class DingTalkChatPlatform implements ChatPlatform {

	static final int MAX_USERS = 100;

	/** DingTalk takes at most 1 KB in one card variable. */
	static final int MAX_CARD_VALUE_BYTES = 1000;

	private final DingTalkApp app;

	private final DingTalkOapi oapi;

	private final DingTalkRobot robot;

	private final DingTalkCards cards;

	private final DingTalkSessionReplies sessions = new DingTalkSessionReplies();

	public DingTalkChatPlatform(DingTalkApp app, SharedState state) {
		this(app, state, ApiCallCounter.NONE);
	}

	/**
	 * @param calls told of every API call made, for the platform budgets
	 */
	public DingTalkChatPlatform(DingTalkApp app, SharedState state, ApiCallCounter calls) {
		this.app = app;
		this.oapi = new DingTalkOapi(app, state, calls);
		DingTalkOpenApi api = new DingTalkOpenApi(app, oapi::token, oapi::countedOpenApi);
		this.robot = new DingTalkRobot(app, api);
		this.cards = new DingTalkCards(app, api);
	}

	@Override
	public Platform id() {
		return Platform.DINGTALK;
	}

	@Override
	public String toString() {
		return "DingTalk " + app;
	}

	@Override
	public boolean serves(String corpId) {
		return app.corpId() == null || app.corpId().equals(corpId);
	}

	@Override
	public String corpId() {
		return app.corpId();
	}

	@Override
	public int maxUsersPerCall() {
		return MAX_USERS;
	}

	@Override
	public SendResult send(Target target, OutboundMessage message) {
		if (target instanceof Target.Group || message instanceof OutboundMessage.Card) {
			return reply(target, message);
		}
		if (message instanceof OutboundMessage.File file) {
			return sendFile((Target.Users) target, file);
		}
		Target.Users users = (Target.Users) target;
		if (users.userIds().size() > MAX_USERS) {
			throw new IllegalArgumentException("at most " + MAX_USERS + " users per call");
		}
		OapiMessageCorpconversationAsyncsendV2Response response = oapi
			.execute("/topapi/message/corpconversation/asyncsend_v2", request(users, message));
		if (DingTalkOapi.code(response) != 0) {
			throw DingTalkOapi.failure("work notification", response);
		}
		return new SendResult(List.of(), List.of(), String.valueOf(response.getTaskId()), null);
	}

	/**
	 * In the robot chat: robot batchSend to users, groupMessages to a group, interactive
	 * cards where configured.
	 */
	@Override
	public SendResult reply(Target target, OutboundMessage message) {
		if (message instanceof OutboundMessage.File file) {
			// a file goes as a work notification (the robot's file message needs media of
			// another store)
			return target instanceof Target.Users users ? sendFile(users, file)
					: reply(target, new OutboundMessage.Text(file.fallbackText()));
		}
		if (message instanceof OutboundMessage.Card card) {
			if (!cards.available()) {
				return reply(target, new OutboundMessage.Text(card.fallbackText()));
			}
			if (card.body() != null && card.body().getBytes(StandardCharsets.UTF_8).length > MAX_CARD_VALUE_BYTES) {
				// a card variable holds 1 KB: the whole text goes first, the card carries
				// the buttons
				reply(target, new OutboundMessage.Text(card.body()));
				card = new OutboundMessage.Card(card.cardId(), card.title(), "", card.buttons(), card.fallbackText());
			}
			return cards.deliver(target, card);
		}
		if (target instanceof Target.Group group) {
			return robot.toGroup(group.groupId(), message);
		}
		return robot.toUsers(((Target.Users) target).userIds(), message);
	}

	/**
	 * Through the message's sessionWebhook while it is valid (text and markdown; it needs
	 * no OpenAPI call), else as {@link #reply}: a card, an expired or throttled webhook,
	 * DingTalk busy on it.
	 */
	@Override
	public SendResult replyInSession(SessionWebhook session, Target target, OutboundMessage message) {
		if (session != null && !(message instanceof OutboundMessage.Card) && sessions.send(session, message)) {
			return SendResult.delivered(null);
		}
		return reply(target, message);
	}

	@Override
	public void updateCard(InboundEvent.CardAction pressed, String outcome) {
		cards.showOutcome(pressed.cardId(), outcome);
	}

	/**
	 * An interactive card is updated by its outTrackId at any time; a card sent as text
	 * cannot be.
	 */
	@Override
	public boolean updateSentCard(SentCard card, String outcome) {
		if (!cards.available()) {
			return false;
		}
		cards.showOutcome(card.cardId(), outcome);
		return true;
	}

	/**
	 * The self-check: a token can be fetched with the app's key and secret, and it works
	 * from this server (a harmless read of the root department, which DingTalk refuses
	 * with 60020 when this IP is not whitelisted).
	 */
	public void checkToken() {
		String token = oapi.token(true);
		OapiV2DepartmentGetRequest request = new OapiV2DepartmentGetRequest();
		request.setDeptId(1L);
		oapi.counted("/topapi/v2/department/get");
		try {
			OapiV2DepartmentGetResponse response = oapi.client("/topapi/v2/department/get").execute(request, token);
			if (DingTalkOapi.code(response) != 0) {
				throw DingTalkOapi.failure("department/get", response);
			}
		}
		catch (ApiException ex) {
			throw new PlatformException(Platform.DINGTALK, "io", String.valueOf(ex.getMessage()), true, ex);
		}
	}

	/**
	 * A file as a work notification: its caption as text, then the file uploaded
	 * ({@code media/upload?type=file}) and sent as a file message naming the media id.
	 */
	private SendResult sendFile(Target.Users users, OutboundMessage.File file) {
		if (users.userIds().size() > MAX_USERS) {
			throw new IllegalArgumentException("at most " + MAX_USERS + " users per call");
		}
		if (file.caption() != null && !file.caption().isBlank()) {
			send(users, new OutboundMessage.Text(file.caption()));
		}
		com.dingtalk.api.request.OapiMediaUploadRequest upload = new com.dingtalk.api.request.OapiMediaUploadRequest();
		upload.setType("file");
		upload.setMedia(new com.taobao.api.FileItem(file.fileName(), file.bytes(), file.contentType()));
		com.dingtalk.api.response.OapiMediaUploadResponse uploaded = oapi.execute("/media/upload", upload);
		if (DingTalkOapi.code(uploaded) != 0) {
			throw DingTalkOapi.failure("media/upload", uploaded);
		}
		OapiMessageCorpconversationAsyncsendV2Request request = new OapiMessageCorpconversationAsyncsendV2Request();
		request.setAgentId(app.agentId());
		request.setUseridList(String.join(",", users.userIds()));
		request.setToAllUser(false);
		OapiMessageCorpconversationAsyncsendV2Request.Msg msg = new OapiMessageCorpconversationAsyncsendV2Request.Msg();
		OapiMessageCorpconversationAsyncsendV2Request.File media = new OapiMessageCorpconversationAsyncsendV2Request.File();
		media.setMediaId(uploaded.getMediaId());
		msg.setMsgtype("file");
		msg.setFile(media);
		request.setMsg(msg);
		OapiMessageCorpconversationAsyncsendV2Response response = oapi
			.execute("/topapi/message/corpconversation/asyncsend_v2", request);
		if (DingTalkOapi.code(response) != 0) {
			throw DingTalkOapi.failure("asyncsend_v2", response);
		}
		return new SendResult(List.of(), List.of(), String.valueOf(response.getTaskId()), null);
	}

	private OapiMessageCorpconversationAsyncsendV2Request request(Target.Users users, OutboundMessage message) {
		OapiMessageCorpconversationAsyncsendV2Request request = new OapiMessageCorpconversationAsyncsendV2Request();
		request.setAgentId(app.agentId());
		request.setUseridList(String.join(",", users.userIds()));
		request.setToAllUser(false);
		OapiMessageCorpconversationAsyncsendV2Request.Msg msg = new OapiMessageCorpconversationAsyncsendV2Request.Msg();
		if (message instanceof OutboundMessage.Markdown md) {
			OapiMessageCorpconversationAsyncsendV2Request.Markdown markdown = new OapiMessageCorpconversationAsyncsendV2Request.Markdown();
			markdown.setTitle(md.title());
			markdown.setText(md.markdown());
			msg.setMsgtype("markdown");
			msg.setMarkdown(markdown);
		}
		else {
			OapiMessageCorpconversationAsyncsendV2Request.Text text = new OapiMessageCorpconversationAsyncsendV2Request.Text();
			text.setContent(message.fallbackText());
			msg.setMsgtype("text");
			msg.setText(text);
		}
		request.setMsg(msg);
		return request;
	}

}
