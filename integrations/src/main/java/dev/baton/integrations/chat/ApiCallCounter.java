package dev.baton.integrations.chat;

/**
 * Told of every call a platform client makes, refused ones included (the platforms count
 * them too): which platform, the corp (organization) of the app, the API, and whether the
 * call is metered, i.e. counts against the platform's monthly quota (DingTalk's standard
 * edition: 5,000 a month per organization, not counting access tokens and contacts reads;
 * open.dingtalk.com basic-interfaces-such-as-log-off-and-address-book). Must be quick and
 * never throw.
 */
@FunctionalInterface
public interface ApiCallCounter {

	ApiCallCounter NONE = (platform, corpId, api, metered) -> {
	};

	void called(Platform platform, String corpId, String api, boolean metered);

}
