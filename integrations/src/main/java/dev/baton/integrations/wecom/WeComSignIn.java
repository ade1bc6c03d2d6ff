package dev.baton.integrations.wecom;

import java.util.Optional;

import dev.baton.integrations.chat.ApiCallCounter;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.state.SharedState;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.WxCpOauth2UserInfo;

/**
 * Who signed in with WeCom, as the member's user id, through WxJava: the code the web
 * login (企业微信登录, SSO) or OAuth 2 in the client ({@code snsapi_base}) sent the browser
 * back with, read by 获取访问用户身份 ({@code GET /cgi-bin/auth/getuserinfo}). A code that is
 * wrong, used or expired (40029), and a person who is not a member of the corp (an
 * openid, no userid), give no user id; a failure to reach WeCom is a
 * {@link PlatformException}.
 */
public final class WeComSignIn {

	private static final int INVALID_CODE = 40029;

	private final WeComApp app;

	private final WxCpService service;

	public WeComSignIn(WeComApp app, SharedState state, ApiCallCounter calls) {
		this.app = app;
		WxCpServiceImpl impl = new CountingWxCpService(calls, app.corpId());
		impl.setWxCpConfigStorage(new SharedTokenConfig(app, state));
		this.service = impl;
	}

	public WeComApp app() {
		return app;
	}

	/** The user id of the member the code stands for. */
	public Optional<String> userIdByCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		try {
			WxCpOauth2UserInfo info = service.getOauth2Service().getAuthUserInfo(code);
			return Optional.ofNullable(info.getUserId()).filter(id -> !id.isBlank());
		}
		catch (WxErrorException ex) {
			if (WeComErrors.code(ex) == INVALID_CODE) {
				return Optional.empty();
			}
			throw WeComErrors.of(ex);
		}
		catch (RuntimeException ex) {
			throw WeComErrors.of(ex);
		}
	}

}
