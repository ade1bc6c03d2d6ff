package dev.baton.integrations.dingtalk;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.dingtalk.api.DefaultDingTalkClient;
import com.dingtalk.api.request.OapiGettokenRequest;
import com.dingtalk.api.request.OapiMessageCorpconversationAsyncsendV2Request;
import com.dingtalk.api.request.OapiV2DepartmentGetRequest;
import com.dingtalk.api.response.OapiGettokenResponse;
import com.dingtalk.api.response.OapiMessageCorpconversationAsyncsendV2Response;
import com.dingtalk.api.response.OapiV2DepartmentGetResponse;
import com.taobao.api.ApiException;
import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.chat.SendResult;
import dev.baton.integrations.chat.SentCard;
import dev.baton.integrations.chat.Target;
import dev.baton.integrations.state.SharedState;

/**
 * DingTalk notifications as work notifications (工作通知, asyncsend_v2 through the official oapi SDK): up to 100 users
 * a call. DingTalk does not deliver the same content to the same user twice in a day, which makes a resend after a
 * crash harmless. The access token is shared by all instances and fetched again once when DingTalk says it is
 * invalid.
 */
public final class DingTalkChatPlatform implements ChatPlatform {

	static final int MAX_USERS = 100;

	/** DingTalk takes at most 1 KB in one card variable. */
	static final int MAX_CARD_VALUE_BYTES = 1000;

	/** -1 busy, 15 timeout, 88 auth hiccup, 90018 QPS, 90002 global QPS, 143103/143104 per-minute caps. */
	private static final Set<Long> TRANSIENT = Set.of(-1L, 15L, 88L, 90018L, 90002L, 143103L, 143104L);

	private static final Set<Long> TOKEN_INVALID = Set.of(40014L, 42001L, 41001L);

	private final DingTalkApp app;

	private final SharedState state;

	private final String tokenKey;

	private final DingTalkRobot robot;

	private final DingTalkCards cards;

	public DingTalkChatPlatform(DingTalkApp app, SharedState state) {
		this.app = app;
		this.state = state;
		this.tokenKey = "dingtalk-token:" + app.appKey();
		DingTalkOpenApi api = new DingTalkOpenApi(app, this::token);
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
	public int maxUsersPerCall() {
		return MAX_USERS;
	}

	@Override
	public SendResult send(Target target, OutboundMessage message) {
		if (target instanceof Target.Group || message instanceof OutboundMessage.Card) {
			return reply(target, message);
		}
		Target.Users users = (Target.Users) target;
		if (users.userIds().size() > MAX_USERS) {
			throw new IllegalArgumentException("at most " + MAX_USERS + " users per call");
		}
		OapiMessageCorpconversationAsyncsendV2Response response = sendOnce(users, message, token(false));
		if (response.getErrcode() != null && TOKEN_INVALID.contains(response.getErrcode())) {
			response = sendOnce(users, message, token(true));
		}
		long code = response.getErrcode() == null ? 0 : response.getErrcode();
		if (code != 0) {
			throw new PlatformException(Platform.DINGTALK, Long.toString(code), explain(code, response.getErrmsg()),
					TRANSIENT.contains(code) || TOKEN_INVALID.contains(code), null);
		}
		return new SendResult(List.of(), List.of(), String.valueOf(response.getTaskId()), null);
	}

	/** In the robot chat: robot batchSend to users, groupMessages to a group, interactive cards where configured. */
	@Override
	public SendResult reply(Target target, OutboundMessage message) {
		if (message instanceof OutboundMessage.Card card) {
			if (!cards.available()) {
				return reply(target, new OutboundMessage.Text(card.fallbackText()));
			}
			if (card.body() != null && card.body().getBytes(StandardCharsets.UTF_8).length > MAX_CARD_VALUE_BYTES) {
				// a card variable holds 1 KB: the whole text goes first, the card carries the buttons
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

	@Override
	public void updateCard(InboundEvent.CardAction pressed, String outcome) {
		cards.showOutcome(pressed.cardId(), outcome);
	}

	/** An interactive card is updated by its outTrackId at any time; a card sent as text cannot be. */
	@Override
	public boolean updateSentCard(SentCard card, String outcome) {
		if (!cards.available()) {
			return false;
		}
		cards.showOutcome(card.cardId(), outcome);
		return true;
	}

	/**
	 * The self-check: a token can be fetched with the app's key and secret, and it works from this server (a
	 * harmless read of the root department, which DingTalk refuses with 60020 when this IP is not whitelisted).
	 */
	public void checkToken() {
		String token = token(true);
		OapiV2DepartmentGetRequest request = new OapiV2DepartmentGetRequest();
		request.setDeptId(1L);
		try {
			OapiV2DepartmentGetResponse response = client("/topapi/v2/department/get").execute(request, token);
			long code = response.getErrcode() == null ? 0 : response.getErrcode();
			if (code != 0) {
				throw new PlatformException(Platform.DINGTALK, Long.toString(code), explain(code, response.getErrmsg()),
						TRANSIENT.contains(code), null);
			}
		}
		catch (ApiException ex) {
			throw new PlatformException(Platform.DINGTALK, "io", String.valueOf(ex.getMessage()), true, ex);
		}
	}

	private OapiMessageCorpconversationAsyncsendV2Response sendOnce(Target.Users users, OutboundMessage message,
			String token) {
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
		try {
			return client("/topapi/message/corpconversation/asyncsend_v2").execute(request, token);
		}
		catch (ApiException ex) {
			throw new PlatformException(Platform.DINGTALK, "io", String.valueOf(ex.getMessage()), true, ex);
		}
	}

	private String token(Boolean refresh) {
		if (!refresh) {
			var cached = state.get(tokenKey);
			if (cached.isPresent()) {
				return cached.get();
			}
		}
		OapiGettokenRequest request = new OapiGettokenRequest();
		request.setAppkey(app.appKey());
		request.setAppsecret(app.appSecret());
		request.setHttpMethod("GET");
		try {
			OapiGettokenResponse response = client("/gettoken").execute(request);
			if (response.getErrcode() != null && response.getErrcode() != 0) {
				throw new PlatformException(Platform.DINGTALK, Long.toString(response.getErrcode()),
						explain(response.getErrcode(), response.getErrmsg()), TRANSIENT.contains(response.getErrcode()), null);
			}
			long ttl = response.getExpiresIn() == null ? 7200 : response.getExpiresIn();
			state.put(tokenKey, response.getAccessToken(), Duration.ofSeconds(Math.max(60, ttl - 200)));
			return response.getAccessToken();
		}
		catch (ApiException ex) {
			throw new PlatformException(Platform.DINGTALK, "io", String.valueOf(ex.getMessage()), true, ex);
		}
	}

	private DefaultDingTalkClient client(String path) {
		DefaultDingTalkClient client = new DefaultDingTalkClient(app.oapiBaseUrl() + path);
		client.setConnectTimeout(3000);
		client.setReadTimeout(5000);
		return client;
	}

	/** Plain words for the failures an administrator can fix. */
	static String explain(long code, String message) {
		if (code == 40089 || code == 40001) {
			return "wrong AppKey or AppSecret";
		}
		if (code == 60020 || code == 43005) {
			return "this server's IP is not in the app's IP whitelist (服务器出口IP): add it in the DingTalk developer console";
		}
		return message;
	}

}
