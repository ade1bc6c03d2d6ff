package dev.baton.bot.delivery;

import java.util.Locale;

import dev.baton.bot.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What supervisors and groups read: states, steps and flags in words, overdue steps row by row, an empty list as 无,
 * never a raw code or a JSON key.
 */
class NotificationRendererTest {

	final JsonMapper json = JsonMapper.builder().build();

	final NotificationRenderer renderer = new NotificationRenderer(messages(), Locale.SIMPLIFIED_CHINESE);

	@Test
	void theSupervisionDigestReadsAsSentences() {
		String payload = """
				{"scope": "石嘴山市", "asOf": "2026-12-07", "countsByState": {"DRAFTING": 2, "SIGNING": 1},
				 "overdue": [{"handoverId": 12, "unit": "市统计局", "departing": "陈离任", "step": "CHECKLIST",
				   "subject": "", "round": 1, "dueOn": "2026-12-03", "overdueDays": 4}],
				 "flagged": [{"handoverId": 12, "flags": [{"code": "OVERDUE_HANDOVER", "zh": "久拖不交", "en": "delayed"},
				   {"code": "UNCLEAR_HANDOVER", "zh": "交接不清", "en": "unclear"}]}]}""";

		assertThat(renderer.render(OutboxEvent.SUPERVISION_DIGEST, json.readTree(payload)))
			.isEqualTo("【督办周报】石嘴山市（截至2026-12-07）。各状态交接数：填写清单中：2；签字中：1。"
					+ "逾期事项：市统计局陈离任同志：填报交接清单（2026-12-03到期，已逾期4天）。纪律提示：交接12：久拖不交、交接不清");
	}

	@Test
	void emptyListsReadAsNone() {
		String payload = """
				{"scope": "石嘴山市", "asOf": "2026-12-07", "countsByState": {"CLOSED": 3}, "overdue": [], "flagged": []}""";

		assertThat(renderer.render(OutboxEvent.SUPERVISION_DIGEST, json.readTree(payload)))
			.isEqualTo("【督办周报】石嘴山市（截至2026-12-07）。各状态交接数：已办结：3。逾期事项：无。纪律提示：无");
	}

	@Test
	void theGroupDigestAndThePublicSummaryCarryCountsInWords() {
		String digest = """
				{"scope": "市统计局", "asOf": "2026-12-07", "countsByState": {"IN_REVIEW": 1}, "overdueCount": 0}""";
		String summary = """
				{"unit": "市统计局", "departing": "陈离任", "successor": "郑接任", "archivedOn": "2026-12-04",
				 "items": 2, "sections": {"重点工作": 1, "财务资产": 1}, "unfinished": 1}""";

		assertThat(renderer.render(OutboxEvent.GROUP_DIGEST, json.readTree(digest)))
			.isEqualTo("【督办通报】市统计局（截至2026-12-07）。各状态交接数：联合审核中：1。逾期未办事项0项。详情请相关负责同志单独查看。");
		assertThat(renderer.render(OutboxEvent.PUBLICITY, json.readTree(summary)))
			.isEqualTo("【交接公开】市统计局陈离任同志与郑接任同志的离任交接已于2026-12-04签字归档。交接清单共2项（重点工作：1；财务资产：1），"
					+ "其中未了事项1项，由接任同志制定推进计划并接受跟踪督办。欢迎监督。");
	}

	@Test
	void aFieldNameWithDigitsIsFilledToo() {
		String payload = """
				{"unit": "市统计局", "departing": "陈离任", "successor": "郑接任", "copies": 6, "copy": "AUDIT",
				 "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""";

		assertThat(renderer.render(OutboxEvent.ARCHIVED_COPY, json.readTree(payload)))
			.isEqualTo("【交接书已归档】市统计局陈离任同志与郑接任同志的交接书已签字归档，一式6份，本份由审计部门留存。"
					+ "归档校验码：9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
