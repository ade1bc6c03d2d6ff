package dev.baton.bot.sync;

import java.util.List;

import dev.baton.integrations.chat.Platform;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which platform org charts Baton syncs, e.g. {@code baton.sync.sources[0].unit-code}
 * ({@code BATON_SYNC_SOURCES_0_UNIT_CODE}): each source names a platform and corp (a
 * configured app's, whose contacts Baton reads) and the code of the Baton unit its root
 * department maps to; {@code name} is how the REST API names it. The nightly
 * reconciliation runs on {@code nightly-cron} (Quartz, in BATON_ZONE) unless
 * {@code nightly-job=false}.
 */
@ConfigurationProperties("baton.sync")
@Validated
public record SyncProperties(List<Source> sources, Boolean nightlyJob, String nightlyCron) {

	/**
	 * 02:30 every night, away from the hour (DingTalk asks callers not to run jobs on the
	 * hour).
	 */
	public static final String DEFAULT_CRON = "0 30 2 * * ?";

	public SyncProperties {
		sources = sources == null ? List.of() : List.copyOf(sources);
		nightlyJob = nightlyJob == null || nightlyJob;
		nightlyCron = nightlyCron == null || nightlyCron.isBlank() ? DEFAULT_CRON : nightlyCron.strip();
	}

	public record Source(String name, Platform platform, String corpId, String unitCode) {

		public Source {
			if (name == null || !name.matches("[A-Za-z0-9_-]{1,64}")) {
				throw new IllegalArgumentException("a sync source's name is 1-64 letters, digits, - or _: " + name);
			}
			if (platform == null || platform == Platform.WEB) {
				throw new IllegalArgumentException("a sync source's platform is DINGTALK or WECOM");
			}
			if (corpId == null || corpId.isBlank()) {
				throw new IllegalArgumentException("the sync source " + name + " needs the corp id of its app");
			}
			if (unitCode == null || unitCode.isBlank()) {
				throw new IllegalArgumentException(
						"the sync source " + name + " needs the code of the unit it syncs under");
			}
			corpId = corpId.strip();
			unitCode = unitCode.strip();
		}

	}

}
