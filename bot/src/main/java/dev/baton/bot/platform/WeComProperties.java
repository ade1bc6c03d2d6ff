package dev.baton.bot.platform;

import java.util.List;

import dev.baton.integrations.wecom.WeComApp;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The WeCom self-built apps Baton serves, {@code baton.wecom.apps[0].corp-id}
 * ({@code BATON_WECOM_APPS_0_CORP_ID}) and so on. Each app is checked as it is read
 * ({@link WeComApp}'s constructor): a missing corp id, token or EncodingAESKey stops the
 * start naming it.
 */
@ConfigurationProperties("baton.wecom")
@Validated
public record WeComProperties(List<WeComApp> apps) {

	public WeComProperties {
		apps = apps == null ? List.of() : List.copyOf(apps);
	}

}
