package dev.baton.integrations.dingtalk;

import java.util.Set;

import com.dingtalk.api.DefaultDingTalkClient;
import com.dingtalk.api.request.OapiRobotSendRequest;
import com.dingtalk.api.response.OapiRobotSendResponse;
import com.taobao.api.ApiException;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.chat.SessionWebhook;

/**
 * Answers through a robot message's sessionWebhook (the webhook message format, posted
 * with the official oapi SDK's robot send request; no access token): text and markdown.
 * It says whether the webhook took the message; when the webhook cannot (the session is
 * gone, 300001; the webhook is throttled, 410100 or 130101; DingTalk is busy, -1) the
 * caller answers by the OpenAPI instead. A failure of the call itself is transient: it
 * may have been delivered.
 */
final class DingTalkSessionReplies {

	/** The webhook cannot take the message now; the OpenAPI can. */
	static final Set<Long> USE_OPEN_API = Set.of(300001L, 410100L, 130101L, -1L);

	/**
	 * @return true when the webhook took the message, false when the caller should answer
	 * by the OpenAPI
	 */
	boolean send(SessionWebhook session, OutboundMessage message) {
		OapiRobotSendRequest request = new OapiRobotSendRequest();
		if (message instanceof OutboundMessage.Markdown md) {
			OapiRobotSendRequest.Markdown markdown = new OapiRobotSendRequest.Markdown();
			markdown.setTitle(md.title());
			markdown.setText(md.markdown());
			request.setMsgtype("markdown");
			request.setMarkdown(markdown);
		}
		else {
			OapiRobotSendRequest.Text text = new OapiRobotSendRequest.Text();
			text.setContent(message.fallbackText());
			request.setMsgtype("text");
			request.setText(text);
		}
		DefaultDingTalkClient client = new DefaultDingTalkClient(session.url());
		client.setConnectTimeout(3000);
		client.setReadTimeout(5000);
		OapiRobotSendResponse response;
		try {
			response = client.execute(request);
		}
		catch (ApiException ex) {
			throw new PlatformException(Platform.DINGTALK, "io", "sessionWebhook: " + ex.getMessage(), true, ex);
		}
		long code = response.getErrcode() == null ? DingTalkOapi.code(response) : response.getErrcode();
		if (code == 0) {
			return true;
		}
		if (USE_OPEN_API.contains(code)) {
			return false;
		}
		throw new PlatformException(Platform.DINGTALK, Long.toString(code),
				"sessionWebhook: " + DingTalkOapi.explain(code, response.getErrmsg()), false, null);
	}

}
