package dev.baton.bot.console;

import java.net.http.HttpResponse;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 12 opening handovers from the console (#17, items 1 and 2), over HTTP as the
 * browser posts the form: a clash with a running handover is refused in the console's
 * words, with links to that handover's record and its 取消 (no "回复“进度 1”" on a web page); a
 * confirmation page whose reviewers include a party warns as chat's card does and says
 * who else reviews, or that nobody does, before 确认发起.
 */
@DomainContext
class OpeningSaysItInTheConsolesWordsTest {

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
	void aClashIsRefusedWithLinksToTheRunningHandoverNotChatCommands() {
		long running = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		long before = count();
		String token = csrf(http.get("/console/handovers/new"));
		HttpResponse<String> refused = http.post("/console/handovers/new",
				form("unitId", Long.toString(org.department.id()), "departingId", Long.toString(org.departing),
						"successorId", Long.toString(org.successor), "reason", "TRANSFER", "_csrf", token));
		assertThat(refused.statusCode()).isEqualTo(400);
		String alert = alert(refused.body());
		assertThat(alert).contains("已有一项进行中的交接（交接" + running + "）")
			.doesNotContain("回复")
			.contains("href=\"/console/handovers/" + running + "\"")
			.contains("查看交接" + running + "的记录")
			.contains("href=\"/console/handovers/" + running + "?cancel=true#actions\"")
			.contains("取消交接" + running);
		// what was chosen stays chosen
		assertThat(refused.body()).containsPattern("value=\"" + org.departing + "\"\\s+selected");

		// 确认发起 posted anyway (a second tab) is refused the same way, nothing opened
		HttpResponse<String> again = http.post("/console/handovers",
				form("unitId", Long.toString(org.department.id()), "departingId", Long.toString(org.departing),
						"successorId", Long.toString(org.successor), "reason", "TRANSFER", "_csrf", token));
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(alert(again.body())).doesNotContain("回复").contains("这项交接没有发起");
		assertThat(count()).isEqualTo(before);

		// the cancel link opens the record's 取消交接 form
		String record = http.get("/console/handovers/" + running + "?cancel=true").body();
		assertThat(record).containsPattern("<details id=\"cancel-action\"[^>]*open");

		String english = alert(http
			.post("/console/handovers/new?lang=en",
					form("unitId", Long.toString(org.department.id()), "departingId", Long.toString(org.departing),
							"successorId", Long.toString(org.successor), "reason", "TRANSFER", "_csrf", token))
			.body());
		assertThat(english).contains("handover " + running + " on its record")
			.doesNotContainIgnoringCase("reply")
			.contains("Open the record of handover " + running);
	}

	@Test
	void partiesWhoReviewAreWarnedOfWithWhoElseReviewsBeforeConfirming() {
		// as newcomer 12 met it: the departing official and the successor are the
		// city's finance and audit reviewers; finance has another reviewer, audit none
		long otherFinance = directory.addOfficial("冯财政", "市财政局副局长", org.city.id()).id();
		directory.assignRole(otherFinance, Role.REVIEWER, Department.FINANCE, org.city.id());
		HttpResponse<String> page = http.post("/console/handovers/new",
				form("unitId", Long.toString(org.city.id()), "departingId", Long.toString(org.financeReviewer),
						"successorId", Long.toString(org.auditReviewer), "reason", "TRANSFER", "_csrf",
						csrf(http.get("/console/handovers/new"))));
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		String warning = body.substring(body.indexOf("id=\"conflicts\""), body.indexOf("id=\"open-confirm\""));
		assertThat(warning).contains("审核人员中有交接当事人")
			.contains("钱财政是这项交接的离任人，又是财政部门的审核人")
			.contains("财政部门的审核由冯财政办理")
			.contains("孙审计是这项交接的接任人，又是审计部门的审核人")
			.contains("审计部门没有其他审核人")
			.doesNotContain("回复")
			.contains("href=\"/console/directory/units/" + org.city.id() + "\"");
		// before the 确认发起 button, and nothing opened yet
		assertThat(body.indexOf("id=\"conflicts\"")).isLessThan(body.indexOf("id=\"open-confirm\""));
		assertThat(count()).isZero();

		// no party among the reviewers: no warning
		String plain = http
			.post("/console/handovers/new",
					form("unitId", Long.toString(org.department.id()), "departingId", Long.toString(org.departing),
							"successorId", Long.toString(org.successor), "reason", "TRANSFER", "_csrf",
							csrf(http.get("/console/handovers/new"))))
			.body();
		assertThat(plain).contains("请确认发起交接").doesNotContain("id=\"conflicts\"");
	}

	private long count() {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM handover h JOIN org_unit u ON u.id = h.unit_id WHERE u.id IN (?, ?)", Long.class,
				org.city.id(), org.department.id());
	}

	private static String alert(String page) {
		int start = page.indexOf("id=\"refusal\"");
		assertThat(start).as("a refusal on the page").isNotNegative();
		return page.substring(start, page.indexOf("</div>", start));
	}

}
