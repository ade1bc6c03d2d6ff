package dev.baton.bot.console;

import java.net.http.HttpResponse;

import dev.baton.bot.BindableApps;
import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.delivery.BatchSender;
import dev.baton.bot.delivery.DeliveryBatcher;
import dev.baton.bot.delivery.OutboxExpander;
import dev.baton.bot.delivery.OutboxWorker;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static dev.baton.bot.console.ConsoleHttp.visible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 20b's findings on deliveries and dead letters (10 to 14): an account is bound
 * only where an app can reach it; a notice that reached the person on one channel reads
 * as reached, each channel saying what happened to it, in the reader's language; a retry
 * that cannot succeed is refused, and one that fails again says so and why.
 */
@DomainContext
@Import(BindableApps.class)
class TwentiethNewcomerDeliveriesTest {

	static final String NO_APP_CORP = "ding8f3a2b1c";

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	HandoverService handovers;

	@Autowired
	OutboxExpander expander;

	@Autowired
	DeliveryBatcher batcher;

	@Autowired
	BatchSender sender;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	@BeforeEach
	void org() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
	}

	@AfterEach
	void sendAgain() {
		BindableApps.refuse.set(null);
	}

	@Test
	void anAccountInACorpWithNoAppIsNotBoundAndThePageSaysWhichCorpsHaveOne() {
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		String page = "/console/directory/officials/" + org.departing;
		long audits = audits();
		HttpResponse<String> posted = http.post(page + "/identities", form("platform", "DINGTALK", "corpId",
				NO_APP_CORP, "userId", "yangfan", "_csrf", csrf(http.get(page))));
		assertThat(posted.statusCode()).isEqualTo(302);
		String back = visible(http.get(page).body());
		assertThat(back).contains("没有为企业 " + NO_APP_CORP + " 配置钉钉应用")
			.contains("已配置钉钉应用的企业：" + BindableApps.CORP)
			.doesNotContain("账号已绑定");
		assertThat(directory.identitiesOf(org.departing)).isEmpty();
		assertThat(audits()).isEqualTo(audits);
	}

	/**
	 * 杨帆 got the 离任交接通知书 on one DingTalk corp and not on the other (no app): he reads as
	 * reached, each channel as it went, the reason in Chinese; a retry is refused; given
	 * up, that channel reads 已放弃 and he still reads as reached.
	 */
	@Test
	void aNoticeThatReachedThePersonOnOneChannelReadsAsReachedAndEachChannelSaysWhatHappened() {
		String user = "u" + org.departing;
		directory.bindIdentity("DINGTALK", BindableApps.CORP, user, org.departing);
		directory.bindIdentity("DINGTALK", NO_APP_CORP, user, org.departing);
		long id = open();
		drain();
		long dead = jdbc.queryForObject("SELECT d.id FROM delivery d JOIN outbox b ON b.id = d.outbox_id"
				+ " WHERE b.handover_id = ? AND b.recipient_id = ? AND b.event = 'NOTICE_ISSUED' AND d.corp_id = ?",
				Long.class, id, org.departing, NO_APP_CORP);
		assertThat(status(dead)).isEqualTo("DEAD");

		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		String row = noticeRow(http.get("/console/handovers/" + id).body());
		assertThat(row).contains("data-state=\"SENT\"");
		String words = visible(row);
		assertThat(words).contains("钉钉 · 已送达")
			.contains("钉钉 · 未能送达 · 交接棒没有为企业 " + NO_APP_CORP + " 配置钉钉应用")
			.doesNotContain("no DINGTALK app")
			.doesNotContain("平台答复");
		assertThat(visible(noticeRow(http.get("/console/handovers/" + id + "?lang=en").body())))
			.contains("No DingTalk app is configured for corp " + NO_APP_CORP);
		http.get("/console/handovers/" + id + "?lang=zh-CN");

		// a retry cannot succeed while the corp has no app: refused, nothing changes
		String letters = "/console/dead-letters?unitId=" + org.department.id();
		HttpResponse<String> retried = http.post(
				"/console/dead-letters/DELIVERY/" + dead + "/retry?unitId=" + org.department.id(),
				form("_csrf", csrf(http.get(letters))));
		assertThat(retried.statusCode()).isEqualTo(302);
		String after = visible(http.get(letters).body());
		assertThat(after).contains("这条消息重发也发不出去").contains(NO_APP_CORP).doesNotContain("已重新发送");
		assertThat(status(dead)).isEqualTo("DEAD");

		// given up: that channel reads 已放弃, the person still reached
		http.post("/console/dead-letters/DELIVERY/" + dead + "/discard?unitId=" + org.department.id(),
				form("reason", "本人已在另一渠道收到", "_csrf", csrf(http.get(letters))));
		assertThat(status(dead)).isEqualTo("DISCARDED");
		String given = noticeRow(http.get("/console/handovers/" + id).body());
		assertThat(given).contains("data-state=\"SENT\"");
		assertThat(visible(given)).contains("钉钉 · 已放弃，不再发送").doesNotContain("待发送");
	}

	/**
	 * A retry that fails again says so and why, on the page the retry led to and on every
	 * refresh of it; one that went says it went.
	 */
	@Test
	void aRetryThatFailsAgainSaysSoAndWhy() {
		directory.bindIdentity("DINGTALK", BindableApps.CORP, "r" + org.departing, org.departing);
		BindableApps.refuse.set(new PlatformException(Platform.DINGTALK, "40078", "不存在的临时授权码", false, null));
		long id = open();
		drain();
		long dead = jdbc.queryForObject(
				"SELECT d.id FROM delivery d JOIN outbox b ON b.id = d.outbox_id"
						+ " WHERE b.handover_id = ? AND b.recipient_id = ? AND b.event = 'NOTICE_ISSUED'",
				Long.class, id, org.departing);
		assertThat(status(dead)).isEqualTo("DEAD");

		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		String letters = "/console/dead-letters?unitId=" + org.department.id();
		HttpResponse<String> retried = http.post(
				"/console/dead-letters/DELIVERY/" + dead + "/retry?unitId=" + org.department.id(),
				form("_csrf", csrf(http.get(letters))));
		assertThat(retried.statusCode()).isEqualTo(302);
		String led = retried.headers().firstValue("Location").orElseThrow();
		led = led.substring(led.indexOf("/console/"));
		assertThat(visible(http.get(led).body())).contains("已重新发送，正在发送").doesNotContain("重发后仍未能送达");

		drain();
		assertThat(status(dead)).isEqualTo("DEAD");
		String again = visible(http.get(led).body());
		assertThat(again).contains("重发后仍未能送达：钉钉平台答复（代码 40078）：不存在的临时授权码").doesNotContain("已重新发送");

		BindableApps.refuse.set(null);
		retried = http.post("/console/dead-letters/DELIVERY/" + dead + "/retry?unitId=" + org.department.id(),
				form("_csrf", csrf(http.get(letters))));
		drain();
		assertThat(status(dead)).isEqualTo("SENT");
		assertThat(visible(http.get(led).body())).contains("重发的消息已送达").doesNotContain("重发后仍未能送达");
	}

	private long open() {
		return handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
	}

	private void drain() {
		OutboxWorker worker = new OutboxWorker(expander, batcher, sender, 10);
		for (int round = 0; round < 50 && worker.runOnce() > 0; round++) {
			// until nothing is left to do
		}
	}

	/** The departing official's 离任交接通知书 row of the record's notices. */
	private String noticeRow(String page) {
		String list = page.substring(page.indexOf("id=\"notice-list\""));
		int at = list.indexOf("data-event=\"NOTICE_ISSUED\"");
		while (at >= 0) {
			String row = list.substring(at, list.indexOf("</tr>", at));
			if (row.contains(directory.official(org.departing).name())) {
				return row;
			}
			at = list.indexOf("data-event=\"NOTICE_ISSUED\"", at + 1);
		}
		throw new AssertionError("no notice to the departing official in " + list);
	}

	private String status(long delivery) {
		return jdbc.queryForObject("SELECT status FROM delivery WHERE id = ?", String.class, delivery);
	}

	private long audits() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'IDENTITY_BOUND'", Long.class);
	}

}
