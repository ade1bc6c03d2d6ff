package dev.baton.integrations.wecom;

import java.net.URI;

import dev.baton.integrations.chat.ApiCallCounter;
import dev.baton.integrations.chat.Platform;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.util.http.RequestExecutor;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;

/**
 * WxJava's service, telling Baton's platform budgets of each call it makes: every attempt
 * of an API (WxJava tries again itself after -1 and after a stale token) and each token
 * fetch. WeCom has no monthly quota: nothing is metered.
 */
final class CountingWxCpService extends WxCpServiceImpl {

	private final ApiCallCounter calls;

	private final String corpId;

	CountingWxCpService(ApiCallCounter calls, String corpId) {
		this.calls = calls;
		this.corpId = corpId;
	}

	@Override
	protected <T, E> T executeInternal(RequestExecutor<T, E> executor, String uri, E data, boolean doNotAutoRefresh)
			throws WxErrorException {
		calls.called(Platform.WECOM, corpId, path(uri), false);
		return super.executeInternal(executor, uri, data, doNotAutoRefresh);
	}

	@Override
	public String getAccessToken(boolean forceRefresh) throws WxErrorException {
		if (forceRefresh || getWxCpConfigStorage().isAccessTokenExpired()) {
			calls.called(Platform.WECOM, corpId, "/cgi-bin/gettoken", false);
		}
		return super.getAccessToken(forceRefresh);
	}

	private static String path(String uri) {
		try {
			String path = URI.create(uri).getPath();
			return path == null || path.isEmpty() ? uri : path;
		}
		catch (IllegalArgumentException ex) {
			return uri;
		}
	}

}
