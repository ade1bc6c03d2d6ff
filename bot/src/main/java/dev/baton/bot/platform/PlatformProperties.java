package dev.baton.bot.platform;

import java.util.List;

import dev.baton.integrations.dingtalk.DingTalkApp;
import dev.baton.integrations.wecom.WeComApp;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The chat apps Baton serves, e.g. {@code baton.wecom.apps[0].corp-id} ({@code BATON_WECOM_APPS_0_CORP_ID}). Base
 * URLs default to the public platforms; 政务微信, 专有钉钉 and private deployments set their own.
 */
@ConfigurationProperties("baton")
public record PlatformProperties(WeCom wecom, DingTalk dingtalk) {

	public PlatformProperties {
		wecom = wecom == null ? new WeCom(List.of()) : wecom;
		dingtalk = dingtalk == null ? new DingTalk(List.of()) : dingtalk;
	}

	public record WeCom(List<WeComApp> apps) {

		public WeCom {
			apps = apps == null ? List.of() : List.copyOf(apps);
		}

	}

	public record DingTalk(List<DingTalkApp> apps) {

		public DingTalk {
			apps = apps == null ? List.of() : List.copyOf(apps);
		}

	}

}
