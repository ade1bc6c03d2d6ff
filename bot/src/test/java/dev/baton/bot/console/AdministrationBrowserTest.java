package dev.baton.bot.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.access.Actor;
import dev.baton.bot.delivery.OutboxExpander;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.policy.PolicyEditor;
import dev.baton.bot.template.ChecklistTemplate;
import dev.baton.bot.template.TemplateEditor;
import dev.baton.bot.template.Templates;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administration in the console, part II (#17), in headless Chromium: an API token issued
 * (shown once, used on the API, then revoked and refused), a year of holidays loaded from
 * the State Council notice's text, a dead letter given up with a reason (audited), a
 * policy refused with the reason and then changed, a checklist template's next version,
 * and a broadcast created with its next runs, paused and resumed. Screenshots in
 * bot/target/console-screenshots.
 */
@DomainContext
@Import(StagedHandovers.class)
class AdministrationBrowserTest extends ConsoleTestSupport {

	@Autowired
	StagedHandovers staged;

	@Autowired
	OutboxExpander expander;

	@Autowired
	PolicyEditor policyEditor;

	@Autowired
	Policies policies;

	@Autowired
	TemplateEditor templateEditor;

	@Autowired
	Templates templates;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aTokenIsShownOnceWorksOnTheApiAndIsRefusedOnceRevoked() throws Exception {
		browser.signIn(account(org.organizer), PASSWORD);
		browser.click("#nav-tokens");
		assertThat(browser.text("h1")).isEqualTo("API 访问令牌");
		assertThat(browser.text("#no-tokens")).isEqualTo("还没有令牌。");
		String label = "台账导出脚本" + UUID.randomUUID().toString().substring(0, 4);
		browser.type("token-label", label).click("#issue");
		// shown as text, as copied with the page (newcomer 12), with its copy button
		String token = browser.text("#issued-token");
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(browser.text("#issued")).contains("只显示这一次，请立即复制保存");
		browser.find("#copy-token").click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(d -> !d.findElement(By.id("copy-state")).getText().isEmpty());
		// copied, or (a browser that forbids it) selected with how to copy it by hand
		assertThat(browser.text("#copy-state")).isIn("已复制到剪贴板。", "浏览器不允许自动复制：请选中上面的令牌，按 Ctrl+C 复制。");
		if (browser.text("#copy-state").startsWith("浏览器")) {
			assertThat(browser.driver().executeScript("return window.getSelection().toString()")).isEqualTo(token);
		}
		browser.screenshot("admin-token-issued");

		// used once on the API, as the organizer
		HttpResponse<String> used = api("/api/tokens", token);
		assertThat(used.statusCode()).isEqualTo(200);
		assertThat(used.body()).contains(label).doesNotContain(token);

		// never shown again: not on the list, not after a reload
		browser.go("/console/tokens");
		assertThat(browser.has("#issued")).isFalse();
		assertThat(browser.driver().getPageSource()).doesNotContain(token);
		long id = jdbc.queryForObject("SELECT id FROM api_token WHERE official_id = ? AND label = ?", Long.class,
				org.organizer, label);
		assertThat(browser.text("#token-" + id)).contains(label).contains("有效").doesNotContain("尚未使用");

		browser.click("#revoke-" + id);
		assertThat(browser.text("#confirm-revoke")).contains("确定吊销吗");
		assertThat(api("/api/tokens", token).statusCode()).isEqualTo(200);
		browser.click("#revoke-confirm");
		assertThat(browser.text("#done")).isEqualTo("令牌“" + label + "”已吊销，立即失效。");
		assertThat(browser.text("#token-" + id)).contains("已于").contains("吊销");
		assertThat(browser.has("#revoke-" + id)).isFalse();
		assertThat(api("/api/tokens", token).statusCode()).isEqualTo(401);
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'API_TOKEN_REVOKED' AND detail LIKE ?",
				"%\"tokenId\":" + id + "%"))
			.isEqualTo(1);
		browser.screenshot("admin-token-revoked");

		// a label too long is refused with the reason, nothing issued
		long before = count("SELECT COUNT(*) FROM api_token WHERE official_id = ?", org.organizer);
		browser.driver().executeScript("arguments[0].removeAttribute('maxlength')", browser.find("#token-label"));
		browser.type("token-label", "长".repeat(129)).click("#issue");
		assertThat(browser.has("#issued")).isFalse();
		assertThat(browser.text("#refusal")).contains("128");
		assertThat(count("SELECT COUNT(*) FROM api_token WHERE official_id = ?", org.organizer)).isEqualTo(before);
	}

	@Test
	void aRootAdministratorLoadsAYearFromTheNoticeTextAndSeesWhichYearsAreMissing() {
		int year = 2100 + ThreadLocalRandom.current().nextInt(800);
		while (count("SELECT COUNT(*) FROM calendar_year WHERE notice_year = ?", year) > 0) {
			year++;
		}
		// an organizer reads the years but loads none
		browser.signIn(account(org.organizer), PASSWORD);
		browser.click("#nav-calendar");
		assertThat(browser.text("h1")).isEqualTo("节假日安排");
		assertThat(browser.text("#year-2026")).contains("2026");
		assertThat(browser.has("#add-year-form")).isFalse();
		boolean nextYearMissing = count("SELECT COUNT(*) FROM calendar_year WHERE notice_year = 2027") == 0;
		assertThat(browser.has("#missing-2027")).as("November: next year's notice is needed")
			.isEqualTo(nextYearMissing);

		browser.click("#signout");
		browser.signIn(account(org.rootAdmin(directory)), PASSWORD);
		browser.go("/console/calendar");
		browser.type("year", Integer.toString(year)).type("source", "国务院办公厅关于" + year + "年部分节假日安排的通知");
		browser.find("#notice")
			.sendKeys("经国务院批准，现将" + year + "年放假调休日期的具体安排通知如下。\n" + "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。\n"
					+ "二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。\n"
					+ "三、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。");
		browser.screenshot("admin-calendar-typed");
		browser.click("#add-year");
		assertThat(browser.text("#done")).isEqualTo("已录入" + year + "年的节假日安排：3个假日（元旦、春节、国庆节），3个调休上班日，即时用于计算期限。");
		assertThat(browser.text("#year-" + year)).contains("国务院办公厅关于" + year + "年部分节假日安排的通知");
		assertThat(count("SELECT COUNT(*) FROM calendar_day WHERE cal_date BETWEEN ? AND ? AND kind = 'HOLIDAY'",
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
			.isEqualTo(3 + 9 + 7);
		assertThat(count("SELECT COUNT(*) FROM calendar_day WHERE cal_date = ? AND kind = 'WORKDAY'",
				LocalDate.of(year, 2, 28)))
			.isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'CALENDAR_YEAR_ADDED' AND detail LIKE ?",
				"%\"year\":" + year + "%"))
			.isEqualTo(1);
		browser.screenshot("admin-calendar-loaded");

		// the same year again, and a notice whose days cannot be read: refused with the
		// reason, the text kept
		browser.type("year", Integer.toString(year)).type("source", "重复");
		browser.find("#notice").sendKeys("一、元旦：1月1日放假。");
		browser.click("#add-year");
		assertThat(browser.text("#refusal")).isEqualTo(year + "年的节假日安排已经录入。");
		browser.type("year", Integer.toString(year + 1)).type("source", "草稿");
		browser.find("#notice").clear();
		browser.find("#notice").sendKeys("一、春节：日期另行通知。");
		browser.click("#add-year");
		assertThat(browser.text("#refusal")).startsWith("读不出这一行的放假日期：“一、春节：日期另行通知。”");
		assertThat(browser.find("#notice").getAttribute("value")).isEqualTo("一、春节：日期另行通知。");
		assertThat(count("SELECT COUNT(*) FROM calendar_year WHERE notice_year = ?", year + 1)).isZero();
	}

	@Test
	void aDeadLetterIsGivenUpWithAReasonAndAudited() {
		long id = staged.archived(org, "default", List.of(Stated.work("统计平台二期")));
		while (expander.expand(500) > 0) {
			// every notice of the staged handover: nobody has a chat account bound
		}
		long outboxId = jdbc.queryForObject(
				"SELECT MIN(id) FROM outbox WHERE handover_id = ? AND recipient_id = ? " + "AND status = 'NO_ACCOUNT'",
				Long.class, id, org.successor);
		browser.signIn(account(org.organizer), PASSWORD);
		browser.click("#nav-dead-letters");
		assertThat(browser.text("#letter-OUTBOX-" + outboxId)).contains("郑接任").contains("没有绑定聊天账号");
		browser.type("discard-reason-OUTBOX-" + outboxId, "接任人已当面收到纸质通知");
		browser.screenshot("admin-dead-letter-discarding");
		browser.click("#discard-OUTBOX-" + outboxId);
		assertThat(browser.text("#done")).startsWith("已放弃这条消息，不再发送");
		assertThat(browser.has("#letter-OUTBOX-" + outboxId)).isFalse();
		assertThat(jdbc.queryForObject("SELECT status FROM outbox WHERE id = ?", String.class, outboxId))
			.isEqualTo("DISCARDED");
		Map<String, Object> audit = jdbc.queryForMap("SELECT actor_id, detail FROM audit_log WHERE handover_id = ?"
				+ " AND action = 'DEAD_LETTER_DISCARDED'", id);
		assertThat(((Number) audit.get("actor_id")).longValue()).isEqualTo(org.organizer);
		assertThat(audit.get("detail").toString()).contains("接任人已当面收到纸质通知").contains("OUTBOX");
		browser.screenshot("admin-dead-letter-discarded");
		// the record says so where the notice is listed, and a discarded letter is not
		// sent by a retry
		browser.go("/console/handovers/" + id);
		assertThat(browser.text("#notice-list")).contains("已放弃，不再发送");
		browser.go("/console/dead-letters");
		assertThat(browser.has("#letter-OUTBOX-" + outboxId)).isFalse();
	}

	@Test
	void aPolicyThatCannotWorkIsRefusedWithTheReasonAndAWorkableOneSaved() {
		String code = "t" + UUID.randomUUID().toString().substring(0, 8);
		HandoverPolicy base = policies.byCode("default");
		policyEditor.save(Actor.SYSTEM, code,
				new PolicyEditor.Draft("试行制度" + code, base.templateCode(), base.deadlines(), base.reviewers(),
						base.disputeRuler(), base.signers(), base.copies(), false, base.maxExtension(),
						base.checkInMonths(), base.followUpYears(), base.escalationCode(), "试行"));
		String tcode = "t" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
		ChecklistTemplate seeded = templates.latest("default");
		templateEditor.newVersion(Actor.SYSTEM, tcode, "试行清单" + tcode,
				seeded.sections()
					.stream()
					.map(s -> new TemplateEditor.SectionDraft(s.code(), s.titleZh(), s.titleEn(), s.prompts(),
							s.economic(), s.defaultStatus()))
					.toList());

		// an organizer reads the policies, changes none
		browser.signIn(account(org.organizer), PASSWORD);
		browser.click("#nav-policies");
		assertThat(browser.text("#policy-" + code)).contains("试行制度" + code).contains("10个工作日");
		browser.go("/console/policies/" + code);
		assertThat(browser.has("#policy-form")).isFalse();

		browser.click("#signout");
		browser.signIn(account(org.rootAdmin(directory)), PASSWORD);
		browser.go("/console/policies/" + code);
		// the successor does not sign: a record that can never be sealed
		browser.find("#signer-SUCCESSOR").click();
		browser.type("days-CHECKLIST", "7");
		browser.click("#save-policy");
		assertThat(browser.text("#refusal")).isEqualTo("离任干部和接任干部都必须签字，否则交接书无法封存。");
		assertThat(browser.find("#days-CHECKLIST").getAttribute("value")).as("kept as typed").isEqualTo("7");
		assertThat(policies.byCode(code).deadline(WaitingStepKind.CHECKLIST).value()).isEqualTo(10);
		browser.screenshot("admin-policy-refused");
		// the ruler does not review
		browser.find("#signer-SUCCESSOR").click();
		browser.find("#reviewer-AUDIT").click();
		browser.click("#save-policy");
		assertThat(browser.text("#refusal")).isEqualTo("裁定异议的审计部门不在联合审核部门之中：裁定部门必须参加联合审核。");
		browser.find("#reviewer-AUDIT").click();
		new Select(browser.find("#p-template")).selectByValue(tcode);
		browser.click("#save-policy");
		assertThat(browser.text("#done")).isEqualTo("已保存交接制度“试行制度" + code + "”，此后发起的交接按此办理。");
		HandoverPolicy saved = policies.byCode(code);
		assertThat(saved.deadline(WaitingStepKind.CHECKLIST).value()).isEqualTo(7);
		assertThat(saved.templateCode()).isEqualTo(tcode);
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'POLICY_CHANGED' AND detail LIKE ?",
				"%\"policy\":\"" + code + "\"%"))
			.isEqualTo(1);
		browser.screenshot("admin-policy-saved");

		// the template: a section added makes version 2; two sections of one code are
		// refused
		browser.go("/console/templates/" + tcode);
		assertThat(browser.text("#version")).isEqualTo("第1版 · 代码 " + tcode);
		int last = seeded.sections().size();
		browser.type("code-" + last, "key_work").type("zh-" + last, "生态环保").type("en-" + last, "Environment");
		browser.click("#save-template");
		assertThat(browser.text("#refusal")).isEqualTo("有两个部分的代码都是“key_work”：每个部分的代码不能相同。");
		assertThat(templates.latest(tcode).version()).isEqualTo(1);
		browser.type("code-" + last, "ecology").type("prompts-" + last, "河长制落实情况\n环保督察整改");
		browser.click("#save-template");
		assertThat(browser.text("#done")).isEqualTo("已保存清单模板“试行清单" + tcode + "”第2版，此后发起的交接使用这一版。");
		ChecklistTemplate v2 = templates.latest(tcode);
		assertThat(v2.version()).isEqualTo(2);
		assertThat(v2.sections()).hasSize(last + 1);
		assertThat(v2.sections().get(last).prompts()).isEqualTo("河长制落实情况\n环保督察整改");
		assertThat(browser.text("#section-ecology")).contains("生态环保").contains("环保督察整改");
		browser.screenshot("admin-template-version-2");
	}

	@Test
	void aBroadcastIsCreatedWithItsNextRunsPausedAndResumed() {
		clock.set(Instant.parse("2026-11-26T02:00:00Z")); // Thursday 10:00 in Beijing
		browser.signIn(account(org.organizer), PASSWORD);
		browser.click("#nav-broadcasts");
		String name = "工作日督办" + UUID.randomUUID().toString().substring(0, 4);
		browser.type("b-name", name);
		new Select(browser.find("#b-repeat")).selectByValue("WORKING_DAYS");
		new Select(browser.find("#b-role")).selectByValue("ORGANIZER");
		new Select(browser.find("#b-unit")).selectByValue(Long.toString(org.department.id()));
		browser.click("#save-broadcast");
		assertThat(browser.text("#done")).isEqualTo("已新建定时通报“" + name + "”。");
		long id = jdbc.queryForObject("SELECT id FROM broadcast WHERE name = ?", Long.class, name);
		// every day at 9, on working days only: Friday, then Monday and Tuesday (the
		// weekend skipped)
		assertThat(browser.find("#next-" + id).getText().lines().toList()).containsExactly("2026-11-27 09:00",
				"2026-11-30 09:00", "2026-12-01 09:00");
		browser.screenshot("admin-broadcast-created");

		browser.click("#pause-" + id);
		assertThat(browser.text("#next-" + id)).isEqualTo("已暂停");
		assertThat(jdbc.queryForObject("SELECT enabled FROM broadcast WHERE id = ?", Boolean.class, id)).isFalse();
		browser.click("#resume-" + id);
		assertThat(browser.text("#next-" + id)).contains("2026-11-27 09:00");

		assertThat(browser.text("#when-" + id)).isEqualTo("每个工作日 09:00");

		// no time of day is refused with the reason, the form kept
		browser.click("#edit-" + id);
		new Select(browser.find("#b-repeat")).selectByValue("WEEKLY");
		browser.driver().executeScript("arguments[0].value = ''", browser.find("#b-time"));
		browser.click("#save-broadcast");
		assertThat(browser.text("#refusal")).startsWith("请填写几点发送");
		assertThat(new Select(browser.find("#b-repeat")).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("WEEKLY");
		assertThat(jdbc.queryForObject("SELECT cron FROM broadcast WHERE id = ?", String.class, id))
			.isEqualTo("0 0 9 * * ?");
		browser.screenshot("admin-broadcast-refused");
		browser.go("/console/broadcasts");
		browser.click("#delete-" + id);
		assertThat(count("SELECT COUNT(*) FROM broadcast WHERE id = ?", id)).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'BROADCAST_DELETED' AND detail LIKE ?",
				"%\"broadcast\":" + id + "%"))
			.isEqualTo(1);
	}

	private HttpResponse<String> api(String path, String token) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(browser.base() + path))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
