package dev.baton.bot.console;

import java.util.List;
import java.util.Locale;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.outbox.OutboxEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change of successor on the console as newcomer 17 (王明) met it, said as it is: the
 * warning before the change says the one chosen 将成为接任人 (finding 4); the page after it
 * says the people concerned are told and where to see whether it arrived, not that they
 * received it (finding 2: the notices were still 待发送, one never delivered); the audit row
 * says who replaced whom besides the reason (finding 3); and only the organizer's notice
 * asks to add a reviewer under 单位与干部 (finding 5).
 */
@DomainContext
class SuccessorChangeInTrueWordsTest {

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
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	ConsoleHttp http;

	@BeforeEach
	void signInAsOrganizer() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
		http = ConsoleHttp.signedIn(port, accounts, org.organizer);
	}

	@Test
	void theChangeIsSaidAsItIsToEachAsTheirPartIs() {
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.city.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		// chosen: the warning says he is to become the successor, not that he is one
		http.post("/console/handovers/" + id + "/successor", form("successorId", Long.toString(org.auditReviewer),
				"reason", "工作需要", "_csrf", csrf(http.get("/console/handovers/" + id))));
		String asked = http.get("/console/handovers/" + id).body();
		int box = asked.indexOf("id=\"successor-warning\"");
		assertThat(box).isPositive();
		assertThat(asked.substring(box, asked.indexOf("</div>", box))).contains("孙审计将成为这项交接的接任人，又是审计部门的审核人")
			.doesNotContain("孙审计是这项交接的接任人");

		// 仍然更换
		assertThat(http
			.post("/console/handovers/" + id + "/successor",
					form("successorId", Long.toString(org.auditReviewer), "reason", "工作需要", "reviewsToo", "confirmed",
							"_csrf", csrf(http.get("/console/handovers/" + id))))
			.statusCode()).isEqualTo(302);
		String page = http.get("/console/handovers/" + id).body();
		int done = page.indexOf("id=\"done\"");
		assertThat(done).isPositive();
		assertThat(page.substring(done, page.indexOf("</div>", done))).contains("已更换接任人为孙审计，已通知相关人员（送达情况见下方“通知与送达情况”）")
			.doesNotContain("收到");

		// the audit row: who replaced whom, and why
		int audit = page.indexOf("id=\"audit-heading\"");
		assertThat(page.substring(audit)).contains("原接任人郑接任 → 新接任人孙审计；工作需要");

		// only the organizer is asked to add a reviewer; every party is told of the
		// conflict
		String add = "请到“单位与干部”为该部门增设审核人";
		assertThat(notice(id, org.organizer)).contains("注意：孙审计同志又是审计部门的审核人").contains(add);
		// the new successor has one message, the notice, which says the conflict in
		// their words (newcomer 20b)
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM outbox WHERE handover_id = ? AND event = 'SUCCESSOR_CHANGED' AND recipient_id = ?",
				Long.class, id, org.auditReviewer))
			.isZero();
		assertThat(newSuccessorsNotice(id)).contains("您现为本次交接的接任干部")
			.contains("注意：您又是审计部门的审核人")
			.contains("您不能审核这项交接")
			.doesNotContain("单位与干部");
		for (long party : List.of(org.successor, org.departing)) {
			assertThat(notice(id, party)).contains("注意：孙审计同志又是审计部门的审核人")
				.contains("该部门的审核须由其他审核人办理。")
				.doesNotContain(add)
				.doesNotContain("单位与干部");
		}
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM outbox WHERE handover_id = ? AND event = 'SUCCESSOR_CHANGED'", Long.class, id))
			.as("one notice each")
			.isEqualTo(3);
	}

	/** The newest: as a reviewer they had the opening notice too. */
	private String newSuccessorsNotice(long handoverId) {
		String payload = jdbc.queryForObject(
				"SELECT payload FROM outbox WHERE handover_id = ? AND event = 'NOTICE_ISSUED' AND recipient_id = ?"
						+ " ORDER BY id DESC LIMIT 1",
				String.class, handoverId, org.auditReviewer);
		return new NotificationRenderer(messages, Locale.SIMPLIFIED_CHINESE).render(OutboxEvent.NOTICE_ISSUED,
				JsonMapper.builder().build().readTree(payload));
	}

	private String notice(long handoverId, long recipient) {
		String payload = jdbc.queryForObject(
				"SELECT payload FROM outbox WHERE handover_id = ? AND event = 'SUCCESSOR_CHANGED' AND recipient_id = ?",
				String.class, handoverId, recipient);
		return new NotificationRenderer(messages, Locale.SIMPLIFIED_CHINESE).render(OutboxEvent.SUCCESSOR_CHANGED,
				JsonMapper.builder().build().readTree(payload));
	}

}
