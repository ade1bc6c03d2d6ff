package dev.baton.integrations.wecom;

import java.util.Objects;

/**
 * One WeCom self-built app as configured: the corp, the agent, its secret, and the
 * callback token and EncodingAESKey. {@code baseUrl} is qyapi.weixin.qq.com or a private
 * / 政务微信 host.
 * <p>
 * The contact-sync helper (管理工具 → 通讯录同步) is optional: {@code contactSyncSecret} gets the
 * token that {@code user/list_id} takes (and nothing else since 2022);
 * {@code contactSyncToken} and {@code contactSyncEncodingAesKey} verify the helper's
 * event server callbacks ({@code change_contact}), when its event server is set to
 * Baton's {@code /callbacks/wecom/{name}/contacts}. (One constructor only: Spring Boot
 * binds {@code baton.wecom.apps[n]} through it.)
 */
public record WeComApp(String name, String corpId, int agentId, String secret, String token, String encodingAesKey,
		String baseUrl, String contactSyncSecret, String contactSyncToken, String contactSyncEncodingAesKey) {

	public WeComApp {
		Objects.requireNonNull(corpId, "corp-id: required (the corp's CorpID)");
		Objects.requireNonNull(token, "token: required (the callback Token)");
		Objects.requireNonNull(encodingAesKey, "encoding-aes-key: required (the callback EncodingAESKey)");
		baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://qyapi.weixin.qq.com" : baseUrl.replaceAll("/+$", "");
		contactSyncSecret = blankToNull(contactSyncSecret);
		contactSyncToken = blankToNull(contactSyncToken);
		contactSyncEncodingAesKey = blankToNull(contactSyncEncodingAesKey);
		if ((contactSyncToken == null) != (contactSyncEncodingAesKey == null)) {
			throw new IllegalArgumentException("WeCom app " + name
					+ ": the contact-sync event server needs both its Token and its EncodingAESKey");
		}
	}

	/** Whether the contact-sync secret is configured, so the org chart can be read. */
	public boolean readsContacts() {
		return contactSyncSecret != null;
	}

	/**
	 * Whether the contact-sync helper's event server is configured, so its change_contact
	 * callbacks are taken.
	 */
	public boolean takesContactSyncEvents() {
		return contactSyncToken != null;
	}

	@Override
	public String toString() {
		return "WeComApp[" + name + ", corp " + corpId + ", agent " + agentId + ", " + baseUrl + "]";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
