package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.util.Locale;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
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
 * A party of a handover who is also one of its reviewers, as newcomer 15 met it on the
 * console: the opening page says it without chat commands and suggests 另选接任人 only when
 * the successor is the party; the record of a running handover says it again; a change of
 * successor to a reviewer is warned of and asked again, and its notice says it.
 */
@DomainContext
class PartyWhoReviewsOnTheConsoleTest {

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
	void theOpeningPageLinksToTheUnitAndSuggestsAnotherSuccessorOnlyForTheSuccessor() {
		// screen 07: the departing official is the only audit reviewer
		String departing = warning(preview(org.auditReviewer, org.successor));
		assertThat(departing).contains("孙审计是这项交接的离任人，又是审计部门的审核人")
			.contains("审计部门没有其他审核人")
			.doesNotContain("回复")
			.doesNotContain("另选接任人")
			.contains("href=\"/console/directory/units/" + org.city.id() + "\"");

		// the successor is the only audit reviewer: another successor is a way out
		String successor = warning(preview(org.departing, org.auditReviewer));
		assertThat(successor).contains("孙审计是这项交接的接任人，又是审计部门的审核人")
			.contains("另选接任人")
			.doesNotContain("回复")
			.contains("href=\"/console/directory/units/" + org.city.id() + "\"");
	}

	/**
	 * Newcomer 19: 「《离任交接通知书》将发给」 still listed 「联合审核人员：组织部门 李静」 while the warning below
	 * said 李静 may not review and 组织部门 had nobody else. A party is not named as a
	 * reviewer; the department says it has nobody, and the warning what to do.
	 */
	@Test
	void theRecipientsNeverNameAPartyAsAReviewer() {
		String body = preview(org.departing, org.auditReviewer);
		String told = notified(body);
		assertThat(told).contains("孙审计（接任）").doesNotContain("审计部门 孙审计").contains("审计部门 无人审核（孙审计是交接当事人，须回避）");
		assertThat(warning(body)).contains("审计部门没有其他审核人").contains("另选接任人");
		// no party among the reviewers: every reviewer is listed as before
		assertThat(notified(preview(org.departing, org.successor))).contains("审计部门 孙审计").doesNotContain("无人审核");
		String english = notified(http
			.post("/console/handovers/new?lang=en",
					form("unitId", Long.toString(org.city.id()), "departingId", Long.toString(org.departing),
							"successorId", Long.toString(org.auditReviewer), "reason", "TRANSFER", "_csrf",
							csrf(http.get("/console/handovers/new?lang=en"))))
			.body());
		assertThat(english).contains("nobody to review (孙审计, a party to this handover, must stand aside)");
	}

	private static String notified(String body) {
		int start = body.indexOf("以及联合审核人员：");
		if (start < 0) {
			start = body.indexOf("and the joint reviewers:");
		}
		assertThat(start).as("the recipients on the page").isPositive();
		return body.substring(start - 60, body.indexOf('<', start));
	}

	@Test
	void theRecordOfARunningHandoverSaysItInItsReviews() {
		// newcomer 25: opened while another finance reviewer was there (an opening with
		// nobody but the party is refused), who has left the post since
		long other = directory.addOfficial("褚财政", "市财政局审核员", org.city.id()).id();
		directory.assignRole(other, Role.REVIEWER, Department.FINANCE, org.city.id());
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.city.id(), org.financeReviewer, org.successor, HandoverReason.TRANSFER))
			.id();
		directory.rolesOf(other).forEach(r -> directory.removeRole(r.id()));
		String page = http.get("/console/handovers/" + id).body();
		int reviews = page.indexOf("id=\"reviews\"");
		int box = page.indexOf("id=\"record-conflicts\"");
		assertThat(box).as("the warning in the reviews section").isGreaterThan(reviews).isPositive();
		String warning = page.substring(box, page.indexOf("</div>", box));
		assertThat(warning).contains("钱财政是这项交接的离任人，又是财政部门的审核人")
			.contains("财政部门没有其他审核人")
			.doesNotContain("回复")
			.contains("href=\"/console/directory/units/" + org.city.id() + "\"");

		// nobody of the pair reviews: nothing said
		long plain = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		assertThat(http.get("/console/handovers/" + plain).body()).doesNotContain("id=\"record-conflicts\"");
	}

	/**
	 * Newcomer 25, finding 1: 确认发起 is refused, with the reason, while a department has
	 * nobody but a party to review; nothing is opened.
	 */
	@Test
	void theOpeningIsRefusedWhileADepartmentHasOnlyAParty() {
		HttpResponse<String> refused = http.post("/console/handovers",
				form("unitId", Long.toString(org.city.id()), "departingId", Long.toString(org.auditReviewer),
						"successorId", Long.toString(org.successor), "reason", "TRANSFER", "_csrf",
						csrf(http.get("/console/handovers/new"))));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("还不能发起这项交接：审计部门的审核人只有孙审计");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handover WHERE departing_id = ?", Long.class,
				org.auditReviewer))
			.isZero();
	}

	@Test
	void aChangeOfSuccessorToAReviewerIsWarnedOfAskedAgainAndTold() {
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.city.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		String token = csrf(http.get("/console/handovers/" + id));
		HttpResponse<String> asked = http.post("/console/handovers/" + id + "/successor",
				form("successorId", Long.toString(org.auditReviewer), "reason", "工作需要", "_csrf", token));
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(successor(id)).as("nothing changed yet").isEqualTo(org.successor);
		assertThat(told(id)).isZero();

		String page = http.get("/console/handovers/" + id).body();
		int box = page.indexOf("id=\"successor-warning\"");
		assertThat(box).as("the warning on the change-successor form").isPositive();
		String warning = page.substring(box, page.indexOf("</div>", box));
		assertThat(warning).contains("孙审计将成为这项交接的接任人，又是审计部门的审核人")
			.doesNotContain("孙审计是这项交接的接任人")
			.contains("审计部门没有其他审核人")
			.contains("另选接任人")
			.contains("id=\"change-successor-anyway\"")
			.contains("value=\"" + org.auditReviewer + "\"")
			.contains("value=\"工作需要\"");

		// 仍然更换: done, and the notice says it
		HttpResponse<String> done = http.post("/console/handovers/" + id + "/successor",
				form("successorId", Long.toString(org.auditReviewer), "reason", "工作需要", "reviewsToo", "confirmed",
						"_csrf", csrf(http.get("/console/handovers/" + id))));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(successor(id)).isEqualTo(org.auditReviewer);
		String payload = jdbc.queryForObject(
				"SELECT payload FROM outbox WHERE handover_id = ? AND event = 'SUCCESSOR_CHANGED' AND recipient_id = ?",
				String.class, id, org.organizer);
		String notice = new NotificationRenderer(messages, Locale.SIMPLIFIED_CHINESE)
			.render(OutboxEvent.SUCCESSOR_CHANGED, JsonMapper.builder().build().readTree(payload));
		assertThat(notice).startsWith("【接任人变更】").contains("注意：孙审计同志又是审计部门的审核人").contains("不能审核这项交接");

		// a change to someone who reviews nothing is done at once, its notice plain
		long plain = directory.addOfficial("冯新任", "市统计局副局长", org.department.id()).id();
		assertThat(http
			.post("/console/handovers/" + id + "/successor",
					form("successorId", Long.toString(plain), "reason", "再调整", "_csrf",
							csrf(http.get("/console/handovers/" + id))))
			.statusCode()).isEqualTo(302);
		assertThat(successor(id)).isEqualTo(plain);
	}

	private String preview(long departing, long successor) {
		HttpResponse<String> page = http.post("/console/handovers/new",
				form("unitId", Long.toString(org.city.id()), "departingId", Long.toString(departing), "successorId",
						Long.toString(successor), "reason", "TRANSFER", "_csrf",
						csrf(http.get("/console/handovers/new"))));
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	private static String warning(String body) {
		int start = body.indexOf("id=\"conflicts\"");
		assertThat(start).as("a warning on the page").isPositive();
		return body.substring(start, body.indexOf("id=\"open-confirm\""));
	}

	private long successor(long id) {
		return jdbc.queryForObject("SELECT successor_id FROM handover WHERE id = ?", Long.class, id);
	}

	private long told(long id) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE handover_id = ? AND event = 'SUCCESSOR_CHANGED'",
				Long.class, id);
	}

}
