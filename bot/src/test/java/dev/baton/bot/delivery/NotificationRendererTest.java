package dev.baton.bot.delivery;

import java.util.Locale;

import dev.baton.bot.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What supervisors and groups read: states, steps and flags in words, overdue steps row
 * by row, an empty list as 无, never a raw code or a JSON key.
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
					+ "逾期事项：市统计局陈离任同志：填报交接清单（2026-12-03到期，已逾期4个工作日）。纪律提示：交接12：久拖不交、交接不清");
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
				 "parties": ["DISCIPLINE", "ORGANIZATION", "FINANCE", "AUDIT", "DEPARTING", "SUCCESSOR"], "signers": 7,
				 "holders": ["孙审计"], "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""";

		assertThat(renderer.render(OutboxEvent.ARCHIVED_COPY, json.readTree(payload)))
			.endsWith("归档校验码：9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
	}

	/**
	 * Issue #12, finding 12: seven people sign, six copies are kept, one per party; each
	 * holder knows whose is theirs.
	 */
	@Test
	void theArchiveNoticeSaysTheCopiesArePerPartyAndWhoSharesOne() {
		String payload = """
				{"unit": "市统计局", "departing": "陈离任", "successor": "郑接任", "copies": 6, "copy": "ORGANIZATION",
				 "parties": ["DISCIPLINE", "ORGANIZATION", "FINANCE", "AUDIT", "DEPARTING", "SUCCESSOR"], "signers": 7,
				 "holders": ["李组审", "王组织"], "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""";

		assertThat(renderer.render(OutboxEvent.ARCHIVED_COPY, json.readTree(payload)))
			.isEqualTo("【交接书已归档】市统计局陈离任同志与郑接任同志的交接书已由7位签字人签字，封存归档。交接书一式6份，"
					+ "纪检监察、组织部门、财政部门、审计部门、离任干部、接任干部各执一份；本份为组织部门一份，由李组审、王组织留存。"
					+ "归档校验码：9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
	}

	/**
	 * Issue #12, finding 12: the other reviewers learn the round ended; the departing
	 * official that review passed.
	 */
	@Test
	void reviewersLearnTheRoundEndedAndTheDepartingOfficialThatReviewPassed() {
		String ended = """
				{"unit": "市统计局", "departing": "陈离任", "successor": "郑接任", "department": "AUDIT", "round": 1}""";
		String passed = """
				{"unit": "市统计局", "departing": "陈离任", "successor": "郑接任", "round": 2, "items": 5,
				 "reviewers": ["ORGANIZATION", "DISCIPLINE", "FINANCE", "AUDIT"]}""";

		assertThat(renderer.render(OutboxEvent.valueOf("REVIEW_ROUND_ENDED"), json.readTree(ended)))
			.isEqualTo("【本轮审核结束】市统计局陈离任同志的交接清单（第1轮）已被审计部门退回修改，本轮联合审核结束，您无需再审核本轮清单。" + "离任干部修改后重新提交时，交接棒会再请您审核。");
		assertThat(renderer.render(OutboxEvent.valueOf("REVIEW_PASSED"), json.readTree(passed)))
			.isEqualTo("【联合审核已通过】市统计局陈离任同志的交接清单（第2轮，共5项）已通过组织部门、纪检监察、财政部门、审计部门联合审核，"
					+ "现由接任干部郑接任同志逐项确认；如有异议，由审计部门裁定（以审计结论为准）。");
	}

	/**
	 * Issue #12, findings 1 and 14: a reminder names the step as people type it; a
	 * deadline in an unloaded year says so.
	 */
	@Test
	void aStepReminderNamesTheStepAndAnUncheckedYearIsSaid() {
		String reminder = """
				{"unit": "市统计局", "departing": "陈离任", "successor": "郑接任", "step": "FOLLOW_UP_STEP",
				 "variant": "FOLLOW_UP_STEP", "subject": "4.2", "dueOn": "2027-01-29"}""";
		String plan = """
				{"unit": "市统计局", "departing": "陈离任", "successor": "郑接任", "unfinished": [1, 4],
				 "dueOn": "2027-01-11", "uncheckedYears": [2027]}""";

		assertThat(renderer.render(OutboxEvent.REMINDER, json.readTree(reminder)))
			.isEqualTo("【交接提醒】市统计局陈离任同志交接的未了事项推进步骤4.2将于2027-01-29到期，请按时推进。" + "报告进展请回复“进展 4.2 情况”，完成时写“进展 4.2 已完成 …”。");
		assertThat(renderer.render(OutboxEvent.PLAN_REQUESTED, json.readTree(plan)))
			.endsWith("（注意：2027年的国务院节假日安排尚未录入，该期限暂按周一至周五计算（元旦、劳动节、国庆节的法定假日已避开），" + "可能落在其他节假日；已提请系统管理员录入。）");
	}

	/**
	 * Issue #12, finding 14: the administrator asked to load a year is told how, where a
	 * person does it (newcomer 11: the notice named a REST path, a token and the README,
	 * while the console's 节假日 page takes the notice's text).
	 */
	@Test
	void theAdministratorIsToldHowToLoadAMissingYear() {
		assertThat(renderer.render(OutboxEvent.CALENDAR_YEAR_MISSING, json.readTree("{\"year\": 2027}")))
			.contains("2027年")
			.contains("登录交接棒管理台，打开“节假日”页")
			.contains("把通知正文粘贴进去")
			.doesNotContain("/api/")
			.doesNotContain("POST")
			.doesNotContain("README")
			.doesNotContain("令牌");
	}

	/**
	 * Issue #12, newcomer finding B13: the departing official cannot rule, so they are
	 * told their item was disputed and that audit rules; the ruling department is told
	 * how to rule, and that a figure in a correction changes the item.
	 */
	@Test
	void theDepartingOfficialAndTheRulingDepartmentReadTheirOwnDisputeNotice() {
		String toRuler = """
				{"unit": "市统计局", "departing": "陈离任", "item": 16, "title": "合同纠纷案", "reason": "起诉金额是38.5万元",
				 "dueOn": "2026-12-10"}""";
		String toDeparting = """
				{"unit": "市统计局", "departing": "陈离任", "item": 16, "title": "合同纠纷案", "reason": "起诉金额是38.5万元",
				 "ruler": "AUDIT", "variant": "DEPARTING"}""";

		String ruler = renderer.render(OutboxEvent.ITEM_DISPUTED, json.readTree(toRuler));
		String departing = renderer.render(OutboxEvent.ITEM_DISPUTED, json.readTree(toDeparting));

		assertThat(ruler).contains("起诉金额是38.5万元")
			.contains("“裁定 16 维持”")
			.contains("“裁定 16 更正 ")
			.contains("应为38.5万元")
			.contains("金额、数量或期限")
			.contains("2026-12-10");
		assertThat(departing).contains("起诉金额是38.5万元")
			.contains("审计部门")
			.contains("无需")
			.doesNotContain("请依职责核实并裁定")
			.doesNotContain("裁定 16");
		assertThat(departing).isNotEqualTo(ruler);
	}

	/**
	 * Issue #12, newcomer finding B18: every progress notice to the organizer points to
	 * the same command.
	 */
	@Test
	void everyProgressNoticePointsToTheSameCommand() {
		String going = """
				{"unit": "市统计局", "departing": "陈离任", "label": "16.1", "item": 16, "step": 1, "description": "核对起诉材料",
				 "note": "已约律师", "handoverId": 1}""";
		String done = """
				{"unit": "市统计局", "departing": "陈离任", "label": "16.1", "item": 16, "step": 1, "description": "核对起诉材料",
				 "note": "无误", "handoverId": 1, "variant": "COMPLETED"}""";

		assertThat(renderer.render(OutboxEvent.PROGRESS_REPORTED, json.readTree(going))).endsWith("回复“进度 1”查看全部步骤的进展。");
		assertThat(renderer.render(OutboxEvent.PROGRESS_REPORTED, json.readTree(done))).endsWith("回复“进度 1”查看全部步骤的进展。");
	}

	/**
	 * Issue #13, newcomer 4: 21 (after #12's D29): the notice goes to the administrators
	 * over every unit; they load the year themselves (on the console's 节假日 page since
	 * newcomer 11), and are not sent to someone else.
	 */
	@Test
	void theAdministratorLoadsTheYearWithTheirOwnToken() {
		String text = renderer.render(OutboxEvent.CALENDAR_YEAR_MISSING, json.readTree("{\"year\": 2027}"));

		assertThat(text).contains("国务院办公厅")
			.contains("请您录入")
			.contains("管理台")
			.doesNotContain("技术人员")
			.doesNotContain("转给");
	}

	/**
	 * Issue #13, newcomer 4: 7 and 19: a hint is said for where the notice is read. On
	 * the web chat, which takes no files, evidence is named in words; on DingTalk a file
	 * is sent. A unit's group is bound the ways this instance has, the reader's first,
	 * never on a platform nobody here uses.
	 */
	@Test
	void hintsAreSaidForWhereTheNoticeIsRead() {
		String returned = """
				{"unit": "云岭镇", "departing": "刘德胜", "department": "FINANCE", "remarks": [],
				 "items": [{"seq": 7, "title": "村道硬化工程尾款未付", "comment": "请补充结算书"}]}""";
		String onWeb = renderer.render(OutboxEvent.CHECKLIST_RETURNED, json.readTree(returned),
				dev.baton.integrations.chat.Platform.WEB);
		assertThat(onWeb).contains("网页对话不能发送文件").doesNotContain("发送图片或文件");
		assertThat(renderer.render(OutboxEvent.CHECKLIST_RETURNED, json.readTree(returned),
				dev.baton.integrations.chat.Platform.DINGTALK))
			.contains("佐证材料先回复“第N项”再发送图片或文件")
			.doesNotContain("网页对话");

		NotificationRenderer webOnly = new NotificationRenderer(messages(), Locale.SIMPLIFIED_CHINESE,
				() -> java.util.Set.of(dev.baton.integrations.chat.Platform.WEB));
		String noGroup = """
				{"handoverId": 1, "unit": "云岭镇", "unitId": 6, "departing": "刘德胜"}""";
		assertThat(webOnly.render(OutboxEvent.PUBLICITY_NO_GROUP, json.readTree(noGroup),
				dev.baton.integrations.chat.Platform.WEB))
			.contains("绑定方法：网页对话的单位工作群，在管理台本单位页面的“单位群”中绑定")
			.doesNotContain("/api/")
			.doesNotContain("钉钉")
			.doesNotContain("企业微信")
			.contains("“公开交接 1”");
		NotificationRenderer both = new NotificationRenderer(messages(), Locale.SIMPLIFIED_CHINESE, () -> java.util.Set
			.of(dev.baton.integrations.chat.Platform.DINGTALK, dev.baton.integrations.chat.Platform.WECOM));
		assertThat(both.render(OutboxEvent.PUBLICITY_NO_GROUP, json.readTree(noGroup),
				dev.baton.integrations.chat.Platform.WECOM))
			.contains("绑定方法：企业微信单位群，在管理台本单位页面的“单位群”中新建；" + "或钉钉群，在群里@交接棒 发送“绑定本群 云岭镇”")
			.doesNotContain("网页对话");
	}

	/**
	 * Issue #12, newcomer finding D31: the four departments are named one way in every
	 * notice and reply.
	 */
	@Test
	void theFourDepartmentsAreNamedOneWayAndAHandoverNumberWithoutASpace() throws java.io.IOException {
		java.util.Properties zh = new java.util.Properties();
		try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream("/messages.properties"),
				java.nio.charset.StandardCharsets.UTF_8)) {
			zh.load(in);
		}
		zh.forEach((key, value) -> {
			String text = value.toString();
			assertThat(text).as(key.toString()).doesNotContain("组织、纪检监察、财政、审计");
			// a command in quotes keeps its space (“进度 1”); prose writes 交接1
			String prose = text.replaceAll("“[^”]*”", "");
			assertThat(prose).as(key.toString()).doesNotContainPattern("(?<!公开)交接 \\{");
		});
	}

	/**
	 * Newcomer 20a, finding 13: 「item(s) 1、3、5、6、8 are unfinished」 and 「(discipline
	 * inspection、organization department、…)」 in English notices; a list is joined as the
	 * reader's language joins it.
	 */
	@Test
	void anEnglishNoticeJoinsItsListsWithCommas() {
		String payload = """
				{"unit": "石嘴山市水务局", "successor": "杨晓燕", "dueOn": "2027-01-04", "unfinished": [1, 3, 5, 6, 8]}""";
		NotificationRenderer english = new NotificationRenderer(messages(), Locale.ENGLISH);

		assertThat(english.render(OutboxEvent.PLAN_REQUESTED, json.readTree(payload)))
			.contains("item(s) 1, 3, 5, 6, 8 are unfinished")
			.doesNotContain("、");
		assertThat(renderer.render(OutboxEvent.PLAN_REQUESTED, json.readTree(payload))).contains("第1、3、5、6、8项");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
