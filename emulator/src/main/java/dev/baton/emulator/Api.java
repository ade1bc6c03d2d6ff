package dev.baton.emulator;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every platform endpoint the emulator serves, with the real method and path. The
 * {@link ErrorStyle} says how the real platform reports an error on that endpoint.
 */
public enum Api {

	WECOM_GET_TOKEN(Platform.WECOM, "GET", "/cgi-bin/gettoken", ErrorStyle.ERRCODE),
	WECOM_MESSAGE_SEND(Platform.WECOM, "POST", "/cgi-bin/message/send", ErrorStyle.ERRCODE),
	WECOM_UPDATE_TEMPLATE_CARD(Platform.WECOM, "POST", "/cgi-bin/message/update_template_card", ErrorStyle.ERRCODE),
	WECOM_APPCHAT_CREATE(Platform.WECOM, "POST", "/cgi-bin/appchat/create", ErrorStyle.ERRCODE),
	WECOM_AGENT_GET(Platform.WECOM, "GET", "/cgi-bin/agent/get", ErrorStyle.ERRCODE),
	WECOM_APPCHAT_SEND(Platform.WECOM, "POST", "/cgi-bin/appchat/send", ErrorStyle.ERRCODE),
	WECOM_USER_LIST_ID(Platform.WECOM, "POST", "/cgi-bin/user/list_id", ErrorStyle.ERRCODE),
	WECOM_USER_GET(Platform.WECOM, "GET", "/cgi-bin/user/get", ErrorStyle.ERRCODE),
	WECOM_USER_GET_USERID(Platform.WECOM, "POST", "/cgi-bin/user/getuserid", ErrorStyle.ERRCODE),
	WECOM_DEPARTMENT_LIST(Platform.WECOM, "GET", "/cgi-bin/department/list", ErrorStyle.ERRCODE),
	WECOM_DEPARTMENT_SIMPLELIST(Platform.WECOM, "GET", "/cgi-bin/department/simplelist", ErrorStyle.ERRCODE),
	WECOM_DEPARTMENT_GET(Platform.WECOM, "GET", "/cgi-bin/department/get", ErrorStyle.ERRCODE),
	WECOM_MEDIA_UPLOAD(Platform.WECOM, "POST", "/cgi-bin/media/upload", ErrorStyle.ERRCODE),
	/**
	 * 企业微信登录 (web login), on login.work.weixin.qq.com: the browser comes back with
	 * {@code code} and {@code state}
	 */
	WECOM_SSO_LOGIN(Platform.WECOM, "GET", "/wwlogin/sso/login", ErrorStyle.PAGE),
	/**
	 * 网页授权 (OAuth 2 in the WeCom client), on open.weixin.qq.com: {@code snsapi_base},
	 * back with {@code code}
	 */
	WECOM_OAUTH2_AUTHORIZE(Platform.WECOM, "GET", "/connect/oauth2/authorize", ErrorStyle.PAGE),
	/** 获取访问用户身份: the user id behind a sign-in code */
	WECOM_AUTH_GET_USER_INFO(Platform.WECOM, "GET", "/cgi-bin/auth/getuserinfo", ErrorStyle.ERRCODE),

	DINGTALK_ACCESS_TOKEN(Platform.DINGTALK, "POST", "/v1.0/oauth2/accessToken", ErrorStyle.OPEN_API),
	DINGTALK_GET_TOKEN(Platform.DINGTALK, "GET", "/gettoken", ErrorStyle.ERRCODE),
	DINGTALK_ROBOT_BATCH_SEND(Platform.DINGTALK, "POST", "/v1.0/robot/oToMessages/batchSend", ErrorStyle.OPEN_API),
	DINGTALK_ROBOT_GROUP_SEND(Platform.DINGTALK, "POST", "/v1.0/robot/groupMessages/send", ErrorStyle.OPEN_API),
	DINGTALK_WORK_NOTIFICATION(Platform.DINGTALK, "POST", "/topapi/message/corpconversation/asyncsend_v2",
			ErrorStyle.ERRCODE),
	DINGTALK_CARD_CREATE_AND_DELIVER(Platform.DINGTALK, "POST", "/v1.0/card/instances/createAndDeliver",
			ErrorStyle.OPEN_API),
	DINGTALK_CARD_UPDATE(Platform.DINGTALK, "PUT", "/v1.0/card/instances", ErrorStyle.OPEN_API),
	DINGTALK_CARD_REGISTER_CALLBACK(Platform.DINGTALK, "POST", "/v1.0/card/callbacks/register", ErrorStyle.OPEN_API),
	DINGTALK_DEPARTMENT_GET(Platform.DINGTALK, "POST", "/topapi/v2/department/get", ErrorStyle.ERRCODE),
	DINGTALK_DEPARTMENT_LIST_SUB(Platform.DINGTALK, "POST", "/topapi/v2/department/listsub", ErrorStyle.ERRCODE),
	DINGTALK_USER_LIST(Platform.DINGTALK, "POST", "/topapi/v2/user/list", ErrorStyle.ERRCODE),
	DINGTALK_USER_GET(Platform.DINGTALK, "POST", "/topapi/v2/user/get", ErrorStyle.ERRCODE),
	DINGTALK_USER_GET_BY_MOBILE(Platform.DINGTALK, "POST", "/topapi/v2/user/getbymobile", ErrorStyle.ERRCODE),
	DINGTALK_SESSION_WEBHOOK(Platform.DINGTALK, "POST", "/robot/sendBySession", ErrorStyle.ERRCODE),
	DINGTALK_STREAM_OPEN(Platform.DINGTALK, "POST", "/v1.0/gateway/connections/open", ErrorStyle.OPEN_API),
	DINGTALK_MEDIA_UPLOAD(Platform.DINGTALK, "POST", "/media/upload", ErrorStyle.ERRCODE),
	/**
	 * 钉钉登录 (browser login), on login.dingtalk.com: the browser comes back with
	 * {@code authCode} and {@code state}
	 */
	DINGTALK_OAUTH2_AUTH(Platform.DINGTALK, "GET", "/oauth2/auth", ErrorStyle.PAGE),
	/** 获取用户token: the user's access token for an authCode */
	DINGTALK_USER_ACCESS_TOKEN(Platform.DINGTALK, "POST", "/v1.0/oauth2/userAccessToken", ErrorStyle.OPEN_API),
	/** 获取用户通讯录个人信息 of the token's user ({@code me}) */
	DINGTALK_CONTACT_USERS_ME(Platform.DINGTALK, "GET", "/v1.0/contact/users/me", ErrorStyle.OPEN_API),
	/** 根据unionid获取用户userid */
	DINGTALK_USER_GET_BY_UNIONID(Platform.DINGTALK, "POST", "/topapi/user/getbyunionid", ErrorStyle.ERRCODE),
	/** 通过免登码获取用户信息 (the workbench H5 app's JSAPI auth code) */
	DINGTALK_USER_GET_USER_INFO(Platform.DINGTALK, "POST", "/topapi/v2/user/getuserinfo", ErrorStyle.ERRCODE);

	/** How errors look on the wire. */
	public enum ErrorStyle {

		/**
		 * HTTP 200 with {@code {"errcode": n, "errmsg": "..."}} (WeCom, DingTalk oapi).
		 */
		ERRCODE,
		/**
		 * HTTP 4xx/5xx with {@code {"code": "...", "message": "...", "requestid": "..."}}
		 * (DingTalk api.dingtalk.com).
		 */
		OPEN_API,
		/**
		 * A page for a person in a browser (the sign-in pages): an HTML page saying what
		 * is wrong.
		 */
		PAGE

	}

	private final Platform platform;

	private final String method;

	private final String path;

	private final ErrorStyle errorStyle;

	Api(Platform platform, String method, String path, ErrorStyle errorStyle) {
		this.platform = platform;
		this.method = method;
		this.path = path;
		this.errorStyle = errorStyle;
	}

	public Platform platform() {
		return platform;
	}

	public String method() {
		return method;
	}

	public String path() {
		return path;
	}

	public ErrorStyle errorStyle() {
		return errorStyle;
	}

	public static Optional<Api> match(String method, String path) {
		return Arrays.stream(values())
			.filter(api -> api.method.equalsIgnoreCase(method) && api.path.equals(path))
			.findFirst();
	}

	/** Whether a path is served at all, under any method. */
	public static boolean knownPath(String path) {
		return Arrays.stream(values()).anyMatch(api -> api.path.equals(path));
	}

}
