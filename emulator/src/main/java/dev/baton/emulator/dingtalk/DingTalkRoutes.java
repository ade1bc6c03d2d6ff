package dev.baton.emulator.dingtalk;

import dev.baton.emulator.Api;
import dev.baton.emulator.http.CallGate;
import dev.baton.emulator.http.HttpFrontend;
import dev.baton.emulator.record.DeliveryLog;

/**
 * Puts the DingTalk endpoints (except Stream's, see {@code stream}) on the HTTP front
 * end.
 */
public final class DingTalkRoutes {

	private DingTalkRoutes() {
	}

	public static void install(HttpFrontend http, DingTalkPlatform platform, CallGate gate, DeliveryLog deliveries) {
		DingTalkAuth auth = new DingTalkAuth(platform, gate);
		http.route(Api.DINGTALK_ACCESS_TOKEN, TokenHandlers.openApi(auth));
		http.route(Api.DINGTALK_GET_TOKEN, TokenHandlers.oapi(auth));
		http.route(Api.DINGTALK_ROBOT_BATCH_SEND, new BatchSendHandler(auth, deliveries));
		http.route(Api.DINGTALK_ROBOT_GROUP_SEND, new GroupSendHandler(auth, deliveries));
		http.route(Api.DINGTALK_WORK_NOTIFICATION, new WorkNotificationHandler(auth, deliveries));
		http.route(Api.DINGTALK_MEDIA_UPLOAD, new MediaUploadHandler(auth));
		http.route(Api.DINGTALK_CARD_CREATE_AND_DELIVER, new CardCreateAndDeliverHandler(auth, deliveries));
		http.route(Api.DINGTALK_CARD_UPDATE, new CardUpdateHandler(auth, deliveries));
		http.route(Api.DINGTALK_CARD_REGISTER_CALLBACK, new CardRegisterCallbackHandler(auth));
		http.route(Api.DINGTALK_DEPARTMENT_GET, new DepartmentGetHandler(auth));
		http.route(Api.DINGTALK_DEPARTMENT_LIST_SUB, new DepartmentListSubHandler(auth));
		http.route(Api.DINGTALK_USER_LIST, new UserListHandler(auth));
		http.route(Api.DINGTALK_USER_GET, new UserGetHandler(auth));
		http.route(Api.DINGTALK_USER_GET_BY_MOBILE, new UserGetByMobileHandler(auth));
		http.route(Api.DINGTALK_SESSION_WEBHOOK, new SessionWebhookHandler(platform, gate, deliveries));
		http.route(Api.DINGTALK_OAUTH2_AUTH, SignInHandlers.authorize(platform));
		http.route(Api.DINGTALK_USER_ACCESS_TOKEN, SignInHandlers.userAccessToken(auth));
		http.route(Api.DINGTALK_CONTACT_USERS_ME, SignInHandlers.usersMe(platform));
		http.route(Api.DINGTALK_USER_GET_BY_UNIONID, SignInHandlers.userIdByUnionId(auth));
		http.route(Api.DINGTALK_USER_GET_USER_INFO, SignInHandlers.userInfoByCode(auth));
	}

}
