package dev.baton.bot.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.delivery.OutboxExpander;
import dev.baton.bot.escalation.EscalationSweep;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 督办 dashboard and one handover's record in headless Chromium (#17): an organizer
 * signs in, sees a step turn yellow then red as the clock moves, urges it once (a second
 * urge inside the interval is refused with the time left), extends its deadline,
 * downloads an archived handover's documents and sends a dead letter again. Screenshots
 * in bot/target/console-screenshots.
 */
@DomainContext
@Import(StagedHandovers.class)
class SupervisionBrowserTest extends ConsoleTestSupport {

	@Autowired
	StagedHandovers staged;

	@Autowired
	EscalationSweep sweep;

	@Autowired
	OutboxExpander expander;

	private String username;

	@Test
	void aStepTurnsYellowThenRedIsUrgedOnceAndItsDeadlineExtended() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		username = account(org.organizer);
		signIn(username);
		submit("#nav-dashboard");
		assertThat(browser.path()).isEqualTo("/console/dashboard");
		assertThat(browser.text("h1")).isEqualTo("督办");
		assertThat(grade(id)).isEqualTo("GREEN");
		assertThat(browser.text("#handover-" + id)).contains("陈离任").contains("填报交接清单").contains("2026-12-07到期");
		browser.screenshot("supervision-dashboard-green");

		at("2026-12-02T01:00:00Z");
		browser.go("/console/dashboard");
		assertThat(grade(id)).isEqualTo("YELLOW");
		assertThat(browser.text("#handover-" + id)).contains("黄（时限将尽或被退回）").contains("还剩3个工作日");
		browser.screenshot("supervision-dashboard-yellow");

		at("2026-12-08T02:00:00Z");
		sweep.sweepDue();
		browser.go("/console/dashboard");
		assertThat(grade(id)).isEqualTo("RED");
		assertThat(browser.text("#handover-" + id)).contains("久拖不交");
		assertThat(browser.text("#overdue")).contains("陈离任").contains("2026-12-08起逾期，已1个工作日");
		assertThat(browser.text("#escalations")).contains("1级督办").contains("仍未办理");
		assertThat(browser.text("#units")).contains(org.city.name()).contains(org.department.name());
		browser.screenshot("supervision-dashboard-red");
		// filters and the printable view
		new Select(browser.find("#f-grade")).selectByValue("GREEN");
		submit("#apply");
		assertThat(browser.has("#handover-" + id)).isFalse();
		assertThat(browser.text("#none")).isEqualTo("没有符合条件的交接。");
		browser.go("/console/dashboard?grade=RED");
		submit("#print-view");
		assertThat(browser.has("#filters")).isFalse();
		assertThat(browser.has("#handover-" + id)).isTrue();
		browser.screenshot("supervision-dashboard-print");

		// the record: urge the overdue step once, then again inside the interval
		browser.go("/console/handovers/" + id);
		assertThat(browser.text("#title")).contains("交接" + id).contains("陈离任").contains("郑接任");
		long stepId = Long
			.parseLong(browser.find("#open-steps tbody tr").getAttribute("id").substring("step-".length()));
		assertThat(browser.find("#step-" + stepId).getAttribute("data-grade")).isEqualTo("RED");
		browser.type("note-" + stepId, "请今天提交清单");
		submit("#urge-" + stepId);
		assertThat(browser.text("#done")).contains("已催办，已通知1人（送达情况见下方“通知与送达情况”）").contains("2026-12-09 10:00后可再次催办");
		assertThat(count("SELECT COUNT(*) FROM step_urge WHERE step_id = ?", stepId)).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM outbox WHERE handover_id = ? AND event = 'STEP_URGED'", id))
			.isEqualTo(1);
		browser.screenshot("supervision-record-urged");
		clock.advance(java.time.Duration.ofMinutes(90));
		signIn(username);
		browser.go("/console/handovers/" + id); // idle past the console's 30 minutes
		submit("#urge-" + stepId);
		assertThat(browser.text("#refusal")).contains("每24小时只能催办一次")
			.contains("22小时30分钟")
			.contains("2026-12-09 10:00后可再次催办");
		assertThat(count("SELECT COUNT(*) FROM step_urge WHERE step_id = ?", stepId)).isEqualTo(1);
		browser.screenshot("supervision-record-urge-refused");

		// 延期: three working days from today (12-08: the due day 12-07 is past, np24
		// finding 2), within the policy's cap (12-21)
		assertThat(browser.text("#actions")).contains("最晚可延至2026-12-21");
		browser.type("extend-days", "3").type("extend-reason", "离任干部住院");
		new Select(browser.find("#extend-unit")).selectByValue("WORKING_DAYS");
		submit("#extend");
		assertThat(browser.text("#done"))
			.isEqualTo("已延期至2026-12-11，已通知相关人员（送达情况见下方“通知与送达情况”）。原期限已过，自今日（2026-12-08）起按3个工作日计算，不计休息日和法定节假日。");
		assertThat(browser.find("#step-" + stepId).getAttribute("data-grade")).isEqualTo("YELLOW");
		assertThat(browser.text("#history")).contains("延期").contains("催办").contains("离任干部住院").contains("请今天提交清单");
		// past the cap: refused with the cap said, nothing moved
		// a date field takes the day as the browser's date picker sets it
		browser.driver().executeScript("arguments[0].value = '2026-12-22'", browser.find("#extend-until"));
		browser.type("extend-reason", "再等等");
		browser.find("#extend-days").clear();
		submit("#extend");
		assertThat(browser.text("#refusal")).contains("最晚只能延至2026-12-21");
		assertThat(jdbc.queryForObject("SELECT checklist_due FROM handover WHERE id = ?", String.class, id))
			.isEqualTo("2026-12-11");
		browser.screenshot("supervision-record-extended");
		// the audit chain's check: this handover's own chain
		submit("#verify");
		assertThat(browser.text("#verification")).startsWith("交接" + id + "的审计链完整：已逐条核验本交接全部");

		// on a phone, the same page reads; the keyboard reaches the first link from the
		// skip link
		browser.phone().go("/console/handovers/" + id);
		browser.find("body").sendKeys(Keys.TAB);
		assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("skip");
		browser.screenshot("supervision-record-phone");
		// names and times stay on one line: the notices and audit tables scroll sideways
		// inside their box
		for (String cell : List.of("#notice-list tbody tr td:nth-child(2)", "#notice-list tbody tr td:nth-child(4)",
				"#history tbody tr td:nth-child(1)", "#history tbody tr td:nth-child(2)")) {
			assertThat(lines(cell)).as(cell).isEqualTo(1);
		}
		browser.phone().go("/console/dashboard");
		assertThat(lines("#units tbody tr th a")).as("a unit's name on a phone").isEqualTo(1);
		browser.desk();
	}

	@Test
	void anArchivedHandoversDocumentsAreDownloadedAndADeadLetterIsSentAgain() throws Exception {
		long id = staged.archived(org, "default", List.of(Stated.work("统计平台二期")));
		signIn(account(org.organizer));
		browser.go("/console/handovers/" + id);
		assertThat(browser.text("#state")).isEqualTo("已封存归档");
		assertThat(browser.text("#signatures")).contains("陈离任").contains("郑接任");
		browser.screenshot("supervision-record-archived");
		for (String[] f : new String[][] { { "pdf", "application/pdf", "%PDF" },
				{ "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK" },
				{ "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK" } }) {
			String href = browser.find("#document-" + f[0]).getAttribute("href");
			HttpResponse<byte[]> file = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(href))
					.header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(file.statusCode()).as(href).isEqualTo(200);
			assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith(f[1]);
			assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment")
				.contains("." + f[0]);
			assertThat(new String(file.body(), 0, f[2].length(), java.nio.charset.StandardCharsets.ISO_8859_1))
				.isEqualTo(f[2]);
		}
		// without a session: to the sign-in page, no document
		HttpResponse<String> anonymous = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(browser.base() + "/console/handovers/" + id + "/documents/pdf"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isNotEqualTo(200);

		// the notices of the handover found no chat account: dead letters, sent again
		// once an account is bound
		while (expander.expand(500) > 0) {
			// every notice of the staged handover
		}
		submit("#nav-dead-letters");
		long outboxId = jdbc.queryForObject(
				"SELECT MIN(id) FROM outbox WHERE handover_id = ? AND recipient_id = ? " + "AND status = 'NO_ACCOUNT'",
				Long.class, id, org.departing);
		assertThat(browser.text("#letter-OUTBOX-" + outboxId)).contains("陈离任").contains("没有绑定聊天账号");
		browser.screenshot("supervision-dead-letters");
		directory.bindIdentity("DINGTALK", "ding-corp-" + id, "user-" + id, org.departing);
		submit("#retry-OUTBOX-" + outboxId);
		assertThat(browser.text("#done")).startsWith("已重新发送");
		assertThat(jdbc.queryForObject("SELECT status FROM outbox WHERE id = ?", String.class, outboxId))
			.isEqualTo("PENDING");
		assertThat(browser.has("#letter-OUTBOX-" + outboxId)).isFalse();
		assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'DEAD_LETTER_RETRIED' AND handover_id = ?", id))
			.isEqualTo(1);
		browser.screenshot("supervision-dead-letter-retried");
	}

	/** Signs in on the sign-in page and waits for the page it leads to. */
	private void signIn(String user) {
		browser.go("/console/signin");
		browser.type("username", user).type("password", PASSWORD);
		submit("#signin");
	}

	/** Clicks a link or button that loads a page, and waits for the new page. */
	private void submit(String css) {
		WebElement page = browser.find("html");
		browser.click(css);
		WebDriverWait wait = new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20));
		wait.until(ExpectedConditions.stalenessOf(page));
		// the new page in full: its footer comes last
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer.foot")));
		wait.until(d -> "complete".equals(browser.driver().executeScript("return document.readyState")));
	}

	/**
	 * How many lines the text of the first cell that matches takes on the page as laid
	 * out now.
	 */
	private long lines(String css) {
		Object n = browser.driver()
			.executeScript("var r = document.createRange(); r.selectNodeContents(arguments[0]);"
					+ " var tops = {}; var rects = r.getClientRects(); for (var i = 0; i < rects.length; i++) {"
					+ " if (rects[i].width > 0) { tops[Math.round(rects[i].top)] = 1; } } return Object.keys(tops).length;",
					browser.find(css));
		return ((Number) n).longValue();
	}

	private String grade(long id) {
		assertThat(browser.has("#handover-" + id)).as(browser.text("main")).isTrue();
		return browser.find("#handover-" + id).getAttribute("data-grade");
	}

	/**
	 * Baton's clock moves on by days: the console's session has long been idle, so the
	 * organizer signs in again.
	 */
	private void at(String instant) {
		clock.set(Instant.parse(instant));
		if (username != null) {
			signIn(username);
		}
	}

}
