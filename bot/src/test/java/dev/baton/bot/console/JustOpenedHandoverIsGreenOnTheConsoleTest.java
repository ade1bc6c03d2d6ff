package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 25, finding 14: a handover opened from the console showed its 签收 (2 working
 * days) and the handover yellow at once. Opened on Monday 11-23, due Wednesday 11-25:
 * green on the record page and the dashboard on Monday and Tuesday, yellow on its last
 * working day, red the day after; the legend says when a step turns yellow.
 */
@DomainContext
class JustOpenedHandoverIsGreenOnTheConsoleTest extends ConsoleTestSupport {

	private ConsoleHttp http;

	private String username;

	@BeforeEach
	void signInAsOrganizer() {
		// Monday 2026-11-23, 09:00 in Beijing (ConsoleTestSupport sets the clock)
		username = account(org.organizer);
		signIn();
	}

	@Test
	void theReceiptIsGreenWhenOpenedYellowOnItsLastWorkingDayAndRedAfter() {
		String token = csrf(http.get("/console/handovers/new"));
		HttpResponse<String> opened = http.post("/console/handovers",
				form("unitId", Long.toString(org.department.id()), "departingId", Long.toString(org.departing),
						"successorId", Long.toString(org.successor), "reason", "TRANSFER", "_csrf", token));
		assertThat(opened.statusCode()).isEqualTo(302);
		String location = opened.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForObject(
				"SELECT due_on FROM waiting_step WHERE handover_id = ? AND kind = 'NOTICE_RECEIPT'", String.class, id))
			.isEqualTo("2026-11-25");

		String record = http.page("/console/handovers/" + id);
		assertThat(receipt(record)).isEqualTo("GREEN");
		assertThat(header(record)).isEqualTo("GREEN");
		assertThat(ConsoleHttp.visible(record)).contains("还剩2个工作日")
			.doesNotContain("黄（")
			// the record's legend says the rule
			.contains("等级：环节剩余的工作日不足其办理时限的一半，且距期限不超过3个工作日（到期当天总是黄色），或被退回，为黄色");
		assertThat(row(id)).isEqualTo("GREEN");
		// the dashboard's legend says the rule
		assertThat(ConsoleHttp.visible(http.page("/console/dashboard"))).contains("黄色：环节剩余的工作日不足其办理时限的一半，且距期限不超过3个工作日");

		at("2026-11-24T01:00:00Z"); // Tuesday: 1 working day left of 2
		record = http.page("/console/handovers/" + id);
		assertThat(receipt(record)).isEqualTo("GREEN");
		assertThat(header(record)).isEqualTo("GREEN");
		assertThat(row(id)).isEqualTo("GREEN");

		at("2026-11-25T01:00:00Z"); // Wednesday: its last working day
		record = http.page("/console/handovers/" + id);
		assertThat(receipt(record)).isEqualTo("YELLOW");
		assertThat(header(record)).isEqualTo("YELLOW");
		assertThat(ConsoleHttp.visible(record)).contains("今天到期").contains("黄（时限将尽或被退回）");
		assertThat(row(id)).isEqualTo("YELLOW");

		at("2026-11-26T01:00:00Z"); // Thursday: overdue
		record = http.page("/console/handovers/" + id);
		assertThat(receipt(record)).isEqualTo("RED");
		assertThat(header(record)).isEqualTo("RED");
		assertThat(row(id)).isEqualTo("RED");
	}

	private void at(String instant) {
		clock.set(Instant.parse(instant));
		signIn(); // past the console's idle limit
	}

	private void signIn() {
		http = new ConsoleHttp(port);
		HttpResponse<String> signedIn = http.post("/console/signin", form("username", username, "password",
				ConsoleTestSupport.PASSWORD, "_csrf", csrf(http.get("/console/signin"))));
		assertThat(signedIn.statusCode()).isEqualTo(302);
	}

	/** The grade of the 签收 row of the record's open steps. */
	private static String receipt(String record) {
		return group(record, "data-grade=\"(\\w+)\" data-kind=\"NOTICE_RECEIPT\"");
	}

	/** The handover's grade in the record's header. */
	private static String header(String record) {
		return group(record, "class=\"grade grade-(\\w+)\" id=\"grade\"");
	}

	/** The handover's grade on the dashboard. */
	private String row(long id) {
		return group(http.page("/console/dashboard"), "id=\"handover-" + id + "\" data-grade=\"(\\w+)\"");
	}

	private static String group(String html, String regex) {
		Matcher m = Pattern.compile(regex).matcher(html);
		assertThat(m.find()).as(regex).isTrue();
		return m.group(1);
	}

}
