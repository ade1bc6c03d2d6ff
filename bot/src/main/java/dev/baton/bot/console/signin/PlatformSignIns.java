package dev.baton.bot.console.signin;

import java.util.Optional;

import dev.baton.bot.platform.PlatformProperties;
import dev.baton.integrations.chat.ApiCallCounter;
import dev.baton.integrations.dingtalk.DingTalkSignIn;
import dev.baton.integrations.state.SharedState;
import dev.baton.integrations.wecom.WeComSignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The chat apps the console signs in with: the first DingTalk app and the first WeCom app
 * configured (a deployment with none offers local accounts only).
 */
@Component
class PlatformSignIns {

	private final DingTalkSignIn dingTalk;

	private final WeComSignIn weCom;

	PlatformSignIns(PlatformProperties platforms, SharedState state, ObjectProvider<ApiCallCounter> calls) {
		ApiCallCounter counter = calls.getIfAvailable(() -> ApiCallCounter.NONE);
		this.dingTalk = platforms.dingtalk().apps().isEmpty() ? null
				: new DingTalkSignIn(platforms.dingtalk().apps().get(0), state, counter);
		this.weCom = platforms.wecom().apps().isEmpty() ? null
				: new WeComSignIn(platforms.wecom().apps().get(0), state, counter);
	}

	Optional<DingTalkSignIn> dingTalk() {
		return Optional.ofNullable(dingTalk);
	}

	Optional<WeComSignIn> weCom() {
		return Optional.ofNullable(weCom);
	}

}
