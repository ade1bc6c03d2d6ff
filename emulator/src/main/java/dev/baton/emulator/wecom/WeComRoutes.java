package dev.baton.emulator.wecom;

import dev.baton.emulator.Api;
import dev.baton.emulator.http.CallGate;
import dev.baton.emulator.http.HttpFrontend;
import dev.baton.emulator.record.DeliveryLog;
import java.util.Random;

/** Puts the WeCom endpoints on the HTTP front end. */
public final class WeComRoutes {

	private WeComRoutes() {
	}

	public static void install(HttpFrontend http, WeComPlatform platform, CallGate gate, DeliveryLog deliveries,
			Random random) {
		WeComAuth auth = new WeComAuth(platform, gate);
		http.route(Api.WECOM_GET_TOKEN, new WeComTokenHandler(platform, auth));
		http.route(Api.WECOM_MESSAGE_SEND, new MessageSendHandler(platform, auth, deliveries));
		http.route(Api.WECOM_MEDIA_UPLOAD, new MediaUploadHandler(platform, auth));
		http.route(Api.WECOM_UPDATE_TEMPLATE_CARD, new UpdateTemplateCardHandler(platform, auth, deliveries));
		http.route(Api.WECOM_APPCHAT_CREATE, new AppChatCreateHandler(platform, auth, random));
		http.route(Api.WECOM_AGENT_GET, new AgentGetHandler(auth));
		http.route(Api.WECOM_APPCHAT_SEND, new AppChatSendHandler(platform, auth, deliveries));
		ContactViews contacts = new ContactViews(platform);
		http.route(Api.WECOM_USER_LIST_ID, new UserListIdHandler(auth, contacts));
		http.route(Api.WECOM_USER_GET, new UserGetHandler(auth, contacts));
		http.route(Api.WECOM_USER_GET_USERID, new UserGetUserIdHandler(platform, auth, contacts));
		http.route(Api.WECOM_DEPARTMENT_LIST, new DepartmentListHandler(auth, contacts, false));
		http.route(Api.WECOM_DEPARTMENT_SIMPLELIST, new DepartmentListHandler(auth, contacts, true));
		http.route(Api.WECOM_DEPARTMENT_GET, new DepartmentGetHandler(auth, contacts));
		http.route(Api.WECOM_SSO_LOGIN, SignInHandlers.ssoLogin(platform));
		http.route(Api.WECOM_OAUTH2_AUTHORIZE, SignInHandlers.oauthAuthorize(platform));
		http.route(Api.WECOM_AUTH_GET_USER_INFO, SignInHandlers.getUserInfo(platform, auth));
	}

}
