package dev.baton.integrations.wecom;

import java.util.Objects;

/**
 * One WeCom self-built app as configured: the corp, the agent, its secret, and the callback token and
 * EncodingAESKey. {@code baseUrl} is qyapi.weixin.qq.com or a private / 政务微信 host.
 */
public record WeComApp(String name, String corpId, int agentId, String secret, String token, String encodingAesKey,
		String baseUrl) {

	public WeComApp {
		Objects.requireNonNull(corpId, "corpId");
		Objects.requireNonNull(token, "token");
		Objects.requireNonNull(encodingAesKey, "encodingAesKey");
		baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://qyapi.weixin.qq.com" : baseUrl.replaceAll("/+$", "");
	}

	@Override
	public String toString() {
		return "WeComApp[" + name + ", corp " + corpId + ", agent " + agentId + ", " + baseUrl + "]";
	}

}
