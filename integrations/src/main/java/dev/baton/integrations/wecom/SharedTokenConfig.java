package dev.baton.integrations.wecom;

import java.time.Duration;

import dev.baton.integrations.state.SharedState;
import me.chanjar.weixin.common.bean.WxAccessToken;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;

/**
 * WxJava's configuration with the access token kept in Baton's shared state (Redis in
 * production), so every instance uses one token per app and a refresh by one is seen by
 * all. WxJava's own Jedis storage does not work with Jedis 4+ (stack.md), hence this. The
 * token is dropped 200 s before WeCom's expiry, as WxJava does (halfway through when less
 * than that is left).
 */
final class SharedTokenConfig extends WxCpDefaultConfigImpl {

	private static final long EARLY_SECONDS = 200;

	private final transient SharedState state;

	private final String key;

	SharedTokenConfig(WeComApp app, SharedState state) {
		this(app, app.secret(), "wecom-token:" + app.corpId() + ":" + app.agentId(), state);
	}

	private SharedTokenConfig(WeComApp app, String secret, String key, SharedState state) {
		this.state = state;
		this.key = key;
		setCorpId(app.corpId());
		setAgentId(app.agentId());
		setCorpSecret(secret);
		setToken(app.token());
		setAesKey(app.encodingAesKey());
		setBaseApiUrl(app.baseUrl());
	}

	/**
	 * The contact-sync helper's token, got with its own secret: one per corp, whichever
	 * app configures it, and never mixed up with an app's token.
	 */
	static SharedTokenConfig contactSync(WeComApp app, SharedState state) {
		return new SharedTokenConfig(app, app.contactSyncSecret(), "wecom-token:" + app.corpId() + ":contact-sync",
				state);
	}

	@Override
	public String getAccessToken() {
		return state.get(key).orElse(null);
	}

	@Override
	public boolean isAccessTokenExpired() {
		return state.get(key).isEmpty();
	}

	@Override
	public void expireAccessToken() {
		state.delete(key);
	}

	@Override
	public synchronized void updateAccessToken(WxAccessToken token) {
		updateAccessToken(token.getAccessToken(), token.getExpiresIn());
	}

	@Override
	public synchronized void updateAccessToken(String token, int expiresInSeconds) {
		// WeCom answers a token still valid with what is left of its lifetime (doc
		// 91039), which may be short: never
		// keep a token past its end
		long keep = expiresInSeconds > EARLY_SECONDS + 60 ? expiresInSeconds - EARLY_SECONDS
				: Math.max(1, expiresInSeconds / 2);
		state.put(key, token, Duration.ofSeconds(keep));
	}

}
