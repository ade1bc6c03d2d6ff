package dev.baton.bot.platform;

import java.util.List;

import dev.baton.integrations.dingtalk.DingTalkApp;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The DingTalk internal apps Baton serves, {@code baton.dingtalk.apps[0].app-key}
 * ({@code BATON_DINGTALK_APPS_0_APP_KEY}) and so on. Each app is checked as it is read
 * ({@link DingTalkApp}'s constructor).
 */
@ConfigurationProperties("baton.dingtalk")
@Validated
public record DingTalkProperties(List<DingTalkApp> apps) {

	public DingTalkProperties {
		apps = apps == null ? List.of() : List.copyOf(apps);
	}

}
